package input

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"unicode/utf8"
)

// Defaults of Options.
const (
	// DefaultMaxRecord is the default limit of one record: 1 MiB.
	DefaultMaxRecord = 1 << 20
	// DefaultMaxFields is the default limit of fields in one record.
	DefaultMaxFields = 1024
)

const (
	bufSize       = 64 << 10 // the buffer of a reader, grown up to MaxRecord+slack for a long record
	slack         = 4096     // buffer beyond MaxRecord, for line ends and lookahead
	headSize      = 512      // bytes looked at to tell the encoding
	sniffLines    = 8        // non-empty lines looked at to find the separator
	maxEmptyReads = 100      // reads of no bytes and no error before io.ErrNoProgress
)

// Options configure a Reader. The zero Options detect the separator and
// apply the default limits.
type Options struct {
	// Comma is the field separator. Zero detects it from the header line
	// (the first non-empty line that holds one of the candidates): of ',',
	// ';', '\t' and '|', the one that occurs most often outside quotes;
	// ties go to the first in that order, so to ',' whenever ',' is among
	// them, and a header of one field gives ','. Spreadsheets in
	// Indonesian and Malay locales save CSV with ';', where ',' is the
	// decimal mark. Any other rune may be given except '"', '\r', '\n',
	// NUL and utf8.RuneError.
	Comma rune
	// MaxRecord is the limit in bytes of one record (its lines, quoted
	// line ends included, without the line end that ends it); zero or less
	// means DefaultMaxRecord. A longer record is an ErrTooLong error at
	// its start and reading stops there: the buffer of a Reader starts at
	// 64 KiB and grows, for long records only, to at most MaxRecord + 4
	// KiB (about 1⅓ MaxRecord allocated in all), however long a line is.
	MaxRecord int
	// MaxFields is the limit of fields in one record; zero or less means
	// DefaultMaxFields. A record with more is an ErrTooManyFields error.
	MaxFields int
	// File names the input in errors ("trade.csv:3:7: …").
	File string
}

// A Pos is a position in the input: the 1-based line and column and the
// 0-based byte offset. The column counts bytes, not runes, from the start
// of the line, as encoding/csv does and the rest of the project does; a
// tab counts one. Lines end at LF, CRLF or CR alone, inside quoted fields
// too. Offsets and columns count bytes of the text as read: UTF-8 after
// the byte order mark (which is not counted), or, for UTF-16 input, the
// UTF-8 text it decodes to.
type Pos struct {
	Line, Column int
	Offset       int64
}

// String returns "line:column", such as "3:7".
func (p Pos) String() string {
	return strconv.Itoa(p.Line) + ":" + strconv.Itoa(p.Column)
}

// byte classes of the scanner; 0 is a byte that is part of a field.
const (
	cText  = iota
	cComma // the separator, when it is ASCII
	cQuote
	cLF
	cCR
	cNUL
	cHigh // the first byte of a multi-byte sequence, or an invalid byte
)

// states of the scanner
const (
	stBegin    = iota // before a record: empty lines are skipped
	stField           // at the start of a field
	stUnquoted        // in an unquoted field
	stQuoted          // in a quoted field
	stAfter           // after the closing quote of a quoted field
)

// span is a field's text in the buffer: buf[start:end], which holds ""
// pairs or CRLF to be unescaped when esc is set.
type span struct {
	start, end int
	esc        bool
}

// A Reader reads records from CSV text: strict RFC 4180 quoting, any
// line end, UTF-8 or UTF-16, a bounded record size and a position for
// every record and field. See the package documentation for the rules.
//
// A Reader is not safe for concurrent use.
type Reader struct {
	opt       Options
	raw, src  io.Reader // the input, and the UTF-8 text read from it
	started   bool
	enc       string
	utf16     bool
	comma     rune
	maxRecord int
	maxFields int
	maxBuf    int
	unq, quo  [256]uint8 // byte classes outside and inside quotes

	buf       []byte
	r, w      int   // buf[r:w] is read but not yet scanned
	base      int64 // the offset of buf[0]
	line      int   // the line of buf[r]
	lineStart int64 // the offset of the start of that line
	eof       bool  // src is at its end
	rerr      error // src failed
	fatal     error // an error that stops reading, not yet returned
	stopped   bool  // a stopping error was returned: io.EOF from now on

	noFast bool // tests: read every record the slow way
	want   int
	spans  []span
	fields [][]byte
	// The positions of the fields: pos, or, for a record on one line that
	// the fast path read, rec and the offsets of the fields from it.
	pos     []Pos
	oneLine bool
	text    []byte // the record, when the fast path read it with no "" pairs (see Text)
	rec     Pos
	starts  []int
	end     Pos // the end of the record
	peeked  int // the length of the line PeekLine returned, with its line end; 0: none
}

