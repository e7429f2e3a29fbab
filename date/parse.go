package date

import (
	"strconv"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/kerjasama/kerjasama/internal/chars"
)

// Parse reads one calendar date written the way Indonesian, Malay and
// English documents write it, in any letter case and with any mix of
// spaces and dashes, the set of package internal/chars that package money
// reads too: spaces are ASCII space and tab, no-break U+00A0, narrow
// no-break U+202F, U+2000–U+200A (en, em, figure, thin, hair …), the other
// Unicode space separators and the zero-width ones, and line breaks
// between words; dashes are hyphen-minus, U+2010–U+2015 (hyphens, figure,
// en and em dashes), minus sign U+2212, and the small and full-width forms:
//
//	12 September 2017            12 Sept. 2017, 12 Sep 2017, 12-Sep-2017
//	tanggal 12 September 2017    pada tanggal 6 Februari 2007, tgl. 6 Feb 2007
//	14 Nopember tahun 1983       Pebruari, Nopember, Agt, Ags, Sept, Nop
//	Rabu, 7/8/2019               Kamis (9/6/2022), Selasa, 12-09-2017, 7.8.2019
//	Jum'at, 15 November 2024     Minggu, Ahad, Jumat; 7 Agustus 2019 (Rabu)
//	12hb September 2017          Malay: 7 Ogos 2019, Khamis, 9 Jun 2022
//	August 7, 2019               English: 7 August 2019, the 7th of August 2019
//	March 5, 2019, Tuesday       a weekday after the date and a comma, as news writes
//	                             it (5 Mac 2019, Selasa), checked like one before
//	2017-09-12                   ISO 8601, also 2017/09/12
//	Sabtu tanggal Dua Puluh Tiga bulan Oktober tahun Dua Ribu Sepuluh
//	                             a date in words, as contracts open; the day may
//	                             stand in parentheses, "(Tiga Puluh Satu)", and the
//	                             date in figures may follow, "(23-10-2010)", if it agrees
//	Selasa pagi (12/9/2023)      a part of the day after the weekday is passed over
//
// Month and weekday names of every language are read whatever lang is.
// Numeric dates are day/month/year in every language (the rule of
// Indonesian, Malay and British English), except that a tag naming the
// United States ("en-US") reads month/day/year; a number that does not fit
// the rule is an error, never silently swapped. Years have four digits: a
// two-digit year is an error, not a guess at the century.
//
// A weekday that the date does not fall on is an error wrapping ErrWeekday;
// a date that does not exist (31 Februari, month 13) wraps ErrRange; text
// that is not a date, including a period such as "Oktober 2017" (read those
// with ParseRange) or a day and month without a year ("Selasa (20/7)"), wraps
// ErrSyntax. Times of day are not read. Input longer
// than MaxInput bytes is refused. Parse does not allocate when it succeeds.
func Parse(s string, lang language.Tag) (Date, error) {
	var p parser
	if err := p.init("Parse", s, lang); err != nil {
		return Date{}, err
	}
	pt, err := p.part()
	if err != nil {
		return Date{}, err
	}
	if err := p.finish(); err != nil {
		return Date{}, err
	}
	if pt.day == 0 || pt.month == 0 || pt.year == 0 {
		if pt.day != 0 && pt.month != 0 {
			return Date{}, p.errorAt(ErrSyntax, p.n, "missing year")
		}
		if pt.day != 0 {
			return Date{}, p.errorAt(ErrSyntax, p.n, "missing month")
		}
		return Date{}, p.errorAt(ErrSyntax, pt.first, "a period, not a single day (read it with ParseRange)")
	}
	return p.date(&pt)
}

