package money

import (
	"math"
	"math/bits"

	"golang.org/x/text/currency"

	"github.com/kerjasama/kerjasama/internal/lang"
)

// Kinds of number words.
const (
	kZero    = iota + 1 // nol, sifar, kosong, zero
	kDigit              // satu … sembilan, one … nine
	kTeen               // sepuluh, sebelas; ten … nineteen: a whole value, nothing smaller follows
	kTens               // twenty … ninety (val is the tens digit)
	kPuluh              // puluh: multiplies the digit before by ten
	kBelas              // belas: ten plus the digit before
	kRatus              // ratus, hundred: multiplies the digit before by a hundred
	kSeratus            // seratus: one hundred
	kSeribu             // seribu, sejuta: one of the scale val
	kScale              // ribu, juta, …; thousand, million, …: val is the power of a thousand
	kMinus              // minus, negatif, negative
	kPoint              // koma, perpuluhan, point
	kAnd                // dan, and
	kSub                // sen, cent(s), hundredth(s), perseratus: the minor unit
	kOnly               // saja, sahaja, only: closes an amount on a cheque or receipt
)

type numWord struct {
	word string
	kind uint8
	val  uint8
}

// malayWords are the number words of Indonesian and Malay, read in both
// (Indonesian "delapan" and "miliar", Malay "lapan" and "bilion"; the
// non-standard "milyar" too).
var malayWords = [...]numWord{
	{"nol", kZero, 0}, {"sifar", kZero, 0}, {"kosong", kZero, 0},
	{"satu", kDigit, 1}, {"dua", kDigit, 2}, {"tiga", kDigit, 3}, {"empat", kDigit, 4},
	{"lima", kDigit, 5}, {"enam", kDigit, 6}, {"tujuh", kDigit, 7}, {"delapan", kDigit, 8},
	{"lapan", kDigit, 8}, {"sembilan", kDigit, 9},
	{"sepuluh", kTeen, 10}, {"sebelas", kTeen, 11},
	{"puluh", kPuluh, 0}, {"belas", kBelas, 0}, {"ratus", kRatus, 0},
	{"seratus", kSeratus, 0}, {"seribu", kSeribu, 1}, {"sejuta", kSeribu, 2},
	{"ribu", kScale, 1}, {"juta", kScale, 2}, {"miliar", kScale, 3}, {"milyar", kScale, 3},
	{"bilion", kScale, 3}, {"triliun", kScale, 4}, {"trilion", kScale, 4},
	{"kuadriliun", kScale, 5}, {"kuadrilion", kScale, 5}, {"kuintiliun", kScale, 6}, {"kuintilion", kScale, 6},
	{"minus", kMinus, 0}, {"negatif", kMinus, 0},
	{"koma", kPoint, 0}, {"perpuluhan", kPoint, 0},
	{"dan", kAnd, 0},
	{"sen", kSub, 0}, {"perseratus", kSub, 0},
	{"saja", kOnly, 0}, {"sahaja", kOnly, 0},
}

var englishWords = [...]numWord{
	{"zero", kZero, 0},
	{"one", kDigit, 1}, {"two", kDigit, 2}, {"three", kDigit, 3}, {"four", kDigit, 4},
	{"five", kDigit, 5}, {"six", kDigit, 6}, {"seven", kDigit, 7}, {"eight", kDigit, 8}, {"nine", kDigit, 9},
	{"ten", kTeen, 10}, {"eleven", kTeen, 11}, {"twelve", kTeen, 12}, {"thirteen", kTeen, 13},
	{"fourteen", kTeen, 14}, {"fifteen", kTeen, 15}, {"sixteen", kTeen, 16}, {"seventeen", kTeen, 17},
	{"eighteen", kTeen, 18}, {"nineteen", kTeen, 19},
	{"twenty", kTens, 2}, {"thirty", kTens, 3}, {"forty", kTens, 4}, {"fifty", kTens, 5},
	{"sixty", kTens, 6}, {"seventy", kTens, 7}, {"eighty", kTens, 8}, {"ninety", kTens, 9},
	{"hundred", kRatus, 0},
	{"thousand", kScale, 1}, {"million", kScale, 2}, {"billion", kScale, 3}, {"trillion", kScale, 4},
	{"quadrillion", kScale, 5}, {"quintillion", kScale, 6},
	{"minus", kMinus, 0}, {"negative", kMinus, 0},
	{"point", kPoint, 0},
	{"and", kAnd, 0},
	{"sen", kSub, 0}, {"cent", kSub, 0}, {"cents", kSub, 0}, {"hundredth", kSub, 0}, {"hundredths", kSub, 0},
	{"only", kOnly, 0},
}

