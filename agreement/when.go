package agreement

import (
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/kerjasama/kerjasama/date"
)

// A PartialDate is a calendar date known to the day, to the month or only
// to the year, as sources give them: Tangerang Selatan signed its Letter of
// Intent with Timrå "pada tanggal 2013". It is date.Partial, the one
// partial date of the module, under the name this package has always
// used; its methods, its text form ("2013", "2013-02", "2016-02-21") and
// its rule, date.Partial.HappenedBy (something dated "2022" has happened
// by 31 December 2022, not before), are date's.
type PartialDate = date.Partial

// Precision tells how much of a PartialDate is known: date.Precision.
type Precision = date.Precision

// The precisions, date's.
const (
	PrecisionNone  = date.PrecisionNone  // the zero PartialDate
	PrecisionYear  = date.PrecisionYear  // "2013"
	PrecisionMonth = date.PrecisionMonth // "2013-02"
	PrecisionDay   = date.PrecisionDay   // "2013-02-06"
)

// On returns the PartialDate known to the day d (date.PartialOf).
func On(d date.Date) PartialDate { return date.PartialOf(d) }

// InYear returns the PartialDate known only to the year y (date.InYear).
func InYear(y int) PartialDate { return date.InYear(y) }

// InMonth returns the PartialDate known only to the month m of year y
// (date.InMonth).
func InMonth(y int, m time.Month) PartialDate { return date.InMonth(y, m) }

// ParsePartialDate reads a date as registers write it, with
// date.ParsePartial: to the day ("6 Februari 2007", "Rabu, 7/8/2019",
// "2016-02-21"), to the month ("Februari 2016", "2016-02") or to the year
// ("2013", "tahun 2013"), in the language of tag. Unlike
// date.ParsePartial, text that is empty or only spaces gives the zero
// PartialDate, an empty cell of a register; errors are date's
// *date.ParseError values.
func ParsePartialDate(s string, tag language.Tag) (PartialDate, error) {
	if strings.TrimSpace(s) == "" {
		return PartialDate{}, nil
	}
	return date.ParsePartial(s, tag)
}
