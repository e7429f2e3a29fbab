package trade

import (
	"fmt"
	"io"
	"iter"
	"sync"
	"time"

	"github.com/kerjasama/kerjasama/internal/input"
)

// Reading with several workers (CSVReader.Workers). One goroutine reads
// the text with the input toolbox and cuts it into batches of whole
// records, keeping the position of every field; workers parse the
// batches (plan.parse: what a row says on its own), each with its own
// copy of the plan and its caches; the goroutine that ranges over the
// rows takes the batches in the order of the file and finishes each row
// (plan.finish: what depends on the rows before it), exactly as reading
// in one goroutine does.

// batchRows is how many records a batch holds.
const batchRows = 512

// A batch is a run of records of a file, then what the workers made of
// them.
type batch struct {
	rows  []batchRow
	done  chan struct{} // closed when parsed
	err   error         // a failure of reading that stops it, after the rows
	strs  []string      // backing of the rows' fields
	poses []input.Pos   // backing of the rows' positions
}

// A batchRow is one record of a batch: its fields and their positions
// (the last one the end of the record), or the error of reading it; and,
// once parsed, what it says and the warnings parsing it gave.
type batchRow struct {
	fields []string
	pos    rowPos
	err    error
	parsed parsed
	warns  []*RowError
}

// rowPos is the positions of the fields of a record, kept with it: the
// fieldPos of a row parsed away from its reader.
type rowPos []input.Pos

// FieldPos returns the position of field i, or the end of the record for
// i outside the fields, as input.Reader.FieldPos does.
func (rp *rowPos) FieldPos(i int) input.Pos {
	if i >= 0 && i < len(*rp)-1 {
		return (*rp)[i]
	}
	return (*rp)[len(*rp)-1]
}

// parallelRows is readRows of the plan's rows with c.Workers workers; it
// sets *pp to the plan once the header is read.
func (c CSVReader) parallelRows(r io.Reader, pp **plan) iter.Seq2[*rowSet, error] {
	return func(yield func(*rowSet, error) bool) {
		rd, header, hpos, rb, err := readHeader(r, c.Comma, knownColumn)
		if err != nil {
			yield(nil, err)
			return
		}
		p, err := c.plan(header)
		if err != nil {
			yield(nil, &RowError{Line: hpos.Line, Column: hpos.Column, Err: fmt.Errorf("%w: %w", ErrHeader, err)})
			return
		}
		*pp = p
		rd.SetFieldCount(len(header))

		stop := make(chan struct{})
		order := make(chan *batch, 2*c.Workers)  // batches in the order of the file
		work := make(chan *batch, 2*c.Workers)   // batches to parse
		free := make(chan *batch, 2*c.Workers+2) // batches to reuse
		var wg sync.WaitGroup
		defer func() {
			close(stop)
			for range order { // let the reader end
			}
			wg.Wait()
		}()
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer close(order)
			defer close(work)
			readBatches(rd, rb, stop, order, work, free)
		}()
		for range c.Workers {
			w := newWorker(p)
			wg.Add(1)
			go func() {
				defer wg.Done()
				for b := range work {
					w.parse(b)
					close(b.done)
				}
			}()
		}
		for b := range order {
			<-b.done
			for i := range b.rows {
				br := &b.rows[i]
				if br.err != nil {
					if !yield(nil, br.err) || c.Strict {
						return
					}
					continue
				}
				if p.c.Warn != nil {
					for _, w := range br.warns {
						p.c.Warn(w)
					}
				}
				set, err := p.finish(&br.pos, br.fields, &br.parsed)
				if err != nil {
					if !yield(nil, err) || c.Strict {
						return
					}
					continue
				}
				if !yield(set, nil) {
					return
				}
			}
			if b.err != nil {
				yield(nil, b.err)
				return
			}
			select {
			case free <- b:
			default:
			}
		}
	}
}

// readBatches reads the records of rd into batches and sends each to
// order and work, until the end of the input, a failure that stops it,
// or stop.
func readBatches(rd *input.Reader, rb *rowBuf, stop <-chan struct{}, order, work chan<- *batch, free <-chan *batch) {
	for {
		var b *batch
		select {
		case b = <-free:
			b.rows, b.strs, b.poses, b.err = b.rows[:0], b.strs[:0], b.poses[:0], nil
		default:
			b = &batch{}
		}
		b.done = make(chan struct{})
		end := false
		for len(b.rows) < batchRows {
			fields, _, err := rd.Read()
			if err == io.EOF {
				end = true
				break
			}
			if err != nil {
				if err = rowReadError(err); !isRowError(err) {
					b.err, end = err, true
					break
				}
				b.rows = append(b.rows, batchRow{err: err})
				continue
			}
			s0, p0 := len(b.strs), len(b.poses)
			b.strs = append(b.strs, rb.record(rd, fields)...)
			for i := range len(fields) + 1 {
				b.poses = append(b.poses, rd.FieldPos(i))
			}
			// Slices into the backing arrays are taken once the batch is
			// full, when they no longer move.
			b.rows = append(b.rows, batchRow{fields: b.strs[s0:len(b.strs):len(b.strs)], pos: b.poses[p0:len(b.poses):len(b.poses)]})
		}
		// The backing arrays may have moved as they grew: point the rows
		// at their final place.
		s0, p0 := 0, 0
		for i := range b.rows {
			br := &b.rows[i]
			if br.err != nil {
				continue
			}
			ns, np := len(br.fields), len(br.pos)
			br.fields, br.pos = b.strs[s0:s0+ns:s0+ns], b.poses[p0:p0+np:p0+np]
			s0, p0 = s0+ns, p0+np
		}
		if len(b.rows) > 0 || b.err != nil {
			select {
			case order <- b:
			case <-stop:
				return
			}
			select {
			case work <- b:
			case <-stop:
				return
			}
		}
		if end {
			return
		}
	}
}

// A worker parses batches with its own copy of the plan.
type worker struct {
	p     *plan
	warns []*RowError // the warnings of the row being parsed
}

// newWorker returns a worker with a copy of p made before any row is read:
// the same columns and defaults, caches of its own, and warnings kept with
// the row rather than told (they are told in the order of the file, by
// the goroutine that finishes the rows).
func newWorker(p *plan) *worker {
	w := &worker{}
	wp := *p
	wp.posts, wp.partners, wp.months = textCache{}, textCache{}, map[string][2]time.Month{}
	wp.seen, wp.spans, wp.sums, wp.held, wp.set, wp.parsed = nil, nil, [2]map[uint64]int64{}, nil, rowSet{}, parsed{}
	if p.c.Warn != nil {
		wp.c.Warn = func(re *RowError) { w.warns = append(w.warns, re) }
	}
	w.p = &wp
	return w
}

// parse parses the rows of b.
func (w *worker) parse(b *batch) {
	for i := range b.rows {
		br := &b.rows[i]
		if br.err != nil {
			continue
		}
		w.warns = w.warns[:0]
		w.p.parse(&br.pos, br.fields, &br.parsed, true)
		br.warns = append(br.warns[:0], w.warns...)
	}
}
