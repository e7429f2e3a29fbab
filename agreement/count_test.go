package agreement

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// countRows counts the rows of CSV text b without the input toolbox, to
// check that ReadCSV loses and invents no row: the records after the
// header, less the blank ones (every field white space) that read
// without error. A record with a quoting problem, or with another number
// of fields than the header, counts one row. It reads UTF-8 only (with or
// without a byte order mark); a record with a NUL byte or invalid UTF-8
// counts one row. ok is false for text with a UTF-16 byte order mark or
// many NUL bytes (which the toolbox may read as UTF-16), and for text
// whose header cannot be read.
func countRows(b []byte) (rows int, ok bool) {
	head := b[:min(len(b), 512)]
	if bytes.HasPrefix(b, []byte{0xFE, 0xFF}) || bytes.HasPrefix(b, []byte{0xFF, 0xFE}) ||
		bytes.Count(head, []byte{0}) > len(head)/20 {
		return 0, false // UTF-16, or text the toolbox might take for it
	}
	b = bytes.TrimPrefix(b, []byte("\uFEFF"))
	comma := sniffSeparator(b)
	header := -1
	for i := 0; i < len(b); {
		// Empty lines are no record.
		if b[i] == '\n' || b[i] == '\r' {
			i++
			continue
		}
		var fields []string
		var f strings.Builder
		bad := false
		quoted, after, inField := false, false, false
		cont := 0 // the bytes of a rune of several still to come
	record:
		for ; i < len(b); i++ {
			c := b[i]
			switch {
			case c == 0:
				bad = true // a NUL byte: an encoding error in the record
			case cont > 0:
				cont--
			case c >= utf8.RuneSelf:
				if r, n := utf8.DecodeRune(b[i:]); r == utf8.RuneError && n == 1 {
					bad = true // invalid UTF-8
				} else {
					cont = n - 1
				}
			}
			switch {
			case quoted:
				if c == '"' {
					if i+1 < len(b) && b[i+1] == '"' {
						f.WriteByte('"')
						i++
					} else {
						quoted, after = false, true
					}
				} else {
					f.WriteByte(c)
				}
			case c == '\n' || c == '\r':
				if c == '\r' && i+1 < len(b) && b[i+1] == '\n' {
					i++
				}
				i++
				break record
			case rune(c) == comma:
				fields = append(fields, f.String())
				f.Reset()
				after, inField = false, false
			case after:
				bad = true
			case c == '"':
				if inField {
					bad = true
				} else {
					quoted, inField = true, true
				}
			default:
				inField = true
				f.WriteByte(c)
			}
		}
		if quoted {
			bad = true // the end of the input closed a quoted field
		}
		fields = append(fields, f.String())
		if header < 0 {
			if bad {
				return 0, false
			}
			header = len(fields)
			continue
		}
		if !bad && len(fields) == header {
			blank := true
			for _, f := range fields {
				if strings.TrimSpace(f) != "" {
					blank = false
				}
			}
			if blank {
				continue
			}
		}
		rows++
	}
	return rows, header >= 0
}

// sniffSeparator is the rule of the input toolbox's documentation: of
// ',', ';', '\t' and '|', the one the first non-empty line holding any
// uses most outside quotes (ties to the earlier), looking at 8 lines; ','
// when none does.
func sniffSeparator(b []byte) rune {
	lines := 0
	for _, line := range splitLines(b) {
		if lines == 8 {
			break
		}
		if len(line) == 0 {
			continue
		}
		lines++
		var n [4]int
		quoted := false
		for _, c := range line {
			if c == '"' {
				quoted = !quoted
				continue
			}
			if !quoted {
				if k := strings.IndexByte(",;\t|", c); k >= 0 {
					n[k]++
				}
			}
		}
		best := 0
		for k := range n {
			if n[k] > n[best] {
				best = k
			}
		}
		if n[best] > 0 {
			return rune(",;\t|"[best])
		}
	}
	return ','
}

// splitLines splits b at line ends outside quotes.
func splitLines(b []byte) [][]byte {
	var out [][]byte
	quoted := false
	start := 0
	for i := 0; i < len(b); i++ {
		switch b[i] {
		case '"':
			quoted = !quoted
		case '\n', '\r':
			if quoted {
				continue
			}
			out = append(out, b[start:i])
			if b[i] == '\r' && i+1 < len(b) && b[i+1] == '\n' {
				i++
			}
			start = i + 1
		}
	}
	return append(out, b[start:])
}
