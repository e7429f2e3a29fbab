package trade

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kerjasama/kerjasama/internal/input"
)

// A Document is the JSON form of a trade file: records, or balances as published
// (net-only balances such as Kalimantan Tengah's surplus), with what they are about.
//
// ReadJSON reads it and WriteJSON writes it; records and balances are in the
// form of Record.MarshalJSON and Balance.MarshalJSON.
type Document struct {
	// Note says what the file holds and where its figures come from.
	Note string `json:"note,omitempty"`
	// Subject names the series: "PLBN Entikong".
	Subject string `json:"subject,omitempty"`
	// Reporter is the default Reporter of records and balances that have
	// none (a region.Lookup code: "62" for Kalimantan Tengah).
	Reporter string `json:"reporter,omitempty"`
	// Post is the default Post of records that have none.
	Post string `json:"post,omitempty"`
	// Records are the trade figures.
	Records []Record `json:"records,omitempty"`
	// Balances are balances as published, such as the net-only surpluses
	// made by PublishedNet.
	Balances []Balance `json:"balances,omitempty"`
}

// MaxJSONSize is the largest input ReadJSON reads, 64 MiB: a larger one is
// refused with an error wrapping ErrRange, after reading no more than one
// byte past the limit.
const MaxJSONSize = 64 << 20

// maxJSONSize is MaxJSONSize, lowered by tests.
var maxJSONSize = MaxJSONSize

// maxProblems is how many problems ReadJSON lists; it counts the others in
// one last error, so that the errors of a large bad file stay bounded.
const maxProblems = 1000

// The keys of the JSON objects ReadJSON reads, from the struct tags, in
// the order of the fields.
var (
	documentKeys = jsonKeys(reflect.TypeFor[Document]())
	recordKeys   = jsonKeys(reflect.TypeFor[Record]())
	balanceKeys  = jsonKeys(reflect.TypeFor[Balance]())
)

// jsonKeys returns the JSON keys of the fields of the struct type t.
func jsonKeys(t reflect.Type) []string {
	var keys []string
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if !f.IsExported() || name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		keys = append(keys, name)
	}
	return keys
}

// ReadJSON reads a Document: a JSON object with the keys above, or a bare JSON
// array of records. The keys are "note", "subject", "reporter" and "post"
// (strings) and "records" and "balances" (arrays of objects in the form of
// Record.MarshalJSON and Balance.MarshalJSON); each may appear once. Keys
// are matched exactly, at the top and inside records and balances: an
// unknown key is an error, not ignored, so that a misspelt "pots" does not
// silently move a record to another series. A key with the value null
// inside a record or balance is the same as an absent key. A UTF-8 byte
// order mark is skipped; text that is not UTF-8 is refused.
//
// Defaults. The records that name no reporter take the document's
// Reporter, those that name no post its Post, and the balances that name
// no reporter its Reporter, so every record and balance ReadJSON returns
// carries them itself, and a Document ReadJSON returns writes with
// WriteJSON and reads back equal. A list that is empty reads as nil.
//
// Errors. Each problem is one *RowError with the line and the 1-based
// byte column where it is:
//   - a record or balance that cannot be read (a JSON value of the wrong
//     type, a label or an amount that does not parse) or that fails
//     Record.Validate or Balance.Validate is reported where it starts, with
//     the key of the value at fault in Header and its text in Text when one
//     value is at fault;
//   - an unknown or repeated key is reported where the key is, with the
//     key in Header;
//   - a top-level value of the wrong type is reported where it starts.
//
// Reading goes on after those, so one call lists every bad record. A JSON
// syntax error ends reading; it is reported where it is, and a file that
// ends too soon at its last byte. Syntax errors, values of the wrong type
// and unknown keys wrap ErrSyntax. After 1,000 problems the others are only
// counted, in one last error. All are joined with errors.Join, and the
// Document is nil when there is any problem.
//
// ReadJSON reads at most MaxJSONSize bytes: a larger input is an error
// wrapping ErrRange. An error reading r is returned as it is. ReadJSON
// never panics.
func ReadJSON(r io.Reader) (*Document, error) {
	data, over, err := input.ReadAll(r, int64(maxJSONSize))
	if err != nil {
		return nil, err
	}
	rd := &jsonReader{data: data, pos: input.NewLines(data)}
	if over.Line > 0 {
		rd.problems = append(rd.problems, &RowError{Line: over.Line, Column: over.Column, Err: &readError{"larger than " + sizeText(maxJSONSize), ErrRange}})
		return nil, rd.err()
	}
	input.BlankBOM(data)
	if !utf8.Valid(data) {
		off := invalidUTF8(data)
		rd.problem(off, "", "", &readError{fmt.Sprintf("not UTF-8 text (byte %#02x)", data[off]), ErrSyntax})
		return nil, rd.err()
	}
	doc := rd.document()
	if err := rd.err(); err != nil {
		return nil, err
	}
	doc.fillDefaults()
	return doc, nil
}

