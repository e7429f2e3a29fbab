package date

import (
	"strings"

	"github.com/kerjasama/kerjasama/internal/lang"
	"golang.org/x/text/language"
)

// AppendOrdinal appends n written as an ordinal number to dst: "ke-33" in
// Indonesian and Malay ("Sidang ke-33", the 33rd session), "33rd" in
// English. It is meant for n ≥ 1; other values are written with the same
// rule ("ke-0", "0th") rather than refused.
func AppendOrdinal(dst []byte, n int, tag language.Tag) []byte {
	if lang.Of(tag) != lang.English {
		dst = append(dst, "ke-"...)
		return appendPadded(dst, n, 1)
	}
	dst = appendPadded(dst, n, 1)
	u := n
	if u < 0 {
		u = -u
	}
	switch {
	case u%100 >= 11 && u%100 <= 13:
		return append(dst, "th"...)
	case u%10 == 1:
		return append(dst, "st"...)
	case u%10 == 2:
		return append(dst, "nd"...)
	case u%10 == 3:
		return append(dst, "rd"...)
	}
	return append(dst, "th"...)
}

// FormatOrdinal returns n written as AppendOrdinal writes it.
func FormatOrdinal(n int, tag language.Tag) string {
	var b [24]byte
	return string(AppendOrdinal(b[:0], n, tag))
}

// Ordinal words up to the twelfth. Indonesian and Malay form ordinals with
// ke- before the cardinal, except pertama (first); kesatu is also used in
// Indonesian lists; Malay writes kelapan where Indonesian writes kedelapan.
var ordinalWords = map[string]int{
	"pertama": 1, "kesatu": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5,
	"keenam": 6, "ketujuh": 7, "kedelapan": 8, "kelapan": 8, "kesembilan": 9,
	"kesepuluh": 10, "kesebelas": 11,
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}