// ParseRange reads a period written the way Indonesian, Malay and English
// documents write it, in the forms Parse reads and these:
//
//	23 – 25 Oktober 2017            23-25 Okt 2017, tanggal 23 s.d. 25 Oktober 2017
//	30 September - 2 Oktober 2017   1 Juli s/d 30 September 2020
//	28 Desember 2017 s.d. 3 Januari 2018
//	Senin, 23 Oktober 2017 – Rabu, 25 Oktober 2017
//	Senin – Rabu, 23 – 25 Oktober 2017    Hari/Tanggal: Senin s.d. Rabu / 23 s.d. 25 Oktober 2017
//	23/10/2017 - 25/10/2017         2017-10-23/2017-10-25 (ISO 8601, as ParseISORange)
//	August 7–9, 2019                7 to 9 August 2019, from 7 until 9 August 2019
//	2013, tahun 2013                a whole year
//	2015-2016, 2015 – 2016          whole years
//	Oktober 2017, bulan Okt 2017    a whole month
//	Oktober – Desember 2017         whole months; Desember 2017 – Januari 2018
//	Triwulan III 2022, Q3 2022      a quarter (also Kuartal, TW); Triwulan I – III 2022; Semester I 2022
//	Tahun Anggaran 2022, TA 2022    the fiscal year, which is the calendar year
//	2022 (sampai November)          a partial year: 1 January to 30 November 2022;
//	                                also "2022, s.d. November", "2022 (Januari–November)",
//	                                and to a day, "2022 (sampai 30 November)"
//	periode 2025-2030               "periode", Malay "tempoh", English "period" introduce a range
//	23 dan 24 Oktober 2017          two consecutive days ("and"); two days further apart are an error
//	12 September 2017               a single day
//
// The two ends are separated by a dash, "s.d.", "s/d", "sd", "sampai",
// "sampai dengan", "hingga", Malay "sehingga", or English "to", "until",
// "through". The start may leave out what it shares with the end ("23 – 25
// Oktober 2017"), but both ends must be of the same kind: days, months or
// years. A range that ends before it starts wraps ErrRange. Like Parse,
// ParseRange does not allocate when it succeeds.
func ParseRange(s string, lang language.Tag) (Range, error) {
	if len(s) >= 13 && len(s) <= MaxInput && s[4] == '-' && s[10] == '/' {
		return parseISORange(s, "ParseRange")
	}
	var p parser
	if err := p.init("ParseRange", s, lang); err != nil {
		return Range{}, err
	}
	wa, wb := p.weekdays()
	if i0 := p.i; wa < 0 {
		p.skipFillers()
		if p.sep() {
			// "s.d. 31 Desember 2022", "hingga 30 November 2022"
			return Range{}, p.errorAt(ErrSyntax, i0, "a range without its start: give the first day or month (1 Januari s.d. 31 Desember 2022)")
		}
		p.i = i0
	}
	a, err := p.part()
	if err != nil {
		return Range{}, err
	}
	var b part
	hasB, partial, twoDays := false, false, -1
	switch {
	case a.prec() == precYear && (p.is(tLParen) || p.is(tComma) && p.i+1 < p.n):
		// A year followed by the part of it meant: "2022 (sampai
		// November)", "2022, s.d. November", "2022 (Januari–November)".
		paren := p.is(tLParen)
		p.i++
		if p.sep() {
			if b, err = p.part(); err != nil {
				return Range{}, err
			}
			partial = true
		} else if paren {
			inner, err := p.part()
			if err != nil {
				return Range{}, err
			}
			if !p.sep() {
				return Range{}, p.syntaxErr("want a range separator such as s.d. or –")
			}
			if b, err = p.part(); err != nil {
				return Range{}, err
			}
			if err := p.inYear(&inner, &a); err != nil {
				return Range{}, err
			}
			if err := p.inYear(&b, &a); err != nil {
				return Range{}, err
			}
			a = inner
		} else {
			return Range{}, p.syntaxErr("want a range separator such as s.d. or –")
		}
		if paren && !p.eat(tRParen) {
			return Range{}, p.syntaxErr("want )")
		}
		hasB = true
	case p.sep():
		if b, err = p.part(); err != nil {
			return Range{}, err
		}
		hasB = true
	case a.prec() == precDay && p.isMisc(mAnd):
		// "23 dan 24 Oktober 2017": two consecutive days.
		twoDays = p.i
		p.i++
		if b, err = p.part(); err != nil {
			return Range{}, err
		}
		hasB = true
	}
	if err := p.finish(); err != nil {
		return Range{}, err
	}
	if !hasB {
		b = a
	}
	if wa >= 0 {
		// "Senin – Rabu, 23 – 25 Oktober 2017": the weekdays go with the days.
		if !hasB || a.prec() != precDay || b.prec() != precDay || a.wd != 0 || b.wd != 0 {
			return Range{}, p.errorAt(ErrSyntax, wa, "a range of weekdays needs a range of days")
		}
		a.wd, a.wdTok = int(p.toks[wa].word&^wKindMask)+1, wa
		b.wd, b.wdTok = int(p.toks[wb].word&^wKindMask)+1, wb
	}
	r, err := p.combine(&a, &b, partial)
	if err == nil && twoDays >= 0 && (b.prec() != precDay || r.End != r.Start.AddDays(1)) {
		return Range{}, p.errorAt(ErrSyntax, twoDays, "two days joined by \"dan\" or \"and\" are a range only when they are consecutive")
	}
	return r, err
}

// weekdays reads a range of weekdays before a range of days, "Senin –
// Rabu," or "Senin s.d. Rabu /", and returns their token indices, or -1
// and -1 if the text does not start so.
func (p *parser) weekdays() (int, int) {
	i0 := p.i
	p.skipFillers()
	if p.wordKind() == wWeekday {
		wa := p.i
		p.i++
		p.eat(tDot)
		if p.sep() && p.wordKind() == wWeekday {
			wb := p.i
			p.i++
			p.eat(tDot)
			if p.eat(tComma) || p.eat(tSlash) || p.eat(tColon) {
				return wa, wb
			}
		}
	}
	p.i = i0
	return -1, -1
}

// inYear gives q the year of y, the year it is a part of, or fails if q
// names another.
func (p *parser) inYear(q, y *part) error {
	if q.year == 0 {
		q.year, q.yearTok = y.year, y.yearTok
	} else if q.year != y.year {
		return p.errorAt(ErrSyntax, q.yearTok, "year differs from the year it is part of")
	}
	return nil
}

