package trade

import (
	"bytes"
	"io"
	"math"
	"os"
	"strings"
	"sync/atomic"
	"unicode/utf8"

	"github.com/kerjasama/kerjasama/internal/input"
	"golang.org/x/text/currency"
)

// Summarize in two parts. A file that Summarize reads with
// CSVReader.Workers over 1, from a source it can read at any offset (an
// *os.File of a regular file, a *bytes.Reader, a *strings.Reader, an
// *io.SectionReader), is read by two goroutines at once once the lane
// keeps rows for later (lane.pend): the calling one reads on from where
// it is, and a second one reads the second half of what is left (a
// tail) with a copy of the lane's templates, as the lane would, until a
// row it cannot keep for later. When the first reaches the start of the
// tail, it takes what the tail kept, as if it had kept those rows
// itself, skips the lines the tail read (input.Reader.Skip) and goes on
// from the first line the tail did not read. Whatever the tail did is
// checked first; when it does not hold, the tail is dropped and the rows
// are read again in turn: the table, the errors, the warnings and the
// number added are those of reading with one goroutine
// (TestSplitSameAsOne).
//
// What the tail takes is only what needs no state the rows before it
// could change: a line of a template's text with a plain value cell
// that reads (lane.match, lane.value), in the currency of the summary.
// Past the rows checked for duplicates (maxSeen), such a row is checked
// only for codes that nest, which its template's code passed (a code
// that passes once always does: plan.nestedHS), and its value is added
// to sums, whose total does not depend on the order of its terms.
// The first goroutine checks, when it reaches the tail, what the lane's
// pend would have checked of each row: that the summary's memo of the
// template holds, that the plan's sums of it are placed, that no sum can
// overflow. The tail's rows are lines that end in a line feed (a record
// on one line, as input.Reader.PeekLine gives it), so their lines are
// counted by counting them.

// splitMin is the least number of bytes left to read for a tail to be
// read beside them (tests lower it); maxSplits bounds the tails of one
// file, so that a file where tails keep stopping early costs little.
var splitMin int64 = 4 << 20

// tailStop is whether the tail stops when the first goroutine reaches
// it; tests clear it to have the tail read all it can, whatever the
// times of the two goroutines.
var tailStop = true

// splitAt returns where to look for the start of a tail, the text from
// offset off on being left bytes long: the middle (tests choose).
var splitAt = func(off, left int64) int64 { return off + left/2 }

const (
	maxSplits = 8
	tailBuf   = 64 << 10 // the tail's reads, as input.Reader's buffer
	tailCheck = 256      // lines between the tail's looks at whether to stop
)

// A splitSource is a source of a file that can be read in parts. Of
// the types newSplitter accepts, ReadAt may run beside Read and Seek.
type splitSource interface {
	io.Reader
	io.ReaderAt
	io.Seeker
}

// A splitter reads a file in parts for Summarize's lane (see above).
type splitter struct {
	src  splitSource
	base int64 // where the text starts in src: where src was when reading began
	size int64 // the size of src then
	bom  int64 // the byte order mark's length: the offsets of the text start after it
	bomd bool  // bom is known
	next int64 // the offset of the text at which step is called: where the tail starts
	runs int   // tails started
	tail *tail // the tail being read, nil if none
}

// newSplitter returns the splitter of r, or nil when r is not read in
// parts: Summarize (a sink) with more than one worker, of a source that
// can be read at any offset with at least splitMin bytes.
func newSplitter(r io.Reader, c CSVReader, sink *laneSink) *splitter {
	if sink == nil || c.Workers < 2 {
		return nil
	}
	var src splitSource
	switch s := r.(type) {
	case *os.File:
		// Not a pipe or a terminal: Seek fails on those, or the
		// sizes below are not a regular file's.
		if fi, err := s.Stat(); err != nil || !fi.Mode().IsRegular() {
			return nil
		}
		src = s
	case *bytes.Reader:
		src = s
	case *strings.Reader:
		src = s
	case *io.SectionReader:
		src = s
	default:
		return nil
	}
	base, err := src.Seek(0, io.SeekCurrent)
	if err != nil {
		return nil
	}
	size, err := src.Seek(0, io.SeekEnd)
	if _, err2 := src.Seek(base, io.SeekStart); err != nil || err2 != nil || size-base < splitMin {
		return nil
	}
	return &splitter{src: src, base: base, size: size}
}

