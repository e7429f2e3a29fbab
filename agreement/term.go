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
	// Days is the part of a stated duration in days ("12 hari", "2
	// minggu" is 14), counted after Months; at most 372,000.
	Days int
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
//	P5Y, P18M, P12D, P1Y15D   a duration, counted from signing
//	2019-03-01/P5Y            a start and a duration
//	2019-03-01/.., ..         open-ended (with or without a start)
//	2019-03-01/               a start only
//
// The zero Term appends nothing.
func (t Term) AppendText(b []byte) ([]byte, error) {
	if t.IsZero() {
		return b, nil
	}
	if !t.Start.IsZero() && !t.Start.IsValid() || !t.End.IsZero() && !t.End.IsValid() || t.Months < 0 || t.Months > maxTermMonths || t.Days < 0 || t.Days > maxTermDays {
		return b, newParseError("Term.MarshalText", t.Start.String()+"/"+t.End.String(), 0, ErrRange)
	}
	if !t.Start.IsZero() && !t.End.IsZero() && t.End.Before(t.Start) {
		// No text form reads back as a term that ends before it starts.
		return b, newParseError("Term.MarshalText", t.Start.String()+"/"+t.End.String(), 0, ErrTermOrder)
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
	if t.Months > 0 || t.Days > 0 {
		b = append(b, 'P')
		switch {
		case t.Months == 0:
		case t.Months%12 == 0:
			b = strconv.AppendInt(b, int64(t.Months/12), 10)
			b = append(b, 'Y')
		default:
			b = strconv.AppendInt(b, int64(t.Months), 10)
			b = append(b, 'M')
		}
		if t.Days > 0 {
			b = strconv.AppendInt(b, int64(t.Days), 10)
			b = append(b, 'D')
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
	if m, d, ok := parseISODuration(s); ok {
		return Term{Months: m, Days: d}, nil
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
		m, d, ok := parseISODuration(right)
		if !ok {
			return Term{}, newParseError(fn, s, sep+1, ErrSyntax)
		}
		t.Months, t.Days = m, d
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

// maxTermDays is the longest part of a duration in days: 1,000 years of
// 372 days, so that no count of days passes the longest term in months.
const maxTermDays = maxTermMonths * 31

// parseISODuration reads "P5Y", "P18M", "P1Y6M", "P12D", "P2W", "P1Y15D":
// years and months as months, weeks and days as days.
func parseISODuration(s string) (months, days int, ok bool) {
	if len(s) < 3 || s[0] != 'P' {
		return 0, 0, false
	}
	n, seen, last := 0, false, 0
	for i := 1; i < len(s); i++ {
		c := s[i]
		if c >= '0' && c <= '9' {
			n = n*10 + int(c-'0')
			if n > maxTermDays {
				return 0, 0, false
			}
			seen = true
			continue
		}
		// The designators in ISO 8601 order, each at most once.
		rank := strings.IndexByte("YMWD", c) + 1
		if !seen || rank <= last {
			return 0, 0, false
		}
		switch c {
		case 'Y':
			months += n * 12
		case 'M':
			months += n
		case 'W':
			days += n * 7
		case 'D':
			days += n
		}
		if months > maxTermMonths || days > maxTermDays {
			return 0, 0, false
		}
		n, seen, last = 0, false, rank
	}
	return months, days, !seen && months+days > 0
}

// ParseTerm reads a term as registers write it in their "Jangka Waktu"
// column:
//
//	2015-2016, 1 Juli 2019 s.d. 30 Juni 2024   a period, read by date.ParseRange
//	5 tahun, 5 (lima) tahun, Lima (5) Tahun,   a duration from signing, its count in
//	lima tahun, dua puluh tahun, 18 bulan,     figures, words or both (which must agree,
//	12 hari, 2 minggu, 1 tahun 6 bulan,        see date.ParseCardinal), in years, months,
//	2 years, two (2) years                     weeks or days
//	Perjanjian ini berlaku selama 5 (lima) Tahun sejak ditandatanganinya perjanjian
//	                                           the same in a sentence of the agreement
//	5 Tahun (2019 - 2024)                      a period with its duration: the dates are kept
//	s.d. 31 Desember 2024, sampai Desember 2024 an end only
//	tanpa batas waktu, tidak terbatas, open-ended, indefinite
//
// and the forms Term's MarshalText writes. A duration that contradicts the
// dates given with it ("5 tahun (2019 - 2030)") is an error. A renewal
// clause after a duration ("3 Tahun dan akan diperpanjang", "dapat
// diperpanjang atas kesepakatan para pihak") is not part of the term:
// ParseTerm passes over it, and [ParseTermClause] returns it so that a
// reader can keep it as a note. Any other text is an error: a term is read
// whole or refused.
func ParseTerm(s string, tag language.Tag) (Term, error) {
	t, _, err := parseTerm("ParseTerm", s, tag)
	return t, err
}

// ParseTermClause is like [ParseTerm] and also returns the renewal clause
// that follows a duration, as written ("dan akan diperpanjang"), or "".
func ParseTermClause(s string, tag language.Tag) (t Term, clause string, err error) {
	return parseTerm("ParseTermClause", s, tag)
}

func parseTerm(fn, s string, tag language.Tag) (Term, string, error) {
	if len(s) > maxInput {
		return Term{}, "", newParseError(fn, s, 0, ErrTooLong)
	}
	s = strings.TrimSpace(s)
	if s == "" {
		return Term{}, "", nil
	}
	if t, err := parseISOTerm(s); err == nil {
		return t, "", nil
	}
	t, clause, err := parseHumanTerm(s, tag)
	if err == nil {
		return t, clause, nil
	}
	// "5 tahun (2019 – 2024)", "2019-2024 (5 tahun)": the dates win, and
	// the duration must agree with them (within a month; for whole years,
	// the years named are the first and the last of the term).
	if open := strings.IndexByte(s, '('); open > 0 && strings.HasSuffix(s, ")") {
		outer, inner := strings.TrimSpace(s[:open]), s[open+1:len(s)-1]
		a, clauseA, errA := parseHumanTerm(outer, tag)
		b, clauseB, errB := parseHumanTerm(inner, tag)
		if errA == nil && errB == nil && clauseA == "" && clauseB == "" {
			dates, dur := a, b
			if a.Months > 0 || a.Days > 0 {
				dates, dur = b, a
			}
			if dur.Months > 0 && dur.Days == 0 && dates.Months == 0 && dates.Days == 0 && dates.Start.IsValid() && dates.End.IsValid() && !dates.OpenEnded {
				r := date.Range{Start: dates.Start, End: dates.End}
				if r.IsWholeYears() {
					// "5 tahun (2019 – 2024)": the years named are the first and
					// the last, so five years span five or six calendar years.
					yrs := dates.End.Year - dates.Start.Year + 1
					if dur.Months >= (yrs-1)*12-1 && dur.Months <= yrs*12 {
						return dates, "", nil
					}
				}
				got := dates.End.AddDays(1)
				want := dates.Start.AddMonths(dur.Months)
				if diff := got.DaysSince(want); diff >= -31 && diff <= 31 {
					return dates, "", nil
				}
			}
		}
	}
	return Term{}, "", newParseError(fn, s, 0, err)
}

// parseHumanTerm reads one form of ParseTerm: open-ended, a duration (with
// its renewal clause), an end only ("s.d. 31 Desember 2024") or a period.
func parseHumanTerm(s string, tag language.Tag) (Term, string, error) {
	if t, err := parseISOTerm(s); err == nil {
		return t, "", nil
	}
	k := fold.Key(s)
	switch k {
	case "tanpa batas waktu", "tidak terbatas", "tidak ada batas waktu", "tanpa batas", "open ended", "indefinite",
		"unlimited", "tiada had masa", "tanpa had masa", "berlaku terus", "seterusnya", "selamanya", "tidak ditentukan":
		return Term{OpenEnded: true}, "", nil
	}
	if d, clause, ok := parseDuration(s, tag); ok {
		return Term{Months: d.months, Days: d.days}, clause, nil
	}
	for _, p := range []string{"s.d.", "s.d", "s/d", "sd", "sampai dengan", "sampai", "hingga", "until", "till", "berlaku sampai", "berlaku hingga", "berakhir", "ends", "hingga tanggal", "sampai tanggal"} {
		if len(s) > len(p) && strings.EqualFold(s[:len(p)], p) && (s[len(p)] == ' ' || s[len(p)-1] == '.') {
			rest := strings.TrimSpace(s[len(p):])
			if d, err := date.Parse(rest, tag); err == nil {
				return Term{End: d}, "", nil
			}
			if r, err := date.ParseRange(rest, tag); err == nil {
				return Term{End: r.End}, "", nil
			}
		}
	}
	r, err := date.ParseRange(s, tag)
	if err != nil {
		return Term{}, "", err
	}
	return TermOf(r), "", nil
}

// A duration is a count of months and days read from a term's text.
type duration struct{ months, days int }

// durationUnits are the units of a stated duration, in months or days.
var durationUnits = map[string]duration{
	"tahun": {months: 12}, "tahunan": {months: 12}, "thn": {months: 12}, "th": {months: 12}, "year": {months: 12}, "years": {months: 12},
	"yr": {months: 12}, "yrs": {months: 12},
	"bulan": {months: 1}, "bln": {months: 1}, "month": {months: 1}, "months": {months: 1},
	"minggu": {days: 7}, "pekan": {days: 7}, "week": {days: 7}, "weeks": {days: 7},
	"hari": {days: 1}, "day": {days: 1}, "days": {days: 1},
}

// durationLead are the words a register puts before a duration: "Perjanjian
// ini berlaku selama 5 (lima) Tahun", "Jangka waktu: 3 tahun", "valid for a
// period of two years".
var durationLead = wordSet(
	"perjanjian", "kesepakatan", "kesepahaman", "nota", "mou", "moa", "pks", "loi", "kerja", "sama", "kerjasama",
	"ini", "berlaku", "selama", "untuk", "jangka", "waktu", "masa", "kurun", "periode", "durasi", "tempoh",
	"adalah", "yaitu", "ialah", "iaitu", "dalam", "hingga", "agreement", "memorandum", "this", "the", "is", "shall",
	"be", "remain", "remains", "in", "force", "effective", "valid", "for", "a", "period", "of", "term",
)

// durationFrom are the words after a duration that say when it starts:
// "sejak ditandatanganinya perjanjian", "terhitung mulai tanggal
// penandatanganan", "from the date of signing".
var durationFrom = wordSet(
	"sejak", "terhitung", "mulai", "dari", "setelah", "semenjak", "tanggal", "tgl", "ditandatangani",
	"ditandatanganinya", "penandatanganan", "ditandatangan", "tandatangan", "perjanjian", "kesepakatan",
	"kesepahaman", "nota", "ini", "oleh", "para", "pihak", "kedua", "belah", "since", "from", "after", "upon",
	"signing", "signature", "signed", "execution", "the", "of", "its", "this", "date", "agreement",
	"memorandum", "by", "both", "parties", "berlaku", "masa", "tempoh", "tarikh", "dimeterai", "lagi",
)

// renewalWords mark a clause about renewal after a term: "3 Tahun dan akan
// diperpanjang", "dapat diperpanjang atas kesepakatan para pihak",
// "renewable by mutual consent". The clause is not part of the term:
// ParseTermClause returns it for the caller to keep as a note.
var renewalWords = wordSet(
	"diperpanjang", "perpanjang", "perpanjangan", "memperpanjang", "diperbaharui", "diperbarui", "diperbaharui",
	"dilanjutkan", "diperlanjut", "dilanjut", "disambung", "dilanjutkan", "renewable", "renewed", "renew",
	"renewal", "extended", "extendable", "extend", "extension", "otomatis", "automatically",
)

func wordSet(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// A termWord is one word of a term's text: its place in the text and its
// fold key ("(5)" → "5", "Tahun," → "tahun").
type termWord struct {
	start, end int
	key        string
}

func termWords(s string) []termWord {
	var ws []termWord
	for i := 0; i < len(s); {
		for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == ',' || s[i] == ':' || s[i] == ';') {
			i++
		}
		j := i
		for j < len(s) && s[j] != ' ' && s[j] != '\t' && s[j] != ',' && s[j] != ':' && s[j] != ';' {
			j++
		}
		if j > i {
			if k := fold.Key(s[i:j]); k != "" {
				ws = append(ws, termWord{i, j, k})
			}
		}
		i = j
	}
	return ws
}

// parseDuration reads a stated duration as registers write it: lead words,
// a count in figures, words or both ("5 (lima)", "Lima (5)", "dua puluh"),
// a unit (tahun, bulan, minggu, hari and their English and short forms),
// optionally a second count and unit ("1 tahun 6 bulan"), words saying
// when it starts ("sejak ditandatangani"), and a renewal clause, returned
// as clause. Any other word makes it fail: a term is read right or not at
// all.
func parseDuration(s string, tag language.Tag) (d duration, clause string, ok bool) {
	ws := termWords(s)
	i := 0
	for i < len(ws) && durationLead[ws[i].key] {
		i++
	}
	n := 0
	for i < len(ws) {
		// The count runs up to the next unit word.
		u := i
		for u < len(ws) && !isUnit(ws[u].key) {
			u++
		}
		if u == i || u == len(ws) || u-i > 8 {
			break
		}
		c, err := date.ParseCardinal(s[ws[i].start:ws[u-1].end], tag)
		if err != nil || c <= 0 || c > maxTermMonths/12 {
			return duration{}, "", false
		}
		unit := durationUnits[ws[u].key]
		d.months += c * unit.months
		d.days += c * unit.days
		n++
		i = u + 1
		if i < len(ws) && (ws[i].key == "dan" || ws[i].key == "and") && i+1 < len(ws) && isCountStart(ws[i+1].key) {
			i++
		}
	}
	if n == 0 || d.months > maxTermMonths || d.days > maxTermMonths*31 {
		return duration{}, "", false
	}
	for i < len(ws) && durationFrom[ws[i].key] {
		i++
	}
	if i < len(ws) {
		for _, w := range ws[i:] {
			if renewalWords[w.key] {
				return d, strings.TrimSpace(strings.Trim(s[ws[i].start:], " ,;.")), true
			}
		}
		return duration{}, "", false
	}
	return d, "", true
}

func isUnit(k string) bool { _, ok := durationUnits[k]; return ok }

// isCountStart reports whether a word may begin a count: figures or a
// number word.
func isCountStart(k string) bool {
	if k == "" {
		return false
	}
	if k[0] >= '0' && k[0] <= '9' {
		return true
	}
	_, err := date.ParseCardinal(k, language.Und)
	return err == nil
}