// NewReader returns a Reader of r with the options opt. Nothing is read
// until the first call of Read, Comma or Encoding, which reads the first
// 512 bytes (or all, if fewer) to tell the encoding, and, when the
// separator is to be detected, on to the end of the header line.
func NewReader(r io.Reader, opt Options) *Reader {
	return &Reader{opt: opt, raw: r}
}

// Comma returns the separator: Options.Comma, or the one detected from
// the header line. Called before Read, it reads the start of the input.
func (r *Reader) Comma() rune {
	if !r.started {
		r.start()
	}
	return r.comma
}

// Encoding returns the encoding of the input: "UTF-8" (with or without a
// byte order mark), "UTF-16LE" or "UTF-16BE" (with a byte order mark or
// told by the pattern of NUL bytes at its start); "" if the Options are
// invalid. Called before Read, it reads the start of the input.
func (r *Reader) Encoding() string {
	if !r.started {
		r.start()
	}
	return r.enc
}

// SetFieldCount makes every record read after it an ErrFieldCount error
// unless it has n fields; zero or less accepts any number (the default).
// A reader calls it with the number of header fields once it has read the
// header, so that a row with more or fewer cells than the header is an
// error at its position: at the first field too many, or for a short row
// at the end of the record, where the missing field would start.
func (r *Reader) SetFieldCount(n int) { r.want = n }

// FieldPos returns the position of the start of field i of the record
// the last Read returned: the opening quote of a quoted field. For i
// outside the fields (or after an error) it returns the position just
// after the record's last byte, where a missing field would go.
func (r *Reader) FieldPos(i int) Pos {
	if i >= 0 && i < len(r.fields) {
		if r.oneLine {
			d := r.starts[i]
			return Pos{Line: r.rec.Line, Column: r.rec.Column + d, Offset: r.rec.Offset + int64(d)}
		}
		return r.pos[i]
	}
	return r.end
}

// Starts returns the positions of the record the last Read returned in
// a compact form, for a caller that keeps them: the record's start and
// end, and, for a record on one line, the offset of each field's start
// from the record's start appended to dst (FieldPos(i) is the start
// moved by that many bytes and columns). For another record (over several
// lines, or read the slow way) oneLine is false, start is FieldPos(0), and
// dst is returned as it is.
func (r *Reader) Starts(dst []int32) (start, end Pos, offsets []int32, oneLine bool) {
	if !r.oneLine || len(r.starts) != len(r.fields) {
		return r.FieldPos(0), r.end, dst, false
	}
	for _, d := range r.starts {
		dst = append(dst, int32(d))
	}
	return r.rec, r.end, dst, true
}

// PeekLine returns the next line of the input without its line end (LF
// or CRLF), when the line is whole in the bytes read so far, not empty,
// and no longer than max bytes (nor than the longest record); it looks at
// max+2 bytes at most. When the bytes read so far end within the line,
// it moves them to the start of its buffer and reads the input once, as
// Read would (the fields the last Read returned are then no longer
// valid), so that a line at the end of a buffer is peeked as any other.
// The line is a record of Read's only if the caller makes sure of it: a
// caller that knows the shape of a record (such as a line equal but for a
// plain cell to one Read returned) takes it with TakeLine instead of
// reading it; otherwise the next Read reads it. The line is valid until
// the next call of Read or TakeLine's caller reads again.
func (r *Reader) PeekLine(max int) ([]byte, bool) {
	r.peeked = 0
	if !r.started || r.stopped || r.fatal != nil {
		return nil, false
	}
	max = min(max, r.maxRecord)
	b := r.buf[r.r:r.w]
	b = b[:min(len(b), max+2)]
	n := bytes.IndexByte(b, '\n')
	if n < 0 && r.r > 0 && len(b) < max+2 && !r.eof && r.rerr == nil {
		r.r -= r.fill(r.r) // to 0: the bytes from r.r moved there
		b = r.buf[r.r:r.w]
		b = b[:min(len(b), max+2)]
		n = bytes.IndexByte(b, '\n')
	}
	if n < 0 {
		return nil, false
	}
	line := b[:n]
	if n > 0 && line[n-1] == '\r' {
		line = line[:n-1]
	}
	if len(line) == 0 || len(line) > max {
		return nil, false
	}
	r.peeked = n + 1
	return line, true
}

