package agreement

import (
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/internal/fold"
)

// A Term is when an agreement is in force: dates, a stated duration, or
// open-ended. Registers give it in many ways ("2015-2016", "5 tahun",
// "tanpa batas waktu"); duration is data on the agreement, never assumed.
// The zero Term means the term is not stated.
type Term struct {
	Start, End date.Date // zero when not stated
	// Months is the stated duration when End is not given ("5 tahun" is 60),
	// counted from Start or else from signing; at most 12,000 (1,000
	// years), the longest the parsers read and MarshalText writes.
	Months int
	// OpenEnded is true for an agreement in force without end ("tanpa
	// batas waktu"); End is then zero.
	OpenEnded bool
}

// TermOf returns the term covering r.
func TermOf(r date.Range) Term { return Term{Start: r.Start, End: r.End} }

// Range returns the term as a date.Range when both its ends are dates.
func (t Term) Range() (date.Range, bool) {
	r := date.Range{Start: t.Start, End: t.End}
	return r, !t.OpenEnded && r.IsValid()
}

// IsZero reports whether t is the zero Term.
func (t Term) IsZero() bool { return t == Term{} }

// String returns the text form of t (see MarshalText).
func (t Term) String() string { b, _ := t.AppendText(nil); return string(b) }

// AppendText appends the text form of t to b. The forms, after ISO 8601
// (and its extension for open intervals):
//
//	2015/2016                 whole years 1 January 2015 to 31 December 2016
//	2015                      the whole year 2015
//	2019-03-01/2024-02-29     dates
//	P5Y, P18M                 a duration, counted from signing
//	2019-03-01/P5Y            a start and a duration
//	2019-03-01/.., ..         open-ended (with or without a start)
//	2019-03-01/               a start only
//
// The zero Term appends nothing.
func (t Term) AppendText(b []byte) ([]byte, error) {
	if t.IsZero() {
		return b, nil
	}
	if !t.Start.IsZero() && !t.Start.IsValid() || !t.End.IsZero() && !t.End.IsValid() || t.Months < 0 || t.Months > maxTermMonths {
		return b, newParseError("Term.MarshalText", t.Start.String()+"/"+t.End.String(), 0, ErrRange)
	}
	r := date.Range{Start: t.Start, End: t.End}
	switch {
	case t.OpenEnded:
		if !t.Start.IsZero() {
			b, _ = t.Start.AppendText(b)
			b = append(b, '/')
		}
		return append(b, ".."...), nil
	case !t.Start.IsZero() && !t.End.IsZero():
		if r.IsValid() && r.IsWholeYears() {
			b = appendPad(b, t.Start.Year, 4)
			if t.End.Year != t.Start.Year {
				b = append(b, '/')
				b = appendPad(b, t.End.Year, 4)
			}
			return b, nil
		}
		b, _ = t.Start.AppendText(b)
		b = append(b, '/')
		b, _ = t.End.AppendText(b)
		return b, nil
	case !t.End.IsZero():
		b = append(b, "../"...)
		b, _ = t.End.AppendText(b)
		return b, nil
	}
	if !t.Start.IsZero() {
		b, _ = t.Start.AppendText(b)
		b = append(b, '/')
	}
	if t.Months > 0 {
		b = append(b, 'P')
		if t.Months%12 == 0 {
			b = strconv.AppendInt(b, int64(t.Months/12), 10)
			b = append(b, 'Y')
		} else {
			b = strconv.AppendInt(b, int64(t.Months), 10)
			b = append(b, 'M')
		}
	}
	return b, nil
}

