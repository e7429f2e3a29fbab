package input

import "bytes"

// LineCol returns the 1-based line and column (counted in bytes, as Pos
// counts them) of byte offset off in data, for readers that hold a whole
// document (JSON) and know only the offset of a problem. An offset before
// the start or past the end is taken as the start or the end. To place
// many offsets, use Lines.
func LineCol(data []byte, off int64) (line, col int) {
	return NewLines(data).At(off)
}

// Lines turns byte offsets of one document into lines and columns, as
// LineCol does; offsets asked for in increasing order are counted once, so
// placing every problem of a large document costs one pass over it.
type Lines struct {
	data      []byte
	off       int // newlines before off are counted
	line      int // the line of off
	lineStart int // the offset where that line starts
}

// NewLines returns Lines for data.
func NewLines(data []byte) *Lines { return &Lines{data: data, line: 1} }

// At returns the 1-based line and byte column of offset off.
func (p *Lines) At(off int64) (line, col int) {
	o := int(min(max(off, 0), int64(len(p.data))))
	if o < p.off {
		p.off, p.line, p.lineStart = 0, 1, 0
	}
	for {
		i := bytes.IndexByte(p.data[p.off:o], '\n')
		if i < 0 {
			break
		}
		p.line++
		p.lineStart = p.off + i + 1
		p.off = p.lineStart
	}
	p.off = o
	return p.line, o - p.lineStart + 1
}