// maxTokens is the number of words, numbers and punctuation marks above
// which the parser refuses its input.
const maxTokens = 32

type tokKind uint8

const (
	tEnd tokKind = iota
	tNum
	tWord
	tDash
	tSlash
	tDot
	tComma
	tColon
	tSemi
	tLParen
	tRParen
)

type token struct {
	pos, end uint16 // byte offsets in the input
	kind     tokKind
	word     uint8 // for tWord: the wordTable entry, 0 if unknown
	ndig     uint8 // for tNum: number of digits (capped at 255)
	sp       bool  // preceded by a space or the start of the input
	val      int32 // for tNum with at most 9 digits: the value
}

type parser struct {
	fn   string
	s    string
	mf   bool  // numeric dates are month first (en-US)
	unit uint8 // mQuarter or mSemester once a period has been read
	n, i int   // number of tokens, current token
	// toks holds the tokens, then tEnd. Past the end are lookahead
	// slots, zero (tEnd) like the end itself: the grammar looks at most
	// four tokens ahead of a position that is at most n, so no index
	// can leave the array.
	toks [maxTokens + 1 + lookahead]token
}

// lookahead is how far past the current token the parser looks.
const lookahead = 4

func (p *parser) init(fn, s string, tag language.Tag) error {
	p.fn, p.s = fn, s
	if len(s) > MaxInput {
		return &ParseError{Func: fn, Input: s, Offset: 0, Msg: "input too long", Err: ErrSyntax}
	}
	if err := p.tokenize(); err != nil {
		return err
	}
	if p.n == 0 {
		return p.errorAt(ErrSyntax, 0, "empty date")
	}
	// Parentheses around everything: "(23–25 Oktober 2017)".
	if p.n >= 2 && p.toks[0].kind == tLParen && p.toks[p.n-1].kind == tRParen {
		p.i = 1
		p.n--
		p.toks[p.n] = token{kind: tEnd, pos: p.toks[p.n].pos, end: p.toks[p.n].pos}
	}
	p.mf = monthFirst(tag)
	return nil
}

// finish accepts a full stop, comma or semicolon ending a sentence or a
// list item ("pada tanggal 21 September 2012;") and requires the end.
func (p *parser) finish() error {
	if p.i == p.n-1 && (p.is(tDot) || p.is(tComma) || p.is(tSemi)) {
		p.i++
	}
	if p.i < p.n {
		return p.syntaxErr("unexpected text after the date")
	}
	return nil
}

func (p *parser) tokenize() error {
	s := p.s
	sp := true
	for i := 0; i < len(s); {
		c := s[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			i++
			sp = true
			continue
		}
		if p.n == maxTokens {
			return &ParseError{Func: p.fn, Input: s, Offset: i, Msg: "too many words for a date", Err: ErrSyntax}
		}
		// Fill the next slot in place; a Unicode space below leaves it
		// unclaimed for the next token.
		t := &p.toks[p.n]
		t.pos, t.sp = uint16(i), sp
		sp = false
		switch {
		case '0' <= c && c <= '9':
			t.kind = tNum
			j := i
			v, nd := 0, 0
			for ; j < len(s) && '0' <= s[j] && s[j] <= '9'; j++ {
				if nd < 9 {
					v = v*10 + int(s[j]-'0')
				}
				if nd < 255 {
					nd++
				}
			}
			t.val, t.ndig = int32(v), uint8(nd)
			i = j
		case c < utf8.RuneSelf && isASCIILetter(c), c >= utf8.RuneSelf && startsWord(s[i:]):
			t.kind = tWord
			i, t.word = scanWord(s, i)
		case c == '-' || c == '~':
			t.kind = tDash
			i++
		case c == '/':
			t.kind = tSlash
			i++
		case c == '.':
			t.kind = tDot
			i++
		case c == ',':
			t.kind = tComma
			i++
		case c == ':':
			t.kind = tColon
			i++
		case c == ';':
			t.kind = tSemi
			i++
		case c == '(' || c == '[':
			t.kind = tLParen
			i++
		case c == ')' || c == ']':
			t.kind = tRParen
			i++
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[i:])
			switch {
			case isSpace(r):
				i += size
				sp = true
				continue
			case isDash(r):
				t.kind = tDash
				i += size
			default:
				return &ParseError{Func: p.fn, Input: s, Offset: i, Msg: "unexpected character " + quoteRune(r), Err: ErrSyntax}
			}
		default:
			return &ParseError{Func: p.fn, Input: s, Offset: i, Msg: "unexpected character " + quoteRune(rune(c)), Err: ErrSyntax}
		}
		t.end = uint16(i)
		p.n++
	}
	p.toks[p.n] = token{kind: tEnd, pos: uint16(len(s)), end: uint16(len(s))}
	return nil
}