// TakeLine takes the line PeekLine returned last as a record the caller
// read, and returns the position of its start; Read goes on with the
// next line. After it, FieldPos, Starts and Text do not describe the
// line: the caller knows its fields. It returns false, taking nothing,
// when there is no such line (a Read since, or PeekLine found none).
func (r *Reader) TakeLine() (Pos, bool) {
	if r.peeked == 0 {
		return Pos{}, false
	}
	off := r.base + int64(r.r)
	p := Pos{Line: r.line, Column: int(off-r.lineStart) + 1, Offset: off}
	r.r += r.peeked
	r.peeked = 0
	r.line++
	r.lineStart = r.base + int64(r.r)
	r.fields, r.oneLine, r.text, r.rec, r.end = r.fields[:0], false, nil, p, p
	return p, true
}

// Text returns the text of the record the last Read returned, from its
// first byte to its last (the line end left out), and appends to offsets
// the offset in it of each field's text (after the opening quote of a
// quoted field): field i is text[offsets[i]:offsets[i]+len(field i)]. It
// reports false, and returns nothing, when the fields are not all slices
// of one run of text in that way (a record over several lines, or with
// "" pairs unescaped). The text is valid until the next call of Read.
//
// It lets a caller that keeps a record copy it whole at once.
func (r *Reader) Text(offsets []int) ([]byte, []int, bool) {
	if !r.oneLine || r.text == nil || len(r.starts) != len(r.fields) {
		return nil, offsets, false
	}
	for _, d := range r.starts {
		if d < len(r.text) && r.text[d] == '"' {
			d++
		}
		offsets = append(offsets, d)
	}
	return r.text, offsets, true
}

// Read returns the fields of the next record and its position (that of
// its first byte). The fields are slices of the Reader's buffer, valid
// until the next call of Read: copy what is kept. They are never trimmed
// and never nil for a record; an empty line is no record and is skipped.
// In steady state Read allocates nothing.
//
// At the end of the input Read returns io.EOF. A record with a problem is
// returned as an *Error (wrapping ErrQuote, ErrEncoding, ErrTooManyFields
// or ErrFieldCount) with no fields; the record is consumed, and the next
// Read goes on with the next one, so that every record of the input is
// either returned or reported. An ErrTooLong error, a failure of the
// underlying reader, and invalid Options stop reading: Read returns that
// error once and io.EOF from then on, so that a loop that reports errors
// and goes on still ends.
func (r *Reader) Read() (fields [][]byte, pos Pos, err error) {
	r.peeked = 0
	if !r.started {
		r.start()
	}
	if r.stopped {
		return nil, Pos{}, io.EOF
	}
	if r.fatal != nil {
		r.stopped = true
		return nil, Pos{}, r.fatal
	}
	return r.record()
}

// start detects the encoding and the separator and sets up the scanner.
func (r *Reader) start() {
	r.started = true
	r.line = 1
	r.comma = r.opt.Comma
	r.maxRecord = r.opt.MaxRecord
	if r.maxRecord <= 0 {
		r.maxRecord = DefaultMaxRecord
	}
	r.maxFields = r.opt.MaxFields
	if r.maxFields <= 0 {
		r.maxFields = DefaultMaxFields
	}
	r.maxBuf = r.maxRecord + slack
	if r.maxBuf < r.maxRecord {
		r.maxBuf = math.MaxInt
	}
	if c := r.opt.Comma; c != 0 && !validComma(c) {
		r.fatal = fmt.Errorf("input: invalid separator %q in Options.Comma", c)
		return
	}
	r.src = r.raw
	r.buf = make([]byte, min(bufSize, r.maxBuf))
	r.detectEncoding()
	if r.comma == 0 {
		r.detectComma()
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		r.unq[c], r.quo[c] = cHigh, cHigh
	}
	for _, t := range []*[256]uint8{&r.unq, &r.quo} {
		t['"'], t['\n'], t['\r'], t[0] = cQuote, cLF, cCR, cNUL
	}
	if r.comma < utf8.RuneSelf {
		r.unq[r.comma] = cComma
	}
}

