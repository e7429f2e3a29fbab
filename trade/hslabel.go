package trade

import (
	"strings"

	"github.com/kerjasama/kerjasama/internal/chars"
)

// maxHSLabel is the longest code cell ParseHSLabel reads: the longest
// chapter and heading names of the HS nomenclature are under 300 bytes.
const maxHSLabel = 512

// ParseHSLabel reads a code cell that carries the commodity's name after
// the code, as BPS tables and Comtrade downloads write them:
//
//	[40] Karet dan barang dari karet    BPS "golongan barang (HS 2 digit)"
//	(40) Karet dan barang dari karet
//	40 - Karet dan barang dari karet    also "40 – …", "40: …", "40. …"
//	40 Karet dan barang dari karet
//	HS 0101: Live horses, asses, mules
//
// It returns the code, read by [ParseHS], and the name, trimmed ("" when
// the cell holds only the code). A cell whose code part is not an HS code
// is an error from ParseHS with offsets in s; a cell with a name and no
// code is ErrSyntax.
func ParseHSLabel(s string) (HS, string, error) {
	const fn = "ParseHSLabel"
	if len(s) > maxHSLabel {
		return HS{}, "", &ParseError{Func: fn, Input: s, Offset: maxHSLabel, Msg: "input too long", Err: ErrSyntax}
	}
	i := chars.SkipSpaces(s, 0)
	code, rest, off := "", "", i
	if i < len(s) && (s[i] == '[' || s[i] == '(') {
		closer := byte(']')
		if s[i] == '(' {
			closer = ')'
		}
		j := strings.IndexByte(s[i+1:], closer)
		if j < 0 {
			return HS{}, "", &ParseError{Func: fn, Input: s, Offset: i, Msg: "unclosed " + string(s[i]), Err: ErrSyntax}
		}
		off = i + 1
		code, rest = s[i+1:i+1+j], s[i+2+j:]
	} else {
		// The code runs to the first letter after an optional "HS".
		j := i
		if j+1 < len(s) && (s[j]|0x20 == 'h') && (s[j+1]|0x20 == 's') {
			j += 2
		}
		for j < len(s) && !isASCIILetter(s[j]) && s[j] < 0x80 {
			j++
		}
		code, rest = s[i:j], s[j:]
		// A separator between the code and the name: "40 - Karet", "40: …".
		code = strings.TrimRight(code, " \t")
		for len(code) > 0 && strings.ContainsRune("-:.", rune(code[len(code)-1])) {
			code = strings.TrimRight(code[:len(code)-1], " \t")
		}
		if n := len(rest); n > 0 {
			// "40 – Karet": a long dash after the code.
			if k := chars.DashLen(rest, 0); k > 0 {
				rest = rest[k:]
			}
		}
	}
	h, err := ParseHS(code)
	if err != nil {
		if pe, ok := err.(*ParseError); ok {
			return HS{}, "", &ParseError{Func: fn, Input: s, Offset: off + pe.Offset, Msg: pe.Msg, Err: pe.Err}
		}
		return HS{}, "", err
	}
	name := strings.TrimSpace(rest)
	name = strings.TrimLeft(name, "-:–— \t")
	return h, strings.TrimSpace(name), nil
}

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }
