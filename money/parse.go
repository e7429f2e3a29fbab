package money

import (
	"errors"
	"math"
	"math/bits"
	"strings"

	"golang.org/x/text/currency"
	"golang.org/x/text/language"

	"github.com/kerjasama/kerjasama/internal/chars"
	"github.com/kerjasama/kerjasama/internal/lang"
)

// MaxInput is the longest text [Parse] reads, in bytes. Longer text is
// refused before it is scanned. Amounts in figures take under 40 bytes;
// the bound leaves room for the longest amount in words after its figures
// (about 340 bytes).
const MaxInput = 512

// Parse reads an amount of money as documents write it, in the language of
// tag: "Rp. 100.387.357.175", "Rp 1.186.868,-", "RP 5.000", "Rp1,3 miliar",
// "230 miliar rupiah", "US$ 330 juta", "1.725,99 juta dolar AS",
// "(Rp5.000)", "RM1,234.56", "RM13bilion", "RM12.7bn", and amounts in
// words, alone ("lima juta rupiah"), after the figures ("Rp5.000.000,00
// (lima juta rupiah)") or before them ("lima juta rupiah (Rp5.000.000,-)"),
// thousands grouped with spaces ("RM1 000 000") and hundredths alone
// ("50 sen"). Tags other than Indonesian and
// Malay read English. The package documentation lists every form it
// accepts and the rules it reads them by; in short:
//
//   - Separators follow the language of the text (Indonesian and Brunei
//     Malay group with "." and mark decimals with ","; Malay and English the
//     other way round). Where the text cannot be read that way but can be
//     read the other way, it is read the other way ("US$2.77 miliar" in
//     Indonesian is 2.77 billion); where both fit, the language wins
//     ("Rp1.500" in Indonesian is 1500); where neither fits, or where the
//     other reading would itself be ambiguous ("1000.000"), it is an error.
//     No group of thousands starts with 0: "0.500" is never five hundred.
//     In Indonesian it can only be the other convention's 0.500, three
//     decimal places, which no amount of money has, so it is an error as
//     "RM0.500" is in Malay; with a scale word ("Rp0.500 miliar") it is
//     half a billion, and "Rp0.50" is half a rupiah.
//   - Without a currency marker the home currency of the language applies:
//     id → IDR, ms → MYR, ms-BN → BND. English has none: the amount has no
//     currency (see [Amount]).
//   - A value more precise than hundredths after scaling, or larger than an
//     Amount holds, is an error wrapping ErrRange; malformed text is an error
//     wrapping ErrSyntax; two different currencies in one text wrap
//     ErrCurrencyMismatch. Errors are *ParseError values with the byte offset.
//
// Parse does not allocate when it succeeds, and keeps nothing of s: an
// error holds a copy. The string of a byte slice passed to it,
// Parse(string(b), tag), is then not copied to the heap either (up to 32
// bytes, the compiler makes it on the caller's stack).
func Parse(s string, tag language.Tag) (Amount, error) {
	var p parser
	p.s, p.l, p.fn = s, lang.Of(tag), "Parse"
	return p.parse()
}

// ParseDefault is like [Parse], but text without a currency marker is in
// def rather than in the home currency of the language; def may be
// currency.XXX, so that unmarked text gives an amount without currency and
// the caller can tell "5.000" from "Rp5.000". Text with a marker keeps its
// own currency, whatever def is: compare a.Currency() with def to insist on
// one. Use it for a column whose currency is given elsewhere (a header, a
// currency column).
func ParseDefault(s string, tag language.Tag, def currency.Unit) (Amount, error) {
	var p parser
	p.s, p.l, p.fn = s, lang.Of(tag), "ParseDefault"
	p.def, p.hasDef = def, true
	return p.parse()
}

// A Parser reads amounts as [ParseDefault] does, with its language
// matched once, when the Parser is made, instead of at every call: for
// the cells of a column, read one after another. A Parser is a small
// value, and may be used by several goroutines at once. The zero Parser
// reads as Parse(s, language.English) does: no home currency, so text
// without a marker gives an amount without currency.
type Parser struct {
	l      lang.Lang
	def    currency.Unit
	hasDef bool
}

// NewParser returns the Parser of text in the language tag whose amounts
// without a currency marker are in def: its Parse(s) is
// ParseDefault(s, tag, def), for every s.
func NewParser(tag language.Tag, def currency.Unit) Parser {
	return Parser{l: lang.Of(tag), def: def, hasDef: true}
}

// Parse reads s as ParseDefault does with the Parser's language and
// currency. Its errors are those of ParseDefault, naming Parser.Parse.
func (p Parser) Parse(s string) (Amount, error) {
	var q parser
	q.s, q.l, q.fn = s, p.l, "Parser.Parse"
	q.def, q.hasDef = p.def, p.hasDef
	return q.parse()
}

// MustParse is like Parse but panics on error. It is meant for tests and
// package-level values written in the source.
func MustParse(s string, tag language.Tag) Amount {
	a, err := Parse(s, tag)
	if err != nil {
		panic(err)
	}
	return a
}

// A parser is made with var and its fields set one by one, not with a
// composite literal: gc (Go 1.26) builds such a literal in a temporary
// and copies it, and the copy's 16-byte loads wait on the narrower stores
// just made (a failed store-to-load forward). BenchmarkParser: 26.5 ns
// with the literal, 19.9 ns this way (n=6). (Through a method that sets
// them, the text would leak to the heap: an assignment through a
// pointer; TestParseKeepsNothing would see it.)
type parser struct {
	s      string
	l      lang.Lang
	fn     string        // the exported function, for errors
	def    currency.Unit // the currency of unmarked text, if hasDef
	hasDef bool
	from   int // where the amount starts: after a qualifier read by ParseQualified
}

// home returns the currency of text without a currency marker.
func (p *parser) home() currency.Unit {
	if p.hasDef {
		return p.def
	}
	return home(p.l)
}