// validComma reports whether c can separate fields.
func validComma(c rune) bool {
	return c != '"' && c != '\r' && c != '\n' && c != 0 && c != utf8.RuneError && utf8.ValidRune(c)
}

// read reads once more into the free part of the buffer.
func (r *Reader) read() {
	for range maxEmptyReads {
		n, err := r.src.Read(r.buf[r.w:])
		if n < 0 || n > len(r.buf)-r.w {
			r.rerr = errInvalidCount
			return
		}
		r.w += n
		if err != nil {
			if err == io.EOF {
				r.eof = true
			} else {
				r.rerr = err
			}
			return
		}
		if n > 0 {
			return
		}
	}
	r.rerr = io.ErrNoProgress
}

// errInvalidCount is the failure of a source whose Read reports a count
// of bytes outside the buffer it was given.
var errInvalidCount = errors.New("input: the underlying reader returned an invalid count")

// fill moves the record being scanned, which starts at buf[from], to the
// start of the buffer, grows the buffer if the record fills it, and reads
// more. It returns how far the bytes moved.
func (r *Reader) fill(from int) int {
	if from > 0 {
		r.w = copy(r.buf, r.buf[from:r.w])
		r.base += int64(from)
	}
	if r.w == len(r.buf) && len(r.buf) < r.maxBuf {
		// Grow by four, and to the limit when that is less than twice
		// as far, so that a record of MaxRecord bytes costs about 1⅓
		// MaxRecord of buffers in all.
		n := 4 * int64(len(r.buf))
		if 2*n > int64(r.maxBuf) {
			n = int64(r.maxBuf)
		}
		b := make([]byte, int(n))
		copy(b, r.buf[:r.w])
		r.buf = b
	}
	r.read()
	return from
}