// englishTens are the tens that begin an English ordinal ("thirty-third").
// An entry in ordinalWords marks the word as a possible start.
var englishTens = map[string]int{
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

func init() {
	for w, v := range map[string]int{
		"thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
		"eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
		"fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
	} {
		ordinalWords[w] = v
	}
	for w := range englishTens {
		ordinalWords[w] = 99 // a start, not an ordinal by itself
	}
}

// ordinalStem returns the value of the number word after "ke" in w
// ("ketiga" → 3, "keseratus" → 100 as a word value), or ok false.
func ordinalStem(w string) (int, bool) {
	if len(w) < 4 || w[:2] != "ke" {
		return 0, false
	}
	if w == "kesatu" {
		return 1, true
	}
	k := lookupWord([]byte(w[2:]), wordHash(w[2:]))
	if k&wKindMask != wNum {
		return 0, false
	}
	return int(k &^ wKindMask), true
}

// ParseOrdinal reads an ordinal number in any of the three languages,
// whatever lang is: "ke-33", "ke 33", "ke–33", "KE-33", "yang ke-33",
// "kali ke-33" ("untuk kali ke-33"), "33rd", "33th" (a wrong English suffix
// is tolerated: the number is not in doubt), and the words: pertama, and
// ke- with any cardinal in words, "kedua", "kesebelas", "ketiga puluh
// tiga", "keempat puluh", "keseratus"; English first … nineteenth, the
// tens (twentieth … ninetieth) and "thirty-third", "twenty first". The number must be at least 1. The tag is
// accepted for symmetry with AppendOrdinal and future forms; every form is
// read in every language.
func ParseOrdinal(s string, tag language.Tag) (int, error) {
	const fn = "ParseOrdinal"
	var p parser
	if err := p.init(fn, s, tag); err != nil {
		return 0, err
	}
	for p.isText("yang") || p.isText("kali") || p.isText("untuk") {
		p.i++
	}
	t := p.tok()
	n := 0
	switch {
	case p.isText("ke"):
		p.i++
		for p.eat(tDash) {
		}
		t = p.tok()
		if t.kind != tNum || t.ndig > 9 {
			return 0, p.syntaxErr("want a number after ke-")
		}
		n = int(t.val)
		p.i++
	case t.kind == tNum:
		if t.ndig > 9 {
			return 0, p.syntaxErr("number too long")
		}
		n = int(t.val)
		p.i++
		if !p.isMisc(mOrdinal) || p.tok().sp {
			return 0, p.syntaxErr("want an ordinal suffix (st, nd, rd, th)")
		}
		p.i++
	case t.kind == tWord:
		w := strings.ToLower(p.s[t.pos:t.end])
		if v, ok := ordinalWords[w]; ok {
			n = v
			p.i++
			if tens := englishTens[w]; tens != 0 {
				// "thirty-third", "twenty first"
				p.eat(tDash)
				if t2 := p.tok(); t2.kind == tWord {
					if u := ordinalWords[strings.ToLower(p.s[t2.pos:t2.end])]; u >= 1 && u <= 9 {
						n = tens + u
						p.i++
						break
					}
				}
				return 0, p.syntaxErr("want an ordinal after " + p.s[t.pos:t.end])
			}
			if n > 12 {
				break
			}
		}
		if n == 0 || n <= 11 && strings.HasPrefix(w, "ke") {
			// "ketiga puluh tiga", "kedua puluh enam", "keseratus": ke- and
			// the cardinal in words.
			v, ok := ordinalStem(w)
			if !ok {
				return 0, p.syntaxErr("not an ordinal")
			}
			var st numWords
			if !st.add(v) {
				return 0, p.syntaxErr("not an ordinal")
			}
			if n == 0 {
				p.i++
			}
			for p.wordKind() == wNum {
				if !st.add(int(p.tok().word &^ wKindMask)) {
					return 0, p.syntaxErr("number word out of place")
				}
				p.i++
			}
			n = st.value()
		}
	default:
		return 0, p.syntaxErr("not an ordinal")
	}
	if p.i < p.n {
		return 0, p.syntaxErr("unexpected text after the ordinal")
	}
	if n < 1 {
		return 0, p.errorAt(ErrRange, p.i-1, "ordinal must be at least 1")
	}
	return n, nil
}

// isText reports whether the current token is the word w (lower case).
func (p *parser) isText(w string) bool {
	t := p.tok()
	return t.kind == tWord && strings.EqualFold(p.s[t.pos:t.end], w)
}

// AppendRoman appends n in Roman numerals to dst: "II" (Tim Teknis II),
// "III" (LoI Tahap III), "MMXVII". Roman numerals exist from 1 to 3999;
// other values are appended in decimal digits.
func AppendRoman(dst []byte, n int) []byte {
	if n < 1 || n > 3999 {
		return appendPadded(dst, n, 1)
	}
	dst = append(dst, romanThousands[n/1000]...)
	dst = append(dst, romanHundreds[n/100%10]...)
	dst = append(dst, romanTens[n/10%10]...)
	return append(dst, romanOnes[n%10]...)
}

var (
	romanThousands = [10]string{"", "M", "MM", "MMM"}
	romanHundreds  = [...]string{"", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM"}
	romanTens      = [...]string{"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"}
	romanOnes      = [...]string{"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"}
)

// FormatRoman returns n written as AppendRoman writes it.
func FormatRoman(n int) string {
	var b [16]byte
	return string(AppendRoman(b[:0], n))
}

// ParseRoman reads a Roman numeral from I to MMMCMXCIX in upper or lower
// case. Only the standard subtractive form is read, the one AppendRoman
// writes: "IIII" and "IC" are errors, so that every numeral has one value
// and one spelling. As headings and lists write them, the numeral may be
// surrounded by spaces, end with a dot or a closing parenthesis, or stand
// in parentheses: "III.", "III)", "(III)". Words around it are not
// skipped: "Tahap III" is an error (the caller knows which word it
// expects before the numeral).
func ParseRoman(s string) (int, error) {
	const fn = "ParseRoman"
	if len(s) > MaxInput {
		return 0, syntaxError(fn, s, 0, "input too long")
	}
	start, end := trimRoman(s)
	if start < 0 {
		return 0, syntaxError(fn, s, end, "unbalanced parenthesis around a Roman numeral")
	}
	n, off := parseRoman(s[start:end])
	if off >= 0 {
		return 0, syntaxError(fn, s, start+off, "not a Roman numeral")
	}
	return n, nil
}

// trimRoman returns the bounds of the numeral in s without the spaces,
// parentheses and final dot around it, or start < 0 and the offset of an
// opening parenthesis that is not closed.
func trimRoman(s string) (start, end int) {
	start, end = trimSpaces(s, 0, len(s))
	if end > start && s[end-1] == '.' {
		end-- // "III.", "(III)."
	}
	if start < end && s[start] == '(' {
		if end-1 <= start || s[end-1] != ')' {
			return -1, start
		}
		start, end = start+1, end-1
	} else if end > start && s[end-1] == ')' {
		end-- // "III)", as lists number items
	}
	return trimSpaces(s, start, end)
}

// trimSpaces narrows s[start:end] to leave out ASCII spaces and tabs at
// both ends.
func trimSpaces(s string, start, end int) (int, int) {
	for start < end && isSpaceByte(s[start]) {
		start++
	}
	for end > start && isSpaceByte(s[end-1]) {
		end--
	}
	return start, end
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' }

// parseRoman reads s as a standard Roman numeral. It returns the value and
// -1, or 0 and the offset where s stops being one.
func parseRoman(s string) (int, int) {
	if s == "" {
		return 0, 0
	}
	i, n := 0, 0
	for _, g := range [...]struct {
		table *[10]string
		unit  int
	}{{&romanThousands, 1000}, {&romanHundreds, 100}, {&romanTens, 10}, {&romanOnes, 1}} {
		// Take the longest numeral of this order that s continues with.
		best := 0
		for k := 9; k >= 1; k-- {
			w := g.table[k]
			if w != "" && len(s)-i >= len(w) && strings.EqualFold(s[i:i+len(w)], w) && len(w) > len(g.table[best]) {
				best = k
			}
		}
		i += len(g.table[best])
		n += best * g.unit
	}
	if i != len(s) || n == 0 {
		return 0, i
	}
	return n, -1
}

// englishCardinals are the English number words ParseCardinal reads: one
// to nineteen and the tens, which combine as "twenty-five" or "twenty
// five".
var englishCardinals = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

// ParseCardinal reads a whole number from 0 to 9999 as documents write
// counts: in figures ("5"), in Indonesian or Malay words ("lima", "dua
// puluh lima", "seratus", "Dua Ribu Sepuluh"; "lapan" is Malay), in
// English words ("five", "twenty-five", "twenty five"), or in both, the one
// after the other in parentheses, as contracts write them: "5 (lima)",
// "Lima (5)", "two (2)". The two forms must agree: "5 (enam)" is an error
// wrapping ErrSyntax, never one of the two. The order of the words is
// checked ("tiga dua" is an error, not a sum). Every form is read in every
// language; the tag is accepted for symmetry with ParseOrdinal.
func ParseCardinal(s string, tag language.Tag) (int, error) {
	const fn = "ParseCardinal"
	var p parser
	if err := p.init(fn, s, tag); err != nil {
		return 0, err
	}
	n, err := p.cardinal()
	if err != nil {
		return 0, err
	}
	if p.is(tLParen) {
		open := p.i
		p.i++
		m, err := p.cardinal()
		if err != nil {
			return 0, err
		}
		if !p.eat(tRParen) {
			return 0, p.syntaxErr("want )")
		}
		if m != n {
			return 0, p.errorAt(ErrSyntax, open, "the number in parentheses differs from the number before it")
		}
	}
	if p.i < p.n {
		return 0, p.syntaxErr("unexpected text after the number")
	}
	return n, nil
}

// cardinal reads one number at the current token: figures, Indonesian or
// Malay words, or English words.
func (p *parser) cardinal() (int, error) {
	t := p.tok()
	switch {
	case t.kind == tNum:
		if t.ndig > 4 {
			return 0, p.errorAt(ErrRange, p.i, "number over 9999")
		}
		p.i++
		return int(t.val), nil
	case p.wordKind() == wNum:
		start := p.i
		n, err := p.wordsNumber()
		if err == nil && n > 9999 {
			// "sepuluh ribu": words reach 999 999, ParseCardinal 9999.
			return 0, p.errorAt(ErrRange, start, "number over 9999")
		}
		return n, err
	case t.kind == tWord:
		n, ok := englishCardinals[strings.ToLower(p.s[t.pos:t.end])]
		if !ok {
			return 0, p.syntaxErr("want a number")
		}
		p.i++
		if n >= 20 && n%10 == 0 {
			// "twenty-five", "twenty five"
			j := p.i
			p.eat(tDash)
			if t2 := p.tok(); t2.kind == tWord {
				if u := englishCardinals[strings.ToLower(p.s[t2.pos:t2.end])]; u >= 1 && u <= 9 {
					p.i++
					return n + u, nil
				}
			}
			p.i = j
		}
		return n, nil
	}
	return 0, p.syntaxErr("want a number")
}