// fillDefaults gives the records and balances that have no reporter or
// post those of the document.
func (d *Document) fillDefaults() {
	for i := range d.Records {
		r := &d.Records[i]
		if r.Reporter == "" {
			r.Reporter = d.Reporter
		}
		if r.Post == "" {
			r.Post = d.Post
		}
	}
	for i := range d.Balances {
		if d.Balances[i].Reporter == "" {
			d.Balances[i].Reporter = d.Reporter
		}
	}
}

// sizeText returns n bytes as "64 MiB" when that is exact, else "1000 bytes".
func sizeText(n int) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return strconv.Itoa(n>>20) + " MiB"
	}
	return strconv.Itoa(n) + " bytes"
}

// invalidUTF8 returns the offset of the first byte of data that does not
// start a valid UTF-8 sequence.
func invalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return 0
}

// A readError is a problem of a JSON document: its message, and the
// sentinel error it wraps for errors.Is.
type readError struct {
	msg  string
	kind error
}

func (e *readError) Error() string { return e.msg }
func (e *readError) Unwrap() error { return e.kind }

func syntaxError(format string, args ...any) error {
	return &readError{fmt.Sprintf(format, args...), ErrSyntax}
}

// jsonReader reads one Document from data, collecting problems.
type jsonReader struct {
	data     []byte
	dec      *json.Decoder
	pos      *input.Lines
	problems []error
	more     int // problems beyond maxProblems, counted only
}

// problem records err at offset off of the data.
func (r *jsonReader) problem(off int, header, text string, err error) {
	if len(r.problems) >= maxProblems {
		r.more++
		return
	}
	line, col := r.pos.At(int64(off))
	r.problems = append(r.problems, &RowError{Line: line, Column: col, Field: header, Text: input.CellText(text), Err: err})
}

// err returns the problems joined, or nil.
func (r *jsonReader) err() error {
	if r.more > 0 {
		return errors.Join(append(r.problems, fmt.Errorf("%d more problems not listed", r.more))...)
	}
	return errors.Join(r.problems...)
}

// fatal records an error of the decoder, which cannot go on after it: a
// syntax error where it is, the end of a file that ends too soon at its
// last byte.
func (r *jsonReader) fatal(err error) {
	eof := errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF)
	// The offsets of a Decoder's syntax errors are not always those of
	// the bad byte; a scan of the whole text finds the first error exactly.
	var se *json.SyntaxError
	if verr := json.Unmarshal(r.data, new(struct{})); errors.As(verr, &se) {
		err = se
		eof = se.Offset >= int64(len(r.data)) && strings.HasPrefix(se.Error(), "unexpected end")
	}
	last := max(len(r.data)-1, 0)
	switch {
	case eof && skipWhite(r.data, 0) == len(r.data):
		r.problem(0, "", "", syntaxError("empty file"))
	case eof:
		r.problem(last, "", "", syntaxError("unexpected end of file"))
	case errors.As(err, &se):
		// Offset counts the bytes read, the bad one included.
		r.problem(int(min(max(se.Offset-1, 0), int64(last))), "", "", syntaxError("%s", se.Error()))
	default:
		r.problem(int(min(max(r.dec.InputOffset(), 0), int64(last))), "", "", err)
	}
}

// document reads the top-level value.
func (r *jsonReader) document() *Document {
	doc := &Document{}
	r.dec = json.NewDecoder(bytes.NewReader(r.data))
	start := skipWhite(r.data, 0)
	tok, err := r.dec.Token()
	if err != nil {
		r.fatal(err)
		return doc
	}
	switch tok {
	case json.Delim('['):
		if !readElements(r, "record", recordKeys, &doc.Records) {
			return doc
		}
	case json.Delim('{'):
		if !r.object(doc) {
			return doc
		}
	default:
		r.problem(start, "", "", syntaxError("a trade file must be a JSON object with records or balances, or a JSON array of records, not %s", kindOf(r.data[start:])))
		return doc
	}
	if end := skipWhite(r.data, int(r.dec.InputOffset())); end < len(r.data) {
		r.problem(end, "", "", syntaxError("data after the end of the document"))
	}
	return doc
}

