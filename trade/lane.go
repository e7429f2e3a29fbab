package trade

import (
	"encoding/binary"
	"hash/maphash"
	"io"
	"math/bits"
	"unicode/utf8"

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
//
// The lane reads the lines of templates straight from the reader's
// buffer (input.Reader.PeekLine), and copies only the rows it does not
// read. With CSVReader.Workers over 1 it runs in a goroutine of its own
// while the calling one yields the rows (plan.pipe), and a third cuts the
// text into lines for it (lanelex.go); for Summarize it runs in the
// calling goroutine whatever the workers (see batchRows). Past the rows
// checked for duplicates, Summarize's lane keeps the values of a
// template's rows in the template and adds them to the sums when
// something may read the sums or fail (lane.pend, lane.flush).

const (
	laneBuckets = 1 << 10 // buckets of laneWays templates, two chosen by hash
	laneWays    = 4
	laneMaxKey  = 320  // the longest template text kept
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
//
// What the lane reads of every row it takes comes first, in the first 64
// bytes, and the text follows: a template is 448 bytes, a size class of
// seven cache lines, so it starts on a line, and a row of a text of up
// to 64 bytes reads two of them instead of all seven. (In a file of 1,920
// templates in random order, BenchmarkIngest's, the lines read for each
// row were most of its cache misses.) The lengths of the text are kept in
// the template's way (laneWay). The record itself is read only when a row
// is given to a caller that needs it (rowSet.row).
type template struct {
	flow Flow          // rec.Flow and rec.HS, for the checks of its rows
	cur  currency.Unit // the currency of rec's row
	vcur currency.Unit // the currency of its value cell (plan.valueCurrency)
	hs   HS
	at   [2]int32 // where the plan keeps the sums of rec (plan.countSums)
	memo sumMemo  // where CSVReader.Summarize added rec (its goroutine's)
	// The values of the rows of the template that Summarize's lane has
	// read and not yet added, and how many (lane.pend).
	pend  int64
	pendN int
	short [laneShort]byte // the text before the value cell, then after it, when short
	long  []byte          // the text when longer
	sums  [2]uint64       // plan.sumHashes of rec
	// rec is the record, with no value: a row of the template gives it
	// with its value, line and column (rowSet.row). A template does not
	// change once made, and may be read from several goroutines.
	rec Record
}

// laneShort is the length of template text kept in the template itself
// (one allocation, read in one sweep). It makes a template 448 bytes,
// seven cache lines (TestTemplateLayout).
const laneShort = 120

// A laneWay is a template of a bucket with 32 bits of its hash and the
// lengths of its text: the ways whose hash or lengths differ are passed
// over without reading their templates, and the text of the one that
// matches is compared without first reading its lengths from it (a
// cache line that would have to come in before the text's).
type laneWay struct {
	tag      uint32 // laneTag of the hash
	split, n uint16 // the length of the text before the value cell; of the whole text
	t        *template
}

// A way's lengths fit its 16 bits (a constant that did not would not
// compile).
const _ = uint16(laneMaxKey)

// laneTag returns the bits of hash h that a way keeps: not those that
// chose its bucket.
func laneTag(h uint64) uint32 { return uint32(h >> 16) }

// A lane reads the rows of one file's templates (see above).
type lane struct {
	// The buckets come first: a lane is a large allocation, which starts
	// on a page, so each bucket is one cache line.
	sets    [laneBuckets][laneWays]laneWay
	p       *plan
	vi      int // index of the value field
	after   int // the fields of the header after it
	seed    maphash.Seed
	next    [laneBuckets]uint8 // the way to replace next in each bucket
	offs    []int
	seen    int // rows looked up
	hits    int
	on      bool
	lp      linePos     // the positions of the line taken last
	comma   byte        // the separator (rowsPiped)
	sink    *laneSink   // a light consumer's, whose goroutine the lane runs in (batchRows)
	dirty   []*template // the templates with rows kept by pend, in the order of their first
	pended  int         // rows kept by pend (tests)
	room    int64       // what pend may keep before a sum could overflow; -1: not known (flush)
	need    [2]bool     // p.needSums()
	read    int         // rows taken after input.Reader.Read read them, not from its buffer (tests)
	sp      *splitter   // reads a part of the file beside the lane (split.go); nil if none
	split   int         // rows tails read, taken (tests)
	dropped int         // rows tails read, dropped (tests)
}

// A laneRow is what the lane knows of a row of a batch of one that it
// could not read: the row's text, with where its value cell is, and the
// hash of the rest (keyed), for it to learn.
type laneRow struct {
	keyed  bool
	h      uint64
	text   string
	vs, ve int
}

// newLane returns the lane of p's file, or nil when its rows are not read
// that way.
func newLane(p *plan) *lane {
	if laneOff || p.wide || p.layout == Comtrade || p.cols[colValue] == 0 {
		return nil
	}
	vi := p.cols[colValue] - 1
	l := &lane{p: p, vi: vi, after: len(p.header) - 1 - vi, seed: maphash.MakeSeed(), room: -1, need: p.needSums()}
	l.on = true
	return l
}

// laneHash is the hash of the text of a row before and after its value
// cell. The text after it is mostly short (a currency, or nothing): up to
// eight bytes it is mixed in by one multiplication, which tells apart any
// two such texts of one length, rather than hashed by a second call
// (37M of the 1,578M instructions of trade summary on the million-row
// file of BenchmarkIngest).
func laneHash(seed maphash.Seed, bef, aft []byte) uint64 {
	h := maphash.Bytes(seed, bef)
	if len(aft) > 8 {
		return h ^ maphash.Bytes(seed, aft)<<1
	}
	x := uint64(len(aft))
	for i := len(aft) - 1; i >= 0; i-- {
		x = x<<8 | uint64(aft[i])
	}
	return h ^ (x+1)*0x9e3779b97f4a7c15
}

// laneSpan returns where the value cell is in the text of a record whose
// fields start at offs, and whether the row can be keyed: the lane keeps
// texts of up to laneMaxKey bytes.
func (l *lane) laneSpan(text int, offs []int, value int) (vs, ve int, ok bool) {
	if l.vi >= len(offs) || text-value > laneMaxKey || value > maxField {
		return 0, 0, false
	}
	return offs[l.vi], offs[l.vi] + value, true
}

// tick counts a row looked up, and gives the lane up after laneProbe rows
// of which fewer than half were templated.
func (l *lane) tick() {
	l.seen++
	if l.seen == laneProbe && l.hits < laneProbe/2 {
		l.on = false
	}
}

// laneBucket returns the two buckets a template of hash h may be kept
// in. A template goes into the first if it has a free way, else into the
// second: with one choice, a file of 1,920 templates left 50 of them
// without a place in the 4,096 ways, and their 2.9% of the rows were read
// the full way as they pushed each other out.
func laneBucket(h uint64) (first, second uint64) {
	return h % laneBuckets, (h >> 32) % laneBuckets
}

// findTemplate returns the template of the text bef and aft with hash h, or
// nil.
func findTemplate[T string | []byte](l *lane, h uint64, bef, aft T) *template {
	b1, b2 := laneBucket(h)
	tag := laneTag(h)
	for b := b1; ; b = b2 {
		for _, w := range &l.sets[b] {
			if w.tag != tag || w.t == nil || int(w.split) != len(bef) || int(w.n) != len(bef)+len(aft) {
				continue
			}
			k := w.t.short[:]
			if w.n > laneShort {
				k = w.t.long
			}
			if string(k[:w.split]) == string(bef) && string(k[w.split:w.n]) == string(aft) {
				return w.t
			}
		}
		if b == b2 {
			return nil
		}
	}
}

// laneTake reads a row with the lane if the text before and after its
// value cell, bef and aft with hash h, is a template's and the value cell
// val reads; pos gives the row's positions. It reports whether it took
// the row, and then whether reading goes on. (lane.rows does the same
// steps with the line taken from the reader between them.)
func laneTake[T string | []byte](l *lane, pos fieldPos, h uint64, bef, aft, val T, yield func(*rowSet, error) bool) (took, goOn bool) {
	t := findTemplate(l, h, bef, aft)
	if t == nil {
		return false, true
	}
	v, ok := l.value(t, string(val))
	if !ok {
		return false, true
	}
	l.read++
	set, err := l.row(pos, pos.FieldPos(0).Line, pos.FieldPos(l.vi).Column, t, v)
	return true, l.give(yield, set, err)
}

// value reads the value cell text s of a row of template t; ok is false
// when it does not read: the row is then read the full way, which reports
// it.
//
// A value of a column without a scale word that money reads is given
// its currency straight away (plan.inCurrency, with the currency
// plan.valueCurrency found for the template); anything else, the dash
// of a nil cell among them, goes through plan.plainValue, which the
// full way calls, and so gives the same value or error.
func (l *lane) value(t *template, s string) (v money.Amount, ok bool) {
	p := l.p
	s = trimSpace(s)
	if p.scales[colValue] == "" {
		if a, err := p.money.Parse(s); err == nil {
			v, err = nonNegative(p.inCurrency(a, t.vcur))
			return v, err == nil
		}
	}
	v, err := p.plainValue(colValue, s, t.cur)
	return v, err == nil
}

// row gives the record of template t with value v, of the row at line
// whose value cell is at column col: the set of one row, or the error of
// the checks against the rows before it; nil and no error when pend kept
// the row for later.
func (l *lane) row(rd fieldPos, line, col int, t *template, v money.Amount) (set *rowSet, err error) {
	p := l.p
	l.hits++
	set = &p.set
	set.n, set.t, set.memo = 0, nil, &t.memo
	p.world, p.cmdTotal, p.firstCol = false, false, l.vi
	if p.second.Flow != 0 { // a second record (plan.finish) has a flow
		p.second = Record{}
	}
	if p.full {
		// Past the rows checked for duplicates and overlaps (maxSeen),
		// a row is checked only for codes that nest: its template's code.
		err = p.nestedHS(rd, t.hs)
	} else {
		r := &p.laneRec
		*r = t.rec
		r.Value = v
		err = p.checkedRow(rd, r)
	}
	if err != nil {
		return set, err
	}
	if l.pend(t, v) {
		return nil, nil
	}
	p.countValue(t.flow, v, &t.sums, &t.at)
	set.n, set.t, set.v, set.line, set.col = 1, t, v, line, col
	return set, nil
}

// pend keeps value v of a row of template t in the template, for flush
// to add to the sums of the plan and to Summarize's summary, when the
// row is one whose additions can wait: the lane of Summarize, past the
// rows checked for duplicates and overlaps (maxSeen), so that the row
// calls no Warn; the summary's memo of t holds for v; the plan's sums of
// t are placed, or no longer kept; and v cannot make any of those sums
// overflow, however the rows before it fall (Aggregator.abs, plan.abs).
// Such a row's additions are sums, which do not depend on their order,
// and cannot fail; everything that reads the sums or can fail — a row
// read the full way, an error or warning given to the caller, the end of
// the lane — comes after flush. A row added later reads one cache line
// of its template instead of three of the summary and the plan's sums:
// for the million-row file of BenchmarkIngest, trade summary ran 1,641M
// instructions with pend and 1,820M without (cachegrind).
//
// It reports whether it kept the row.
func (l *lane) pend(t *template, v money.Amount) bool {
	if l.sink == nil || !l.pendable(t, v.Currency()) {
		return false
	}
	if l.room < 0 {
		l.room = l.roomLeft()
	}
	x := v.Minor()
	if x < 0 || x > l.room {
		return false
	}
	l.room -= x
	if t.pendN == 0 {
		l.dirty = append(l.dirty, t)
	}
	t.pend += x
	t.pendN++
	return true
}

// pendable reports whether pend may keep a value in currency cur of a
// row of template t, room for it aside, for the lane of Summarize (whose
// sink is not nil).
func (l *lane) pendable(t *template, cur currency.Unit) bool {
	// A memo of this summary was set by its add: it has started.
	return l.p.full && t.flow-Export <= ReImport-Export && l.sink.s.memoHolds(&t.memo, cur) &&
		(l.p.sumsFull || (!l.need[0] || t.at[0] != 0) && (!l.need[1] || t.at[1] != 0))
}

// flush adds the rows that pend kept (plan.countKept, Summary.addKept).
// Anything may change the sums after it, before pend keeps a row again:
// the room pend leaves under the largest sum is found again then.
func (l *lane) flush() {
	l.room = -1
	if len(l.dirty) == 0 {
		return
	}
	p, k := l.p, l.sink
	for _, t := range l.dirty {
		x, n := t.pend, t.pendN
		t.pend, t.pendN = 0, 0
		p.countKept(t.flow, x, n, &t.at)
		k.s.addKept(&t.memo, t.flow, x, n)
		k.added += n
		l.pended += n
	}
	clear(l.dirty)
	l.dirty = l.dirty[:0]
}

// learn makes the keyed row br, just read the full way, a template, if it
// gave one plain record (not a total, not for the World or all
// commodities, not left out, no warning).
func (l *lane) learn(br *batchRow, set *rowSet, err error) {
	p := l.p
	pr := &br.parsed
	if !l.on || err != nil || set == nil || set.n != 1 || len(br.warns) > 0 ||
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
	t := &template{rec: pr.rec, flow: pr.rec.Flow, hs: pr.rec.HS, cur: cur, vcur: p.valueCurrency(colValue, cur)}
	t.rec.Value = money.Amount{}
	t.sums = p.sumHashes(&t.rec)
	text := append(append(t.short[:0], br.text[:br.vs]...), br.text[br.ve:]...)
	if len(text) > laneShort {
		t.long = text
	}
	w := laneWay{tag: laneTag(br.h), split: uint16(br.vs), n: uint16(len(text)), t: t}
	b1, b2 := laneBucket(br.h)
	for _, b := range [2]uint64{b1, b2} {
		for i, x := range &l.sets[b] {
			if x.t == nil {
				l.sets[b][i] = w
				return
			}
		}
	}
	// Both are full: replace the ways of the first in turn.
	l.sets[b1][l.next[b1]] = w
	l.next[b1] = (l.next[b1] + 1) % laneWays
}

// rows reads the records of rd with the lane, with one goroutine: a row
// of a template straight from the reader's buffer, any other as a batch
// of one row read the full way. It goes on until the input ends, reading
// stops (false), or the lane is given up (true: the batches go on).
func (l *lane) rows(rd *input.Reader, rb *rowBuf, w *worker, b *batch, yield func(*rowSet, error) bool) bool {
	p := l.p
	defer l.flush()
	defer l.stopSplit()
	c := rd.Comma()
	comma, ascii := byte(c), c < utf8.RuneSelf
	for l.on {
		if sp := l.sp; sp != nil && rd.Offset() >= sp.next {
			l.step(rd)
		}
		l.tick()
		// A line of a template whose value reads (lane.match).
		if line, ok := rd.PeekLine(laneMaxKey + maxField); ok && ascii {
			if t, vs, ve := l.match(line, comma); t != nil {
				if v, ok := l.value(t, string(line[vs:ve])); ok {
					lp := &l.lp
					lp.line, lp.vi, lp.vs, lp.comma = line, l.vi, vs, comma
					lp.start, _ = rd.TakeLine()
					set, err := l.row(lp, lp.start.Line, lp.start.Column+vs, t, v) // lp.FieldPos(0), lp.FieldPos(l.vi)
					if !l.give(yield, set, err) {
						return false
					}
					continue
				}
			}
		}
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
			l.flush()
			if !p.finishBatch(b, yield, nil) {
				return false
			}
			continue
		}
		text, offs, ok := rd.Text(l.offs[:0])
		l.offs = offs
		var vs, ve int
		var h uint64
		if ok {
			vs, ve, ok = l.laneSpan(len(text), offs, len(fields[l.vi]))
		}
		if ok {
			h = laneHash(l.seed, text[:vs], text[ve:])
			if took, goOn := laneTake(l, rd, h, text[:vs], text[ve:], fields[l.vi], yield); took {
				if !goOn {
					return false
				}
				continue
			}
		}
		b.add(rd, rb, fields)
		b.settle()
		if ok && rb.text != "" {
			b.rows[0].laneRow = laneRow{keyed: true, h: h, text: rb.text, vs: vs, ve: ve}
		}
		w.parse(b)
		l.flush()
		if !p.finishBatch(b, yield, l) {
			return false
		}
	}
	return true
}

// match returns the template of line, of fields separated by comma, if
// it may be a record of one, and where its value cell is: the text
// before the cell and after it the bytes of the template's, the cell
// plain text (printable ASCII, no quote). It returns nil otherwise. The
// line is the template's record if its value cell reads (lane.value).
//
// The value cell is found by counting separators, quoted or not: the text
// before it then ends with a separator, and if it is a template's text,
// the same bytes from the start of a record, the separators counted are
// the record's; so is the text after it, from a separator on.
func (l *lane) match(line []byte, comma byte) (t *template, vs, ve int) {
	var ok bool
	if l.after < l.vi {
		// Fewer separators after the value cell than before it: they
		// are counted from the end. Either way the cell is taken only
		// between a template's texts.
		vs, ve, ok = valueSpanBack(line, comma, l.after)
	} else {
		vs, ve, ok = valueSpan(line, comma, l.vi)
	}
	if !ok || ve-vs > maxField || len(line)-(ve-vs) > laneMaxKey || !plainCell(line, vs, ve) {
		return nil, 0, 0
	}
	bef, aft := line[:vs], line[ve:]
	return findTemplate(l, laneHash(l.seed, bef, aft), bef, aft), vs, ve
}

// valueSpan returns where field vi of line starts and ends, counting the
// separators comma, or ok false when line has fewer than vi of them.
func valueSpan(line []byte, comma byte, vi int) (vs, ve int, ok bool) {
	return scanSpan(line, comma, vi, -1)
}

// valueSpanBack returns where the field of line that after separators
// follow starts and ends, counting the separators comma from the end, or
// ok false when line has fewer than after of them. It reads eight bytes
// at a time from the end, as scanSpan does from the start.
func valueSpanBack(line []byte, comma byte, after int) (vs, ve int, ok bool) {
	pat := uint64(comma) * swarOnes
	k := 0 // separators seen
	ve = len(line)
	j := len(line)
	for ; j >= 8; j -= 8 {
		// Byte b of the word is line[j-8+b].
		for m := swarZeros(binary.LittleEndian.Uint64(line[j-8:]) ^ pat); m != 0; {
			hi := 63 - bits.LeadingZeros64(m) // the high bit of the last separator's byte
			at := j - 8 + hi>>3
			if k == after {
				return at + 1, ve, true
			}
			if k++; k == after {
				ve = at
			}
			m &^= 1 << hi
		}
	}
	for j--; j >= 0; j-- { // the first bytes, fewer than eight
		if line[j] == comma {
			if k == after {
				return j + 1, ve, true
			}
			if k++; k == after {
				ve = j
			}
		}
	}
	if k < after {
		return 0, 0, false
	}
	return 0, ve, true // the first field
}

// plainSpan is valueSpan for a plain line: one of printable ASCII or
// tabs, without a quote, with fields-1 separators (laneLexer.plain).
func plainSpan(line []byte, comma byte, vi, fields int) (vs, ve int, ok bool) {
	return scanSpan(line, comma, vi, fields)
}

// Masks of eight bytes at a time (scanSpan).
const (
	swarOnes = 0x0101010101010101
	swarLow7 = 0x7f7f7f7f7f7f7f7f
	swarHigh = 0x8080808080808080
)

// swarZeros returns the high bit of each zero byte of x, exactly: the
// low seven bits of each byte are added apart, without carries from one
// byte to the next.
func swarZeros(x uint64) uint64 {
	return ^((x&swarLow7 + swarLow7) | x | swarLow7)
}

// swarBad returns the high bit of each byte of x that a plain line does
// not hold: under a space (but a tab), DEL and above, or a quote.
//
// Each test adds to y, the low seven bits of each byte, a constant that
// carries into the byte's high bit or not, and no further, as no sum is
// over 0xff: y+0x60 carries unless y < 0x20; y+0x01 carries only for
// DEL's 0x7f; y^c + 0x7f carries unless y is c (a tab, a quote). A byte
// with its own high bit set is bad whatever its low bits (x, or'ed in).
func swarBad(x uint64) uint64 {
	y := x & swarLow7
	under := ^(y + 0x60*swarOnes)
	tab := ^(y ^ '\t'*swarOnes + swarLow7)
	del := y + swarOnes
	quote := ^(y ^ '"'*swarOnes + swarLow7)
	return (under&^tab | del | quote | x) & swarHigh
}

// swarPad returns eight bytes that fill a word past the end of a line:
// neither the separator comma nor bytes a plain line refuses (swarBad).
func swarPad(comma byte) uint64 {
	if comma == 'a' {
		return 'b' * swarOnes
	}
	return 'a' * swarOnes
}

// plainCell reports whether line[vs:ve] holds only printable ASCII and
// tabs, without a quote (swarBad), reading eight bytes at a time. A cell
// of eight bytes or more is read in words that lie inside it, the last
// one ending at ve (and overlapping the one before); in a shorter one,
// the bytes of its word past ve, or past the end of line, are left out of
// its mask.
func plainCell(line []byte, vs, ve int) bool {
	if ve-vs >= 8 {
		bad := swarBad(binary.LittleEndian.Uint64(line[ve-8:]))
		for i := vs; i+8 < ve; i += 8 {
			bad |= swarBad(binary.LittleEndian.Uint64(line[i:]))
		}
		return bad == 0
	}
	var x uint64
	switch {
	case vs+8 <= len(line):
		x = binary.LittleEndian.Uint64(line[vs:])
	case len(line) >= 8: // the last bytes of line, its bytes before them shifted out
		x = binary.LittleEndian.Uint64(line[len(line)-8:]) >> (8 * (vs + 8 - len(line)))
	default: // a line shorter than a word: its bytes from vs
		for j := len(line) - 1; j >= vs; j-- {
			x = x<<8 | uint64(line[j])
		}
	}
	return swarBad(x)&(1<<(8*(ve-vs))-1) == 0
}

// scanSpan returns where field vi of line starts and ends, reading eight
// bytes at a time: the separators of a word are the zero bytes of the
// word XOR eight copies of comma. With fields < 0 it stops at the end of
// field vi; otherwise it reads the whole line, and ok is false unless
// the line is plain (see plainSpan) with fields-1 separators.
func scanSpan(line []byte, comma byte, vi, fields int) (vs, ve int, ok bool) {
	pat, pad := uint64(comma)*swarOnes, swarPad(comma)
	strict := fields >= 0
	k := 0 // separators seen
	ve = -1
	for i := 0; i < len(line); i += 8 {
		var x uint64
		if n := len(line) - i; n >= 8 {
			x = binary.LittleEndian.Uint64(line[i:])
		} else if len(line) >= 8 {
			// The last n bytes, then padding, made in a register: a
			// word stored a byte at a time and loaded at once stalls.
			x = binary.LittleEndian.Uint64(line[len(line)-8:])>>(8*(8-n)) | pad<<(8*n)
		} else {
			x = pad
			for j := n - 1; j >= 0; j-- {
				x = x<<8 | uint64(line[i+j])
			}
		}
		m := swarZeros(x ^ pat)
		if strict && swarBad(x)&^m != 0 {
			return 0, 0, false
		}
		if ve >= 0 { // field vi found: count the rest
			k += bits.OnesCount64(m)
			continue
		}
		for ; m != 0; m &= m - 1 {
			j := i + bits.TrailingZeros64(m)>>3
			if k == vi {
				ve = j
				if !strict {
					return vs, ve, true
				}
				k += bits.OnesCount64(m)
				break
			}
			if k++; k == vi {
				vs = j + 1
			}
		}
	}
	if k < vi || strict && k != fields-1 {
		return 0, 0, false
	}
	if ve < 0 {
		ve = len(line)
	}
	return vs, ve, true
}

// A linePos gives the positions of the fields of a line the lane took
// (input.Reader.TakeLine): the value cell's is known, the others found by
// counting the separators outside quotes.
type linePos struct {
	start  input.Pos
	line   []byte
	vi, vs int
	comma  byte
}

// FieldPos returns the position of field i of the line, or its end for i
// outside its fields.
func (lp *linePos) FieldPos(i int) input.Pos {
	at := func(d int) input.Pos {
		return input.Pos{Line: lp.start.Line, Column: lp.start.Column + d, Offset: lp.start.Offset + int64(d)}
	}
	if i < 0 {
		return at(len(lp.line))
	}
	if i == 0 {
		return at(0)
	}
	if i == lp.vi {
		return at(lp.vs)
	}
	// The text of a template has no "" pair (input.Reader.Text): a
	// quote opens or closes a quoted cell.
	k, quoted := 0, false
	for d, b := range lp.line {
		switch {
		case b == '"':
			quoted = !quoted
		case b == lp.comma && !quoted:
			if k++; k == i {
				return at(d + 1)
			}
		}
	}
	return at(len(lp.line))
}
