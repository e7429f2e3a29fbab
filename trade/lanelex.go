package trade

import (
	"io"
	"strings"
	"sync/atomic"
	"unicode/utf8"

	"github.com/kerjasama/kerjasama/internal/input"
)

// The lane with two goroutines (CSVReader.Workers over 1). A lexer owns
// the reader: it takes each plain line — printable ASCII or tabs, no
// quote, as many separators as the header has fields less one: a record
// that input.Reader would read as the line split at its separators —
// copies it into a chunk with where its value cell is and the hash of the
// rest, and reads any other record with input.Reader, as the lane does.
// The lane's goroutine looks the lines up and reads the rest the full way,
// in order. When the lane is given up the lexer stops, and the rest of the
// file is read by the batch workers.

// laneChunkItems is how many records a chunk holds, and laneQueue how
// many chunks the lexer may be ahead of the lane.
const (
	laneChunkItems = 256
	laneQueue      = 16
)

// A laneQueueWait makes the lexer, when it is ahead by a full queue, wait
// until the lane has taken half of it rather than until it has taken one
// chunk: waking a goroutine costs more than a chunk's lines on some
// machines (a virtual machine's cross-CPU wake), and the lexer, faster
// than the lane, would be woken for every chunk.
type laneQueueWait struct {
	waiting atomic.Bool   // the lexer waits for room
	room    chan struct{} // given to the lexer when the queue is half empty
}

// send sends ch on chunks, and reports false if quit closed first.
func (q *laneQueueWait) send(chunks chan<- *laneChunk, ch *laneChunk, quit <-chan struct{}) bool {
	for {
		select {
		case <-quit:
			return false
		default:
		}
		select {
		case chunks <- ch:
			return true
		default:
		}
		q.waiting.Store(true)
		if len(chunks) <= cap(chunks)/2 && q.waiting.CompareAndSwap(true, false) {
			continue // the lane took half before it saw the lexer wait
		}
		// The lane saw the lexer wait, or will: room is given once.
		select {
		case <-q.room:
		case <-quit:
			return false
		}
	}
}

// took is called by the lane after it took a chunk off the queue: it
// gives the lexer room when it waits and the queue is half empty.
func (q *laneQueueWait) took(chunks chan *laneChunk) {
	if len(chunks) <= cap(chunks)/2 && q.waiting.Load() && q.waiting.CompareAndSwap(true, false) {
		q.room <- struct{}{}
	}
}

// A laneItem is a record of a chunk: a plain line (its text at off, n in
// the chunk's text, its start, its value cell and hash), or a row of the
// chunk's batch (a record read by input.Reader, or the error of one).
type laneItem struct {
	line   bool
	off, n int
	start  input.Pos
	vs, ve int
	h      uint64
	row    int // the index of the row in the chunk's batch
}

// A laneChunk is a run of records the lexer read.
type laneChunk struct {
	text  []byte
	items []laneItem
	b     batch
	end   bool // the input ended (or failed: b.err) after the chunk
}

// A laneLexer reads the records of a file into chunks for the lane.
type laneLexer struct {
	l      *lane
	rd     *input.Reader
	rb     *rowBuf
	comma  byte
	fields int // the number of fields of a record
	offs   []int
	stop   atomic.Bool // set by the lane's goroutine when it gives up
}

// plain returns where the value cell of line is and whether line is a
// plain line (see above).
func (x *laneLexer) plain(line []byte) (vs, ve int, ok bool) {
	vs, ve, ok = plainSpan(line, x.comma, x.l.vi, x.fields)
	if !ok || ve-vs > maxField || len(line)-(ve-vs) > laneMaxKey {
		return 0, 0, false
	}
	return vs, ve, true
}

// fill reads up to laneChunkItems records into ch, emptied first, and
// reports whether the input ended.
func (x *laneLexer) fill(ch *laneChunk) bool {
	ch.text, ch.items, ch.end = ch.text[:0], ch.items[:0], false
	b := &ch.b
	b.reset()
	for len(ch.items) < laneChunkItems {
		if line, ok := x.rd.PeekLine(laneMaxKey + maxField); ok {
			if vs, ve, ok := x.plain(line); ok {
				h := laneHash(x.l.seed, line[:vs], line[ve:])
				start, _ := x.rd.TakeLine()
				off := len(ch.text)
				ch.text = append(ch.text, line...)
				ch.items = append(ch.items, laneItem{line: true, off: off, n: len(line), start: start, vs: vs, ve: ve, h: h})
				continue
			}
		}
		fields, _, err := x.rd.Read()
		if err == io.EOF {
			ch.end = true
			break
		}
		if err != nil {
			if err = rowReadError(err); !isRowError(err) {
				b.err, ch.end = err, true
				break
			}
			b.rows = append(b.rows, batchRow{err: err})
		} else {
			b.add(x.rd, x.rb, fields)
			text, offs, ok := x.rd.Text(x.offs[:0])
			x.offs = offs
			if ok {
				if vs, ve, ok := x.l.laneSpan(len(text), offs, len(fields[x.l.vi])); ok {
					b.rows[len(b.rows)-1].laneRow = laneRow{keyed: true, h: laneHash(x.l.seed, text[:vs], text[ve:]), text: x.rb.text, vs: vs, ve: ve}
				}
			}
		}
		ch.items = append(ch.items, laneItem{row: len(b.rows) - 1})
	}
	b.settle()
	return ch.end
}