// A tail is the part of a file a second goroutine reads (see above).
type tail struct {
	sp    *splitter
	l     lane                    // the lane's copy: its templates are copies, which keep what the tail takes
	orig  map[*template]*template // the lane's template of each copy
	cur   currency.Unit           // the summary's currency
	comma byte
	start int64 // the offset of the text where it starts
	stop  atomic.Bool
	done  chan struct{}

	// What it may keep: half the room pend had when it started, so
	// that the rows the first goroutine adds meanwhile leave room for
	// it, and a value that would fill a sum is left to that goroutine.
	limit int64

	// What it read, when done: lines of len bytes, total the sum of
	// their values, the templates whose copies kept values.
	lines int
	len   int64
	total int64
	dirty []*template
}

// step is called by the lane when the reader is at the offset next or
// past it, between records: it starts a tail, or takes the one that
// starts here, or drops the one it has passed.
func (l *lane) step(rd *input.Reader) {
	sp := l.sp
	if tl := sp.tail; tl != nil {
		sp.tail = nil
		tl.stop.Store(tailStop)
		<-tl.done
		if rd.Offset() != tl.start || !l.join(rd, tl) {
			l.dropped++
		}
	}
	sp.next = math.MaxInt64
	if !l.on || !l.p.full {
		sp.next = 0 // not yet: at the next row
		if !l.on {
			l.sp = nil
		}
		return
	}
	if sp.runs >= maxSplits || rd.Encoding() != "UTF-8" || rd.Comma() >= utf8.RuneSelf {
		l.sp = nil
		return
	}
	if !sp.bomd {
		var b [3]byte
		if n, _ := sp.src.ReadAt(b[:], sp.base); n == 3 && string(b[:]) == "\xef\xbb\xbf" {
			sp.bom = 3
		}
		sp.bomd = true
	}
	off := rd.Offset()
	left := sp.size - sp.base - sp.bom - off // the text left
	if left < splitMin {
		l.sp = nil
		return
	}
	// The tail starts at the first line after the middle of what is
	// left; a line that long is no lane's.
	mid := splitAt(off, left)
	var b [laneMaxKey + maxField + 2]byte
	n, _ := sp.src.ReadAt(b[:], sp.base+sp.bom+mid)
	i := bytes.IndexByte(b[:n], '\n')
	if i < 0 {
		l.sp = nil
		return
	}
	if l.room < 0 {
		l.room = l.roomLeft()
	}
	if l.room < 2 {
		// No room: pend keeps nothing more (sums only grow).
		l.sp = nil
		return
	}
	sp.runs++
	tl := l.newTail(mid+int64(i)+1, byte(rd.Comma()), l.room/2)
	sp.tail, sp.next = tl, tl.start
	go tl.read()
}

// newTail returns the tail that starts at offset start of the text, with
// copies of the lane's templates, which may keep values up to limit.
func (l *lane) newTail(start int64, comma byte, limit int64) *tail {
	tl := &tail{sp: l.sp, start: start, comma: comma, limit: limit, done: make(chan struct{}), cur: l.sink.s.main.cur}
	tl.l = lane{vi: l.vi, after: l.after, seed: l.seed, on: true}
	// The plan's copy reads values: plan.plainValue sets its scale.
	p := *l.p
	tl.l.p = &p
	// The templates whose rows pend keeps, and only those: the rows of
	// one that pend would not keep yet are the first goroutine's.
	ready := func(t *template) bool { return t != nil && l.pendable(t, tl.cur) }
	n := 0
	for _, ways := range &l.sets {
		for _, w := range ways {
			if ready(w.t) {
				n++
			}
		}
	}
	copies := make([]template, 0, n)
	tl.orig = make(map[*template]*template, n)
	for b, ways := range &l.sets {
		for i, w := range ways {
			if !ready(w.t) {
				continue
			}
			copies = append(copies, *w.t)
			c := &copies[len(copies)-1]
			c.pend, c.pendN = 0, 0
			tl.orig[c] = w.t
			w.t = c
			tl.l.sets[b][i] = w
		}
	}
	return tl
}

