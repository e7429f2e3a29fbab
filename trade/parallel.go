package trade

import (
	"fmt"
	"io"
	"iter"
	"sync"
	"time"

	"github.com/kerjasama/kerjasama/internal/input"
)

// Reading in batches. The text is read with the input toolbox and cut
// into batches of whole records, keeping the position of every field;
// a batch is parsed (plan.parse: what a row says on its own) by a worker
// with its own copy of the plan and its caches; then the rows of the
// batch are finished in the order of the file (plan.finish: what depends
// on the rows before it) and yielded. With CSVReader.Workers over 1, one
// goroutine reads, Workers goroutines parse, and the goroutine that
// ranges over the rows finishes; otherwise the calling goroutine does
// each step in turn. Either way the rows, errors and warnings are those
// of reading the rows one by one, in the same order (TestWorkersSameAsOne
// compares them with batches of one row).

// batchRows is how many records a batch holds (tests change it).
var batchRows = defaultBatchRows

const defaultBatchRows = 512

// A batch is a run of records of a file, then what the workers made of
// them.
type batch struct {
	rows  []batchRow
	done  chan struct{} // closed when parsed
	err   error         // a failure of reading that stops it, after the rows
	strs  []string      // backing of the rows' fields
	poses []input.Pos   // backing of the positions of rows over several lines
	offs  []int32       // backing of the field offsets of rows on one line
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
	laneRow
}

// rowPos is the positions of the fields of a record, kept with it: the
// fieldPos of a row parsed away from its reader. A record on one line
// keeps its start and end and the offset of each field from its start
// (input.Reader.Starts); one over several lines each field's position,
// then its end (all).
type rowPos struct {
	start, end input.Pos
	offs       []int32
	all        []input.Pos
}

// FieldPos returns the position of field i, or the end of the record for
// i outside the fields, as input.Reader.FieldPos does.
func (rp *rowPos) FieldPos(i int) input.Pos {
	if rp.all != nil {
		if i >= 0 && i < len(rp.all)-1 {
			return rp.all[i]
		}
		return rp.all[len(rp.all)-1]
	}
	if i >= 0 && i < len(rp.offs) {
		d := rp.offs[i]
		return input.Pos{Line: rp.start.Line, Column: rp.start.Column + int(d), Offset: rp.start.Offset + int64(d)}
	}
	return rp.end
}

// batchRows reads the plan's rows; it sets *pp to the plan once the
// header is read. The rows are read by the template lane while it lasts
// (see lane.go), then in batches: with c.Workers over 1, the batches are
// read, parsed and finished by goroutines of their own (see above), and
// the lane runs in a goroutine of its own too, so that the goroutine that
// ranges over the rows only yields them (see pipe), unless light: a
// consumer that does little with a row (Summarize, with its sink) reads
// the lane's rows in its own goroutine, as with one worker, with a second
// goroutine reading a part of the file beside it when it can (split.go),
// and finishes the batches after the lane has given up there too, as
// readParallel does, instead of having them piped: handing each row's
// set over cost more than the work it moved (on a million distinct rows,
// two cores, the whole command: 1.680 to 1.612 times the plain loop's
// time, the medians of 10 rounds). (With the lexer of
// lanelex.go cutting the lines in another goroutine, Summarize was slower
// on two cores than on one: BenchmarkIngest/trade-2workers 183.4 ms
// against trade's 163.4 ms, -cpu 2, n=8; the lane's work with a line is
// too little to pay for handing the lines over.) Otherwise one after
// another in the calling goroutine, by the same code: a batch is read,
// then parsed, then finished, which keeps each step's code and data hot
// (faster than taking each row through every step), and gives the same
// rows, errors and warnings in the same order.
func (c CSVReader) batchRows(r io.Reader, pp **plan, sink *laneSink) iter.Seq2[*rowSet, error] {
	return func(yield func(*rowSet, error) bool) {
		sp := newSplitter(r, c, sink)
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

		l := newLane(p)
		light := sink != nil
		if l != nil {
			l.sink, l.sp = sink, sp
		}
		if laneSeen != nil && l != nil {
			defer laneSeen(l)
		}
		w, b := newWorker(p), &batch{}
		// laneRows reads with the lane while it lasts, and reports
		// whether the batches go on.
		laneRows := func(yield func(*rowSet, error) bool) bool {
			switch {
			case l != nil && c.Workers > 1 && !light:
				return l.rowsPiped(rd, rb, w, yield)
			case l != nil:
				return l.rows(rd, rb, w, b, yield)
			}
			return true
		}
		batches := func(yield func(*rowSet, error) bool) {
			if c.Workers > 1 {
				p.readParallel(rd, rb, yield)
				return
			}
			for {
				end := readBatch(rd, rb, b)
				w.parse(b)
				if !p.finishBatch(b, yield, nil) || end {
					return
				}
			}
		}
		switch {
		case c.Workers > 1 && !light:
			p.pipe(func(yield func(*rowSet, error) bool) {
				if laneRows(yield) {
					batches(yield)
				}
			}, yield)
		default:
			// One worker, or a light consumer: the lane's rows, then the
			// batches (read and parsed by goroutines of their own with
			// more workers), finished in this goroutine.
			if laneRows(yield) {
				batches(yield)
			}
		}
	}
}