// record scans the next record.
func (r *Reader) record() ([][]byte, Pos, error) {
	if r.comma < utf8.RuneSelf && !r.noFast {
		if fields, pos, ok := r.fast(); ok {
			return fields, pos, nil
		}
	}
	r.fields, r.oneLine, r.text = r.fields[:0], false, nil
	var (
		b         = r.buf[:r.w]
		spans     = r.spans[:0]
		pos       = r.pos[:0]
		i, rs     = r.r, r.r // scan position, record start
		state     = stBegin
		fs, fe    int  // start and end of the current field's text
		esc       bool // the current quoted field has "" or CRLF
		line      = r.line
		lineStart = r.lineStart
		quote     Pos // the opening quote of the current quoted field
		bad       error
		badPos    Pos
		tooMany   bool
		lineEnd   int // bytes of the line end after the record
		unq, quo  = &r.unq, &r.quo
	)
scan:
	for {
		switch state {
		case stBegin:
			if i == len(b) {
				if r.eof {
					r.r, r.line, r.lineStart = i, line, lineStart
					return nil, Pos{}, io.EOF
				}
				goto more
			}
			switch b[i] {
			case '\n':
				i++
			case '\r':
				if i+1 == len(b) && !r.eof {
					goto more
				}
				i++
				if i < len(b) && b[i] == '\n' {
					i++
				}
			default:
				state = stField
				continue
			}
			line++
			lineStart = r.base + int64(i)
			rs = i

		case stField:
			if i == len(b) && !r.eof {
				goto more
			}
			p := Pos{Line: line, Column: int(r.base+int64(i)-lineStart) + 1, Offset: r.base + int64(i)}
			if len(pos) < r.maxFields {
				pos = append(pos, p)
			} else {
				tooMany = true
			}
			if i < len(b) && b[i] == '"' {
				quote, fs, esc = p, i+1, false
				i++
				state = stQuoted
			} else {
				fs = i
				state = stUnquoted
			}

		case stUnquoted:
			for i < len(b) && unq[b[i]] == cText {
				i++
			}
			if i == len(b) {
				if !r.eof {
					goto more
				}
				spans = r.addField(spans, fs, i, false)
				break scan
			}
			switch unq[b[i]] {
			case cComma:
				spans = r.addField(spans, fs, i, false)
				i++
				state = stField
			case cLF:
				spans = r.addField(spans, fs, i, false)
				lineEnd = 1
				break scan
			case cCR:
				if i+1 == len(b) && !r.eof {
					goto more
				}
				spans = r.addField(spans, fs, i, false)
				lineEnd = crlf(b, i)
				break scan
			case cQuote:
				if bad == nil {
					bad, badPos = errBareQuote, r.at(i, line, lineStart)
				}
				i++
			case cNUL:
				if bad == nil {
					bad, badPos = errNUL, r.at(i, line, lineStart)
				}
				i++
			default:
				c, n := r.decode(b, i)
				if n == 0 {
					goto more
				}
				if c == r.comma {
					spans = r.addField(spans, fs, i, false)
					i += n
					state = stField
					continue
				}
				if e := r.checkRune(c, n); e != nil && bad == nil {
					bad, badPos = e, r.at(i, line, lineStart)
				}
				i += n
			}

		case stQuoted:
			for i < len(b) && quo[b[i]] == cText {
				i++
			}
			if i == len(b) {
				if !r.eof {
					goto more
				}
				// The end of the input closes the quote: the error is at
				// the opening quote, and says how far the field ran.
				last := line
				if r.base+int64(i) == lineStart && last > quote.Line {
					last--
				}
				bad, badPos = &unclosedError{last: last}, quote
				break scan
			}
			switch quo[b[i]] {
			case cQuote:
				if i+1 == len(b) && !r.eof {
					goto more
				}
				if i+1 < len(b) && b[i+1] == '"' {
					esc = true
					i += 2
					continue
				}
				fe = i
				i++
				state = stAfter
			case cLF:
				i++
				line++
				lineStart = r.base + int64(i)
			case cCR:
				if i+1 == len(b) && !r.eof {
					goto more
				}
				if n := crlf(b, i); n == 2 {
					esc = true
					i += 2
				} else {
					i++
				}
				line++
				lineStart = r.base + int64(i)
			case cNUL:
				if bad == nil {
					bad, badPos = errNUL, r.at(i, line, lineStart)
				}
				i++
			default:
				c, n := r.decode(b, i)
				if n == 0 {
					goto more
				}
				if e := r.checkRune(c, n); e != nil && bad == nil {
					bad, badPos = e, r.at(i, line, lineStart)
				}
				i += n
			}

		case stAfter:
			if i == len(b) {
				if !r.eof {
					goto more
				}
				spans = r.addField(spans, fs, fe, esc)
				break scan
			}
			switch unq[b[i]] {
			case cComma:
				spans = r.addField(spans, fs, fe, esc)
				i++
				state = stField
				continue
			case cLF:
				spans = r.addField(spans, fs, fe, esc)
				lineEnd = 1
				break scan
			case cCR:
				if i+1 == len(b) && !r.eof {
					goto more
				}
				spans = r.addField(spans, fs, fe, esc)
				lineEnd = crlf(b, i)
				break scan
			case cHigh:
				if r.comma >= utf8.RuneSelf {
					c, n := r.decode(b, i)
					if n == 0 {
						goto more
					}
					if c == r.comma {
						spans = r.addField(spans, fs, fe, esc)
						i += n
						state = stField
						continue
					}
				}
			}
			// Text after the closing quote: the rest of the field is
			// read as unquoted text, so that the record ends where
			// its line ends.
			if bad == nil {
				bad, badPos = errAfterQuote, r.at(i, line, lineStart)
			}
			fs = i
			state = stUnquoted
		}
		continue

	more:
		// The record goes on past the bytes read: check its length,
		// then move it to the front of the buffer and read more.
		r.spans, r.pos = spans, pos
		if i-rs > r.maxRecord {
			return r.stop(&Error{File: r.opt.File, Line: pos[0].Line, Column: pos[0].Column, Offset: pos[0].Offset,
				Err: &tooLongError{max: r.maxRecord, quote: openQuote(state, quote)}})
		}
		if r.rerr != nil {
			return r.stop(r.rerr)
		}
		shift := r.fill(rs)
		b = r.buf[:r.w]
		i, rs, fs, fe = i-shift, rs-shift, fs-shift, fe-shift
		for k := range spans {
			spans[k].start -= shift
			spans[k].end -= shift
		}
	}

	// The record is buf[rs:i], and a line end of lineEnd bytes follows.
	r.spans, r.pos = spans, pos
	r.end = r.at(i, line, lineStart)
	recPos := pos[0]
	if i-rs > r.maxRecord {
		return r.stop(&Error{File: r.opt.File, Line: recPos.Line, Column: recPos.Column, Offset: recPos.Offset,
			Err: &tooLongError{max: r.maxRecord, quote: openQuote(state, quote)}})
	}
	i += lineEnd
	if lineEnd > 0 {
		line++
		lineStart = r.base + int64(i)
	}
	r.r, r.line, r.lineStart = i, line, lineStart
	if bad != nil {
		return nil, recPos, &Error{File: r.opt.File, Line: badPos.Line, Column: badPos.Column, Offset: badPos.Offset, Err: bad}
	}
	if tooMany {
		return nil, recPos, &Error{File: r.opt.File, Line: recPos.Line, Column: recPos.Column, Offset: recPos.Offset,
			Err: &tooManyError{max: r.maxFields}}
	}
	fields := r.fields[:0]
	for _, s := range spans {
		if s.esc {
			s.end = s.start + unescape(b[s.start:s.end])
		}
		fields = append(fields, b[s.start:s.end:s.end])
	}
	r.fields = fields
	if r.want > 0 && len(r.fields) != r.want {
		p := r.end
		if len(r.fields) > r.want {
			p = r.pos[r.want]
		}
		got := len(r.fields)
		r.fields = r.fields[:0]
		return nil, recPos, &Error{File: r.opt.File, Line: p.Line, Column: p.Column, Offset: p.Offset,
			Err: &countError{got: got, want: r.want}}
	}
	return r.fields, recPos, nil
}

