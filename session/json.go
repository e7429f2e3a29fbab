package session

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/internal/input"
)

// MaxJSONSize is the largest JSON document ReadJSON reads (64 MiB); a
// larger input is refused with ErrTooLarge before it is parsed.
const MaxJSONSize = 64 << 20

// maxJSONSize is MaxJSONSize, lowered by tests.
var maxJSONSize int64 = MaxJSONSize

// Sentinel errors of the readers.
var (
	// ErrSyntax means the input is not well-formed JSON or CSV, or a value
	// has the wrong type or an unknown key.
	ErrSyntax = errors.New("syntax error")
	// ErrTooLarge means the input exceeds MaxJSONSize or MaxCSVRows.
	ErrTooLarge = errors.New("input too large")
)

// A ParseError locates a problem in a document read by ReadJSON or
// ReadItemsCSV: the byte offset, the line and column (both from 1, the
// column counted in bytes), and the record. Err is ErrSyntax, ErrTooLarge,
// a *LabelError, a *date.ParseError or a *ValidationError. Its message has
// the shape of every row error of the module (agreement.RowError,
// trade.RowError): "file:line:column: field: reason".
type ParseError struct {
	Input   string // name of the input (the file), if the caller set one ("sessions.json"); "" otherwise
	Offset  int64  // byte offset of the problem
	Line    int
	Column  int
	Field   string // the header of the cell's column in an items CSV; "" otherwise
	Text    string // the cell's text, cut to 64 bytes, control characters escaped; "" for a whole row
	Section string // "forums", "sessions", "items" or "" for the document itself
	Index   int    // index of the record in Section
	Err     error
}

// Error returns "name:line:column: field: problem", leaving out the name
// and the field when they are empty. Control characters are escaped.
func (e *ParseError) Error() string {
	return input.RowError(e.Input, e.Line, e.Column, e.Field, e.Err)
}

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }

type jsonReader struct {
	data []byte
	dec  *json.Decoder
	// starts holds the offset of every record, per section, for locating
	// validation errors.
	starts map[string][]int64
}

func (r *jsonReader) fail(off int64, section string, index int, err error) *ParseError {
	line, col := input.LineCol(r.data, off)
	return &ParseError{Offset: off, Line: line, Column: col, Section: section, Index: index, Err: err}
}

// skipSpace returns the offset of the next byte that is not white space or
// a comma, from off.
func (r *jsonReader) skipSpace(off int64) int64 {
	for off < int64(len(r.data)) {
		switch r.data[off] {
		case ' ', '\t', '\n', '\r', ',', ':':
			off++
		default:
			return off
		}
	}
	return off
}

// ReadJSON reads a Dataset from its JSON form: an object with the arrays
// "forums", "sessions" and "items" (see the package documentation for an
// example). Unknown keys are errors, so a misspelt key is not silently
// lost. Dates are ISO 8601 ("2017-10-23"), periods ISO 8601 intervals
// ("2017-10-23/2017-10-25"), the month or year of "within" ISO 8601 of
// reduced precision ("2023-09", "2025"; see the package documentation for
// the interval form of earlier versions), enumerations their English identifiers or any
// label their parsers accept, regions their codes. An empty list reads as
// nil, the same as an absent key, so a dataset read writes and reads back
// equal.
//
// A document that cannot be read gives a nil Dataset and a *ParseError with
// the line and column of the problem. A document that reads but fails
// Validate gives the Dataset and every problem joined, each a *ParseError
// that points at the record concerned and wraps its *ValidationError.
// ReadJSON never panics and refuses inputs over MaxJSONSize.
func ReadJSON(r io.Reader) (*Dataset, error) {
	data, over, err := input.ReadAll(r, maxJSONSize)
	if err != nil {
		return nil, err
	}
	if over.Line > 0 {
		return nil, &ParseError{Offset: maxJSONSize, Line: over.Line, Column: over.Column, Err: fmt.Errorf("%w: more than %d bytes", ErrTooLarge, maxJSONSize)}
	}
	input.BlankBOM(data)
	return decodeJSON(data)
}

func decodeJSON(data []byte) (*Dataset, error) {
	jr := &jsonReader{data: data, dec: json.NewDecoder(bytes.NewReader(data)), starts: map[string][]int64{}}
	jr.dec.DisallowUnknownFields()
	var d Dataset
	if err := jr.document(&d); err != nil {
		return nil, err
	}
	d.nilEmpty()
	verr := d.Validate()
	if verr == nil {
		return &d, nil
	}
	var errs []error
	for _, e := range unjoin(verr) {
		var ve *ValidationError
		if errors.As(e, &ve) {
			off := int64(0)
			if st := jr.starts[ve.Section]; ve.Index >= 0 && ve.Index < len(st) {
				off = st[ve.Index]
			}
			errs = append(errs, jr.fail(off, ve.Section, ve.Index, ve))
			continue
		}
		errs = append(errs, e)
	}
	return &d, errors.Join(errs...)
}

