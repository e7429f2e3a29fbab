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
	// counted from Start or else from signing.
	Months int
	// OpenEnded is true for an agreement in force without end ("tanpa
	// batas waktu"); End is then zero.
	OpenEnded bool
}

// TermOf returns the term covering r.
func TermOf(r date.Range) Term { return Term{Start: r.Start, End: r.End} }

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
	if !t.Start.IsZero() && !t.Start.IsValid() || !t.End.IsZero() && !t.End.IsValid() || t.Months < 0 {
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
			if n > 12000 {
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
	}
	return months, !seen && months > 0
}

// ParseTerm reads a term as registers write it in their "Jangka Waktu"
// column: a period read by date.ParseRange ("2015-2016", "1 Juli 2019 s.d.
// 30 Juni 2024"), a duration ("5 tahun", "5 (lima) tahun", "18 bulan", "5
// years", "3 tahun sejak ditandatangani"), open-ended ("tanpa batas waktu",
// "tidak terbatas", "open-ended", "indefinite") or the forms Term's
// MarshalText writes.
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
	k := fold.Key(s)
	switch k {
	case "tanpa batas waktu", "tidak terbatas", "tidak ada batas waktu", "tanpa batas", "open ended", "indefinite",
		"unlimited", "tiada had masa", "tanpa had masa", "berlaku terus", "seterusnya":
		return Term{OpenEnded: true}, nil
	}
	if m, ok := parseDuration(k); ok {
		return Term{Months: m}, nil
	}
	r, err := date.ParseRange(s, tag)
	if err != nil {
		return Term{}, newParseError(fn, s, 0, err)
	}
	return TermOf(r), nil
}

// parseDuration reads a folded duration: a number, optionally a number in
// words in brackets (already folded away to a word), and a unit.
func parseDuration(k string) (int, bool) {
	fs := strings.Fields(k)
	if len(fs) < 2 {
		return 0, false
	}
	n, err := strconv.Atoi(fs[0])
	if err != nil || n <= 0 || n > 1000 {
		return 0, false
	}
	i := 1
	for i < len(fs) && numberWords[fs[i]] {
		i++
	}
	if i >= len(fs) {
		return 0, false
	}
	var months int
	switch fs[i] {
	case "tahun", "thn", "th", "year", "years", "yr", "yrs":
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

var numberWords = map[string]bool{
	"satu": true, "dua": true, "tiga": true, "empat": true, "lima": true, "enam": true,
	"tujuh": true, "delapan": true, "lapan": true, "sembilan": true, "sepuluh": true,
	"belas": true, "puluh": true, "dua belas": true, "one": true, "two": true, "three": true,
	"four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true, "ten": true,
}

var durationTail = map[string]bool{
	"sejak": true, "dari": true, "setelah": true, "terhitung": true, "mulai": true,
	"tanggal": true, "ditandatangani": true, "penandatanganan": true, "since": true,
	"from": true, "after": true, "signing": true, "the": true, "of": true, "date": true,
	"berlaku": true, "dan": true, "dapat": true, "diperpanjang": true, "and": true,
	"renewable": true, "sekali": true, "lagi": true, "masa": true, "tempoh": true,
}