// wordAt returns the number word at s[i] and its end, or ok == false.
func (p *parser) wordAt(i int) (w numWord, end int, ok bool) {
	s := p.s
	n := 0
	for i+n < len(s) && isLetter(s[i+n]) {
		n++
	}
	if n == 0 || !boundary(s, i+n) {
		return numWord{}, i, false
	}
	table := malayWords[:]
	if p.l == lang.English {
		table = englishWords[:]
	}
	for k := range table {
		if len(table[k].word) == n && eqFold(s, i, table[k].word) {
			return table[k], i + n, true
		}
	}
	return numWord{}, i, false
}

// nextWord skips the space, or in English a hyphen ("twenty-one"), after a
// word.
func (p *parser) nextWord(i int) int {
	if p.l == lang.English && i < len(p.s) && p.s[i] == '-' {
		return i + 1
	}
	return skipSpaces(p.s, i)
}

// startsWords reports whether s[i] begins an amount in words: a number
// word, a minus word, or a currency name followed by a number word, as
// Malaysian cheques write "Ringgit Malaysia Lima Ratus Sahaja".
func (p *parser) startsWords(i int) bool {
	if _, k := p.currencyWord(i); k > i {
		i = skipSpaces(p.s, k)
	}
	w, _, ok := p.wordAt(i)
	return ok && w.kind <= kScale || ok && w.kind == kMinus
}

// numberWords reads a whole number in words at s[i], up to the first word
// that is not part of it, and returns the value and the end of its last
// word; end == i if there is no number there. The order of the words is
// checked, so "dua tiga" or "seribu dua ribu" are errors, not sums.
func (p *parser) numberWords(i int) (total uint64, end int, err error) {
	var group uint64
	lastScale := 7 // scales must decrease
	mag := 1000    // smallest magnitude already written in the group
	pend := -1     // a digit waiting for puluh, belas, ratus or a scale
	zero := false
	count := 0
	end = i
	bad := func(at int, msg string) (uint64, int, error) {
		return 0, i, p.errAt(at, msg, ErrSyntax)
	}
	for j := i; ; {
		w, k, ok := p.wordAt(j)
		if !ok || w.kind > kScale && w.kind != kAnd {
			break
		}
		if w.kind == kAnd {
			// "one hundred and five", "one thousand and five": and inside
			// a number, in English only, after hundreds or a scale and
			// before the tens and units.
			w2, _, ok2 := p.wordAt(p.nextWord(k))
			if p.l != lang.English || !(mag == 100 || mag == 1000 && total > 0) || pend >= 0 || !ok2 || (w2.kind != kDigit && w2.kind != kTeen && w2.kind != kTens) {
				break
			}
			j = p.nextWord(k)
			continue
		}
		if zero {
			return bad(j, "number word after zero")
		}
		switch w.kind {
		case kZero:
			if count > 0 {
				return bad(j, "zero inside a number")
			}
			zero = true
		case kDigit:
			if pend >= 0 || mag <= 1 {
				return bad(j, "digit word out of place")
			}
			pend = int(w.val)
		case kTeen, kTens:
			if pend >= 0 || mag <= 10 {
				return bad(j, "number word out of place")
			}
			if w.kind == kTeen {
				group, mag = group+uint64(w.val), 1
			} else {
				group, mag = group+10*uint64(w.val), 10
			}
		case kPuluh, kBelas:
			if pend < 1 || mag <= 10 {
				return bad(j, "puluh or belas without a digit before it")
			}
			if w.kind == kPuluh {
				group, mag = group+10*uint64(pend), 10
			} else {
				group, mag = group+10+uint64(pend), 1
			}
			pend = -1
		case kRatus:
			if pend < 1 || mag <= 100 {
				return bad(j, "hundred without a digit before it")
			}
			group, mag, pend = group+100*uint64(pend), 100, -1
		case kSeratus:
			if pend >= 0 || mag <= 100 {
				return bad(j, "seratus out of place")
			}
			group, mag = group+100, 100
		case kSeribu, kScale:
			sc := int(w.val)
			if w.kind == kSeribu {
				if pend >= 0 || group != 0 || mag != 1000 {
					return bad(j, "seribu or sejuta out of place")
				}
				group = 1
			}
			if pend >= 0 {
				group += uint64(pend)
				pend = -1
			}
			if group == 0 || sc >= lastScale {
				return bad(j, "scale word out of place")
			}
			hi, lo := bits.Mul64(group, pow10[3*sc])
			var carry uint64
			total, carry = bits.Add64(total, lo, 0)
			if hi != 0 || carry != 0 {
				return 0, i, p.errAt(i, "number too large", ErrRange)
			}
			group, mag, lastScale = 0, 1000, sc
		}
		count++
		end = k
		j = p.nextWord(k)
	}
	if pend >= 0 {
		group += uint64(pend)
	}
	var carry uint64
	total, carry = bits.Add64(total, group, 0)
	if carry != 0 {
		return 0, i, p.errAt(i, "number too large", ErrRange)
	}
	return total, end, nil
}