// nilEmpty sets every empty list of d to nil, so that an empty list reads
// as an absent key does ("chairs": [] as no "chairs"), and what ReadJSON
// reads writes (omitempty) and reads back equal. It names every list of
// the model; TestNilEmptyCoversModel fails when a list is added to the
// model and not here.
func (d *Dataset) nilEmpty() {
	d.Forums = nilIfEmpty(d.Forums)
	d.Sessions = nilIfEmpty(d.Sessions)
	d.Items = nilIfEmpty(d.Items)
	for i := range d.Forums {
		f := &d.Forums[i]
		f.Names = nilIfEmpty(f.Names)
		f.Decrees = nilIfEmpty(f.Decrees)
		f.Secretariats = nilIfEmpty(f.Secretariats)
		f.Sources = nilIfEmpty(f.Sources)
	}
	for i := range d.Sessions {
		s := &d.Sessions[i]
		s.Event.nilEmpty()
		s.Meetings = nilIfEmpty(s.Meetings)
		for j := range s.Meetings {
			s.Meetings[j].Event.nilEmpty()
		}
		s.Delegations = nilIfEmpty(s.Delegations)
		for j := range s.Delegations {
			g := &s.Delegations[j]
			g.Regions = nilIfEmpty(g.Regions)
			g.Members = nilIfEmpty(g.Members)
		}
		s.Minutes.Signers = nilIfEmpty(s.Minutes.Signers)
	}
	for i := range d.Items {
		it := &d.Items[i]
		it.History = nilIfEmpty(it.History)
		it.Actions = nilIfEmpty(it.Actions)
	}
}

func (e *Event) nilEmpty() {
	e.Chairs = nilIfEmpty(e.Chairs)
	e.Sources = nilIfEmpty(e.Sources)
}

// nilIfEmpty returns s, or nil when s is empty.
func nilIfEmpty[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return s
}

// unjoin returns the errors joined in err, or err alone.
func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

func (r *jsonReader) token() (json.Token, int64, error) {
	off := r.skipSpace(r.dec.InputOffset())
	t, err := r.dec.Token()
	if err != nil {
		return nil, off, r.syntax(off, "", 0, err)
	}
	return t, off, nil
}

func (r *jsonReader) document(d *Dataset) error {
	t, off, err := r.token()
	if err != nil {
		return err
	}
	if t != json.Delim('{') {
		return r.fail(off, "", 0, fmt.Errorf("%w: a dataset is a JSON object", ErrSyntax))
	}
	seen := map[string]bool{}
	for r.dec.More() {
		t, off, err := r.token()
		if err != nil {
			return err
		}
		key, _ := t.(string)
		if seen[key] {
			return r.fail(off, "", 0, fmt.Errorf("%w: key %q given twice", ErrSyntax, key))
		}
		seen[key] = true
		switch key {
		case "forums":
			err = readArray(r, key, &d.Forums)
		case "sessions":
			var ws []wireSession
			err = readArray(r, key, &ws)
			for i := range ws {
				d.Sessions = append(d.Sessions, ws[i].session())
			}
		case "items":
			err = readArray(r, key, &d.Items)
		case "note":
			err = r.value(key, 0, &d.Note)
		default:
			return r.fail(off, "", 0, fmt.Errorf("%w: unknown key %q (want forums, sessions, items or note)", ErrSyntax, key))
		}
		if err != nil {
			return err
		}
	}
	if _, _, err := r.token(); err != nil { // '}'
		return err
	}
	if off := r.skipSpace(r.dec.InputOffset()); off < int64(len(r.data)) {
		return r.fail(off, "", 0, fmt.Errorf("%w: data after the dataset", ErrSyntax))
	}
	return nil
}

// wireSession is a Session as ReadJSON reads it: as the model, except
// that "within", of the session and of its meetings, is read by within.
// The fields declared here shadow the model's (encoding/json prefers the
// shallower field), so unknown keys and type errors are reported as for
// the model itself.
type wireSession struct {
	Session
	Within   within        `json:"within,omitzero"`
	Meetings []wireMeeting `json:"meetings,omitempty"`
}

type wireMeeting struct {
	Meeting
	Within within `json:"within,omitzero"`
}

func (w *wireSession) session() Session {
	s := w.Session
	s.Within = w.Within.Partial
	s.Meetings = nil
	for i := range w.Meetings {
		m := w.Meetings[i].Meeting
		m.Within = w.Meetings[i].Within.Partial
		s.Meetings = append(s.Meetings, m)
	}
	return s
}

// within reads the month or year an event fell in: "2023-09" or "2025",
// as date.Partial writes it, or the interval earlier versions wrote,
// which must be exactly one month or one year ("2023-09-01/2023-09-30"
// reads as "2023-09"). Another interval is an error: the event's month or
// year is not known from it, and exact days belong in "dates".
type within struct{ date.Partial }