func quoteRune(r rune) string {
	if r == utf8.RuneError {
		return "(invalid UTF-8)"
	}
	return "'" + string(r) + "'"
}

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// isSpace reports whether r may separate words of a date: a space of
// package internal/chars, the set package money reads too (no-break,
// narrow no-break, thin, em, en, figure and the other Unicode spaces, and
// the zero-width ones left by copying from documents), or a line break.
func isSpace(r rune) bool { return chars.IsSpace(r) || chars.IsBreak(r) }

// isDash reports whether r is a hyphen or dash of package internal/chars:
// hyphen-minus, U+2010 to U+2015 (hyphens, figure, en and em dashes,
// horizontal bar), minus sign, small em dash, small and full-width
// hyphen-minus.
func isDash(r rune) bool { return chars.IsDash(r) }

// isApostrophe reports whether r can stand for the apostrophe of "Jum'at".
func isApostrophe(r rune) bool {
	return r == '\'' || r == '`' || r == '\u2019' || r == '\u2018' || r == '\u02bc' || r == '\u00b4'
}

// startsWord reports whether s begins with a non-ASCII letter.
func startsWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// scanWord reads the word starting at s[i] and returns the offset after it
// and its wordTable entry. Letters are folded to ASCII lower case and
// apostrophes between letters dropped; a word with other letters or longer
// than any known word is unknown (0).
func scanWord(s string, i int) (int, uint8) {
	var key [12]byte
	n := 0
	h := uint32(fnvOffset)
	known := true
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if isASCIILetter(c) {
				if n < len(key) {
					c |= 0x20
					key[n] = c
					n++
					h = (h ^ uint32(c)) * fnvPrime
				} else {
					known = false
				}
				i++
				continue
			}
			if (c == '\'' || c == '`') && i+1 < len(s) && isASCIILetter(s[i+1]) {
				i++
				continue
			}
			break
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if isApostrophe(r) && i+size < len(s) && isASCIILetter(s[i+size]) {
			i += size
			continue
		}
		if !unicode.IsLetter(r) {
			break
		}
		known = false
		i += size
	}
	if !known {
		return i, 0
	}
	return i, lookupWord(key[:n], h)
}

// A part is one end of a range as written: any of its fields may be
// missing (zero) until the range is put together.
type part struct {
	day, month, month2, year int
	wd                       int // weekday + 1; 0 if none
	first                    int // token indices, for errors
	dayTok, monthTok         int
	yearTok, wdTok           int
}

const (
	precDay = iota
	precMonth
	precYear
)

func (q *part) prec() int {
	switch {
	case q.day != 0:
		return precDay
	case q.month != 0:
		return precMonth
	}
	return precYear
}

func (p *parser) tok() *token { return &p.toks[p.i] }

func (p *parser) is(k tokKind) bool { return p.toks[p.i].kind == k }

func (p *parser) eat(k tokKind) bool {
	if p.toks[p.i].kind == k {
		p.i++
		return true
	}
	return false
}

// wordKind returns the kind bits of the current token if it is a known word.
func (p *parser) wordKind() uint8 {
	t := &p.toks[p.i]
	if t.kind != tWord {
		return 0
	}
	return t.word & wKindMask
}

func (p *parser) isMisc(m uint8) bool {
	t := &p.toks[p.i]
	return t.kind == tWord && t.word == wMisc|m
}

// skipFillers skips words that introduce a date ("pada", "tanggal",
// "tgl.", "hari", "on", "the"), including labels such as "Hari/Tanggal:".
func (p *parser) skipFillers() {
	for p.wordKind() == wFiller {
		p.i++
		p.eat(tDot)
		if (p.is(tSlash) || p.is(tComma)) && p.toks[p.i+1].kind == tWord && p.toks[p.i+1].word&wKindMask == wFiller {
			p.i++ // "Hari/Tanggal", "Hari, tanggal"
			continue
		}
		p.eat(tColon)
	}
}

// sep consumes a range separator if there is one.
func (p *parser) sep() bool {
	switch {
	case p.is(tDash):
		for p.eat(tDash) {
		}
		return true
	case p.wordKind() == wTo:
		isSampai := p.tok().word == wTo|toSampai
		p.i++
		if isSampai && p.isMisc(mDengan) {
			p.i++
			p.eat(tDot)
		}
		p.eat(tDot)
		return true
	case p.isMisc(mS):
		// "s.d.", "s/d", "s.d", "s. d."
		j := p.i + 1
		if k := p.toks[j].kind; k == tDot || k == tSlash {
			j++
		}
		if t := p.toks[j]; t.kind == tWord && t.word == wMisc|mD {
			p.i = j + 1
			p.eat(tDot)
			return true
		}
	}
	return false
}