// readParallel reads the rest of the rows of rd with c.Workers goroutines
// parsing batches of them (see above), finishing them in this goroutine.
func (p *plan) readParallel(rd *input.Reader, rb *rowBuf, yield func(*rowSet, error) bool) {
	workers := p.c.Workers
	stop := make(chan struct{})
	order := make(chan *batch, 2*workers)  // batches in the order of the file
	work := make(chan *batch, 2*workers)   // batches to parse
	free := make(chan *batch, 2*workers+2) // batches to reuse
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
	for range workers {
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
		if !p.finishBatch(b, yield, nil) {
			return
		}
		select {
		case free <- b:
		default:
		}
	}
}

// An event is what reading a row gives, as pipe passes it on: a warning,
// or an error, or the records of a row (a rowSet).
type event struct {
	warn *RowError
	err  error
	set  rowSet
}

// eventBatch is how many events pipe passes on at once.
const eventBatch = 128

// pipe runs read in a goroutine of its own and yields what it gives in
// this one: the rows and errors, and the calls of Warn among them, in
// their order. The goroutine stops when yield returns false.
func (p *plan) pipe(read func(yield func(*rowSet, error) bool), yield func(*rowSet, error) bool) {
	warn := p.c.Warn
	batches := make(chan []event, 4)
	free := make(chan []event, 6)
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer close(batches)
		evs := make([]event, 0, eventBatch)
		send := func() bool {
			select {
			case batches <- evs:
			case <-stop:
				return false
			}
			select {
			case evs = <-free:
				evs = evs[:0]
			default:
				evs = make([]event, 0, eventBatch)
			}
			return true
		}
		if warn != nil {
			p.c.Warn = func(re *RowError) { evs = append(evs, event{warn: re}) }
		}
		goOn := true
		read(func(set *rowSet, err error) bool {
			ev := event{err: err}
			if set != nil {
				ev.set = *set // a lane's template does not change: it is passed as it is
			}
			evs = append(evs, ev)
			if len(evs) >= eventBatch {
				goOn = send()
			}
			return goOn
		})
		p.c.Warn = warn // before close(batches): Rows calls it after
		if goOn && len(evs) > 0 {
			send()
		}
	}()
	defer func() {
		close(stop)
		for range batches { // let the goroutine end
		}
		<-done
	}()
	for evs := range batches {
		for i := range evs {
			ev := &evs[i]
			switch {
			case ev.warn != nil:
				warn(ev.warn)
			case ev.err != nil:
				if !yield(nil, ev.err) {
					return
				}
			default:
				if !yield(&ev.set, nil) {
					return
				}
			}
		}
		select {
		case free <- evs:
		default:
		}
	}
}

// finishBatch finishes the parsed rows of b in order (plan.finish),
// telling each row's warnings first, and yields what each gives. It
// reports whether reading goes on: not after yield returns false, an
// error in strict mode, or a failure of reading. With a lane, a row it
// keyed may become a template.
func (p *plan) finishBatch(b *batch, yield func(*rowSet, error) bool, l *lane) bool {
	for i := range b.rows {
		br := &b.rows[i]
		if br.err != nil {
			if !yield(nil, br.err) || p.c.Strict {
				return false
			}
			continue
		}
		if p.c.Warn != nil {
			for _, w := range br.warns {
				p.c.Warn(w)
			}
		}
		set, err := p.finish(&br.pos, br.fields, &br.parsed)
		if !p.give(yield, set, err) {
			return false
		}
		if l != nil && br.keyed {
			l.learn(br, set, err)
		}
	}
	if b.err != nil {
		yield(nil, b.err)
		return false
	}
	return true
}

// give yields the result of a row, set or err, and reports whether
// reading goes on: not after yield returns false, nor after an error in
// strict mode.
func (p *plan) give(yield func(*rowSet, error) bool, set *rowSet, err error) bool {
	if err != nil {
		return yield(nil, err) && !p.c.Strict
	}
	return yield(set, nil)
}