// fail returns the error at byte off of the text. The error holds copies
// of the text and of the function's name: the parser keeps nothing of what
// it is given (escape analysis does not tell a struct's fields apart), so
// Parse(string(b), tag) of a short byte slice costs no allocation.
func (p *parser) fail(off int, msg string, sentinel error) (Amount, error) {
	return Amount{}, &ParseError{Func: strings.Clone(p.fn), Input: strings.Clone(p.s), Offset: off, Msg: msg, Err: sentinel}
}

// spaceLen returns the length in bytes of the space at s[i], or 0. The
// spaces are those of package internal/chars, shared with package date:
// ASCII space and tab, no-break space U+00A0, narrow no-break space
// U+202F, the spaces U+2000–U+200A (en, em, figure, thin, hair …), the
// zero-width ones, and the other Unicode space separators.
func spaceLen(s string, i int) int { return chars.SpaceLen(s, i) }

func skipSpaces(s string, i int) int { return chars.SkipSpaces(s, i) }

// minusLen returns the length of a minus sign at s[i], or 0: "-", U+2212
// MINUS SIGN, U+2013 EN DASH (which word processors put for a minus),
// U+2012 FIGURE DASH, the hyphens U+2010 and U+2011, and the small and
// full-width hyphen-minus (chars.IsMinus).
func minusLen(s string, i int) int { return chars.MinusLen(s, i) }

// dashLen is minusLen plus the long dashes U+2014 EM DASH, U+2015 and
// U+FE58 (chars.IsDash), for the ",-" and ",—" that mark whole amounts.
func dashLen(s string, i int) int { return chars.DashLen(s, i) }

// isWordByte reports whether c continues a word: an ASCII letter or a byte
// of a non-ASCII character (spaces are tested before).
func isWordByte(c byte) bool {
	return 'a' <= c|0x20 && c|0x20 <= 'z' || c >= 0x80
}

// boundary reports whether a word may end before s[i]: at the end, or
// before a space, a dash or a byte that does not continue a word.
func boundary(s string, i int) bool {
	return i >= len(s) || !isWordByte(s[i]) || spaceLen(s, i) > 0 || dashLen(s, i) > 0
}

// HomeCurrency returns the currency [Parse] gives text without a currency
// marker in the language of tag: IDR for Indonesian, MYR for Malay, BND for
// Brunei Malay, and currency.XXX (none) for English and unsupported tags.
func HomeCurrency(tag language.Tag) currency.Unit { return home(lang.Of(tag)) }

// home returns the currency of text without a currency marker.
func home(l lang.Lang) currency.Unit {
	switch l {
	case lang.Indonesian:
		return currency.IDR
	case lang.Malay:
		return MYR
	case lang.MalayBrunei:
		return BND
	}
	return currency.XXX
}

// dollar returns the currency of a bare "$" or "dollar": the Brunei dollar
// in Brunei Malay, the US dollar elsewhere.
func dollar(l lang.Lang) currency.Unit {
	if l == lang.MalayBrunei {
		return BND
	}
	return currency.USD
}

func (p *parser) parse() (Amount, error) {
	if p.from == 0 {
		if a, ok := p.fast(); ok {
			return a, nil
		}
	}
	return p.general()
}