// appendPad appends n in decimal with at least width digits, a negative n
// with its sign before the padding.
func appendPad(b []byte, n, width int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	s := strconv.Itoa(n)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// MarshalText returns the text form of t (see AppendText).
func (t Term) MarshalText() ([]byte, error) { return t.AppendText(nil) }

// UnmarshalText reads the forms AppendText writes; "2015-2016" is accepted
// too.
func (t *Term) UnmarshalText(b []byte) error {
	v, err := parseISOTerm(string(b))
	if err != nil {
		return err
	}
	*t = v
	return nil
}

func parseISOTerm(s string) (Term, error) {
	const fn = "ParseTerm"
	if len(s) > 64 {
		return Term{}, newParseError(fn, s, 0, ErrTooLong)
	}
	s = strings.TrimSpace(s)
	if s == "" {
		return Term{}, nil
	}
	if s == ".." {
		return Term{OpenEnded: true}, nil
	}
	if m, ok := parseISODuration(s); ok {
		return Term{Months: m}, nil
	}
	if isYear(s) {
		y, _ := strconv.Atoi(s)
		r := date.YearRange(y)
		return Term{Start: r.Start, End: r.End}, nil
	}
	sep := strings.IndexByte(s, '/')
	if sep < 0 && len(s) == 9 && s[4] == '-' && isYear(s[:4]) && isYear(s[5:]) {
		sep = 4
	}
	if sep < 0 {
		return Term{}, newParseError(fn, s, 0, ErrSyntax)
	}
	left, right := s[:sep], s[sep+1:]
	if left == "" && right == "" {
		return Term{}, newParseError(fn, s, 0, ErrSyntax)
	}
	var t Term
	if isYear(left) && isYear(right) {
		a, _ := strconv.Atoi(left)
		b, _ := strconv.Atoi(right)
		t = Term{Start: date.YearRange(a).Start, End: date.YearRange(b).End}
		if b < a {
			return Term{}, newParseError(fn, s, 0, ErrRange)
		}
		return t, nil
	}
	if left != ".." && left != "" {
		d, err := date.ParseISO(left)
		if err != nil {
			return Term{}, newParseError(fn, s, 0, err)
		}
		t.Start = d
	}
	switch {
	case right == "..":
		t.OpenEnded = true
	case right == "":
	case right[0] == 'P':
		m, ok := parseISODuration(right)
		if !ok {
			return Term{}, newParseError(fn, s, sep+1, ErrSyntax)
		}
		t.Months = m
	default:
		if d, err := date.ParseISO(right); err == nil {
			t.End = d
		} else if r, rerr := date.ParseISORange(left + "/" + right); rerr == nil {
			t.End = r.End
		} else {
			return Term{}, newParseError(fn, s, sep+1, err)
		}
	}
	if t.Start.IsValid() && t.End.IsValid() && t.End.Before(t.Start) {
		return Term{}, newParseError(fn, s, 0, ErrRange)
	}
	return t, nil
}

func isYear(s string) bool {
	if len(s) != 4 {
		return false
	}
	for i := 0; i < 4; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != "0000"
}

// maxTermMonths is the longest duration read, 1,000 years: by
// parseISODuration on the whole of it, not each part, so that "P1000Y1M"
// is refused rather than read as 12,001 months that MarshalText would
// write as a form it then refuses; by parseDuration as a count of at most
// 1,000 years or months.
const maxTermMonths = 12000

// parseISODuration reads "P5Y", "P18M", "P1Y6M".
func parseISODuration(s string) (int, bool) {
	if len(s) < 3 || s[0] != 'P' {
		return 0, false
	}
	months, n, seen := 0, 0, false
	for i := 1; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			n = n*10 + int(c-'0')
			if n > maxTermMonths {
				return 0, false
			}
			seen = true
		case c == 'Y' && seen:
			months += n * 12
			n, seen = 0, false
		case c == 'M' && seen:
			months += n
			n, seen = 0, false
		default:
			return 0, false
		}
		if months > maxTermMonths {
			return 0, false
		}
	}
	return months, !seen && months > 0
}

// ParseTerm reads a term as registers write it in their "Jangka Waktu"
// column:
//
//	2015-2016, 1 Juli 2019 s.d. 30 Juni 2024   a period, read by date.ParseRange
//	5 tahun, 5 (lima) tahun, lima tahun, 18 bulan, 2 years,
//	berlaku selama 3 tahun sejak ditandatangani a duration from signing
//	5 Tahun (2019 - 2024)                      a period with its duration: the dates are kept
//	s.d. 31 Desember 2024, sampai Desember 2024 an end only
//	tanpa batas waktu, tidak terbatas, open-ended, indefinite
//
// and the forms Term's MarshalText writes. A duration that contradicts the
// dates given with it ("5 tahun (2019 - 2030)") is an error.
func ParseTerm(s string, tag language.Tag) (Term, error) {
	const fn = "ParseTerm"
	if len(s) > maxInput {
		return Term{}, newParseError(fn, s, 0, ErrTooLong)
	}
	s = strings.TrimSpace(s)
	if s == "" {
		return Term{}, nil
	}
	if t, err := parseISOTerm(s); err == nil {
		return t, nil
	}
	t, err := parseHumanTerm(s, tag)
	if err == nil {
		return t, nil
	}
	// "5 tahun (2019 – 2024)", "2019-2024 (5 tahun)": the dates win, and
	// the duration must agree with them (within a month; for whole years,
	// the years named are the first and the last of the term).
	if open := strings.IndexByte(s, '('); open > 0 && strings.HasSuffix(s, ")") {
		outer, inner := strings.TrimSpace(s[:open]), s[open+1:len(s)-1]
		a, errA := parseHumanTerm(outer, tag)
		b, errB := parseHumanTerm(inner, tag)
		if errA == nil && errB == nil {
			dates, dur := a, b
			if a.Months > 0 {
				dates, dur = b, a
			}
			if dur.Months > 0 && dates.Months == 0 && dates.Start.IsValid() && dates.End.IsValid() && !dates.OpenEnded {
				r := date.Range{Start: dates.Start, End: dates.End}
				if r.IsWholeYears() {
					// "5 tahun (2019 – 2024)": the years named are the first and
					// the last, so five years span five or six calendar years.
					yrs := dates.End.Year - dates.Start.Year + 1
					if dur.Months >= (yrs-1)*12-1 && dur.Months <= yrs*12 {
						return dates, nil
					}
				}
				got := dates.End.AddDays(1)
				want := dates.Start.AddMonths(dur.Months)
				if diff := got.DaysSince(want); diff >= -31 && diff <= 31 {
					return dates, nil
				}
			}
		}
	}
	return Term{}, newParseError(fn, s, 0, err)
}

