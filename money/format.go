package money

import (
	"golang.org/x/text/currency"
	"golang.org/x/text/language"

	"github.com/kerjasama/kerjasama/internal/lang"
)

// pow10[i] is 10^i.
var pow10 = [...]uint64{
	1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
}

// Format returns a written for people in f's language and style; see
// [Formatter.Append].
func (f Formatter) Format(a Amount) string {
	var buf [160]byte
	return string(f.Append(buf[:0], a))
}

// Append appends a, written for people in f's language and style, to dst
// and returns the extended buffer. It does not allocate when dst has room.
// A Style outside the constants writes Standard.
//
// Standard style writes the symbol of the currency (Rp, RM, US$, B$, S$, €,
// £; other currencies their ISO code and a space) directly before the
// number, without a dot or space as PUEBI asks, a minus sign before the
// symbol, the grouping and decimal separators of the language (Indonesian
// and Brunei Malay "Rp5.000,50"; Malay and English "RM1,725.99"), and the
// hundredths only when there are any, or always when f.Full is set. An
// amount without currency is written without symbol.
//
// Compact style writes amounts of a thousand or more with the largest scale
// word that keeps at least one whole digit ("Rp18 miliar", "RM1.2 bilion",
// "Rp1.3 billion", "Rp750 ribu") and at most f.Digits fraction digits,
// rounded half to even, trailing zeros trimmed; smaller amounts are written
// as in Standard style.
//
// Words style spells the amount out; see [AppendSpellOut] for the numbers.
// The currency follows the whole units and the hundredths follow it:
// "lima ribu rupiah lima puluh sen", "five thousand rupiah and fifty sen",
// "minus seribu ringgit". Zero is "nol rupiah", and an amount under one
// unit "nol rupiah lima puluh sen", so that the currency is always named;
// f.Full adds "nol sen" to whole amounts. An amount without currency is read
// as a decimal number: "dua belas koma lima". [Parse] reads all of these
// back.
func (f Formatter) Append(dst []byte, a Amount) []byte {
	l := lang.Of(f.Lang)
	loc := &locales[l]
	switch f.Style {
	case Compact:
		return f.appendCompact(dst, a, loc)
	case Words:
		return f.appendWords(dst, a, l, loc)
	}
	return f.appendStandard(dst, a, loc)
}

func (f Formatter) appendSymbol(dst []byte, a Amount) []byte {
	if a.minor < 0 {
		dst = append(dst, '-')
	}
	if f.Code && a.cur != currency.XXX {
		dst = appendCode(dst, a.cur)
		return append(dst, ' ')
	}
	sym, space := symbol(a.cur)
	dst = append(dst, sym...)
	if space {
		dst = append(dst, ' ')
	}
	return dst
}

func (f Formatter) appendStandard(dst []byte, a Amount, loc *locale) []byte {
	dst = f.appendSymbol(dst, a)
	u := abs64(a.minor)
	dst = appendGrouped(dst, u/100, loc.group)
	if frac := u % 100; frac != 0 || f.Full {
		dst = append(dst, loc.decimal, byte('0'+frac/10), byte('0'+frac%10))
	}
	return dst
}

// appendGrouped appends u in decimal with sep between groups of three.
// The digits and separators are written backwards into one buffer and
// appended at once.
func appendGrouped(dst []byte, u uint64, sep byte) []byte {
	var d [26]byte // 20 digits and 6 separators
	i := len(d)
	for n := 0; ; n++ {
		if n > 0 && n%3 == 0 {
			i--
			d[i] = sep
		}
		i--
		d[i] = byte('0' + u%10)
		u /= 10
		if u == 0 {
			break
		}
	}
	return append(dst, d[i:]...)
}

// compactDigits returns the number of fraction digits of Compact style.
func (f Formatter) compactDigits() int {
	switch {
	case f.Digits == 0:
		return 2
	case f.Digits < 0:
		return 0
	case f.Digits > 6:
		return 6
	}
	return f.Digits
}

func (f Formatter) appendCompact(dst []byte, a Amount, loc *locale) []byte {
	u := abs64(a.minor)
	if u < 1000*100 {
		return f.appendStandard(dst, a, loc)
	}
	k := 1 // scale: 10^(3k)
	for k < 6 && u/100 >= pow10[3*(k+1)] {
		k++
	}
	digits := f.compactDigits()
	var q uint64 // u in units of 10^(3k-d), rounded half to even
	var d int
	for {
		d = min(digits, 3*k+2)
		e := 3*k + 2 - d
		q = u / pow10[e]
		if e > 0 {
			r, half := u%pow10[e], pow10[e]/2
			if r > half || (r == half && q%2 == 1) {
				q++
			}
		}
		if k < 6 && q >= 1000*pow10[d] {
			k++ // rounding reached the next scale: 999,999 juta → 1 miliar
			continue
		}
		break
	}
	dst = f.appendSymbol(dst, a)
	dst = appendGrouped(dst, q/pow10[d], loc.group)
	frac := q % pow10[d]
	for frac != 0 && frac%10 == 0 {
		frac /= 10
		d--
	}
	if frac != 0 {
		dst = append(dst, loc.decimal)
		for i := d - 1; i >= 0; i-- {
			dst = append(dst, byte('0'+frac/pow10[i]%10))
		}
	}
	dst = append(dst, ' ')
	return append(dst, loc.scales[k]...)
}