// part reads one date as written, complete or not.
func (p *parser) part() (part, error) {
	q := part{first: p.i, dayTok: -1, monthTok: -1, yearTok: -1, wdTok: -1}
	p.skipFillers()
	if p.wordKind() == wWeekday {
		q.wd = int(p.tok().word&^wKindMask) + 1
		q.wdTok = p.i
		p.i++
		p.eat(tDot)
		if p.isMisc(mDaypart) {
			p.i++ // "Selasa pagi (12/9/2023)": the part of the day is not read
		}
		if !p.eat(tComma) {
			p.eat(tSlash) // "Hari/Tanggal: Senin/23 Oktober 2017"
		}
		paren := p.eat(tLParen)
		p.skipFillers()
		if err := p.core(&q); err != nil {
			return q, err
		}
		if paren && !p.eat(tRParen) {
			return q, p.syntaxErr("want )")
		}
		if q.day == 0 {
			return q, p.errorAt(ErrSyntax, q.wdTok, "a weekday needs a day of the month")
		}
		return q, nil
	}
	if err := p.core(&q); err != nil {
		return q, err
	}
	// A weekday after the date: "7 Agustus 2019 (Rabu)", or after a comma
	// as English and Malay news write it: "March 5, 2019, Tuesday", "5 Mac
	// 2019, Selasa". It is checked against the date like one before it.
	if q.day != 0 && p.is(tLParen) {
		if t := p.toks[p.i+1]; t.kind == tWord && t.word&wKindMask == wWeekday && p.toks[p.i+2].kind == tRParen {
			q.wd = int(t.word&^wKindMask) + 1
			q.wdTok = p.i + 1
			p.i += 3
		}
	} else if q.day != 0 && q.wd == 0 && p.is(tComma) {
		if t := p.toks[p.i+1]; t.kind == tWord && t.word&wKindMask == wWeekday {
			q.wd = int(t.word&^wKindMask) + 1
			q.wdTok = p.i + 1
			p.i += 2
			p.eat(tDot)
		}
	}
	return q, nil
}

// core reads the date proper, after any weekday.
func (p *parser) core(q *part) error {
	t := p.tok()
	switch {
	case p.unit != 0 && (t.kind == tWord || t.kind == tNum):
		// The end of "Triwulan I – III 2022": the unit is shared.
		return p.periodNumber(q, p.unit == mSemester)
	case t.kind == tNum:
		return p.numeric(q)
	case p.wordKind() == wNum,
		t.kind == tLParen && p.toks[p.i+1].kind == tWord && p.toks[p.i+1].word&wKindMask == wNum:
		return p.inWords(q)
	case p.wordKind() == wMonth:
		return p.monthFirst(q)
	case p.wordKind() == wYearW:
		p.yearWord()
		return p.year(q, true)
	case p.isMisc(mMonthW):
		p.i++
		p.eat(tDot)
		if p.wordKind() != wMonth {
			return p.syntaxErr("want the name of a month")
		}
		return p.monthFirst(q)
	case p.isMisc(mQuarter), p.isMisc(mSemester):
		return p.period(q)
	case t.kind == tWord && t.word == 0:
		return p.syntaxErr("unknown word " + strconv.Quote(p.s[t.pos:t.end]))
	}
	return p.syntaxErr("want a date")
}

// year reads a four-digit year and an era marker after it ("2019 M").
// Without need, a missing year is not an error.
func (p *parser) year(q *part, need bool) error {
	t := p.tok()
	if t.kind != tNum {
		if need {
			return p.syntaxErr("want a four-digit year")
		}
		return nil
	}
	if t.ndig != 4 {
		if t.ndig == 2 {
			return p.syntaxErr("two-digit year: write the year in full")
		}
		return p.syntaxErr("want a four-digit year")
	}
	if t.val == 0 {
		return p.errorAt(ErrRange, p.i, "year 0 out of range 1 to 9999")
	}
	q.year, q.yearTok = int(t.val), p.i
	p.i++
	if p.isMisc(mEra) {
		p.i++
		p.eat(tDot)
	}
	return nil
}

