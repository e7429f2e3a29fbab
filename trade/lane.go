package trade

import (
	"bytes"
	"hash/maphash"
	"io"

	"github.com/kerjasama/kerjasama/internal/input"
	"github.com/kerjasama/kerjasama/money"
	"golang.org/x/text/currency"
)

// The template lane. In the files of border posts and customs offices a
// row repeats everything but its value: thousands of declarations of one
// month, flow, post, partner and code. Once a row has been read the full
// way (parse, then finish) and gave one plain record with no warning, the
// text of its other cells is its template: a later row whose cells other
// than the value are the same bytes gives the same record but for the
// value, so the lane reads only that cell and runs the checks that depend
// on the value or on the rows before (duplicates, overlaps, nested codes,
// the sums totals are checked against). Anything else — a row whose text
// is not one run of bytes, a value that does not read, a template not
// seen — is read the full way, so the rows, errors and warnings are those
// of reading every row the full way (TestLaneSameAsFull).
//
// The lane is for files of one value column that are not UN Comtrade's
// (whose values are checked against other cells); it is given up, for
// the batches of the full way, when after laneProbe rows fewer than half
// of them were templated: a file whose rows all differ pays for the
// lookups only that long.

const (
	laneBuckets = 1 << 10 // buckets of laneWays templates, chosen by hash
	laneWays    = 4
	laneMaxKey  = 512  // the longest template text kept
	laneProbe   = 4096 // rows after which a lane that rarely hits is given up
)

// laneOff turns the lane off (tests compare the two ways); laneSeen,
// when set, is given each lane at the end of its file.
var (
	laneOff  = false
	laneSeen func(*lane)
)

// A template is the text of a row's cells other than its value, and the
// record the row gave without its value.
type template struct {
	rec   Record // Value is zero
	cur   currency.Unit
	sums  [2]uint64 // plan.sumHashes of rec
	split int       // the length of the text before the value cell
	key   []byte    // the text before the value cell, then after it: short, or longer
	short [laneShort]byte
}

// laneShort is the length of template text kept in the template itself
// (one allocation, read in one sweep).
const laneShort = 96

// A laneWay is a template of a bucket with its hash: the ways whose hash
// differs are passed over without reading their templates.
type laneWay struct {
	hash uint64
	t    *template
}

// A lane reads the rows of one file's templates (see above).
type lane struct {
	p     *plan
	vi    int // index of the value field
	seed  maphash.Seed
	sets  [laneBuckets][laneWays]laneWay
	next  [laneBuckets]uint8 // the way to replace next in each bucket
	offs  []int
	seen  int // rows looked up
	hits  int
	on    bool
	there bool // the last row's text was taken apart: before, after, hash
	bef   []byte
	aft   []byte
	h     uint64
}

// newLane returns the lane of p's file, or nil when its rows are not read
// that way.
func newLane(p *plan) *lane {
	if laneOff || p.wide || p.layout == Comtrade || p.cols[colValue] == 0 {
		return nil
	}
	return &lane{p: p, vi: p.cols[colValue] - 1, seed: maphash.MakeSeed(), on: true}
}

// find looks the record rd read last up: its template and the text of
// its value cell, or nil when it must be read the full way.
func (l *lane) find(rd *input.Reader, fields [][]byte) (*template, []byte) {
	l.there = false
	l.seen++
	if l.seen == laneProbe && l.hits < laneProbe/2 {
		l.on = false
	}
	text, offs, ok := rd.Text(l.offs[:0])
	l.offs = offs
	if !ok || l.vi >= len(fields) || len(text)-len(fields[l.vi]) > laneMaxKey || len(fields[l.vi]) > maxField {
		return nil, nil
	}
	vs := offs[l.vi]
	ve := vs + len(fields[l.vi])
	l.bef, l.aft = text[:vs], text[ve:]
	l.h = maphash.Bytes(l.seed, l.bef) ^ maphash.Bytes(l.seed, l.aft)<<1
	l.there = true
	for _, w := range &l.sets[l.h%laneBuckets] {
		if w.hash == l.h && w.t != nil && bytes.Equal(w.t.key[:w.t.split], l.bef) && bytes.Equal(w.t.key[w.t.split:], l.aft) {
			return w.t, fields[l.vi]
		}
	}
	return nil, nil
}

