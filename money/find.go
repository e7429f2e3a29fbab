package money

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/currency"
	"golang.org/x/text/language"

	"github.com/kerjasama/kerjasama/internal/lang"
)

// A Match is an amount of money found in running text by [FindAll].
type Match struct {
	Amount     Amount
	Start, End int // the amount is text[Start:End]
	// Qualifier is the word before the amount that makes it an estimate
	// or a bound ("sekitar Rp20,8 miliar": About), or Exact. The word is
	// not part of text[Start:End].
	Qualifier Qualifier
}

// FindAll returns the amounts of money written in figures in running text
// in the language of tag, in order: "… sebesar Rp. 100.387.357.175 dan
// meningkat …", "surplus sebanyak 1.725,99 juta dolar AS, 2018 …". It reads
// each amount as [Parse] does, with these differences, because prose is not
// a field:
//
//   - An amount must name its currency: a symbol or code before the number
//     (Rp, US$, IDR), or a currency word or code after it (rupiah, juta
//     dolar AS, USD). Bare numbers — years, counts, percentages — are not
//     amounts, and a symbol after a number is not read ("2016 Rp 5.000"
//     finds Rp5.000, not Rp2.016).
//   - A sign or parentheses before the amount are punctuation, not a
//     negative; a minus after the symbol (Rp-5.000) still is.
//   - A separator that ends the number without a dash after it is
//     punctuation ("Rp 848.388, dan …"), and so is a parenthesis after it.
//   - Amounts in words are not searched for.
//   - A word before the amount that makes it an estimate or a bound
//     ("sekitar", "lebih dari", "at least") is reported as the match's
//     Qualifier.
//   - A bare "$" is the US dollar (the Brunei dollar in Brunei Malay) only
//     in a text that names no other dollar: in "S$3 billion … $500 million"
//     the second amount is in the text's own dollar, which is not written,
//     so it is not returned. For the same reason "5 juta dolar Fiji" (a
//     dollar this package does not name) is not returned as US dollars.
//
// Text that looks like an amount but breaks the rules of Parse (a number
// that fits neither separator convention, a value finer than hundredths) is
// skipped. FindAll returns nil if it finds nothing.
func FindAll(text string, tag language.Tag) []Match {
	l := lang.Of(tag)
	var out []Match
	var bare []bool // out[i] came from a bare "$"
	others := false // the text names a dollar other than the one a bare "$" gives
	for k := 0; k < len(text); {
		c := text[k]
		if startsCandidate(text, k) {
			var p parser
			p.s, p.l, p.fn = text[k:min(len(text), k+MaxInput)], l, "FindAll"
			if a, n, ok := p.match(); ok {
				out = append(out, Match{Amount: a, Start: k, End: k + n, Qualifier: qualifierBefore(text, k)})
				isBare := c == '$'
				bare = append(bare, isBare)
				if !isBare && isDollar(a.Currency()) && a.Currency() != dollar(l) {
					others = true
				}
				k += n
				continue
			}
		}
		if isDigit(c) {
			// Skip the rest of the number, so that no match starts inside it.
			for k < len(text) && (isDigit(text[k]) || text[k] == '.' || text[k] == ',') {
				k++
			}
			continue
		}
		_, size := utf8.DecodeRuneInString(text[k:])
		k += size
	}
	if others {
		kept := out[:0]
		for i, m := range out {
			if !bare[i] {
				kept = append(kept, m)
			}
		}
		out = kept
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// isDollar reports whether cur is one of the dollars a "$" may stand for.
func isDollar(cur currency.Unit) bool {
	switch cur {
	case currency.USD, SGD, BND, currency.AUD, currency.HKD, currency.NZD, currency.CAD, currency.TWD:
		return true
	}
	return false
}

// qualifierBefore returns the qualifier written just before text[k], with
// spaces between: "sekitar Rp20,8 miliar", "more than $5 million".
func qualifierBefore(text string, k int) Qualifier {
	j := k
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:j])
		if !unicode.IsSpace(r) && r != 0x202F {
			break
		}
		j -= size
	}
	// Try each start of a word in the 24 bytes before: the longest
	// qualifier, "tidak lebih dari", has 16.
	for start := max(0, j-24); start < j; start++ {
		if !utf8.RuneStart(text[start]) {
			continue
		}
		if start > 0 {
			if r, _ := utf8.DecodeLastRuneInString(text[:start]); unicode.IsLetter(r) || unicode.IsDigit(r) {
				continue
			}
		}
		if q, end := qualifierAt(text[:j], start); end == j {
			return q
		}
	}
	return Exact
}