// object reads the members of the top-level object, whose '{' has been
// read, and its '}'. It reports false after a fatal error.
func (r *jsonReader) object(doc *Document) bool {
	var seen uint64
	for r.dec.More() {
		keyOff := nextValue(r.data, int(r.dec.InputOffset()))
		tok, err := r.dec.Token()
		if err != nil {
			r.fatal(err)
			return false
		}
		key, _ := tok.(string)
		i := keyIndex(documentKeys, key)
		valOff := nextValue(r.data, int(r.dec.InputOffset()))
		switch {
		case i < 0:
			r.problem(keyOff, key, "", syntaxError("unknown key (want %s)", orList(documentKeys)))
		case seen&(1<<i) != 0:
			r.problem(keyOff, key, "", syntaxError("key given twice"))
		}
		if i >= 0 {
			seen |= 1 << i
		}
		switch {
		case (key == "records" || key == "balances") && valOff < len(r.data) && r.data[valOff] == '[':
			if _, err := r.dec.Token(); err != nil {
				r.fatal(err)
				return false
			}
			var ok bool
			if key == "records" {
				ok = readElements(r, "record", recordKeys, &doc.Records)
			} else {
				ok = readElements(r, "balance", balanceKeys, &doc.Balances)
			}
			if !ok {
				return false
			}
		default:
			raw, _, ok := r.value()
			if !ok {
				return false
			}
			if i < 0 {
				continue
			}
			if key == "records" || key == "balances" {
				r.problem(valOff, key, valueText(raw), syntaxError("%q must be a JSON array, not %s", key, kindOf(raw)))
				continue
			}
			var s string
			if len(raw) == 0 || raw[0] != '"' || json.Unmarshal(raw, &s) != nil {
				r.problem(valOff, key, valueText(raw), syntaxError("%q must be a JSON string, not %s", key, kindOf(raw)))
				continue
			}
			switch key {
			case "note":
				doc.Note = s
			case "subject":
				doc.Subject = s
			case "reporter":
				doc.Reporter = s
			case "post":
				doc.Post = s
			}
		}
	}
	if _, err := r.dec.Token(); err != nil { // '}'
		r.fatal(err)
		return false
	}
	return true
}

// rawValue skips one JSON value without decoding it.
type rawValue struct{}

func (*rawValue) UnmarshalJSON([]byte) error { return nil }

// value reads the next JSON value and returns its text, a slice of the
// data, and its offset; ok is false after a fatal error.
func (r *jsonReader) value() (raw []byte, start int, ok bool) {
	start = nextValue(r.data, int(r.dec.InputOffset()))
	if err := r.dec.Decode(new(rawValue)); err != nil {
		r.fatal(err)
		return nil, start, false
	}
	end := int(r.dec.InputOffset())
	if start > end || end > len(r.data) {
		return nil, start, true
	}
	return r.data[start:end], start, true
}

// An element is a record or a balance, read through its pointer.
type element[T any] interface {
	*T
	UnmarshalJSON([]byte) error
	Validate() error
}

// readElements reads the elements of the array whose '[' has been read, and
// its ']', appending the good ones to dst and reporting the others. It
// reports false after a fatal error.
func readElements[T any, P element[T]](r *jsonReader, what string, keys []string, dst *[]T) bool {
	var ms []member
	var probe []byte
	for r.dec.More() {
		raw, start, ok := r.value()
		if !ok {
			return false
		}
		ms, ok = members(raw, ms[:0])
		if !ok {
			r.problem(start, "", valueText(raw), syntaxError("a %s must be a JSON object, not %s", what, kindOf(raw)))
			continue
		}
		// Decode in place: the slot is dropped again if the element is bad.
		var zero T
		*dst = append(*dst, zero)
		v := P(&(*dst)[len(*dst)-1])
		bad := false
		if err := v.UnmarshalJSON(raw); err != nil {
			bad = true
			// Find the values at fault: each alone in an object.
			found := false
			for _, m := range ms {
				if m.index(keys) < 0 {
					continue
				}
				probe = append(append(append(append(probe[:0], '{'), m.rawKey...), ':'), m.value...)
				probe = append(probe, '}')
				var one T
				if err := P(&one).UnmarshalJSON(probe); err != nil {
					r.problem(start, m.key(), valueText(m.value), elementError(err))
					found = true
				}
			}
			if !found {
				r.problem(start, "", "", elementError(err))
			}
		} else if err := v.Validate(); err != nil {
			bad = true
			for _, e := range unjoin(err) {
				r.problem(start, "", "", e)
			}
		}
		var seen uint64
		for _, m := range ms {
			i := m.index(keys)
			switch {
			case i < 0:
				r.problem(start+m.off, m.key(), valueText(m.value), syntaxError("unknown key in a %s (want %s)", what, orList(keys)))
				bad = true
				continue
			case seen&(1<<i) != 0:
				r.problem(start+m.off, m.key(), valueText(m.value), syntaxError("key given twice"))
				bad = true
			}
			seen |= 1 << i
		}
		if bad {
			*dst = (*dst)[:len(*dst)-1]
		}
	}
	if _, err := r.dec.Token(); err != nil { // ']'
		r.fatal(err)
		return false
	}
	return true
}

