package input

import (
	"bytes"
	"io"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// detectEncoding reads the start of the input and tells its encoding from
// a byte order mark or, for UTF-16 without one, from the NUL bytes of its
// ASCII characters. UTF-16 input is decoded to UTF-8 with x/text from then
// on; the UTF-8 byte order mark is skipped.
func (r *Reader) detectEncoding() {
	// Always the same number of bytes, however the input comes, so that
	// the answer does not depend on the sizes of reads.
	for r.w < headSize && !r.eof && r.rerr == nil {
		r.read()
	}
	// The answer rests on headSize bytes, though a read may bring more.
	head := r.buf[:min(r.w, headSize)]
	r.enc = "UTF-8"
	skip := 0
	var order unicode.Endianness
	switch {
	case bytes.HasPrefix(head, []byte("\xef\xbb\xbf")):
		r.r, r.base = 3, -3 // the text, and its offsets, start after the mark
		return
	case bytes.HasPrefix(head, []byte("\xff\xfe")):
		r.enc, order, skip = "UTF-16LE", unicode.LittleEndian, 2
	case bytes.HasPrefix(head, []byte("\xfe\xff")):
		r.enc, order, skip = "UTF-16BE", unicode.BigEndian, 2
	default:
		var ok bool
		if order, ok = utf16Order(head); !ok {
			return
		}
		r.enc = "UTF-16LE"
		if order == unicode.BigEndian {
			r.enc = "UTF-16BE"
		}
	}
	r.utf16 = true
	var src io.Reader = bytes.NewReader(bytes.Clone(r.buf[skip:r.w]))
	switch {
	case r.rerr != nil:
		src = io.MultiReader(src, errReader{r.rerr})
	case !r.eof:
		src = io.MultiReader(src, r.raw)
	}
	r.src = transform.NewReader(src, unicode.UTF16(order, unicode.IgnoreBOM).NewDecoder())
	r.w, r.eof, r.rerr = 0, false, nil
}

// utf16Order tells UTF-16 without a byte order mark from the NUL bytes
// of its start: at least half of the 16-bit units have a NUL high byte
// (ASCII text), and few have a NUL low byte. It returns false for text
// that does not look like UTF-16. Valid UTF-8 text has no NUL bytes and never
// looks like UTF-16.
func utf16Order(b []byte) (unicode.Endianness, bool) {
	n := len(b) / 2
	if n == 0 {
		return unicode.BigEndian, false
	}
	var even, odd int // NUL bytes at even and odd offsets
	for k := range n {
		if b[2*k] == 0 {
			even++
		}
		if b[2*k+1] == 0 {
			odd++
		}
	}
	switch {
	case 2*odd >= n && 4*even <= odd:
		return unicode.LittleEndian, true
	case 2*even >= n && 4*odd <= even:
		return unicode.BigEndian, true
	}
	return unicode.BigEndian, false
}

// errReader returns err.
type errReader struct{ err error }

func (e errReader) Read([]byte) (int, error) { return 0, e.err }

// detectComma reads until the header line is complete (or the buffer is
// full, or the input ends) and takes the separator from it.
func (r *Reader) detectComma() {
	for {
		final := r.eof || r.rerr != nil || r.w == len(r.buf)
		if c, ok := sniff(r.buf[r.r:r.w], final); ok {
			r.comma = c
			return
		}
		for {
			old := r.w
			r.read()
			if r.eof || r.rerr != nil || r.w == len(r.buf) || bytes.ContainsAny(r.buf[old:r.w], "\r\n") {
				break
			}
		}
	}
}

// candidates are the separators detected, in order of precedence.
var candidates = [...]rune{',', ';', '\t', '|'}

// sniff returns the separator of the text b: the candidate that occurs
// most often outside quotes in the first non-empty line that holds any
// (ties go to the earlier candidate), or ',' when none of the first
// sniffLines non-empty lines holds one. A line ends at LF, CR or CRLF
// outside quotes. It returns false when the answer depends on text not
// yet read; final says that no more will come.
func sniff(b []byte, final bool) (rune, bool) {
	lines := 0
	for i := 0; i < len(b) && lines < sniffLines; {
		var n [len(candidates)]int
		start := i
		quoted := false
	line:
		for ; i < len(b); i++ {
			switch b[i] {
			case '"':
				quoted = !quoted
			case '\n', '\r':
				if !quoted {
					break line
				}
			case ',':
				if !quoted {
					n[0]++
				}
			case ';':
				if !quoted {
					n[1]++
				}
			case '\t':
				if !quoted {
					n[2]++
				}
			case '|':
				if !quoted {
					n[3]++
				}
			}
		}
		if i == len(b) && !final {
			return 0, false // the line may go on
		}
		empty := i == start
		if i < len(b) {
			i += crlf(b, i)
		}
		if empty {
			continue
		}
		best := 0
		for k := range n {
			if n[k] > n[best] {
				best = k
			}
		}
		if n[best] > 0 {
			return candidates[best], true
		}
		lines++
	}
	if lines < sniffLines && !final {
		return 0, false
	}
	return ',', true
}