func (f Formatter) appendWords(dst []byte, a Amount, l lang.Lang, loc *locale) []byte {
	u := abs64(a.minor)
	whole, sen := u/100, u%100
	if a.minor < 0 {
		dst = append(dst, loc.minus...)
		dst = append(dst, ' ')
	}
	if a.cur == currency.XXX {
		dst = appendNumberWords(dst, whole, loc)
		if sen != 0 || f.Full {
			dst = append(dst, ' ')
			dst = append(dst, loc.point...)
			dst = appendDigitWord(dst, sen/10, loc)
			if sen%10 != 0 || f.Full {
				dst = appendDigitWord(dst, sen%10, loc)
			}
		}
		return dst
	}
	name := unitNames(a.cur, l)
	dst = appendNumberWords(dst, whole, loc)
	dst = append(dst, ' ')
	if whole == 1 {
		dst = append(dst, name.one...)
	} else {
		dst = append(dst, name.many...)
	}
	if sen != 0 || f.Full {
		dst = append(dst, ' ')
		if loc.and != "" {
			dst = append(dst, loc.and...)
			dst = append(dst, ' ')
		}
		dst = appendNumberWords(dst, sen, loc)
		dst = append(dst, ' ')
		if sen == 1 {
			dst = append(dst, name.sub1...)
		} else {
			dst = append(dst, name.subs...)
		}
	}
	return dst
}

func appendDigitWord(dst []byte, d uint64, loc *locale) []byte {
	dst = append(dst, ' ')
	if d == 0 {
		return append(dst, loc.zero...)
	}
	return append(dst, loc.ones[d]...)
}

// SpellOut returns n spelled out in the language of tag; see [AppendSpellOut].
func SpellOut(n int64, tag language.Tag) string {
	var buf [200]byte
	return string(AppendSpellOut(buf[:0], n, tag))
}

// AppendSpellOut appends n spelled out in the language of tag (terbilang) to
// dst, for the whole int64 range. Indonesian: "nol", "sebelas", "seratus",
// "seribu", "satu juta", "satu miliar" (never "milyar"), "triliun",
// "kuadriliun", "kuintiliun", negatives with "minus". Malay: "sifar",
// "lapan", "bilion", "trilion", "kuadrilion", negatives with "negatif".
// English (also any unsupported tag): "twenty-one", "one hundred five",
// "one thousand", short-scale "billion", "minus" — without "and". It does
// not allocate when dst has room.
func AppendSpellOut(dst []byte, n int64, tag language.Tag) []byte {
	loc := &locales[lang.Of(tag)]
	if n < 0 {
		dst = append(dst, loc.minus...)
		dst = append(dst, ' ')
	}
	return appendNumberWords(dst, abs64(n), loc)
}

// appendNumberWords appends u in words.
func appendNumberWords(dst []byte, u uint64, loc *locale) []byte {
	if u == 0 {
		return append(dst, loc.zero...)
	}
	var groups [7]uint64 // groups[k] is the digit group of 10^(3k)
	top := 0
	for v, k := u, 0; v != 0; v, k = v/1000, k+1 {
		groups[k] = v % 1000
		top = k
	}
	first := true
	for k := top; k >= 0; k-- {
		g := groups[k]
		if g == 0 {
			continue
		}
		if !first {
			dst = append(dst, ' ')
		}
		first = false
		if k == 1 && g == 1 && loc.thousand1 != "" {
			dst = append(dst, loc.thousand1...)
			continue
		}
		dst = appendGroupWords(dst, g, loc)
		if k > 0 {
			dst = append(dst, ' ')
			dst = append(dst, loc.scales[k]...)
		}
	}
	return dst
}

// appendGroupWords appends 1 ≤ g ≤ 999 in words.
func appendGroupWords(dst []byte, g uint64, loc *locale) []byte {
	h, r := g/100, g%100
	if h == 1 {
		dst = append(dst, loc.hundred1...)
	} else if h > 1 {
		dst = append(dst, loc.ones[h]...)
		dst = append(dst, ' ')
		dst = append(dst, loc.hundred...)
	}
	if r == 0 {
		return dst
	}
	if h > 0 {
		dst = append(dst, ' ')
	}
	t, o := r/10, r%10
	switch {
	case loc.english && r < 10:
		return append(dst, loc.ones[r]...)
	case loc.english && r < 20:
		return append(dst, loc.teens[r-10]...)
	case loc.english:
		dst = append(dst, loc.tens[t]...)
		if o != 0 {
			dst = append(dst, '-')
			dst = append(dst, loc.ones[o]...)
		}
		return dst
	case r < 10:
		return append(dst, loc.ones[r]...)
	case r == 10:
		return append(dst, loc.ten...)
	case r == 11:
		return append(dst, loc.eleven...)
	case r < 20:
		dst = append(dst, loc.ones[o]...)
		dst = append(dst, ' ')
		return append(dst, loc.teen...)
	}
	dst = append(dst, loc.ones[t]...)
	dst = append(dst, ' ')
	dst = append(dst, loc.ty...)
	if o != 0 {
		dst = append(dst, ' ')
		dst = append(dst, loc.ones[o]...)
	}
	return dst
}