// words reads an amount in words at s[i]: "lima ribu rupiah lima puluh
// sen", "five thousand rupiah and fifty sen", "minus seribu ringgit",
// "lima puluh sen", "dua belas koma lima". It returns the amount (without
// currency if none is named) and the end of its last word.
func (p *parser) words(i int) (Amount, int, error) {
	s := p.s
	fail := func(at int, msg string, sentinel error) (Amount, int, error) {
		return Amount{}, i, p.errAt(at, msg, sentinel)
	}
	j := i
	cur := currency.XXX
	named := -1 // offset of a currency named before the number
	if c, k := p.currencyWord(j); k > j {
		cur, named = c, j
		j = skipSpaces(s, k)
	}
	neg := false
	if w, k, ok := p.wordAt(j); ok && w.kind == kMinus {
		neg = true
		j = skipSpaces(s, k)
	}
	whole, end, err := p.numberWords(j)
	if err != nil {
		return Amount{}, i, err
	}
	if end == j {
		return fail(j, "expected a number in words", ErrSyntax)
	}
	var sen uint64
	j = skipSpaces(s, end)
	c, k, err := p.currencyName(j)
	if err != nil {
		return Amount{}, i, p.codeError(err, j)
	}
	suffixed := k > j
	if suffixed {
		if named >= 0 && c != cur {
			return fail(j, "currency differs from the one before the number", ErrCurrencyMismatch)
		}
		cur, end = c, k
		j = skipSpaces(s, end)
	}
	if w, k, ok := p.wordAt(j); ok && w.kind == kSub && !suffixed {
		// "lima puluh sen": hundredths alone.
		if whole > 99 {
			return fail(j, "more than 99 sen", ErrRange)
		}
		whole, sen, end = 0, whole, k
	} else if cur != currency.XXX {
		// Hundredths: "[dan|and] lima puluh sen", or as Malaysian
		// cheques write them, "dan sen lima puluh".
		if w, k, ok := p.wordAt(j); ok && w.kind == kAnd {
			j = skipSpaces(s, k)
		}
		if w, k, ok := p.wordAt(j); ok && w.kind == kSub {
			j2 := skipSpaces(s, k)
			v, k2, err := p.numberWords(j2)
			if err != nil {
				return Amount{}, i, err
			}
			if k2 == j2 {
				return fail(j2, "expected the hundredths in words after sen", ErrSyntax)
			}
			if v > 99 {
				return fail(j2, "more than 99 sen", ErrRange)
			}
			sen, end = v, k2
		} else if v, k, err := p.numberWords(j); err != nil {
			return Amount{}, i, err
		} else if k > j {
			w, k2, ok := p.wordAt(skipSpaces(s, k))
			if !ok || w.kind != kSub {
				return fail(skipSpaces(s, k), "expected sen or cents after the hundredths", ErrSyntax)
			}
			if v > 99 {
				return fail(j, "more than 99 sen", ErrRange)
			}
			sen, end = v, k2
		}
	} else if w, k, ok := p.wordAt(j); ok && w.kind == kPoint {
		// "dua belas koma lima": decimal digits, one word each.
		j = skipSpaces(s, k)
		n := 0
		for {
			w, k, ok := p.wordAt(j)
			if !ok || (w.kind != kDigit && w.kind != kZero) {
				break
			}
			if n == 2 && w.val != 0 {
				return fail(j, "more precise than hundredths", ErrRange)
			}
			if n < 2 {
				sen = sen*10 + uint64(w.val)
			}
			n++
			end = k
			j = skipSpaces(s, k)
		}
		if n == 0 {
			return fail(j, "expected digits after the decimal word", ErrSyntax)
		}
		if n == 1 {
			sen *= 10
		}
	}
	if w, k, ok := p.wordAt(skipSpaces(s, end)); ok && w.kind == kOnly {
		end = k
	}
	if whole > maxWhole || whole*100+sen > math.MaxInt64 {
		return fail(i, "value out of range", ErrRange)
	}
	m := int64(whole*100 + sen)
	if neg {
		m = -m
	}
	return Amount{minor: m, cur: cur}, end, nil
}

// currencyName reads the name of a currency in words ("rupiah", "ringgit
// Malaysia", "dolar AS", "US dollars") or an ISO code in capitals ("JPY").
func (p *parser) currencyName(i int) (currency.Unit, int, error) {
	if c, k := p.currencyWord(i); k > i {
		return c, k, nil
	}
	if i+3 <= len(p.s) && isUpper(p.s[i]) && isUpper(p.s[i+1]) && isUpper(p.s[i+2]) {
		return p.code(i)
	}
	return currency.XXX, i, nil
}