// rowsPiped reads the records of rd with the lane and a lexer goroutine
// (see above), until the input ends, reading stops (false), or the lane
// is given up (true: the rest of rd is left to the batches).
func (l *lane) rowsPiped(rd *input.Reader, rb *rowBuf, w *worker, yield func(*rowSet, error) bool) bool {
	c := rd.Comma()
	if c >= utf8.RuneSelf {
		return l.rows(rd, rb, w, &batch{}, yield)
	}
	l.comma = byte(c)
	x := &laneLexer{l: l, rd: rd, rb: rb, comma: byte(c), fields: len(l.p.header)}
	chunks := make(chan *laneChunk, laneQueue)
	free := make(chan *laneChunk, laneQueue+2)
	quit := make(chan struct{})
	done := make(chan struct{})
	q := &laneQueueWait{room: make(chan struct{}, 1)}
	go func() {
		defer close(done)
		defer close(chunks)
		for !x.stop.Load() {
			var ch *laneChunk
			select {
			case ch = <-free:
			default:
				ch = &laneChunk{}
			}
			end := x.fill(ch)
			if !q.send(chunks, ch, quit) {
				return
			}
			if end {
				return
			}
		}
	}()
	defer func() {
		close(quit)
		for range chunks { // let the lexer end
		}
		<-done
	}()
	one := &batch{}
	ended := false
	for ch := range chunks {
		q.took(chunks)
		if !l.chunk(ch, w, one, yield) {
			return false
		}
		if !l.on {
			x.stop.Store(true)
		}
		ended = ch.end
		select {
		case free <- ch:
		default:
		}
	}
	return !ended
}

// chunk reads the records of ch in order, and reports whether reading
// goes on.
func (l *lane) chunk(ch *laneChunk, w *worker, one *batch, yield func(*rowSet, error) bool) bool {
	p := l.p
	b := &ch.b
	for _, it := range ch.items {
		if !it.line {
			br := &b.rows[it.row]
			if br.err == nil && br.keyed && l.on {
				l.tick()
				if took, goOn := laneTake(l, &br.pos, br.h, br.text[:br.vs], br.text[br.ve:], br.fields[l.vi], yield); took {
					if !goOn {
						return false
					}
					continue
				}
			}
			one.reset()
			one.rows = append(one.rows, *br)
			w.parse(one)
			if !p.finishBatch(one, yield, l) {
				return false
			}
			continue
		}
		line := ch.text[it.off : it.off+it.n]
		if l.on {
			l.tick()
			lp := &l.lp
			lp.start, lp.line, lp.vi, lp.vs, lp.comma = it.start, line, l.vi, it.vs, l.comma
			if took, goOn := laneTake(l, lp, it.h, line[:it.vs], line[it.ve:], line[it.vs:it.ve], yield); took {
				if !goOn {
					return false
				}
				continue
			}
		}
		// The full way: the line is the record input.Reader would read,
		// its fields split at the separators.
		text := string(line)
		br := batchRow{pos: rowPos{start: it.start, end: input.Pos{Line: it.start.Line, Column: it.start.Column + len(text), Offset: it.start.Offset + int64(len(text))}}}
		br.fields = strings.Split(text, string(rune(l.comma)))
		br.pos.offs = make([]int32, len(br.fields))
		d := 0
		for i, f := range br.fields {
			br.pos.offs[i] = int32(d)
			d += len(f) + 1
		}
		if l.on {
			br.laneRow = laneRow{keyed: true, h: it.h, text: text, vs: it.vs, ve: it.ve}
		}
		one.reset()
		one.rows = append(one.rows, br)
		w.parse(one)
		if !p.finishBatch(one, yield, l) {
			return false
		}
	}
	if b.err != nil {
		yield(nil, b.err)
		return false
	}
	return true
}