// addField adds a field of the text buf[start:end] to spans, unless the
// record has too many already.
func (r *Reader) addField(spans []span, start, end int, esc bool) []span {
	if len(spans) < r.maxFields {
		spans = append(spans, span{start, end, esc})
	}
	return spans
}

// at returns the position of buf[i] on the line that starts at offset
// lineStart.
func (r *Reader) at(i, line int, lineStart int64) Pos {
	off := r.base + int64(i)
	return Pos{Line: line, Column: int(off-lineStart) + 1, Offset: off}
}

// stop ends reading with err.
func (r *Reader) stop(err error) ([][]byte, Pos, error) {
	r.stopped = true
	r.fields, r.end = r.fields[:0], Pos{}
	var p Pos
	if len(r.pos) > 0 {
		p = r.pos[0]
	}
	return nil, p, err
}

// decode returns the rune at b[i] and its size, or a size of 0 when the
// bytes read so far end in the middle of it and more may follow.
func (r *Reader) decode(b []byte, i int) (rune, int) {
	if !r.eof && !utf8.FullRune(b[i:]) {
		return 0, 0
	}
	return utf8.DecodeRune(b[i:])
}

// checkRune returns the problem of a rune decoded from the text, if any.
func (r *Reader) checkRune(c rune, n int) error {
	if c != utf8.RuneError {
		return nil
	}
	if n == 1 {
		return errUTF8
	}
	if r.utf16 {
		return errUTF16 // what x/text decodes invalid UTF-16 to
	}
	return nil // U+FFFD written in UTF-8 is valid text
}

// openQuote returns the position of the quote of a quoted field still
// open in state, or the zero Pos.
func openQuote(state int, quote Pos) Pos {
	if state == stQuoted {
		return quote
	}
	return Pos{}
}

// crlf returns the length of the line end at b[i], a CR: 2 for CRLF, 1
// for CR alone.
func crlf(b []byte, i int) int {
	if i+1 < len(b) && b[i+1] == '\n' {
		return 2
	}
	return 1
}

// unescape turns the "" pairs of a quoted field's text into one quote and
// its CRLF into LF, in place, and returns the new length.
func unescape(b []byte) int {
	k := bytes.IndexAny(b, "\"\r")
	if k < 0 {
		return len(b)
	}
	j := k
	for ; k < len(b); k++ {
		c := b[k]
		switch {
		case c == '"':
			k++ // the second of the pair
		case c == '\r' && k+1 < len(b) && b[k+1] == '\n':
			continue
		}
		b[j] = c
		j++
	}
	return j
}