// elementError turns an error of encoding/json into a message without the
// names of Go types.
func elementError(err error) error {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return syntaxError("a JSON %s cannot be read here", te.Value)
	}
	return err
}

// unjoin returns the errors joined in err, or err alone.
func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// valueText returns the text of a JSON value for RowError.Text: a string
// without its quotes, anything else as written, shortened.
func valueText(raw []byte) string {
	if len(raw) > 0 && raw[0] == '"' {
		var s string
		if json.Unmarshal(raw, &s) == nil {
			return clip(s)
		}
	}
	return clip(string(raw))
}

// kindOf names the kind of the JSON value that raw starts with.
func kindOf(raw []byte) string {
	if len(raw) == 0 {
		return "nothing"
	}
	switch raw[0] {
	case '{':
		return "an object"
	case '[':
		return "an array"
	case '"':
		return "a string"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	}
	return "a number"
}

// keyIndex returns the index of key in keys, or -1.
func keyIndex(keys []string, key string) int {
	for i, k := range keys {
		if k == key {
			return i
		}
	}
	return -1
}

// orList returns "a, b or c".
func orList(keys []string) string {
	if len(keys) < 2 {
		return strings.Join(keys, "")
	}
	return strings.Join(keys[:len(keys)-1], ", ") + " or " + keys[len(keys)-1]
}

// nextValue returns the offset of the first byte at or after off that is
// neither JSON white space nor a ',' or ':' between values: where the next
// JSON value or key starts.
func nextValue(data []byte, off int) int {
	for off < len(data) {
		switch data[off] {
		case ' ', '\t', '\r', '\n', ',', ':':
			off++
			continue
		}
		break
	}
	return off
}

// A member is one key and value of a JSON object.
type member struct {
	rawKey []byte // the key as written, quotes included
	off    int    // offset of the key in the object's text
	value  []byte // the value as written
}

// key returns the key of m, unescaped.
func (m member) key() string { return keyText(m.rawKey) }

// index returns the index of the key of m in keys, or -1, without
// allocating when the key has no escapes.
func (m member) index(keys []string) int {
	q := m.rawKey
	if len(q) < 2 || bytes.IndexByte(q, '\\') >= 0 {
		return keyIndex(keys, m.key())
	}
	for i, k := range keys {
		if string(q[1:len(q)-1]) == k {
			return i
		}
	}
	return -1
}

// members appends the members of the JSON object raw to dst; ok is false
// when raw is not an object. raw must be valid JSON, as a Decoder returns
// it; members does not panic on other input but its result is then
// meaningless.
func members(raw []byte, dst []member) ([]member, bool) {
	i := skipWhite(raw, 0)
	if i >= len(raw) || raw[i] != '{' {
		return dst, false
	}
	i++
	for {
		i = skipWhite(raw, i)
		if i >= len(raw) || raw[i] == '}' || raw[i] != '"' {
			return dst, true
		}
		kEnd := stringEnd(raw, i)
		m := member{rawKey: raw[i:kEnd], off: i}
		i = skipWhite(raw, kEnd)
		if i < len(raw) && raw[i] == ':' {
			i++
		}
		i = skipWhite(raw, i)
		vEnd := valueEnd(raw, i)
		m.value = raw[i:vEnd]
		dst = append(dst, m)
		i = skipWhite(raw, vEnd)
		if i < len(raw) && raw[i] == ',' {
			i++
		}
	}
}