// numeric reads a date that starts with a number.
func (p *parser) numeric(q *part) error {
	n1 := p.i
	t1 := p.toks[n1]
	// Three numbers with the same separator: 7/8/2019, 12-09-2017, 2017-09-12.
	if sk := p.toks[n1+1].kind; (sk == tSlash || sk == tDash || sk == tDot) && p.toks[n1+3].kind == sk {
		t2, t3 := p.toks[n1+2], p.toks[n1+4]
		if t2.kind == tNum && t3.kind == tNum && t2.ndig <= 2 {
			switch {
			case t1.ndig == 4 && t3.ndig <= 2:
				q.year, q.month, q.day = int(t1.val), int(t2.val), int(t3.val)
				q.yearTok, q.monthTok, q.dayTok = n1, n1+2, n1+4
			case t1.ndig <= 2 && t3.ndig == 4:
				q.day, q.month, q.year = int(t1.val), int(t2.val), int(t3.val)
				q.dayTok, q.monthTok, q.yearTok = n1, n1+2, n1+4
				if p.mf {
					q.day, q.month = q.month, q.day
					q.dayTok, q.monthTok = q.monthTok, q.dayTok
				}
			case t1.ndig <= 2 && t3.ndig == 2:
				p.i = n1 + 4
				return p.syntaxErr("two-digit year: write the year in full")
			default:
				return p.syntaxErr("want day/month/year")
			}
			// Keep a zero field from reading as a missing one.
			switch {
			case q.year == 0:
				return p.errorAt(ErrRange, q.yearTok, "year 0 out of range 1 to 9999")
			case q.month == 0:
				return p.errorAt(ErrRange, q.monthTok, "month 0 out of range")
			case q.day == 0:
				return p.errorAt(ErrRange, q.dayTok, "day 0 out of range")
			}
			p.i = n1 + 5
			return nil
		}
		// 12-Sep-2017
		if t2.kind == tWord && t2.word&wKindMask == wMonth && t1.ndig <= 2 {
			if t1.val == 0 {
				// A zero day must not read as no day: "0-Sep-2017" is
				// not September 2017.
				return p.errorAt(ErrRange, n1, "day 0 out of range")
			}
			q.day, q.dayTok = int(t1.val), n1
			q.month, q.monthTok = int(t2.word&^wKindMask), n1+2
			p.i = n1 + 4
			return p.year(q, true)
		}
	}
	switch {
	case t1.ndig == 4:
		return p.year(q, true)
	case t1.ndig > 2:
		return p.syntaxErr("want a day or a four-digit year")
	}
	q.day, q.dayTok = int(t1.val), n1
	if q.day == 0 {
		return p.errorAt(ErrRange, n1, "day 0 out of range")
	}
	p.i++
	if sk := p.tok().kind; (sk == tSlash || sk == tDot) && p.toks[p.i+1].kind == tNum && p.toks[p.i+1].ndig <= 2 && p.toks[p.i+2].kind != sk {
		// "Selasa (20/7)", as news reports write the day of the week.
		return p.syntaxErr("day and month without a year: the year is needed (20/7/2021)")
	}
	switch {
	case p.isMisc(mHb): // 12hb, 12 haribulan
		p.i++
		p.eat(tDot)
	case p.isMisc(mOrdinal) && !p.tok().sp: // 7th
		p.i++
	}
	if p.isMisc(mOf) {
		p.i++
	}
	if p.isMisc(mMonthW) && p.toks[p.i+1].kind == tWord && p.toks[p.i+1].word&wKindMask == wMonth {
		p.i++ // "tanggal 23 bulan Oktober tahun 2010"
	}
	if p.wordKind() == wMonth {
		q.month, q.monthTok = int(p.tok().word&^wKindMask), p.i
		p.i++
		p.eat(tDot)
		p.eat(tComma)
		if p.yearWord() {
			return p.year(q, true)
		}
		return p.year(q, false)
	}
	// English "9, 2019", the end of "August 7–9, 2019".
	if p.is(tComma) && p.toks[p.i+1].kind == tNum && p.toks[p.i+1].ndig == 4 {
		p.i++
		return p.year(q, true)
	}
	return nil
}

// inWords reads a date written out, as contracts and minutes write it:
// "Dua Puluh Tiga bulan Oktober tahun Dua Ribu Sepuluh", "(Tiga Puluh
// Satu) bulan Desember tahun dua ribu dua puluh tiga", "dua puluh tiga
// Oktober 2010", optionally followed by the same date in figures in
// parentheses, "(23-10-2010)", which must agree.
func (p *parser) inWords(q *part) error {
	paren := p.eat(tLParen)
	q.dayTok = p.i
	d, err := p.wordsNumber()
	if err != nil {
		return err
	}
	if d < 1 || d > 31 {
		return p.errorAt(ErrRange, q.dayTok, "day "+itoa(d)+" out of range")
	}
	q.day = d
	if paren && !p.eat(tRParen) {
		return p.syntaxErr("want )")
	}
	if p.isMisc(mMonthW) {
		p.i++
		p.eat(tDot)
	}
	if p.wordKind() != wMonth {
		return p.syntaxErr("want the name of a month")
	}
	q.month, q.monthTok = int(p.tok().word&^wKindMask), p.i
	p.i++
	p.eat(tDot)
	p.eat(tComma)
	p.yearWord()
	paren = p.eat(tLParen)
	if p.wordKind() == wNum {
		q.yearTok = p.i
		y, err := p.wordsNumber()
		if err != nil {
			return err
		}
		if y < 1 || y > 9999 {
			return p.errorAt(ErrRange, q.yearTok, "year "+itoa(y)+" out of range 1 to 9999")
		}
		q.year = y
	} else if err := p.year(q, true); err != nil {
		return err
	}
	if paren && !p.eat(tRParen) {
		return p.syntaxErr("want )")
	}
	// The same date in figures: "(23-10-2010)", "(23 Oktober 2010)".
	if p.is(tLParen) && p.toks[p.i+1].kind == tNum {
		open := p.i
		p.i++
		g := part{dayTok: -1, monthTok: -1, yearTok: -1, wdTok: -1}
		if err := p.numeric(&g); err != nil {
			return err
		}
		if !p.eat(tRParen) {
			return p.syntaxErr("want )")
		}
		if g.day != q.day || g.month != q.month || g.year != q.year {
			return p.errorAt(ErrSyntax, open+1, "the date in figures differs from the date in words")
		}
	}
	return nil
}