// read reads the tail's lines until one it cannot take, the end of the
// file as it was when reading began, or stop.
func (tl *tail) read() {
	defer close(tl.done)

	sp := tl.sp
	buf := make([]byte, tailBuf)
	at := sp.base + sp.bom + tl.start // the offset in src of buf[0]
	end := sp.size
	r, w := 0, 0 // buf[r:w] is read, not yet taken
	for k := 0; ; k++ {
		if k%tailCheck == 0 && tl.stop.Load() {
			return
		}
		i := bytes.IndexByte(buf[r:w], '\n')
		if i < 0 {
			if w-r > laneMaxKey+maxField+1 || at+int64(w) >= end {
				return
			}
			w = copy(buf, buf[r:w])
			at += int64(r)
			r = 0
			n, err := sp.src.ReadAt(buf[w:min(len(buf), int(end-at))], at+int64(w))
			w += n
			if n == 0 && err != nil {
				return
			}
			continue
		}
		line := buf[r : r+i]
		if i > 0 && line[i-1] == '\r' {
			line = line[:i-1]
		}
		if len(line) == 0 || len(line) > laneMaxKey+maxField || !tl.take(line) {
			return
		}
		r += i + 1
		tl.lines++
		tl.len += int64(i + 1)
	}
}

// take keeps the value of line if it is a record of a template the tail
// can keep: what lane.pend would keep, but for what the first goroutine
// checks at the join.
func (tl *tail) take(line []byte) bool {
	t, vs, ve := tl.l.match(line, tl.comma)
	if t == nil {
		return false
	}
	v, ok := tl.l.value(t, string(line[vs:ve]))
	if !ok || t.flow < Export || t.flow > ReImport || v.Currency() != tl.cur {
		return false
	}
	x := v.Minor()
	if x < 0 {
		return false
	}
	if x > tl.limit-tl.total {
		return false
	}
	tl.total += x
	if t.pendN == 0 {
		tl.dirty = append(tl.dirty, t)
	}
	t.pend += x
	t.pendN++
	return true
}

// join takes what the tail tl read, when the reader is at its start: if
// pend would have kept each of its rows, the lane's templates keep them,
// and the reader skips the tail's lines. It reports whether it took them.
func (l *lane) join(rd *input.Reader, tl *tail) bool {
	if tl.lines == 0 {
		return true
	}
	l.flush()
	if tl.total > l.roomLeft() {
		return false
	}
	for _, c := range tl.dirty {
		if !l.pendable(tl.orig[c], tl.cur) {
			return false
		}
	}
	sp := tl.sp
	if rd.Skip(tl.len, tl.lines, &seekReader{src: sp.src, at: sp.base + sp.bom + tl.start + tl.len}) != nil {
		return false
	}
	for _, c := range tl.dirty {
		t := tl.orig[c]
		t.pend, t.pendN = c.pend, c.pendN
		l.dirty = append(l.dirty, t)
	}
	l.flush()
	l.seen += tl.lines
	l.hits += tl.lines
	l.split += tl.lines
	return true
}

// roomLeft is what pend may keep before a sum could overflow.
func (l *lane) roomLeft() int64 {
	return math.MaxInt64 - max(l.sink.s.main.abs, l.sink.s.detail.abs, l.p.abs)
}

// stopSplit drops the tail being read, if any, at the end of the lane.
func (l *lane) stopSplit() {
	if l.sp == nil || l.sp.tail == nil {
		return
	}
	l.sp.tail.stop.Store(true)
	<-l.sp.tail.done
	l.sp.tail = nil
}

// A seekReader reads src from at: it seeks there at its first Read.
type seekReader struct {
	src    io.ReadSeeker
	at     int64
	sought bool
}

func (s *seekReader) Read(b []byte) (int, error) {
	if !s.sought {
		if _, err := s.src.Seek(s.at, io.SeekStart); err != nil {
			return 0, err
		}
		s.sought = true
	}
	return s.src.Read(b)
}
