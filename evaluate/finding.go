package evaluate

import (
	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/internal/enum"
	"github.com/kerjasama/kerjasama/internal/lang"
	"github.com/kerjasama/kerjasama/region"
	"golang.org/x/text/language"
)

// A Severity says how much a finding calls for attention. The zero value
// is None (unknown).
type Severity uint8

// The severities, in increasing order.
const (
	None     Severity = iota // unknown or not rated
	Info                     // a fact worth stating: a surplus, a regular forum
	Warning                  // something to look into: a deficit, a dormant agreement
	Critical                 // something to act on: a widening deficit, a forum that stopped
)

var severities = newEnum("Severity", []enum.Entry{
	None:     {ID: "none", En: "none", In: "tidak ada", Ms: "tiada"},
	Info:     {ID: "info", En: "info", In: "informasi", Ms: "maklumat", Aliases: []string{"information"}},
	Warning:  {ID: "warning", En: "warning", In: "peringatan", Ms: "amaran", Aliases: []string{"warn"}},
	Critical: {ID: "critical", En: "critical", In: "kritis", Ms: "kritikal", Aliases: []string{"crit"}},
}, true)

// String returns the stable English identifier ("info", "warning",
// "critical", "none" for the zero Severity); out-of-range values print as
// "%!Severity(9)".
func (s Severity) String() string { return severities.String(int(s)) }

// Label returns the name of s in the language of tag (English for
// unsupported tags).
func (s Severity) Label(tag language.Tag) string { return severities.Label(int(s), tag) }

// MarshalText writes the stable English identifier.
func (s Severity) MarshalText() ([]byte, error) { return severities.MarshalText(int(s)) }

// UnmarshalText reads what ParseSeverity reads; empty text is the zero
// Severity, None.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := severities.UnmarshalText(b)
	if err != nil {
		return err
	}
	*s = Severity(v)
	return nil
}

// ParseSeverity reads a severity by its English identifier or its label
// in Indonesian or Malay, in any case ("Peringatan", "amaran", "WARNING",
// "warn", "crit").
func ParseSeverity(s string) (Severity, error) {
	v, err := severities.Parse("ParseSeverity", s)
	return Severity(v), err
}

// A Code identifies the kind of a finding. Codes are stable: programs may
// switch on them and store them; they are never reworded.
type Code string

// A Figure is one number a finding rests on, named so that programs can
// read it without parsing the message.
//
// Value is one of: money.Amount (exact), Ratio (a rate or share), Change
// (a signed rate read as rise or fall), int (a count: months, sessions,
// items), float64 (an index or a number of days), date.Date, date.Range,
// []int (a list of years or numbers), Word (a word translated in the
// message) or string (a name, kept as written).
type Figure struct {
	Name  string `json:"name"`
	Value any    `json:"value"`
}

// A Change is a growth rate written as a direction and a size: "naik
// 48,8%", "turun 5,0%"; for a deficit, "melebar 70,0%" or "menyempit".
type Change struct {
	Rate    Ratio `json:"rate"`
	Deficit bool  `json:"deficit,omitempty"` // the size of a deficit: widened / narrowed
}

// A Word is a word or phrase of the evaluation vocabulary ("exports",
// "imports", "surplus"), written in the language of the message.
type Word string

// A Finding is one conclusion of an evaluation: a stable code, a severity,
// what it is about, the period it covers and the figures it rests on. Its
// message is rendered on demand in Indonesian, Malay or English.
type Finding struct {
	Code     Code     `json:"code"`
	Severity Severity `json:"severity"`
	Subject  string   `json:"subject"` // "PLBN Entikong", an agreement's title, a forum
	// Region, when valid, is the place the finding is about; messages then
	// name it in their language ("West Kalimantan" in English) instead of
	// Subject, which holds its Indonesian name.
	Region *region.Region `json:"region,omitempty"`
	// Names, when set, holds the subject's name per language ("id", "ms",
	// "en"); messages use it in preference to Subject (a forum is "KK
	// Sosek Malindo …" in Indonesian, "JKK Sosek Malindo …" in Malay).
	Names   map[string]string `json:"names,omitempty"`
	Period  date.Range        `json:"period,omitzero"` // the period it covers; zero when none applies
	Figures []Figure          `json:"figures,omitempty"`
}

// Figure returns the value of the named figure.
func (f Finding) Figure(name string) (any, bool) {
	for _, g := range f.Figures {
		if g.Name == name {
			return g.Value, true
		}
	}
	return nil, false
}

// Message renders the finding in the language of tag: Indonesian, Malay
// (ms-BN writes its numbers with "." grouping and "," decimals) or
// English, the fallback for unsupported tags. Money and dates are written
// by the money and date formatters, percentages with one decimal place
// (see Ratio.Percent).
func (f Finding) Message(tag language.Tag) string {
	return messageOf(f, lang.Of(tag))
}

// String returns the English message.
func (f Finding) String() string { return messageOf(f, lang.English) }

func newFinding(c Code, s Severity, subject string, period date.Range, figs ...Figure) Finding {
	return Finding{Code: c, Severity: s, Subject: subject, Period: period, Figures: figs}
}

func fig(name string, v any) Figure { return Figure{Name: name, Value: v} }