// row reads the record of template t with the value cell text: the set
// of one row it gives, or the error of the checks against the rows before
// it. ok is false when the value does not read: the row is then read the
// full way, which reports it.
func (l *lane) row(rd *input.Reader, rb *rowBuf, t *template, text []byte) (set *rowSet, err error, ok bool) {
	p := l.p
	s := trimSpace(rb.copy(text))
	v, verr := p.cellValue(rd, nil, colValue, l.vi, s, t.cur)
	if verr != nil {
		return nil, nil, false
	}
	l.hits++
	set = &p.set
	set.n = 0
	p.world, p.cmdTotal, p.second, p.firstCol = false, false, Record{}, l.vi
	row := &set.rows[0]
	pos := rd.FieldPos(0)
	*row = Row{Record: t.rec, Line: pos.Line, Column: rd.FieldPos(l.vi).Column}
	row.Value = v
	if err := p.checkedRow(rd, &row.Record); err != nil {
		return set, err, true
	}
	p.countHashed(&row.Record, &t.sums)
	set.n = 1
	return set, nil, true
}

// learn makes the row just read the full way a template, if it gave one
// plain record (not a total, not for the World or all commodities, not
// left out, no warning) and its text was taken apart by find.
func (l *lane) learn(br *batchRow, set *rowSet, err error) {
	p := l.p
	pr := &br.parsed
	if !l.there || !l.on || err != nil || set == nil || set.n != 1 || br.err != nil || len(br.warns) > 0 ||
		pr.total || pr.err != nil || pr.state.world || pr.state.cmdTotal || pr.state.second.Flow != 0 || p.skipped {
		return
	}
	// The currency of the row's value, as plan.row found it (the row
	// was read without error, so its currency cell reads).
	cur := p.cur
	if cs, _, ok := p.field(br.fields, colCurrency); ok && cs != "" {
		cu, err := parseCurrency(cs)
		if err != nil {
			return
		}
		cur = cu
	}
	t := &template{split: len(l.bef), rec: pr.rec, cur: cur}
	t.rec.Value = money.Amount{}
	t.sums = p.sumHashes(&t.rec)
	t.key = t.short[:0]
	t.key = append(append(t.key, l.bef...), l.aft...)
	b := l.h % laneBuckets
	ways := &l.sets[b]
	w := laneWay{hash: l.h, t: t}
	for i, x := range ways {
		if x.t == nil {
			ways[i] = w
			return
		}
	}
	ways[l.next[b]] = w
	l.next[b] = (l.next[b] + 1) % laneWays
}

// rows reads the records of rd with the lane, each either templated or
// read the full way as a batch of one row, until the input ends, reading
// stops (false), or the lane is given up (true: the batches go on).
func (l *lane) rows(rd *input.Reader, rb *rowBuf, w *worker, b *batch, yield func(*rowSet, error) bool) bool {
	p := l.p
	var got *rowSet
	var gerr error
	keep := func(s *rowSet, err error) bool {
		got, gerr = s, err
		return yield(s, err)
	}
	if laneSeen != nil {
		defer laneSeen(l)
	}
	for l.on {
		fields, _, err := rd.Read()
		if err == io.EOF {
			return false
		}
		b.reset()
		if err != nil {
			if err = rowReadError(err); !isRowError(err) {
				b.err = err
			} else {
				b.rows = append(b.rows, batchRow{err: err})
			}
			if !p.finishBatch(b, yield) {
				return false
			}
			continue
		}
		if t, text := l.find(rd, fields); t != nil {
			if set, err, ok := l.row(rd, rb, t, text); ok {
				if !p.give(yield, set, err) {
					return false
				}
				continue
			}
		}
		b.add(rd, rb, fields)
		b.settle()
		w.parse(b)
		got, gerr = nil, nil
		if !p.finishBatch(b, keep) {
			return false
		}
		l.learn(&b.rows[0], got, gerr)
	}
	return true
}
