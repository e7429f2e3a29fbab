package money

// maxFastDigits keeps the digits read by fast, times 100, within an int64;
// longer numbers go to the general parser, which checks the range.
const maxFastDigits = 16

// fast reads the commonest form of an amount in one pass, with the checks
// of the general parser that apply to it: an optional currency marker
// before the number, then the number grouped in threes with the separator
// of the language (or not grouped at all) and, optionally, one or two
// decimals after the language's decimal separator, and nothing else:
// "Rp. 100.387.357.175", "RM1,234.56", "IDR 5000", "150000". Anything else
// — a sign, a scale word, a second reading, a separator that could belong
// to the other convention — makes it report false, and the general parser
// reads the text from the start, so that what fast accepts is exactly what
// parse would give.
func (p *parser) fast() (Amount, bool) {
	s := p.s
	if len(s) > MaxInput {
		return Amount{}, false
	}
	i := 0
	for i < len(s) && s[i] == ' ' {
		i++
	}
	if i == len(s) {
		return Amount{}, false
	}
	cur := p.home()
	if c := s[i]; c < '0' || c > '9' {
		if c|0x20 < 'a' || c|0x20 > 'z' && c != '$' {
			return Amount{}, false
		}
		u, end, err := p.prefix(i)
		if err != nil || end == i {
			return Amount{}, false
		}
		cur = u
		i = end
		if i < len(s) && s[i] == ' ' {
			i++
		}
	}
	g, d := locales[p.l].group, locales[p.l].decimal
	start := i
	var mant uint64
	digits := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		mant = mant*10 + uint64(s[i]-'0')
		digits++
		i++
	}
	lead := i - start
	if lead == 0 || digits > maxFastDigits {
		return Amount{}, false
	}
	if i < len(s) && s[i] == g {
		// Groups of three after a first group of one to three digits that
		// does not start with 0 ("0.500" is not a group of thousands).
		if lead > 3 || s[start] == '0' {
			return Amount{}, false
		}
		for i < len(s) && s[i] == g {
			if i+4 > len(s) {
				return Amount{}, false
			}
			grp := s[i+1 : i+4]
			d0, d1, d2 := grp[0]-'0', grp[1]-'0', grp[2]-'0' // a byte below '0' wraps above 9
			if d0 > 9 || d1 > 9 || d2 > 9 {
				return Amount{}, false
			}
			mant = mant*1000 + uint64(d0)*100 + uint64(d1)*10 + uint64(d2)
			digits += 3
			i += 4
			if digits > maxFastDigits || i < len(s) && isDigit(s[i]) {
				return Amount{}, false
			}
		}
	}
	frac := 0
	if i < len(s) && s[i] == d {
		k := i + 1
		for k < len(s) && isDigit(s[k]) {
			mant = mant*10 + uint64(s[k]-'0')
			k++
		}
		frac = k - i - 1
		if frac < 1 || frac > 2 || digits+frac > maxFastDigits {
			return Amount{}, false
		}
		i = k
	}
	if i != len(s) {
		return Amount{}, false
	}
	if frac == 1 {
		mant *= 10
	} else if frac == 0 {
		mant *= 100
	}
	return Amount{minor: int64(mant), cur: cur}, true
}