// general reads every form Parse accepts; fast reads the commonest first.
func (p *parser) general() (Amount, error) {
	s := p.s
	if len(s) > MaxInput {
		return p.fail(MaxInput, "text longer than MaxInput (512 bytes)", ErrSyntax)
	}
	i := skipSpaces(s, p.from)
	if i == len(s) {
		return p.fail(i, "empty text", ErrSyntax)
	}
	if c := s[i]; isLetter(c) || c == '~' || c == 0xC2 || c == '+' {
		if _, end := qualifierAt(s, i); end > i {
			return p.fail(i, "an estimate (\""+s[i:end]+"\") is not an exact amount: read it with ParseQualified", ErrSyntax)
		}
	}
	paren := -1
	plus := false // "(+Rp5.000)": a plus sign makes the parentheses brackets, not a negative
	if s[i] == '(' {
		paren = i
		i = skipSpaces(s, i+1)
	}
	neg := false
	if n := minusLen(s, i); n > 0 {
		if paren >= 0 {
			return p.fail(i, "minus sign inside parentheses", ErrSyntax)
		}
		neg = true
		i = skipSpaces(s, i+n)
	} else if i < len(s) && s[i] == '+' {
		plus = paren >= 0
		i = skipSpaces(s, i+1)
	}
	cur := currency.XXX
	marked := false // a currency marker was seen
	if c, end, err := p.prefix(i); (err != nil || end == i) && i < len(s) && isLetter(s[i]) && p.startsWords(i) {
		return p.parseWords(i, neg, paren)
	} else if err != nil {
		return Amount{}, p.codeError(err, i)
	} else if end > i {
		cur, marked = c, true
		i = skipSpaces(s, end)
		if n := minusLen(s, i); n > 0 {
			if neg || paren >= 0 {
				return p.fail(i, "second minus sign", ErrSyntax)
			}
			neg = true
			i = skipSpaces(s, i+n)
		} else if i < len(s) && s[i] == '(' && paren < 0 && !neg {
			// "Rp (5.000)": the accountant's negative after the symbol.
			paren = i
			i = skipSpaces(s, i+1)
		}
	}

	// The number: a run of digits and separators.
	start := i
	for i < len(s) && (isDigit(s[i]) || s[i] == '.' || s[i] == ',') {
		i++
	}
	if i == start {
		if i < len(s) && s[i] == '(' {
			return p.fail(i, "parentheses must enclose the whole amount", ErrSyntax)
		}
		return p.fail(i, "expected a number", ErrSyntax)
	}
	if !isDigit(s[start]) {
		return p.fail(start, "number must begin with a digit", ErrSyntax)
	}
	spaced := false // "1 000 000": thousands grouped with spaces
	if i-start <= 3 {
		if k := spacedGroups(s, start, i); k > i {
			spaced, i = true, k
			if i+1 < len(s) && (s[i] == '.' || s[i] == ',') && isDigit(s[i+1]) {
				for i++; i < len(s) && isDigit(s[i]); i++ {
				}
			}
		}
	}
	end := i
	whole := false
	if c := s[end-1]; c == '.' || c == ',' {
		// "Rp 1.186.868,-": a separator and a dash mark a whole amount.
		n := dashLen(s, end)
		if n == 0 {
			if k := skipSpaces(s, end); k > end && k < len(s) && isDigit(s[k]) {
				// "71, 55 juta": a typo, or a list of two numbers.
				return p.fail(end-1, "space after a separator inside a number: remove it if the digits belong together", ErrSyntax)
			}
			return p.fail(end-1, "number ends with a separator", ErrSyntax)
		}
		end--
		whole = true
		i = end + 1
		for n > 0 {
			i += n
			n = dashLen(s, i)
		}
	}
	var mant uint64
	var frac int
	var err error
	if spaced {
		mant, frac, err = p.spacedNumber(start, end)
	} else {
		mant, frac, err = p.number(start, end)
	}
	if err != nil {
		return Amount{}, err
	}
	if whole && frac != 0 {
		return p.fail(end, "whole-amount mark after a fraction", ErrSyntax)
	}

	// Scale word and currency word.
	j := skipSpaces(s, i)
	if j == i && i+1 < len(s) && s[i] == '-' && isLetter(s[i+1]) {
		// "US$2.5-billion", "a S$3-billion plan": the English press joins
		// the scale word to the number with a hyphen.
		if _, k := p.scale(i + 1); k > i+1 {
			j = i + 1
		}
	}
	exp := 0
	if e, k := p.scale(j); k > j {
		exp, i = e, k
		j = skipSpaces(s, i)
	} else if k := senWord(s, j); k > j {
		// "50 sen": hundredths of the currency, which cannot also be
		// named by a symbol before the number ("RM50 sen").
		if marked {
			return p.fail(j, "sen after a currency symbol: write RM0.50 or 50 sen", ErrSyntax)
		}
		exp, i = -2, k
		j = skipSpaces(s, i)
	}
	if exp > 0 && p.l == lang.MalayBrunei {
		// Brunei Malay is written with both conventions: CLDR's "."
		// grouping and "," decimals, and the decimal point of government
		// texts ("$6.25 bilion"). Before a scale word, a point followed
		// by three digits ("B$1.500 juta") is a thousand in one and one
		// and a half in the other: refused. A comma there is CLDR's
		// decimal comma, as Formatter writes it ("B$4,081 ribu").
		if k := oneSeparatorThree(s[start:end]); k >= 0 {
			return p.fail(start+k, "ambiguous in Brunei Malay, which writes both separators: one and a half or one thousand five hundred? Write 1.5 or 1500", ErrSyntax)
		}
	}
	if exp == 0 && !spaced {
		if k := threeDecimals(s[start:end], locales[p.l].group, locales[p.l].decimal); k >= 0 {
			return p.fail(start+k, "decimal separator before three digits: no amount of money has three decimal places, and as a thousands separator it would be the other convention; write the amount without that separator or add a scale word", ErrSyntax)
		}
		if k := zeroGroup(s[start:end], locales[p.l].group, locales[p.l].decimal); k >= 0 {
			return p.fail(start+k, "no group of thousands starts with 0, and as a decimal separator it would give three decimal places, which no amount of money has; write the amount with the language's decimal separator (0,50 or 0.50) or add a scale word", ErrSyntax)
		}
	}
	if c, k, err := p.suffix(j); err != nil {
		return Amount{}, p.codeError(err, j)
	} else if k > j {
		if marked && c != cur {
			return p.fail(j, "currency differs from the one before the number", ErrCurrencyMismatch)
		}
		cur, marked, i = c, true, k
	}
	i = skipSpaces(s, i)
	if paren >= 0 {
		if i >= len(s) || s[i] != ')' {
			return p.fail(i, "missing closing parenthesis", ErrSyntax)
		}
		neg = !plus
		i = skipSpaces(s, i+1)
	}
	gloss := -1 // "Rp5.000.000,00 (lima juta rupiah)": the amount again in words
	if paren < 0 && i < len(s) && s[i] == '(' {
		gloss = i
		i = len(s)
	}
	if i < len(s) {
		if i == j && isWordByte(s[i]) {
			return p.fail(i, "unknown scale or currency word", ErrSyntax)
		}
		return p.fail(i, "unexpected text after the amount", ErrSyntax)
	}
	if !marked {
		cur = p.home()
	}

	m, msg := scaled(mant, frac, exp)
	if msg != "" {
		return p.fail(start, msg, ErrRange)
	}
	if neg {
		m = -m
	}
	a := Amount{minor: m, cur: cur}
	if gloss >= 0 {
		return p.checkGloss(a, gloss)
	}
	return a, nil
}

// scaled returns mant × 10^(exp-frac) in hundredths, or why it cannot.
func scaled(mant uint64, frac, exp int) (int64, string) {
	e := exp + 2 - frac
	if e < 0 {
		return 0, "more precise than hundredths"
	}
	if mant == 0 {
		return 0, ""
	}
	if e >= len(pow10) {
		return 0, "value out of range"
	}
	hi, lo := bits.Mul64(mant, pow10[e])
	if hi != 0 || lo > math.MaxInt64 {
		return 0, "value out of range"
	}
	return int64(lo), ""
}

// threeDecimals returns the offset of the decimal separator dec in tok if
// the language's reading of tok is one to three digits, dec and three more
// digits ("1.500" in Malay, "625,000" in Indonesian), which the other
// convention reads as a group of thousands; otherwise -1.
func threeDecimals(tok string, group, dec byte) int {
	if len(tok) < 5 || len(tok) > 7 {
		return -1
	}
	k := indexByte(tok, dec)
	if k < 1 || k > 3 || len(tok)-k-1 != 3 || indexByte(tok, group) >= 0 || countByte(tok, dec) != 1 {
		return -1
	}
	return k
}

