// Package chars is the one set of spaces and dashes that the parsers of
// money and date (and region's name folding) accept, so that text read by
// one is read alike by the other: "Rp\u20035.000" and "7\u2003Agustus 2019"
// both parse.
//
// Spaces, which separate words and may group digits:
//
//	U+0020 space, U+0009 tab
//	U+00A0 no-break space, U+202F narrow no-break space
//	U+2000–U+200A en quad … hair space (en, em, figure, punctuation, thin spaces)
//	U+205F medium mathematical space, U+3000 ideographic space, U+1680 ogham space mark
//	U+200B–U+200D zero-width space, non-joiner, joiner; U+2060 word joiner;
//	U+FEFF zero-width no-break space (byte order mark), which documents leave behind
//
// That is every character of Unicode category Zs, plus tab and the
// zero-width characters. Line breaks (U+000A, U+000D, U+0085, U+2028,
// U+2029) are not spaces: see [IsBreak]; a reader decides whether a value
// may run across lines.
//
// Dashes. The minus signs, which may stand before a number:
//
//	U+002D hyphen-minus, U+2212 minus sign, U+2010 hyphen,
//	U+2011 non-breaking hyphen, U+2012 figure dash, U+2013 en dash,
//	U+FE63 small hyphen-minus, U+FF0D full-width hyphen-minus
//
// and the long dashes, which are dashes but never a minus sign:
//
//	U+2014 em dash, U+2015 horizontal bar, U+FE58 small em dash
//
// [IsDash] is both sets; [IsMinus] the first.
package chars

import "unicode/utf8"

// IsSpace reports whether r is one of the spaces of the package comment.
func IsSpace(r rune) bool {
	switch {
	case r == ' ' || r == '\t' || r == '\u00a0' || r == '\u1680':
		return true
	case r >= '\u2000' && r <= '\u200d':
		return true
	case r == '\u202f' || r == '\u205f' || r == '\u2060' || r == '\u3000' || r == '\ufeff':
		return true
	}
	return false
}

// IsBreak reports whether r ends a line: U+000A, U+000D, U+0085 next
// line, U+2028 line separator, U+2029 paragraph separator.
func IsBreak(r rune) bool {
	return r == '\n' || r == '\r' || r == '\u0085' || r == '\u2028' || r == '\u2029'
}

// IsMinus reports whether r is one of the minus signs of the package
// comment.
func IsMinus(r rune) bool {
	switch r {
	case '-', '\u2212', '\u2010', '\u2011', '\u2012', '\u2013', '\ufe63', '\uff0d':
		return true
	}
	return false
}

// IsDash reports whether r is a dash: a minus sign, or an em dash, a
// horizontal bar or a small em dash.
func IsDash(r rune) bool {
	return IsMinus(r) || r == '\u2014' || r == '\u2015' || r == '\ufe58'
}

// SpaceLen returns the length in bytes of the space (as [IsSpace]) that
// starts at s[i], or 0 if there is none or i is out of range. An ASCII
// byte is decided inline, without decoding.
func SpaceLen(s string, i int) int {
	if uint(i) < uint(len(s)) && s[i] < utf8.RuneSelf {
		return int(asciiSpace[s[i]])
	}
	return spaceLen(s, i)
}

// asciiSpace holds 1 for the ASCII spaces.
var asciiSpace = [utf8.RuneSelf]uint8{' ': 1, '\t': 1}

// spaceLen is SpaceLen for s[i] a byte of a multi-byte character,
// decided on the bytes of the encodings.
//
//go:noinline
func spaceLen(s string, i int) int {
	if uint(i) >= uint(len(s)) {
		return 0
	}
	s = s[i:]
	switch s[0] {
	case 0xC2: // U+00A0
		if len(s) >= 2 && s[1] == 0xA0 {
			return 2
		}
	case 0xE1: // U+1680
		if len(s) >= 3 && s[1] == 0x9A && s[2] == 0x80 {
			return 3
		}
	case 0xE2:
		if len(s) < 3 {
			return 0
		}
		switch s[1] {
		case 0x80: // U+2000–U+200D, U+202F
			if s[2] >= 0x80 && s[2] <= 0x8D || s[2] == 0xAF {
				return 3
			}
		case 0x81: // U+205F, U+2060
			if s[2] == 0x9F || s[2] == 0xA0 {
				return 3
			}
		}
	case 0xE3: // U+3000
		if len(s) >= 3 && s[1] == 0x80 && s[2] == 0x80 {
			return 3
		}
	case 0xEF: // U+FEFF
		if len(s) >= 3 && s[1] == 0xBB && s[2] == 0xBF {
			return 3
		}
	}
	return 0
}

// SkipSpaces returns the index of the first byte at or after s[i] that
// does not start a space.
func SkipSpaces(s string, i int) int {
	for {
		n := SpaceLen(s, i)
		if n == 0 {
			return i
		}
		i += n
	}
}

// MinusLen returns the length in bytes of the minus sign (as [IsMinus])
// that starts at s[i], or 0.
func MinusLen(s string, i int) int {
	if uint(i) < uint(len(s)) && s[i] < utf8.RuneSelf {
		return int(asciiMinus[s[i]])
	}
	return minusLen(s, i)
}

// asciiMinus holds 1 for the ASCII minus sign.
var asciiMinus = [utf8.RuneSelf]uint8{'-': 1}

// minusLen is MinusLen for s[i] a byte of a multi-byte character.
func minusLen(s string, i int) int {
	if uint(i) >= uint(len(s)) {
		return 0
	}
	if n := dashLen(s, i); n > 0 && !longDash(s[i:]) {
		return n
	}
	return 0
}

// DashLen returns the length in bytes of the dash (as [IsDash]) that
// starts at s[i], or 0.
func DashLen(s string, i int) int {
	if uint(i) < uint(len(s)) && s[i] < utf8.RuneSelf {
		return int(asciiMinus[s[i]])
	}
	return dashLen(s, i)
}

// dashLen is DashLen for s[i] a byte of a multi-byte character.
//
//go:noinline
func dashLen(s string, i int) int {
	if uint(i) >= uint(len(s)) {
		return 0
	}
	s = s[i:]
	if len(s) < 3 {
		return 0
	}
	switch s[0] {
	case 0xE2:
		switch s[1] {
		case 0x80: // U+2010–U+2015
			if s[2] >= 0x90 && s[2] <= 0x95 {
				return 3
			}
		case 0x88: // U+2212
			if s[2] == 0x92 {
				return 3
			}
		}
	case 0xEF:
		switch s[1] {
		case 0xB9: // U+FE58, U+FE63
			if s[2] == 0x98 || s[2] == 0xA3 {
				return 3
			}
		case 0xBC: // U+FF0D
			if s[2] == 0x8D {
				return 3
			}
		}
	}
	return 0
}

// longDash reports whether s starts with a dash that is not a minus sign:
// U+2014, U+2015 or U+FE58.
func longDash(s string) bool {
	return s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0x94 || s[2] == 0x95) ||
		s[0] == 0xEF && s[1] == 0xB9 && s[2] == 0x98
}