// A laneSink is a light consumer that the lane gives its rows to before
// yielding them, in the consumer's goroutine: Summarize's summary, which
// adds the row of a template it has seen to the template's groups
// (Summary.addValue) without the two calls through the iterator. A row it
// does not take (a template not seen, a sum that would overflow) is
// yielded as any other.
type laneSink struct {
	s     *Summary
	added int // the rows the lane added to s
}

// give gives the lane's row set, or the error of the checks of its row
// (lane.row), to the sink if it takes the row, else as plan.give does,
// after the rows the lane kept for later (lane.flush); a nil set with no
// error is a row kept.
func (l *lane) give(yield func(*rowSet, error) bool, set *rowSet, err error) bool {
	if set == nil && err == nil {
		return true // kept for later (lane.pend)
	}
	l.flush()
	if k := l.sink; k != nil && err == nil && k.s.addValue(set.memo, set.t.flow, set.v) {
		k.added++
		return true
	}
	return l.p.give(yield, set, err)
}

// readBatches reads the records of rd into batches and sends each to
// order and work, until the end of the input, a failure that stops it,
// or stop.
func readBatches(rd *input.Reader, rb *rowBuf, stop <-chan struct{}, order, work chan<- *batch, free <-chan *batch) {
	for {
		var b *batch
		select {
		case b = <-free:
		default:
			b = &batch{}
		}
		b.done = make(chan struct{})
		end := readBatch(rd, rb, b)
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

// readBatch reads up to batchRows records of rd into b, emptied first,
// and reports whether the input ended (or failed: b.err).
func readBatch(rd *input.Reader, rb *rowBuf, b *batch) (end bool) {
	b.reset()
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
		b.add(rd, rb, fields)
	}
	b.settle()
	return end
}

// reset empties b.
func (b *batch) reset() {
	b.rows, b.strs, b.poses, b.offs, b.err = b.rows[:0], b.strs[:0], b.poses[:0], b.offs[:0], nil
}

// add appends the record rd read last, whose fields are fields, to b; the
// row's fields and positions are set by settle.
func (b *batch) add(rd *input.Reader, rb *rowBuf, fields [][]byte) {
	s0 := len(b.strs)
	b.strs = rb.record(b.strs, rd, fields)
	// The row is set in place: a batchRow is large, and one of a batch
	// read before is reused (its warnings' array too). Every field is
	// set but parsed, which worker.parse sets before anything reads it.
	n := len(b.rows)
	if n == cap(b.rows) {
		b.rows = append(b.rows, batchRow{})
	}
	b.rows = b.rows[:n+1]
	br := &b.rows[n]
	// Only the lengths count here (fields, and the offsets or positions,
	// set by settle): the arrays may still move as they grow.
	br.fields = b.strs[s0:len(b.strs):len(b.strs)]
	br.err, br.warns, br.laneRow = nil, br.warns[:0], laneRow{}
	o0 := len(b.offs)
	var one bool
	br.pos.start, br.pos.end, b.offs, one = rd.Starts(b.offs)
	if one {
		br.pos.offs, br.pos.all = b.offs[o0:], nil
	} else {
		p0 := len(b.poses)
		for i := range len(fields) + 1 {
			b.poses = append(b.poses, rd.FieldPos(i))
		}
		br.pos.offs, br.pos.all = nil, b.poses[p0:]
	}
}

// settle points the rows of b into the backing arrays, once they no
// longer move.
func (b *batch) settle() {
	s0, p0, o0 := 0, 0, 0
	for i := range b.rows {
		br := &b.rows[i]
		if br.err != nil {
			continue
		}
		ns := len(br.fields)
		br.fields = b.strs[s0 : s0+ns : s0+ns]
		s0 += ns
		if br.pos.all != nil {
			np := len(br.pos.all)
			br.pos.all = b.poses[p0 : p0+np : p0+np]
			p0 += np
		} else {
			no := len(br.pos.offs)
			br.pos.offs = b.offs[o0 : o0+no : o0+no]
			o0 += no
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
	wp.seen, wp.spans, wp.sums, wp.sumVals, wp.held, wp.set = wordMap[struct{}]{}, wordMap[uint8]{}, [2]wordMap[int32]{}, [2][]int64{}, nil, rowSet{}
	wp.hsCodes, wp.hsWithin = wordMap[int]{}, wordMap[HS]{}
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
		w.p.parse(&br.pos, br.fields, &br.parsed)
		br.warns = append(br.warns[:0], w.warns...)
	}
}