// startsCandidate reports whether an amount may start at text[k]: a digit,
// a letter or a symbol that does not continue a word or a number.
func startsCandidate(text string, k int) bool {
	c := text[k]
	if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '(' || c == ')' || c == '-' || c == ',' || c == '.' {
		return false
	}
	if k == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:k])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' && r != ','
}

// match reads an amount at the start of p.s as FindAll does and returns it
// and the length of its text.
func (p *parser) match() (Amount, int, bool) {
	s := p.s
	i := 0
	cur := currency.XXX
	marked, neg := false, false
	if c, end, err := p.prefix(0); err == nil && end > 0 {
		cur, marked = c, true
		i = skipSpaces(s, end)
		if n := minusLen(s, i); n > 0 {
			neg = true
			i = skipSpaces(s, i+n)
		}
	}
	start := i
	for i < len(s) && (isDigit(s[i]) || s[i] == '.' || s[i] == ',') {
		i++
	}
	if i == start || !isDigit(s[start]) {
		return Amount{}, 0, false
	}
	end := i
	if c := s[end-1]; c == '.' || c == ',' {
		end--
		i = end
		if n := dashLen(s, i+1); n > 0 {
			// "Rp 1.186.868,-": the mark of a whole amount.
			for i++; n > 0; n = dashLen(s, i) {
				i += n
			}
		}
		if c := s[end-1]; c == '.' || c == ',' {
			return Amount{}, 0, false
		}
	}
	mant, frac, err := p.number(start, end)
	if err != nil {
		return Amount{}, 0, false
	}
	if frac != 0 {
		i = end // ",-" marks a whole amount; after a fraction it is punctuation
	}
	stop := i
	j := skipSpaces(s, i)
	if j == i && i+1 < len(s) && s[i] == '-' && isLetter(s[i+1]) {
		if _, k := p.scale(i + 1); k > i+1 {
			j = i + 1 // "US$2.5-billion"
		}
	}
	exp := 0
	if e, k := p.scale(j); k > j {
		exp, stop = e, k
		j = skipSpaces(s, k)
	} else if threeDecimals(s[start:end], locales[p.l].group, locales[p.l].decimal) >= 0 ||
		zeroGroup(s[start:end], locales[p.l].group, locales[p.l].decimal) >= 0 {
		return Amount{}, 0, false // "RM1.500": three decimal places or a group? "Rp0.500": no group starts with 0. See Parse.
	}
	c, k := p.currencyWord(j)
	if k == j && j+3 <= len(s) && isUpper(s[j]) && isUpper(s[j+1]) && isUpper(s[j+2]) {
		c, k, _ = p.code(j)
	}
	if k > j {
		if marked && c != cur {
			return Amount{}, 0, false
		}
		if nameFollows(s, k) {
			// "5 juta dolar Fiji": the dollar of a country this package
			// does not name; "dolar" alone would read it as US dollars.
			return Amount{}, 0, false
		}
		cur, marked, stop = c, true, k
	}
	if !marked {
		return Amount{}, 0, false
	}
	m, msg := scaled(mant, frac, exp)
	if msg != "" {
		return Amount{}, 0, false
	}
	if neg {
		m = -m
	}
	return Amount{minor: m, cur: cur}, stop, true
}

// nameFollows reports whether the currency word that ends at s[k] is a bare
// "dolar" or "dollar" followed, after spaces, by a capitalised word: the
// name of a country, in the Indonesian and Malay order "dolar Fiji".
func nameFollows(s string, k int) bool {
	if !(k >= 5 && eqFold(s, k-5, "dolar") || k >= 6 && eqFold(s, k-6, "dollar")) {
		return false
	}
	j := skipSpaces(s, k)
	return j > k && j < len(s) && 'A' <= s[j] && s[j] <= 'Z'
}
