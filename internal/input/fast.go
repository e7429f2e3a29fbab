package input

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"unicode/utf8"
)

// The fast path. Most records of real files are simple: on one line,
// ASCII separators, no quoting problems, and already in the buffer
// whole. fast reads those with a word-at-a-time scan and nothing to
// resume; anything else (a line end in quotes, an error, the end of the
// bytes read, a record too long) makes it give up, and record reads the
// record again from its start, the slow way, which handles everything.

const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// scanText returns the index of the first byte at or after b[i] that
// needs a look: a control byte below 0x0E (NUL, tab, LF, CR and others),
// a byte of a multi-byte sequence (0x80 and above), a quote, or the byte
// spread over cc (cc = c*ones). It looks at whole words of 8 bytes only,
// and returns len(b) when the rest of b is shorter than a word.
func scanText(b []byte, i int, cc uint64) int {
	for ; i+8 <= len(b); i += 8 {
		x := binary.LittleEndian.Uint64(b[i:])
		q, c := x^('"'*ones), x^cc
		// For each test, the lowest byte flagged is exact; bytes above
		// it may be flagged by a borrow, but only above a true one.
		if m := (x - 0x0E*ones | x | (q-ones)&^q | (c-ones)&^c) & highs; m != 0 {
			return i + bits.TrailingZeros64(m)>>3
		}
	}
	return len(b)
}

// fast reads the record at buf[r.r:] if it is simple (see above), and
// reports whether it did. It is used only with an ASCII separator.
func (r *Reader) fast() ([][]byte, Pos, bool) {
	b := r.buf[:r.w]
	rs := r.r
	fields, starts, end, lineEnd, esc, ok := scanRecord(b, rs, byte(r.comma), r.maxFields, r.utf16, r.fields[:0], r.starts[:0])
	r.fields, r.starts, r.text = fields, starts, nil
	if !ok || end-rs > r.maxRecord || r.want > 0 && len(fields) != r.want {
		return nil, Pos{}, false
	}
	if esc {
		for k, f := range fields {
			if bytes.IndexByte(f, '"') >= 0 {
				n := unescape(f)
				fields[k] = f[:n:n]
			}
		}
	}
	if !esc {
		r.text = b[rs:end:end]
	}
	off := r.base + int64(rs)
	r.rec = Pos{Line: r.line, Column: int(off-r.lineStart) + 1, Offset: off}
	r.oneLine = true
	d := end - rs
	r.end = Pos{Line: r.line, Column: r.rec.Column + d, Offset: off + int64(d)}
	r.r = end + lineEnd
	r.line++
	r.lineStart = r.base + int64(r.r)
	return fields, r.rec, true
}

// scanRecord scans the simple record at b[rs:], appending its fields
// (with their "" pairs not yet unescaped; esc tells if there are any) to
// fields and their starts, relative to rs, to starts. It returns the end
// of the record and the length of its line end, or false for a record
// that is not simple.
func scanRecord(b []byte, rs int, comma byte, maxFields int, utf16 bool, fields [][]byte, starts []int) (_ [][]byte, _ []int, end, lineEnd int, esc, ok bool) {
	if rs >= len(b) || b[rs] == '\n' || b[rs] == '\r' {
		return fields, starts, 0, 0, false, false // the end, or an empty line
	}
	cc := uint64(comma) * ones
	i := rs // the start of the field
fields:
	for {
		if len(fields) == maxFields {
			return fields, starts, 0, 0, false, false
		}
		starts = append(starts, i-rs)
		j := i
		if i < len(b) && b[i] == '"' {
			s := i + 1
			j = s
			for {
				j = scanText(b, j, '"'*ones)
				if j+1 >= len(b) {
					return fields, starts, 0, 0, false, false // the bytes read end
				}
				switch c := b[j]; {
				case c == '"':
					if b[j+1] == '"' {
						esc = true
						j += 2
						continue
					}
					fields = append(fields, b[s:j:j])
					j++
					switch b[j] {
					case comma:
						i = j + 1
						continue fields
					case '\n':
						return fields, starts, j, 1, esc, true
					case '\r':
						if j+1 == len(b) {
							return fields, starts, 0, 0, false, false
						}
						return fields, starts, j, crlf(b, j), esc, true
					}
					return fields, starts, 0, 0, false, false // text after the closing quote
				case c >= utf8.RuneSelf:
					rn, n := utf8.DecodeRune(b[j:])
					if rn == utf8.RuneError && (n == 1 || utf16) {
						return fields, starts, 0, 0, false, false
					}
					j += n
				case c == '\n' || c == '\r' || c == 0:
					return fields, starts, 0, 0, false, false // a line end in quotes, or NUL
				default:
					j++ // tab and other control bytes are text
				}
			}
		}
		for {
			j = scanText(b, j, cc)
			if j+1 >= len(b) {
				return fields, starts, 0, 0, false, false
			}
			switch c := b[j]; {
			case c == comma:
				fields = append(fields, b[i:j:j])
				i = j + 1
				continue fields
			case c == '\n':
				fields = append(fields, b[i:j:j])
				return fields, starts, j, 1, esc, true
			case c == '\r':
				fields = append(fields, b[i:j:j])
				return fields, starts, j, crlf(b, j), esc, true
			case c >= utf8.RuneSelf:
				rn, n := utf8.DecodeRune(b[j:])
				if rn == utf8.RuneError && (n == 1 || utf16) {
					return fields, starts, 0, 0, false, false
				}
				j += n
			case c == '"' || c == 0:
				return fields, starts, 0, 0, false, false
			default:
				j++
			}
		}
	}
}
