package input

import (
	"errors"
	"io"
)

// Offset returns the offset of the next byte Read or PeekLine looks at:
// between records, the start of the line after the last one returned or
// taken (TakeLine). It counts as Pos.Offset does. Before the first Read
// it is 0.
func (r *Reader) Offset() int64 { return r.base + int64(r.r) }

// Skip goes on from a record's end as if the next n bytes of the text,
// lines whole lines of records that the caller read itself (as
// TakeLine takes one), had been read: the next record starts at line
// r's line + lines, column 1, offset Offset() + n, and its text comes
// from src, which must give the text from there on. It is for a caller
// that has read a part of the input another way, such as a goroutine of
// its own reading it with io.ReaderAt: the bytes the Reader holds past
// the current offset are dropped, and src replaces the input.
//
// It refuses, changing nothing, when the Reader is not between records
// at the start of a line, has not started, has stopped or met a failure
// of its input, or decodes UTF-16 (where the offsets of the text are
// not those of the input); n and lines must not be negative.
func (r *Reader) Skip(n int64, lines int, src io.Reader) error {
	switch {
	case !r.started || r.stopped || r.fatal != nil || r.rerr != nil:
		return errSkipState
	case r.utf16:
		return errors.New("input: Skip of UTF-16 text")
	case n < 0 || lines < 0 || src == nil:
		return errors.New("input: Skip of a negative length or without a source")
	case r.lineStart != r.Offset():
		return errors.New("input: Skip not at the start of a line")
	}
	r.base += int64(r.r) + n
	r.r, r.w = 0, 0
	r.line += lines
	r.lineStart = r.base
	r.raw, r.src = src, src
	r.eof, r.peeked = false, 0
	r.fields, r.oneLine, r.text = r.fields[:0], false, nil
	return nil
}

var errSkipState = errors.New("input: Skip before the first Read, after the end, or after a failure")