// zeroGroup returns the offset of the grouping separator group in tok if
// tok is one to three digits starting with 0, group and three more digits
// ("0.500" in Indonesian, "0,500" in English): a group of thousands does
// not start with 0, so the separator can only be the other convention's
// decimal one, before three decimal places, which no amount of money has.
// Otherwise it returns -1.
func zeroGroup(tok string, group, dec byte) int {
	if len(tok) < 5 || len(tok) > 7 || tok[0] != '0' {
		return -1
	}
	k := indexByte(tok, group)
	if k < 1 || k > 3 || len(tok)-k-1 != 3 || indexByte(tok, dec) >= 0 || countByte(tok, group) != 1 {
		return -1
	}
	return k
}

// afterGloss returns the offset of the first text after the parenthesis
// that closes a gloss, or len(s): spaces, and a full stop, comma or
// semicolon ending the sentence or list item ("… (lima juta rupiah).")
// are passed over.
func afterGloss(s string, i int) int {
	i = skipSpaces(s, i)
	if i < len(s) && (s[i] == '.' || s[i] == ',' || s[i] == ';') {
		if k := skipSpaces(s, i+1); k == len(s) {
			return k
		}
	}
	return i
}

// senWord returns the end of "sen", "cent" or "cents" at s[i], in any
// case, or i.
func senWord(s string, i int) int {
	if i >= len(s) || s[i]|0x20 != 's' && s[i]|0x20 != 'c' {
		return i
	}
	for _, w := range [...]string{"sen", "cents", "cent"} {
		if eqFold(s, i, w) && boundary(s, i+len(w)) {
			return i + len(w)
		}
	}
	return i
}

// checkGloss reads the amount in words in parentheses at s[i] and checks
// that it agrees with a, the amount in figures before it. The words may
// be introduced by "terbilang" (Indonesian contracts: "(terbilang: lima
// juta rupiah)").
func (p *parser) checkGloss(a Amount, i int) (Amount, error) {
	s := p.s
	j := skipSpaces(s, i+1)
	if eqFold(s, j, "terbilang") && boundary(s, j+len("terbilang")) {
		j = skipSpaces(s, j+len("terbilang"))
		if j < len(s) && s[j] == ':' {
			j = skipSpaces(s, j+1)
		}
	}
	if j < len(s) && (isDigit(s[j]) || !p.startsWords(j)) {
		if _, k, err := p.prefix(j); isDigit(s[j]) || err == nil && k > j {
			// "US$7.13bil (RM31.4bil)"
			return p.fail(j, "a second amount in figures in parentheses (a conversion?) cannot be checked against the first: read each amount on its own", ErrSyntax)
		}
	}
	w, end, err := p.words(j)
	if err != nil {
		return Amount{}, err
	}
	end = skipSpaces(s, end)
	if end >= len(s) || s[end] != ')' {
		return p.fail(end, "missing closing parenthesis after the amount in words", ErrSyntax)
	}
	if k := afterGloss(s, end+1); k < len(s) {
		return p.fail(k, "unexpected text after the amount", ErrSyntax)
	}
	if w.cur != currency.XXX && w.cur != a.cur {
		return p.fail(j, "currency in words differs from the one in figures", ErrCurrencyMismatch)
	}
	if w.minor != a.minor {
		return p.fail(j, "amount in words differs from the amount in figures", ErrSyntax)
	}
	return a, nil
}

// parseWords reads a whole text that spells the amount out (terbilang).
func (p *parser) parseWords(i int, neg bool, paren int) (Amount, error) {
	if paren >= 0 {
		return p.fail(paren, "an amount in words in parentheses is a gloss, not a negative amount: give the figures", ErrSyntax)
	}
	a, end, err := p.words(i)
	if err != nil {
		return Amount{}, err
	}
	if neg {
		if a.minor < 0 {
			return p.fail(i, "second minus sign", ErrSyntax)
		}
		a.minor = -a.minor
	}
	if k := skipSpaces(p.s, end); k < len(p.s) && p.s[k] == '(' {
		return p.checkFigures(a, k)
	} else if k < len(p.s) {
		return p.fail(k, "unexpected text after the amount in words", ErrSyntax)
	}
	if a.cur == currency.XXX {
		a.cur = p.home()
	}
	return a, nil
}

// checkFigures reads the amount in figures in parentheses at s[open] after
// an amount in words, a, as letters and minutes write it ("lima juta
// rupiah (Rp5.000.000,00)"), checks that the two agree and returns the
// amount with the currency of the figures if the words name none.
func (p *parser) checkFigures(a Amount, open int) (Amount, error) {
	s := p.s
	close := lastIndexByte(s, ')')
	if close <= open {
		return p.fail(len(s), "missing closing parenthesis after the amount in figures", ErrSyntax)
	}
	if k := afterGloss(s, close+1); k < len(s) {
		return p.fail(k, "unexpected text after the amount", ErrSyntax)
	}
	var q parser
	q.s, q.l, q.fn = s[open+1:close], p.l, p.fn
	q.def, q.hasDef = p.def, p.hasDef
	f, err := q.parse()
	if err != nil {
		if pe, ok := err.(*ParseError); ok {
			return p.fail(open+1+pe.Offset, pe.Msg, pe.Err)
		}
		return Amount{}, err
	}
	if a.cur != currency.XXX && f.cur != a.cur {
		return p.fail(open+1, "currency in figures differs from the one in words", ErrCurrencyMismatch)
	}
	if f.minor != a.minor {
		return p.fail(open+1, "amount in figures differs from the amount in words", ErrSyntax)
	}
	return f, nil
}