// keyText returns the text of the JSON string q (quotes included).
func keyText(q []byte) string {
	if len(q) >= 2 && bytes.IndexByte(q, '\\') < 0 && utf8.Valid(q) {
		return string(q[1 : len(q)-1])
	}
	var s string
	if json.Unmarshal(q, &s) != nil {
		return string(q)
	}
	return s
}

func skipWhite(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n') {
		i++
	}
	return i
}

// stringEnd returns the offset just past the JSON string that starts at
// b[i], or len(b).
func stringEnd(b []byte, i int) int {
	for i++; i < len(b); i++ {
		switch b[i] {
		case '\\':
			i++
		case '"':
			return i + 1
		}
	}
	return len(b)
}

// valueEnd returns the offset just past the JSON value that starts at
// b[i], or len(b).
func valueEnd(b []byte, i int) int {
	if i >= len(b) {
		return len(b)
	}
	switch b[i] {
	case '"':
		return stringEnd(b, i)
	case '{', '[':
		depth := 0
		for i < len(b) {
			switch b[i] {
			case '"':
				i = stringEnd(b, i)
				continue
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return i + 1
				}
			}
			i++
		}
		return len(b)
	}
	for i < len(b) {
		switch b[i] {
		case ',', '}', ']', ' ', '\t', '\r', '\n':
			return i
		}
		i++
	}
	return len(b)
}

// WriteJSON writes doc as an indented JSON object (the form ReadJSON
// reads), records and balances one per line.
//
// The keys of doc come first, then the records and the balances, each in the form of Record.MarshalJSON or Balance.MarshalJSON; empty
// fields and lists are left out. Records and balances are written as they
// are, so a Document whose records lack a reporter or post while the
// Document has one reads back with the Document's (see ReadJSON); a
// Document that ReadJSON returned writes and reads back equal, and writes
// the same bytes again.
//
// WriteJSON refuses a nil Document and a Document with a record or balance
// that fails Validate, writing nothing: ReadJSON would refuse what it
// wrote. The output is not limited to MaxJSONSize.
func WriteJSON(w io.Writer, doc *Document) error {
	if doc == nil {
		return errors.New("trade: WriteJSON: nil Document")
	}
	var errs []error
	for i, rec := range doc.Records {
		if err := rec.Validate(); err != nil {
			errs = append(errs, fmt.Errorf("trade: WriteJSON: record %d: %w", i, err))
		}
	}
	for i, b := range doc.Balances {
		if err := b.Validate(); err != nil {
			errs = append(errs, fmt.Errorf("trade: WriteJSON: balance %d: %w", i, err))
		}
	}
	if err := errors.Join(errs...); err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	bw.WriteByte('{')
	n := 0
	sep := func() {
		if n > 0 {
			bw.WriteByte(',')
		}
		bw.WriteString("\n  ")
		n++
	}
	for _, f := range [...]struct{ key, val string }{
		{"note", doc.Note}, {"subject", doc.Subject}, {"reporter", doc.Reporter}, {"post", doc.Post},
	} {
		if f.val == "" {
			continue
		}
		sep()
		b, err := json.Marshal(f.val)
		if err != nil {
			return fmt.Errorf("trade: WriteJSON: %s: %w", f.key, err)
		}
		bw.WriteString(`"` + f.key + `": `)
		bw.Write(b)
	}
	if len(doc.Records) > 0 {
		sep()
		if err := writeArray(bw, "records", doc.Records); err != nil {
			return err
		}
	}
	if len(doc.Balances) > 0 {
		sep()
		if err := writeArray(bw, "balances", doc.Balances); err != nil {
			return err
		}
	}
	if n > 0 {
		bw.WriteByte('\n')
	}
	bw.WriteString("}\n")
	return bw.Flush()
}

// writeArray writes "key": [ … ] with one element a line.
func writeArray[T any](bw *bufio.Writer, key string, vs []T) error {
	bw.WriteString(`"` + key + `": [`)
	for i, v := range vs {
		b, err := json.Marshal(v)
		if err != nil {
			return fmt.Errorf("trade: WriteJSON: %s %d: %w", key[:len(key)-1], i, err)
		}
		if i > 0 {
			bw.WriteByte(',')
		}
		bw.WriteString("\n    ")
		bw.Write(b)
	}
	bw.WriteString("\n  ]")
	return nil
}