// wordsNumber reads a whole number from 1 to 9999 written in Indonesian or
// Malay words ("dua puluh tiga", "dua ribu sepuluh", "seribu sembilan
// ratus delapan puluh lima") at the current token. The order of the words
// is checked: "tiga dua" and "puluh" alone are errors, not guesses.
func (p *parser) wordsNumber() (int, error) {
	var st numWords
	for p.wordKind() == wNum {
		if !st.add(int(p.tok().word &^ wKindMask)) {
			return 0, p.syntaxErr("number word out of place")
		}
		p.i++
	}
	if st.n == 0 {
		return 0, p.syntaxErr("want a number")
	}
	return st.value(), nil
}

// numWords adds up number words one at a time.
type numWords struct {
	total, group int
	pend         int // a digit waiting for puluh, belas, ratus or ribu; 0 if none
	mag          int // the smallest magnitude written in the group so far
	n            int // words read
}

// add takes the next number word (a wNum value) and reports whether it may
// stand there.
func (st *numWords) add(v int) bool {
	if st.n == 0 {
		st.mag = 1000
	}
	st.n++
	switch {
	case v <= 9:
		if st.pend != 0 || st.mag <= 1 {
			return false
		}
		st.pend = v
	case v == 10 || v == 11: // sepuluh, sebelas
		if st.pend != 0 || st.mag <= 10 {
			return false
		}
		st.group, st.mag = st.group+v, 1
	case v == nPuluh || v == nBelas:
		if st.pend == 0 || st.mag <= 10 {
			return false
		}
		if v == nPuluh {
			st.group, st.mag = st.group+10*st.pend, 10
		} else {
			st.group, st.mag = st.group+10+st.pend, 1
		}
		st.pend = 0
	case v == nRatus:
		if st.pend == 0 || st.mag <= 100 {
			return false
		}
		st.group, st.mag, st.pend = st.group+100*st.pend, 100, 0
	case v == nSeratus:
		if st.pend != 0 || st.mag <= 100 {
			return false
		}
		st.group, st.mag = st.group+100, 100
	case v == nRibu || v == nSeribu:
		g := st.group + st.pend
		if v == nSeribu {
			if g != 0 {
				return false
			}
			g = 1
		}
		if g == 0 || st.total != 0 {
			return false
		}
		st.total, st.group, st.pend, st.mag = g*1000, 0, 0, 1000
	default:
		return false
	}
	return true
}

func (st *numWords) value() int { return st.total + st.group + st.pend }

// monthFirst reads a date that starts with the name of a month:
// "Oktober 2017", "August 7, 2019", "Okt." (the start of "Okt–Des 2017").
func (p *parser) monthFirst(q *part) error {
	q.month, q.monthTok = int(p.tok().word&^wKindMask), p.i
	q.month2 = q.month
	p.i++
	p.eat(tDot)
	if t := p.tok(); t.kind == tNum && t.ndig <= 2 {
		q.day, q.dayTok = int(t.val), p.i
		if q.day == 0 {
			return p.errorAt(ErrRange, p.i, "day 0 out of range")
		}
		p.i++
		if p.isMisc(mOrdinal) && !p.tok().sp {
			p.i++
		}
		q.month2 = 0
		if p.is(tComma) && p.toks[p.i+1].kind == tNum {
			p.i++
			return p.year(q, true)
		}
		return p.year(q, false)
	}
	p.eat(tComma)
	if p.yearWord() {
		return p.year(q, true)
	}
	return p.year(q, false)
}

// yearWord consumes a word that introduces a year: "tahun", "thn", "th.",
// "year".
//
// "Tahun Anggaran 2022" and "TA 2022", the fiscal year, are read as the
// calendar year: Indonesia's fiscal year has been the calendar year since
// 2001 (UU 17/2003 art. 4 fixes it at 1 January to 31 December).
func (p *parser) yearWord() bool {
	if p.wordKind() == wYearW || p.isText("th") {
		p.i++
		p.eat(tDot)
		if p.isMisc(mAnggaran) {
			p.i++
		}
		return true
	}
	return false
}

// period reads a quarter or a half year: "Triwulan III 2022", "Q3 2022",
// "Kuartal III-2022", "Semester I 2022".
func (p *parser) period(q *part) error {
	semester := p.isMisc(mSemester)
	p.unit = mQuarter
	if semester {
		p.unit = mSemester
	}
	p.i++
	p.eat(tDot)
	return p.periodNumber(q, semester)
}

// periodNumber reads the number of a quarter or half year and the year
// after it.
func (p *parser) periodNumber(q *part, semester bool) error {
	max := 4
	if semester {
		max = 2
	}
	t := p.tok()
	n := 0
	switch t.kind {
	case tNum:
		if t.ndig <= 1 {
			n = int(t.val)
		}
	case tWord:
		if v, off := parseRoman(p.s[t.pos:t.end]); off < 0 {
			n = v
		}
	}
	if n < 1 || n > max {
		if semester {
			return p.syntaxErr("want semester I or II")
		}
		return p.syntaxErr("want quarter I to IV or 1 to 4")
	}
	q.monthTok = p.i
	p.i++
	span := 12 / max
	q.month = (n-1)*span + 1
	q.month2 = q.month + span - 1
	if (p.is(tDash) || p.is(tSlash)) && p.toks[p.i+1].kind == tNum && p.toks[p.i+1].ndig == 4 {
		p.i++ // Kuartal III-2022, Kuartal III/2022
	}
	p.eat(tComma)
	if p.yearWord() {
		return p.year(q, true)
	}
	return p.year(q, false)
}