// number reads the digits and separators s[start:end] by the ambiguity
// rule and returns the digits as an integer and the number of fraction
// digits, trailing zeros of the fraction removed.
func (p *parser) number(start, end int) (mant uint64, frac int, err error) {
	tok := p.s[start:end]
	group, dec := locales[p.l].group, locales[p.l].decimal
	n := scanNumber(tok, group, dec)
	if n.msg != "" {
		// The language's reading fails; try the other one.
		if n2 := scanNumber(tok, dec, group); n2.msg == "" {
			if k := lastIndexByte(tok, group); k >= 0 && indexByte(tok, dec) < 0 && len(tok)-k-1 == 3 && countByte(tok, group) == 1 && tok[0] != '0' {
				// A lone separator before three digits that cannot group
				// because more than three digits precede it: "1000.000".
				// (After a first group that starts with 0, as "0.500",
				// it cannot group either, and the other reading is the
				// only one.)
				// Reading it as a decimal separator would be a guess.
				return 0, 0, p.errAt(start+k, "separator both groups and does not group: ambiguous number", ErrSyntax)
			}
			n = n2
		} else if k := lastIndexByte(tok, group); k >= 0 && indexByte(tok, dec) < 0 && len(tok)-k-1 == 2 && scanNumber(tok[:k], group, dec).msg == "" {
			// "Rp. 1.000.000.00": hundredths written after the grouping
			// separator. Say so, rather than only that the group is short.
			msg := `"." before only two digits, not a group of three; if they are hundredths, this language marks them with "," (1.000.000,00)`
			if group == ',' {
				msg = `"," before only two digits, not a group of three; if they are hundredths, this language marks them with "." (1,000,000.00)`
			}
			return 0, 0, p.errAt(start+k, msg, ErrSyntax)
		}
	}
	return p.numberValue(start, n)
}

// spacedGroups returns the end of the groups of three digits that follow
// the digits s[start:i] (one to three of them) after single spaces, as in
// "1 000 000" or "1\u00a0000\u202f000", or i if there are none. A group
// must be exactly three digits long and not followed by another digit.
func spacedGroups(s string, start, i int) int {
	for k := start; k < i; k++ {
		if !isDigit(s[k]) {
			return i
		}
	}
	for {
		n := spaceLen(s, i)
		j := i + n
		if n == 0 || j+3 > len(s) || !isDigit(s[j]) || !isDigit(s[j+1]) || !isDigit(s[j+2]) || j+3 < len(s) && isDigit(s[j+3]) {
			return i
		}
		i = j + 3
	}
}

// spacedNumber reads s[start:end], digits grouped by threes with spaces
// and an optional decimal separator, "." or "," whatever the language,
// since spaces leave only the decimal role to it: "1 234 567,89" and
// "1 234 567.89". Exactly three digits after it would read as a group in
// one convention and as a fraction in the other, and are an error.
func (p *parser) spacedNumber(start, end int) (mant uint64, frac int, err error) {
	s := p.s
	sig := 0
	dec := -1
	for k := start; k < end; {
		c := s[k]
		switch {
		case isDigit(c):
			if dec >= 0 {
				frac++
			}
			if sig > 0 || c != '0' {
				sig++
				mant = mant*10 + uint64(c-'0')
			}
			k++
		case c == '.' || c == ',':
			dec = k
			k++
		default:
			k += max(spaceLen(s, k), 1)
		}
	}
	if dec >= 0 && frac == 3 {
		return 0, 0, p.errAt(dec, "separator after digits grouped with spaces is followed by three digits: it could group thousands or mark decimals", ErrSyntax)
	}
	return p.numberValue(start, numScan{mant: mant, frac: frac, sig: sig})
}

// plainNumber reads s[start:end] as digits with at most one "." as the
// decimal point, the canonical form of numbers.
func (p *parser) plainNumber(start, end int) (mant uint64, frac int, err error) {
	tok := p.s[start:end]
	if k := indexByte(tok, ','); k >= 0 {
		return 0, 0, p.errAt(start+k, "unexpected \",\" in canonical form", ErrSyntax)
	}
	return p.numberValue(start, scanNumber(tok, 0, '.'))
}

// numberValue returns the value of a scanned number, or its error.
func (p *parser) numberValue(start int, n numScan) (mant uint64, frac int, err error) {
	if n.msg != "" {
		return 0, 0, p.errAt(start+n.off, n.msg, ErrSyntax)
	}
	if n.sig > 19 {
		return 0, 0, p.errAt(start, "too many digits", ErrRange)
	}
	mant, frac = n.mant, n.frac
	for frac > 0 && mant%10 == 0 {
		mant /= 10
		frac--
	}
	if mant == 0 {
		frac = 0
	}
	return mant, frac, nil
}

func (p *parser) errAt(off int, msg string, sentinel error) error {
	_, err := p.fail(off, msg, sentinel)
	return err
}

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