func (w *within) UnmarshalText(b []byte) error {
	err := w.Partial.UnmarshalText(b)
	if err == nil || bytes.IndexByte(b, '/') < 0 {
		return err
	}
	s := string(b)
	var r date.Range
	rerr := r.UnmarshalText(b)
	switch {
	case rerr != nil:
		return rerr
	case r.IsWholeYear():
		w.Partial = date.InYear(r.Start.Year)
	case r.IsWholeMonth():
		w.Partial = date.InMonth(r.Start.Year, r.Start.Month)
	default:
		return &date.ParseError{Func: "UnmarshalText", Input: s, Msg: "within is a month (2023-09) or a year (2025), not " +
			"a period of other days: give exact days in dates, or the month or year that holds them", Err: date.ErrSyntax}
	}
	return nil
}

func readArray[T any](r *jsonReader, section string, dst *[]T) error {
	t, off, err := r.token()
	if err != nil {
		return err
	}
	if t == nil { // null
		return nil
	}
	if t != json.Delim('[') {
		return r.fail(off, section, 0, fmt.Errorf("%w: %s must be an array", ErrSyntax, section))
	}
	for i := 0; r.dec.More(); i++ {
		var v T
		if err := r.value(section, i, &v); err != nil {
			return err
		}
		*dst = append(*dst, v)
	}
	_, _, err = r.token() // ']'
	return err
}

// value decodes the next value into v, recording its start for section.
func (r *jsonReader) value(section string, index int, v any) error {
	start := r.skipSpace(r.dec.InputOffset())
	r.starts[section] = append(r.starts[section], start)
	if err := r.dec.Decode(v); err != nil {
		return r.syntax(start, section, index, err)
	}
	return nil
}

// syntax turns an error of encoding/json into a *ParseError, finding the
// offset of the problem as closely as the error allows: the offset
// encoding/json reports, or the quoted text that a text unmarshaler
// refused, searched for in the record, or the start of the record.
func (r *jsonReader) syntax(start int64, section string, index int, err error) error {
	var (
		se  *json.SyntaxError
		te  *json.UnmarshalTypeError
		le  *LabelError
		dpe *date.ParseError
	)
	off := start
	switch {
	case errors.As(err, &se):
		off = se.Offset
		err = fmt.Errorf("%w: %s", ErrSyntax, se.Error())
	case errors.As(err, &te):
		field := jsonPath(te.Field)
		off = r.locate(start, field)
		what := field
		if what == "" {
			what = "value"
		}
		err = fmt.Errorf("%w: %s is %s, want %s", ErrSyntax, what, te.Value, te.Type)
	case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
		off = int64(len(r.data))
		err = fmt.Errorf("%w: unexpected end of input", ErrSyntax)
	case errors.As(err, &le):
		off = r.find(start, le.Input)
		err = le
	case errors.As(err, &dpe):
		off = r.find(start, dpe.Input)
		err = dpe
	default:
		// "json: unknown field \"x\"" and the like.
		msg := err.Error()
		if q := bytes.IndexByte([]byte(msg), '"'); q >= 0 {
			if name, uerr := strconv.Unquote(msg[q:]); uerr == nil {
				off = r.find(start, name)
			}
		}
		err = fmt.Errorf("%w: %s", ErrSyntax, msg)
	}
	if off < start {
		off = start
	}
	return r.fail(off, section, index, err)
}

// jsonPath returns the dotted field path of an *json.UnmarshalTypeError
// without the names of embedded Go structs ("Session.Event.dates" →
// "dates"), which encoding/json includes: the keys of the JSON form are
// lower case, the names of Go types are not.
func jsonPath(field string) string {
	var b []byte
	for part := range strings.SplitSeq(field, ".") {
		if part != "" && 'A' <= part[0] && part[0] <= 'Z' {
			continue
		}
		if len(b) > 0 {
			b = append(b, '.')
		}
		b = append(b, part...)
	}
	return string(b)
}

// find returns the offset of the JSON string s at or after start, or start.
func (r *jsonReader) find(start int64, s string) int64 {
	q, err := json.Marshal(s)
	if err != nil || start > int64(len(r.data)) {
		return start
	}
	if i := bytes.Index(r.data[start:], q); i >= 0 {
		return start + int64(i)
	}
	return start
}

// locate returns the offset of the last key of a dotted field path
// ("meetings.dates"), each key searched for after the one before it, at or
// after start, or start.
func (r *jsonReader) locate(start int64, field string) int64 {
	off := start
	for key := range strings.SplitSeq(field, ".") {
		if key != "" {
			off = r.find(off, key)
		}
	}
	return off
}

// WriteJSON writes d as indented JSON that ReadJSON reads back to an equal
// Dataset.
func (d *Dataset) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(d)
}