// combine puts the two ends of a range together; for a single date a and b
// are the same part.
// For a partial year ("2022, to November") a is the year and b the month
// it runs to, and partial is true.
func (p *parser) combine(a, b *part, partial bool) (Range, error) {
	pa, pb := a.prec(), b.prec()
	switch {
	case pa == precDay && pb == precDay:
		if b.month == 0 {
			if a.month == 0 {
				return Range{}, p.errorAt(ErrSyntax, p.n, "missing month")
			}
			b.month, b.monthTok = a.month, a.monthTok
		}
		if a.month == 0 {
			a.month, a.monthTok = b.month, b.monthTok
		}
		if b.year == 0 {
			return Range{}, p.errorAt(ErrSyntax, p.n, "missing year")
		}
		if a.year == 0 {
			a.year, a.yearTok = b.year, b.yearTok
		}
		s, err := p.date(a)
		if err != nil {
			return Range{}, err
		}
		e, err := p.date(b)
		if err != nil {
			return Range{}, err
		}
		return p.ordered(Range{s, e}, b)
	case pa == precMonth && pb == precMonth, pa == precYear && pb == precMonth && partial:
		if b.year == 0 {
			if pa == precYear {
				b.year, b.yearTok = a.year, a.yearTok
			} else {
				return Range{}, p.errorAt(ErrSyntax, p.n, "missing year")
			}
		}
		if a.year == 0 {
			a.year, a.yearTok = b.year, b.yearTok
		}
		if pa == precYear {
			a.month = 1
		}
		if err := p.checkYear(a); err != nil {
			return Range{}, err
		}
		if err := p.checkYear(b); err != nil {
			return Range{}, err
		}
		r := Range{Date{a.year, time.Month(a.month), 1}, MonthRange(b.year, time.Month(b.month2)).End}
		return p.ordered(r, b)
	case pa == precYear && pb == precDay && partial:
		// "2022 (sampai 30 November)": from 1 January to that day.
		if b.month == 0 {
			return Range{}, p.errorAt(ErrSyntax, p.n, "missing month")
		}
		if b.year == 0 {
			b.year, b.yearTok = a.year, a.yearTok
		} else if b.year != a.year {
			return Range{}, p.errorAt(ErrSyntax, b.yearTok, "year differs from the year it is part of")
		}
		if err := p.checkYear(a); err != nil {
			return Range{}, err
		}
		e, err := p.date(b)
		if err != nil {
			return Range{}, err
		}
		return p.ordered(Range{Date{a.year, time.January, 1}, e}, b)
	case pa == precYear && pb == precYear:
		if err := p.checkYear(a); err != nil {
			return Range{}, err
		}
		if err := p.checkYear(b); err != nil {
			return Range{}, err
		}
		return p.ordered(Range{YearRange(a.year).Start, YearRange(b.year).End}, b)
	}
	return Range{}, p.errorAt(ErrSyntax, b.first, "the two ends differ in kind (days, months, years)")
}

func (p *parser) ordered(r Range, b *part) (Range, error) {
	if r.End.Before(r.Start) {
		return Range{}, p.errorAt(ErrRange, b.first, "range ends before it starts")
	}
	return r, nil
}

func (p *parser) checkYear(q *part) error {
	if q.year < 1 || q.year > 9999 {
		return p.errorAt(ErrRange, q.yearTok, "year "+itoa(q.year)+" out of range 1 to 9999")
	}
	return nil
}

// date makes the Date of a complete part, checking that it exists and
// falls on the weekday written.
func (p *parser) date(q *part) (Date, error) {
	d := Date{q.year, time.Month(q.month), q.day}
	if field, msg := checkDate(d); msg != "" {
		return Date{}, p.errorAt(ErrRange, [3]int{q.yearTok, q.monthTok, q.dayTok}[field], msg)
	}
	if q.wd != 0 {
		if wd := d.Weekday(); int(wd) != q.wd-1 {
			t := p.toks[q.wdTok]
			return Date{}, p.errorAt(ErrWeekday, q.wdTok, "weekday "+p.s[t.pos:t.end]+" does not match "+
				d.String()+", a "+wd.String())
		}
	}
	return d, nil
}

func (p *parser) syntaxErr(msg string) error { return p.errorAt(ErrSyntax, p.i, msg) }

// errorAt returns a *ParseError about token i.
func (p *parser) errorAt(kind error, i int, msg string) error {
	off := len(p.s)
	if i >= 0 && i < p.n {
		off = int(p.toks[i].pos)
	}
	return &ParseError{Func: p.fn, Input: p.s, Offset: off, Msg: msg, Err: kind}
}