func lastIndexByte(s string, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

func countByte(s string, c byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}

// A numScan is the result of reading a number: its digits as an integer
// (valid if sig ≤ 19), the count of fraction digits, and the offset and
// description of the first problem, if msg is not "".
type numScan struct {
	mant uint64
	frac int
	sig  int // significant digits: from the first non-zero one
	off  int
	msg  string
}

// scanNumber reads tok, made of digits, "." and ",", as a number with group
// as the grouping separator and dec as the decimal one: a first group of
// one to three digits, not starting with 0 when a group follows, further groups of exactly three, at most one
// decimal separator after them, and digits after it. One pass checks the
// form and accumulates the value.
func scanNumber(tok string, group, dec byte) numScan {
	var mant uint64
	frac, sig := 0, 0 // fraction digits; significant digits, from the first non-zero one
	run := 0          // digits since the last separator
	grouped := false  // a group separator was seen
	decAt := -1
	for k := 0; k < len(tok); k++ {
		c := tok[k]
		if c != group && c != dec {
			run++
			if decAt >= 0 {
				frac++
			}
			if sig > 0 || c != '0' {
				sig++
				mant = mant*10 + uint64(c-'0')
			}
			continue
		}
		var msg string
		off := k
		switch {
		case decAt >= 0 && c == group:
			msg = "grouping separator after the decimal separator"
		case decAt >= 0:
			msg = "second decimal separator"
		case run == 0:
			msg = "two separators in a row"
		case grouped && run != 3:
			off, msg = k-run, "digit group not three digits long"
		case c == group && run > 3:
			msg = "more than three digits before a grouping separator"
		case c == group && !grouped && tok[0] == '0':
			// "0.500": a number never starts with a group of
			// thousands that starts with 0.
			msg = "a group of thousands does not start with 0"
		}
		if msg != "" {
			return numScan{off: off, msg: msg}
		}
		if c == group {
			grouped = true
		} else {
			decAt = k
		}
		run = 0
	}
	if decAt < 0 && grouped && run != 3 {
		return numScan{off: len(tok) - run - 1, msg: "separator not followed by a group of three digits"}
	}
	return numScan{mant: mant, frac: frac, sig: sig}
}

// eqFold reports whether s starts at i with word, in any ASCII case.
func eqFold(s string, i int, word string) bool {
	if len(s)-i < len(word) {
		return false
	}
	for k := 0; k < len(word); k++ {
		a, b := s[i+k], word[k]
		if a != b && !('a' <= b && b <= 'z' && a == b-0x20) {
			return false
		}
	}
	return true
}

// prefix reads a currency marker before the number at s[i] and returns the
// currency and the end of the marker; end == i if there is none.
func (p *parser) prefix(i int) (currency.Unit, int, error) {
	s := p.s
	if i >= len(s) {
		return currency.XXX, i, nil
	}
	switch c := s[i] | 0x20; {
	case s[i] == '$':
		return dollar(p.l), i + 1, nil
	case c == 'r' && i+1 < len(s) && s[i+1]|0x20 == 'p' && boundary(s, i+2):
		// Rp, RP, rp, and "Rp." with a dot.
		end := i + 2
		if end < len(s) && s[end] == '.' {
			end++
		}
		return currency.IDR, end, nil
	case c == 'r' && i+1 < len(s) && s[i+1]|0x20 == 'm' && boundary(s, i+2):
		return MYR, i + 2, nil
	case c == 'u' && eqFold(s, i, "us"):
		// US$, US $, U.S.$
		j := skipSpaces(s, i+2)
		if j < len(s) && s[j] == '$' {
			return currency.USD, j + 1, nil
		}
	case c == 'b' && i+1 < len(s) && s[i+1] == '$':
		return BND, i + 2, nil
	case c == 's' && i+1 < len(s) && s[i+1] == '$':
		return SGD, i + 2, nil
	case s[i] == 0xE2 && eqFold(s, i, "€"):
		return currency.EUR, i + 3, nil
	case s[i] == 0xC2 && eqFold(s, i, "£"):
		return currency.GBP, i + 2, nil
	}
	for k := range otherSymbols {
		if sym := otherSymbols[k].sym; eqFold(s, i, sym) && (!isLetter(sym[len(sym)-1]) || boundary(s, i+len(sym))) {
			return otherSymbols[k].cur, i + len(sym), nil
		}
	}
	return p.code(i)
}

// otherSymbols are the currency symbols Parse reads before a number besides
// those of the region, for the currencies of partner countries. Lower-case
// letters match in any case. The yen sign is not read: it stands for the
// yen and the yuan alike.
var otherSymbols = [...]struct {
	sym string
	cur currency.Unit
}{
	{"u.s.$", currency.USD},
	{"bn$", BND}, // Oxford Business Group, Brunei reports: "BN$6.39bn"
	{"a$", currency.AUD}, {"au$", currency.AUD},
	{"hk$", currency.HKD}, {"nz$", currency.NZD},
	{"c$", currency.CAD}, {"ca$", currency.CAD},
	{"rmb", currency.CNY},
	{"₩", currency.KRW}, {"฿", currency.THB}, {"₹", currency.INR},
	{"₱", currency.MustParseISO("PHP")}, {"₫", currency.MustParseISO("VND")},
}

// code reads a three-letter ISO 4217 code at s[i], in any case; end == i if
// there are not three letters there.
func (p *parser) code(i int) (currency.Unit, int, error) {
	s := p.s
	if i+3 > len(s) || !isLetter(s[i]) || !isLetter(s[i+1]) || !isLetter(s[i+2]) || !boundary(s, i+3) {
		return currency.XXX, i, nil
	}
	var u currency.Unit
	var err error
	switch {
	case eqFold(s, i, "idr"):
		u = currency.IDR
	case eqFold(s, i, "myr"):
		u = MYR
	case eqFold(s, i, "usd"):
		u = currency.USD
	case eqFold(s, i, "bnd"):
		u = BND
	case eqFold(s, i, "sgd"):
		u = SGD
	default:
		u, err = currency.ParseISO(s[i : i+3])
	}
	if err != nil || u == currency.XXX {
		return currency.XXX, i, errUnknownCode
	}
	return u, i + 3, nil
}

// errUnknownCode is returned inside the parser for three letters that are
// not a currency code; the caller turns it into a *ParseError if the
// letters turn out not to be anything else either, so that the attempt
// costs no allocation.
var errUnknownCode = errors.New("unknown currency code")

// codeError returns err, or for errUnknownCode a *ParseError at i.
func (p *parser) codeError(err error, i int) error {
	if err == errUnknownCode {
		return p.errAt(i, "unknown currency code", ErrSyntax)
	}
	return err
}

func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// A scaleWord multiplies the number before it by 10^exp.
type scaleWord struct {
	word string // lower case, matched in any case unless exact
	exp  int
	// exact words match only in the case given: single letters.
	exact bool
	// in limits the word to languages: 0 for all, else a bit per lang.Lang.
	in uint8
}

const (
	inID   = 1 << lang.Indonesian
	inENMS = 1<<lang.Malay | 1<<lang.MalayBrunei | 1<<lang.English // M for million, B for billion
	inEN   = 1 << lang.English                                     // bln, mln: in Indonesian and Malay "bln" is bulan, a month
)

// scaleWords lists the scale words Parse reads, longest first where one is
// a prefix of another. Sources: KBBI and PUEBI (ribu, juta, miliar,
// triliun; "milyar" is a common non-standard spelling), Dewan Bahasa dan
// Pustaka (bilion, trilion), and the abbreviations of the Indonesian and
// Malaysian press (rb, jt, M, T; bil, bn, mil, mn, tn).
var scaleWords = [...]scaleWord{
	{word: "kuadriliun", exp: 15},
	{word: "kuadrilion", exp: 15},
	{word: "quadrillion", exp: 15},
	{word: "triliun", exp: 12},
	{word: "trln", exp: 12, in: inEN},
	{word: "trilyun", exp: 12},
	{word: "trilion", exp: 12},
	{word: "trillion", exp: 12},
	{word: "tril", exp: 12},
	{word: "tn", exp: 12},
	{word: "T", exp: 12, exact: true},
	{word: "miliar", exp: 9},
	{word: "milyar", exp: 9},
	{word: "milliar", exp: 9},
	{word: "billion", exp: 9},
	{word: "bilion", exp: 9},
	{word: "bil", exp: 9},
	{word: "bn", exp: 9},
	{word: "bln", exp: 9, in: inEN},
	{word: "B", exp: 9, exact: true, in: inENMS},
	{word: "b", exp: 9, exact: true, in: inENMS},
	{word: "M", exp: 9, exact: true, in: inID},
	{word: "juta", exp: 6},
	{word: "jt", exp: 6},
	{word: "million", exp: 6},
	{word: "mil", exp: 6, in: inENMS},
	{word: "mn", exp: 6},
	{word: "mln", exp: 6, in: inEN},
	{word: "M", exp: 6, exact: true, in: inENMS},
	{word: "m", exp: 6, exact: true, in: inENMS},
	{word: "ribu", exp: 3},
	{word: "rb", exp: 3},
	{word: "thousand", exp: 3},
	{word: "k", exp: 3},
}

// scale reads a scale word at s[i] and returns its exponent and end; end ==
// i if there is none. An abbreviation may be followed by a dot ("jt.").
func (p *parser) scale(i int) (int, int) {
	s := p.s
	if i >= len(s) {
		return 0, i
	}
	n := 0
	for i+n < len(s) && isLetter(s[i+n]) {
		n++
	}
	if n == 0 || !boundary(s, i+n) {
		return 0, i
	}
	for k := range scaleWords {
		w := &scaleWords[k]
		if len(w.word) != n || (w.in != 0 && w.in&(1<<p.l) == 0) {
			continue
		}
		if w.exact && s[i:i+n] != w.word || !w.exact && !eqFold(s, i, w.word) {
			continue
		}
		end := i + n
		if end < len(s) && s[end] == '.' && n <= 3 && (end+1 == len(s) || !isDigit(s[end+1])) {
			end++ // "jt.", "rb.", "M."
		}
		return w.exp, end
	}
	return 0, i
}

// A currencyWord names a currency after the number.
type currencyWord struct {
	words []string // lower case words, separated by spaces in the text
	cur   currency.Unit
	// dollar and ringgit words without a country mean the local currency:
	// see dollar and the ms-BN rule in suffix.
	kind byte
}

const (
	plain     = 0
	anyDollar = 1 // "dolar", "dollar(s)": USD, in Brunei Malay BND
	ringgit   = 2 // "ringgit": MYR, in Brunei Malay BND
)

// currencyWords lists the currency names Parse reads after a number,
// longest first where one begins another.
var currencyWords = [...]currencyWord{
	{words: []string{"dolar", "amerika", "serikat"}, cur: currency.USD},
	{words: []string{"dollar", "amerika", "serikat"}, cur: currency.USD},
	{words: []string{"dolar", "amerika", "syarikat"}, cur: currency.USD},
	{words: []string{"dolar", "amerika"}, cur: currency.USD},
	{words: []string{"dollar", "amerika"}, cur: currency.USD},
	{words: []string{"dolar", "as"}, cur: currency.USD},
	{words: []string{"dollar", "as"}, cur: currency.USD},
	{words: []string{"dolar", "us"}, cur: currency.USD},
	{words: []string{"us", "dollars"}, cur: currency.USD},
	{words: []string{"us", "dollar"}, cur: currency.USD},
	{words: []string{"u.s.", "dollars"}, cur: currency.USD},
	{words: []string{"u.s.", "dollar"}, cur: currency.USD},
	{words: []string{"dolar", "singapura"}, cur: SGD},
	{words: []string{"dollar", "singapura"}, cur: SGD},
	{words: []string{"singapore", "dollars"}, cur: SGD},
	{words: []string{"singapore", "dollar"}, cur: SGD},
	{words: []string{"dolar", "brunei"}, cur: BND},
	{words: []string{"dollar", "brunei"}, cur: BND},
	{words: []string{"brunei", "dollars"}, cur: BND},
	{words: []string{"brunei", "dollar"}, cur: BND},
	// The dollars and other currencies of partner countries, named in
	// Indonesian, Malay and English news (Bank Indonesia and BNM rate
	// tables use the same names). Longer names come first.
	{words: []string{"dolar", "australia"}, cur: currency.AUD},
	{words: []string{"dollar", "australia"}, cur: currency.AUD},
	{words: []string{"australian", "dollars"}, cur: currency.AUD},
	{words: []string{"australian", "dollar"}, cur: currency.AUD},
	{words: []string{"dolar", "hong", "kong"}, cur: currency.HKD},
	{words: []string{"dollar", "hong", "kong"}, cur: currency.HKD},
	{words: []string{"hong", "kong", "dollars"}, cur: currency.HKD},
	{words: []string{"hong", "kong", "dollar"}, cur: currency.HKD},
	{words: []string{"dolar", "selandia", "baru"}, cur: currency.NZD},
	{words: []string{"dolar", "new", "zealand"}, cur: currency.NZD},
	{words: []string{"dollar", "new", "zealand"}, cur: currency.NZD},
	{words: []string{"new", "zealand", "dollars"}, cur: currency.NZD},
	{words: []string{"new", "zealand", "dollar"}, cur: currency.NZD},
	{words: []string{"dolar", "kanada"}, cur: currency.CAD},
	{words: []string{"dollar", "kanada"}, cur: currency.CAD},
	{words: []string{"canadian", "dollars"}, cur: currency.CAD},
	{words: []string{"canadian", "dollar"}, cur: currency.CAD},
	{words: []string{"dolar", "taiwan"}, cur: currency.TWD},
	{words: []string{"dollar", "taiwan"}, cur: currency.TWD},
	{words: []string{"new", "taiwan", "dollars"}, cur: currency.TWD},
	{words: []string{"new", "taiwan", "dollar"}, cur: currency.TWD},
	{words: []string{"taiwan", "dollars"}, cur: currency.TWD},
	{words: []string{"taiwan", "dollar"}, cur: currency.TWD},
	{words: []string{"yen", "jepang"}, cur: currency.JPY},
	{words: []string{"yen", "jepun"}, cur: currency.JPY},
	{words: []string{"japanese", "yen"}, cur: currency.JPY},
	{words: []string{"yuan", "tiongkok"}, cur: currency.CNY},
	{words: []string{"yuan", "china"}, cur: currency.CNY},
	{words: []string{"yuan", "cina"}, cur: currency.CNY},
	{words: []string{"chinese", "yuan"}, cur: currency.CNY},
	{words: []string{"won", "korea", "selatan"}, cur: currency.KRW},
	{words: []string{"won", "korea"}, cur: currency.KRW},
	{words: []string{"south", "korean", "won"}, cur: currency.KRW},
	{words: []string{"korean", "won"}, cur: currency.KRW},
	{words: []string{"baht", "thailand"}, cur: currency.THB},
	{words: []string{"thai", "baht"}, cur: currency.THB},
	{words: []string{"peso", "filipina"}, cur: currency.MustParseISO("PHP")},
	{words: []string{"philippine", "pesos"}, cur: currency.MustParseISO("PHP")},
	{words: []string{"philippine", "peso"}, cur: currency.MustParseISO("PHP")},
	{words: []string{"rupee", "india"}, cur: currency.INR},
	{words: []string{"indian", "rupees"}, cur: currency.INR},
	{words: []string{"indian", "rupee"}, cur: currency.INR},
	{words: []string{"dong", "vietnam"}, cur: currency.MustParseISO("VND")},
	{words: []string{"vietnamese", "dong"}, cur: currency.MustParseISO("VND")},
	{words: []string{"riyal", "saudi"}, cur: currency.SAR},
	{words: []string{"saudi", "riyals"}, cur: currency.SAR},
	{words: []string{"saudi", "riyal"}, cur: currency.SAR},
	{words: []string{"franc", "swiss"}, cur: currency.CHF},
	{words: []string{"swiss", "francs"}, cur: currency.CHF},
	{words: []string{"swiss", "franc"}, cur: currency.CHF},
	{words: []string{"ringgit", "brunei"}, cur: BND},
	{words: []string{"ringgit", "malaysia"}, cur: MYR},
	{words: []string{"ringgit"}, kind: ringgit},
	{words: []string{"rupiah"}, cur: currency.IDR},
	{words: []string{"dollars"}, kind: anyDollar},
	{words: []string{"dollar"}, kind: anyDollar},
	{words: []string{"dolar"}, kind: anyDollar},
	{words: []string{"euros"}, cur: currency.EUR},
	{words: []string{"euro"}, cur: currency.EUR},
	{words: []string{"pounds", "sterling"}, cur: currency.GBP},
	{words: []string{"pound", "sterling"}, cur: currency.GBP},
	{words: []string{"poundsterling"}, cur: currency.GBP},
	{words: []string{"pounds"}, cur: currency.GBP},
	{words: []string{"yen"}, cur: currency.JPY},
	{words: []string{"yuan"}, cur: currency.CNY},
	{words: []string{"renminbi"}, cur: currency.CNY},
	{words: []string{"rmb"}, cur: currency.CNY},
	{words: []string{"won"}, cur: currency.KRW},
	{words: []string{"baht"}, cur: currency.THB},
	{words: []string{"kronor"}, cur: currency.SEK}, // Sweden: Timrå (seed 001)
	{words: []string{"krona"}, cur: currency.SEK},
}

// suffix reads a currency name, symbol or code after the number at s[i] and returns
// the currency and the end; end == i if there is none.
func (p *parser) suffix(i int) (currency.Unit, int, error) {
	if c, k := p.currencyWord(i); k > i {
		return c, k, nil
	}
	// A symbol or code after the number, as table cells and headers
	// write it: "1.725,99 juta US$", "5.000 Rp".
	return p.prefix(i)
}

// wordsAt reports whether the words ws (lower case) are written at s[i],
// in any ASCII case, with spaces between them, and returns their end. A
// word that ends with a letter must end at a word boundary ("won" is not
// the start of "wonogiri"); one that ends with a sign ("±", "u.s.") need
// not.
func wordsAt(s string, i int, ws []string) (int, bool) {
	j := i
	for n, word := range ws {
		if n > 0 {
			j2 := skipSpaces(s, j)
			if j2 == j {
				return i, false
			}
			j = j2
		}
		if !eqFold(s, j, word) {
			return i, false
		}
		j += len(word)
		if isLetter(word[len(word)-1]) && !boundary(s, j) {
			return i, false
		}
	}
	return j, true
}

// currencyWord reads a currency name at s[i]; end == i if there is none.
func (p *parser) currencyWord(i int) (currency.Unit, int) {
	s := p.s
	if i >= len(s) || !isLetter(s[i]) {
		return currency.XXX, i
	}
	first := s[i] | 0x20
	for k := range currencyWords {
		w := &currencyWords[k]
		if w.words[0][0] != first {
			continue
		}
		j, ok := wordsAt(s, i, w.words)
		if !ok {
			continue
		}
		switch w.kind {
		case anyDollar:
			return dollar(p.l), j
		case ringgit:
			if p.l == lang.MalayBrunei {
				return BND, j
			}
			return MYR, j
		}
		return w.cur, j
	}
	return currency.XXX, i
}

// oneSeparatorThree returns the offset of the point in tok when tok is one
// to three digits, one ".", and three digits; otherwise -1.
func oneSeparatorThree(tok string) int {
	if len(tok) < 5 || len(tok) > 7 {
		return -1
	}
	k := len(tok) - 4
	if tok[k] != '.' {
		return -1
	}
	for i := 0; i < len(tok); i++ {
		if i != k && !isDigit(tok[i]) {
			return -1
		}
	}
	return k
}