// parseHumanTerm reads one form of ParseTerm: open-ended, a duration, an
// end only ("s.d. 31 Desember 2024") or a period.
func parseHumanTerm(s string, tag language.Tag) (Term, error) {
	if t, err := parseISOTerm(s); err == nil {
		return t, nil
	}
	k := fold.Key(s)
	switch k {
	case "tanpa batas waktu", "tidak terbatas", "tidak ada batas waktu", "tanpa batas", "open ended", "indefinite",
		"unlimited", "tiada had masa", "tanpa had masa", "berlaku terus", "seterusnya", "selamanya", "tidak ditentukan":
		return Term{OpenEnded: true}, nil
	}
	if m, ok := parseDuration(k); ok {
		return Term{Months: m}, nil
	}
	for _, p := range []string{"s.d.", "s.d", "s/d", "sd", "sampai dengan", "sampai", "hingga", "until", "till", "berlaku sampai", "berlaku hingga", "berakhir", "ends", "hingga tanggal", "sampai tanggal"} {
		if len(s) > len(p) && strings.EqualFold(s[:len(p)], p) && (s[len(p)] == ' ' || s[len(p)-1] == '.') {
			rest := strings.TrimSpace(s[len(p):])
			if d, err := date.Parse(rest, tag); err == nil {
				return Term{End: d}, nil
			}
			if r, err := date.ParseRange(rest, tag); err == nil {
				return Term{End: r.End}, nil
			}
		}
	}
	r, err := date.ParseRange(s, tag)
	if err != nil {
		return Term{}, err
	}
	return TermOf(r), nil
}

// parseDuration reads a folded duration: an optional lead word ("selama",
// "berlaku"), a count in digits or words, optionally the count again in
// words (the folded brackets of "5 (lima) tahun"), a unit and an optional
// tail ("sejak ditandatangani").
func parseDuration(k string) (int, bool) {
	fs := strings.Fields(k)
	for len(fs) > 0 && durationLead[fs[0]] {
		fs = fs[1:]
	}
	if len(fs) < 2 {
		return 0, false
	}
	n, err := strconv.Atoi(fs[0])
	if err != nil {
		n = numberWords[fs[0]]
	}
	if n <= 0 || n > maxTermMonths/12 { // a count of years or months, at most 1,000
		return 0, false
	}
	i := 1
	for i < len(fs) && numberWords[fs[i]] > 0 {
		i++
	}
	if i >= len(fs) {
		return 0, false
	}
	var months int
	switch fs[i] {
	case "tahun", "thn", "th", "year", "years", "yr", "yrs", "tahunan":
		months = n * 12
	case "bulan", "bln", "month", "months":
		months = n
	default:
		return 0, false
	}
	for _, w := range fs[i+1:] {
		if !durationTail[w] {
			return 0, false
		}
	}
	return months, true
}

var durationLead = map[string]bool{
	"selama": true, "berlaku": true, "masa": true, "jangka": true, "waktu": true, "for": true,
	"valid": true, "tempoh": true, "a": true, "period": true, "of": true, "berlaku selama": true,
}

// numberWords gives the value of the number words a duration uses.
var numberWords = map[string]int{
	"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
	"lapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11, "belas": 10, "puluh": 10,
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "twelve": 12, "eighteen": 18, "twenty": 20, "thirty": 30,
}

var durationTail = map[string]bool{
	"sejak": true, "dari": true, "setelah": true, "terhitung": true, "mulai": true,
	"tanggal": true, "ditandatangani": true, "penandatanganan": true, "since": true,
	"from": true, "after": true, "signing": true, "the": true, "of": true, "date": true,
	"berlaku": true, "dan": true, "dapat": true, "diperpanjang": true, "and": true,
	"renewable": true, "sekali": true, "lagi": true, "masa": true, "tempoh": true,
}
