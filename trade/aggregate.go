package trade

import (
	"cmp"
	"errors"
	"fmt"
	"github.com/kerjasama/kerjasama/internal/enum"
	"iter"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/money"
	"golang.org/x/text/currency"
	"golang.org/x/text/language"
)

// A Dimension is a set of keys to group records by, combined with |:
// ByYear|ByPost groups by year and border post. The zero Dimension groups
// everything into one total.
type Dimension uint16

// The dimensions.
const (
	ByPeriod    Dimension = 1 << iota // the record's exact period
	ByYear                            // the calendar year (0 for a record spanning several years)
	ByMonth                           // the month (0 for a record spanning several months); with ByYear, the calendar month
	ByReporter                        // the reporting region
	ByPartner                         // the partner country or region
	ByPost                            // the border post
	ByFlow                            // export, import, re-export, re-import
	ByScheme                          // regular or border trade
	ByBasis                           // port or origin basis
	ByChapter                         // the HS chapter (2 digits)
	ByHeading                         // the HS heading (4 digits)
	ByCommodity                       // the full HS code

	dimensionEnd
)

var dimensionLabels = []enum.Entry{
	{ID: "none", En: "none", In: "tidak ada", Ms: "tiada"},
	{ID: "period", En: "period", In: "periode", Ms: "tempoh", Aliases: []string{"periods", "masa", "jangka waktu"}},
	{ID: "year", En: "year", In: "tahun", Ms: "tahun", Aliases: []string{"years", "yr", "thn", "refyear"}},
	{ID: "month", En: "month", In: "bulan", Ms: "bulan", Aliases: []string{"months", "bln", "refmonth"}},
	{ID: "reporter", En: "reporter", In: "pelapor", Ms: "pelapor", Aliases: []string{"reporting region", "provinsi", "daerah", "wilayah", "negeri", "reporteriso"}},
	{ID: "partner", En: "partner", In: "mitra", Ms: "rakan dagang", Aliases: []string{"partners", "negara mitra", "negara", "country", "rakan", "partneriso", "negara tujuan", "negara asal"}},
	{ID: "post", En: "border post", In: "pos lintas batas", Ms: "pos kawalan sempadan", Aliases: []string{"post", "posts", "pos", "plbn", "pos perbatasan", "border"}},
	{ID: "flow", En: "flow", In: "arus", Ms: "aliran", Aliases: []string{"flows", "arah", "jenis", "flowcode"}},
	{ID: "scheme", En: "scheme", In: "skema", Ms: "skim", Aliases: []string{"schemes", "channel", "jalur"}},
	{ID: "basis", En: "basis", In: "basis", Ms: "asas", Aliases: []string{"dasar"}},
	{ID: "chapter", En: "HS chapter", In: "bab HS", Ms: "bab HS", Aliases: []string{"chapter", "chapters", "bab", "hs2"}},
	{ID: "heading", En: "HS heading", In: "pos tarif", Ms: "kepala HS", Aliases: []string{"heading", "headings", "pos hs", "hs4"}},
	{ID: "commodity", En: "commodity", In: "komoditas", Ms: "komoditi", Aliases: []string{"commodities", "komoditi", "barang", "hs", "hs code", "kode hs", "cmdcode"}},
}

var dimensionEnum = newEnum("Dimension", dimensionLabels)

// dims returns the single dimensions in d, in order.
func (d Dimension) dims() iter.Seq[Dimension] {
	return func(yield func(Dimension) bool) {
		for x := d & (dimensionEnd - 1); x != 0; x &= x - 1 {
			if !yield(x & -x) {
				return
			}
		}
	}
}

func (d Dimension) index() int { return bits.TrailingZeros16(uint16(d)) + 1 }

// String returns the identifiers of the dimensions in d joined by commas,
// "year,post", or "none" for the zero Dimension. It never panics.
func (d Dimension) String() string {
	if d == 0 {
		return "none"
	}
	var b strings.Builder
	for x := range d.dims() {
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString(dimensionEnum.String(x.index()))
	}
	if rest := d &^ (dimensionEnd - 1); rest != 0 {
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, "%%!Dimension(%#x)", uint16(rest))
	}
	return b.String()
}

// Label returns the name of the single dimension d in the language of t
// ("tahun", "pos lintas batas"), for table headers; for a set it joins the
// labels with ", ".
func (d Dimension) Label(t language.Tag) string {
	var parts []string
	for x := range d.dims() {
		parts = append(parts, dimensionEnum.Label(x.index(), t))
	}
	if len(parts) == 0 {
		return dimensionEnum.Label(0, t)
	}
	return strings.Join(parts, ", ")
}

// MarshalText implements encoding.TextMarshaler with String's form.
func (d Dimension) MarshalText() ([]byte, error) {
	if d&^(dimensionEnd-1) != 0 {
		return nil, &ParseError{Func: "Dimension.MarshalText", Input: d.String(), Msg: "unknown dimension bits", Err: ErrRange}
	}
	return []byte(d.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseDimension.
func (d *Dimension) UnmarshalText(text []byte) error {
	v, err := ParseDimension(string(text))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// ParseDimension reads a comma-separated list of dimensions in Indonesian,
// Malay or English: "year,post", "tahun, pos", "bulan,arus", "chapter",
// "mitra,bab". "none" and the empty string give the zero Dimension.
func ParseDimension(s string) (Dimension, error) {
	if len(s) > 4*maxLabel {
		return 0, &ParseError{Func: "ParseDimension", Input: s, Offset: 4 * maxLabel, Msg: "input too long", Err: ErrSyntax}
	}
	var d Dimension
	off := 0
	for part := range strings.SplitSeq(s, ",") {
		p := strings.TrimSpace(part)
		if p != "" && p != "none" {
			v, err := dimensionEnum.Parse("ParseDimension", p)
			if err != nil {
				var pe *ParseError
				if errors.As(err, &pe) {
					pe.Input, pe.Offset = s, off
				}
				return 0, err
			}
			d |= 1 << (v - 1)
		}
		off += len(part) + 1
	}
	return d, nil
}

// A Key identifies one group of an aggregation. Only the fields of the
// aggregation's dimensions are set; the others are zero. It is a small
// comparable value, used as a map key.
type Key struct {
	Period date.Range // ByPeriod
	Year   int        // ByYear
	Month  time.Month // ByMonth
	Flow   Flow       // ByFlow
	Scheme Scheme     // ByScheme
	Basis  Basis      // ByBasis
	HS     HS         // ByChapter, ByHeading or ByCommodity (the finest one asked for)
	// Code is, for a commodity code of another classification than the
	// HS (Record.Code, a SITC code), its first 2 digits (ByChapter), 4
	// (ByHeading) or all (ByCommodity).
	Code     string
	Reporter string // ByReporter
	Partner  string // ByPartner
	Post     string // ByPost
}

// Key returns the key of r under the dimensions d.
func (d Dimension) Key(r *Record) Key {
	var k Key
	if d&ByPeriod != 0 {
		k.Period = r.Period
	}
	if d&ByYear != 0 && r.Period.Start.Year == r.Period.End.Year {
		k.Year = r.Period.Start.Year
	}
	if d&ByMonth != 0 && r.Period.Start.Year == r.Period.End.Year && r.Period.Start.Month == r.Period.End.Month {
		k.Month = r.Period.Start.Month
	}
	k.Flow, k.Scheme, k.Basis, k.HS = d.codes(r)
	k.Code = d.code(r)
	if d&ByReporter != 0 {
		k.Reporter = r.Reporter
	}
	if d&ByPartner != 0 {
		k.Partner = r.Partner
	}
	if d&ByPost != 0 {
		k.Post = r.Post
	}
	return k
}

// codes returns the flow, scheme, basis and commodity code of r that d
// groups by, zero for the others. Of ByChapter, ByHeading and ByCommodity
// the finest one asked for wins.
func (d Dimension) codes(r *Record) (f Flow, s Scheme, b Basis, h HS) {
	if d&ByFlow != 0 {
		f = r.Flow
	}
	if d&ByScheme != 0 {
		s = r.Scheme
	}
	if d&ByBasis != 0 {
		b = r.Basis
	}
	switch {
	case d&ByCommodity != 0:
		h = r.HS
	case d&ByHeading != 0:
		h = r.HS.Heading()
	case d&ByChapter != 0:
		h = r.HS.ChapterCode()
	}
	return f, s, b, h
}

// code returns the part of r's non-HS commodity code that d groups by.
func (d Dimension) code(r *Record) string {
	c := r.Code
	switch {
	case c == "" || d&ByCommodity != 0:
	case d&ByHeading != 0 && len(c) > 4:
		c = c[:4]
	case d&ByChapter != 0 && d&ByHeading == 0 && len(c) > 2:
		c = c[:2]
	case d&(ByChapter|ByHeading) == 0:
		c = ""
	}
	return c
}

// Compare orders keys by period, year, month, reporter, partner, post,
// flow, scheme, basis and commodity, returning -1, 0 or +1.
func (k Key) Compare(o Key) int {
	return cmp.Or(
		k.Period.Start.Compare(o.Period.Start),
		k.Period.End.Compare(o.Period.End),
		cmp.Compare(k.Year, o.Year),
		cmp.Compare(k.Month, o.Month),
		cmp.Compare(k.Reporter, o.Reporter),
		cmp.Compare(k.Partner, o.Partner),
		cmp.Compare(k.Post, o.Post),
		cmp.Compare(k.Flow, o.Flow),
		cmp.Compare(k.Scheme, o.Scheme),
		cmp.Compare(k.Basis, o.Basis),
		k.HS.Compare(o.HS),
		cmp.Compare(k.Code, o.Code),
	)
}

// String returns the set fields of k separated by spaces, in the order
// of Compare: "2015 entikong export"; "all" for the zero Key.
func (k Key) String() string {
	var parts []string
	if !k.Period.IsZero() {
		parts = append(parts, Period(k.Period).String())
	}
	if k.Year != 0 {
		parts = append(parts, strconv.Itoa(k.Year))
	}
	if k.Month != 0 {
		parts = append(parts, k.Month.String())
	}
	for _, s := range []string{k.Reporter, k.Partner, k.Post} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	if k.Flow != 0 {
		parts = append(parts, k.Flow.String())
	}
	if k.Scheme != 0 {
		parts = append(parts, k.Scheme.String())
	}
	if k.Basis != 0 {
		parts = append(parts, k.Basis.String())
	}
	if !k.HS.IsZero() {
		parts = append(parts, "HS"+k.HS.String())
	}
	if k.Code != "" {
		parts = append(parts, k.Code)
	}
	if len(parts) == 0 {
		return "all"
	}
	return strings.Join(parts, " ")
}

// A Group is the total of the records that share one Key.
type Group struct {
	Key       Key
	Exports   money.Amount // Flow Export
	Imports   money.Amount // Flow Import
	ReExports money.Amount // Flow ReExport
	ReImports money.Amount // Flow ReImport
	Records   int          // how many records were added
	// Counts is how many records of each flow were added, by Flow-1
	// (Export, Import, ReExport, ReImport): a flow of which none was added
	// is not recorded, which is not the same as zero (see Group.Balance).
	Counts [4]int
	// Span runs from the earliest start to the latest end of the periods of
	// the records added. It says what the totals cover, but not whether the
	// records cover every day of it.
	Span date.Range
}

// Balance returns the trade balance of g on the general trade system:
// exports including re-exports against imports including re-imports (the
// WITS definition), over g's Span, with the reporter and partner of g's
// key. When no record of exports (or re-exports) was added, or none of
// imports (or re-imports), that flow is not recorded: the Balance says so
// with NoExports or NoImports, and has no net, no status and no coverage.
// A Group made by hand without Counts, but with Records, counts both flows
// as recorded.
func (g Group) Balance() (Balance, error) {
	x, err := g.Exports.Add(g.ReExports)
	if err != nil {
		return Balance{}, fmt.Errorf("trade: exports of %v: %w", g.Key, err)
	}
	m, err := g.Imports.Add(g.ReImports)
	if err != nil {
		return Balance{}, fmt.Errorf("trade: imports of %v: %w", g.Key, err)
	}
	noX, noM := g.NoExports(), g.NoImports()
	if noX || noM {
		b := Balance{Period: g.Span, Exports: x, Imports: m, NoExports: noX, NoImports: noM,
			Reporter: g.Key.Reporter, Partner: g.Key.Partner}
		return b, nil
	}
	b, err := NewBalance(g.Span, x, m)
	b.Reporter, b.Partner = g.Key.Reporter, g.Key.Partner
	return b, err
}

// counted reports whether g counts its records by flow: groups of an
// Aggregator do; a Group written by hand with Records but no Counts does
// not, and is taken to have both flows.
func (g Group) counted() bool { return g.Counts != [4]int{} }

// NoExports reports whether no record of exports or re-exports was added
// to g: its exports are not recorded, which is not zero.
func (g Group) NoExports() bool { return g.counted() && g.Counts[0]+g.Counts[2] == 0 }

// NoImports reports whether no record of imports or re-imports was added
// to g: its imports are not recorded, which is not zero.
func (g Group) NoImports() bool { return g.counted() && g.Counts[1]+g.Counts[3] == 0 }

// A Converter converts an amount into another currency at the rate that
// applies to a period. Rates implements it with dated money rates.
type Converter interface {
	Convert(a money.Amount, to currency.Unit, period date.Range) (money.Amount, error)
}

// An Aggregator totals records by the keys of its dimensions, in one pass,
// exactly. The zero Aggregator totals everything into one group; set By
// (and, for several currencies, Currency and Rates) before the first Add.
//
// Amounts are summed exactly in hundredths: a sum that would not fit in an
// Amount fails with ErrOverflow and leaves the totals as they were. All
// totals are in one currency: Currency, or else the currency of the first
// record. A record in another currency is converted with Rates, or,
// without Rates, refused with ErrCurrencyMismatch.
//
// Adding a record costs one probe of a hash table on a small pointer-free
// key and does not allocate (only a new group or a new name does). An Aggregator
// is not safe for concurrent use.
type Aggregator struct {
	By       Dimension     // the dimensions to group by
	Currency currency.Unit // the currency of the totals; zero: the first record's
	Rates    Converter     // converts records in other currencies; nil: refuse them

	cur   currency.Unit
	class Classification // the classification of the records added, zero until one states it
	fixed bool
	// abs bounds the size of every sum: the sizes of all values added,
	// added up (to math.MaxInt64 at most). The template lane adds a row
	// later only while its value cannot make any sum overflow (lane.pend).
	abs   int64
	table []int32 // open-addressing hash table of slot index + 1; 0 is empty
	slots []slot
	names [4]interner // reporter, partner, post, non-HS commodity code
}

// A gkey is the internal, pointer-free form of a Key, five words: the
// packed period; the HS code; year, month, flow, scheme and basis; and the
// interned reporter, partner and post. Hashing and comparing it are a few
// integer operations.
type gkey [5]uint64

func (k *gkey) equal(o *gkey) bool {
	return k[0] == o[0] && k[1] == o[1] && k[2] == o[2] && k[3] == o[3] && k[4] == o[4]
}

// A slot is the running total of one group.
//
// What a record adds to comes first: the sums and counts are the first
// 64 bytes of a slot of 256, one cache line when the slots start on one.
type slot struct {
	sums       [4]int64 // hundredths, by Flow-1
	counts     [4]int   // records, by Flow-1 (all of them: Records)
	start, end uint32   // packed span
	gkey       gkey
	key        Key
}

// packDate packs d into an integer that sorts like d, or 0 when d is not a
// date with a year from 1 to 9999.
func packDate(d date.Date) uint32 {
	if d.Year < 1 || d.Year > 9999 || d.Month < 1 || d.Month > 12 || d.Day < 1 || d.Day > 31 {
		return 0
	}
	return uint32(d.Year)<<9 | uint32(d.Month)<<5 | uint32(d.Day)
}

// validPacked reports whether the day of packed date p exists in its
// month (packDate has checked the ranges of year, month and day).
func validPacked(p uint32) bool {
	d := p & 31
	if d <= 28 {
		return true
	}
	switch p >> 5 & 15 {
	case 2:
		y := p >> 9
		return d == 29 && y%4 == 0 && (y%100 != 0 || y%400 == 0)
	case 4, 6, 9, 11:
		return d <= 30
	}
	return true
}

func unpackDate(p uint32) date.Date {
	return date.Date{Year: int(p >> 9), Month: time.Month(p >> 5 & 15), Day: int(p & 31)}
}

// An interner gives each distinct name a small number. A direct-mapped
// cache in front of the map makes a repeated name cost one string
// comparison, which is a pointer comparison when the same string is
// passed again (as CSVReader does).
type interner struct {
	ids   map[string]uint32
	cache [64]struct {
		s  string
		id uint32
	}
}

func (in *interner) id(s string) uint32 {
	if s == "" {
		return 0
	}
	h := (uint(len(s))*31 + uint(s[0])*7 + uint(s[len(s)-1])) & 63
	e := &in.cache[h]
	if e.id != 0 && e.s == s {
		return e.id
	}
	id, ok := in.ids[s]
	if !ok {
		if in.ids == nil {
			in.ids = make(map[string]uint32)
		}
		id = uint32(len(in.ids) + 1)
		in.ids[s] = id
	}
	e.s, e.id = s, id
	return id
}

// Add adds r to its group. It fails, leaving the totals unchanged, when r
// has no currency, another currency and no rate converts it, an unknown
// flow, a period that is not a valid range of years 1 to 9999, a
// classification other than that of the records before it (ErrMixedClassifications:
// codes of HS 2012 and SITC, or of two HS editions, are not summed; a
// record that states none goes with any), or when a total would overflow. The error does not know where r was read: a caller
// summing a file names the row, as CSVReader.Rows gives its line
// ("entikong.csv:1234: trade: aggregating 2019 export: money: overflow",
// a *RowError with File, Line and Err).
func (a *Aggregator) Add(r *Record) error {
	_, err := a.add(r)
	return err
}

// add is Add, and returns the index of the slot of r's group (in a.slots,
// which only grows), or -1 with the error.
func (a *Aggregator) add(r *Record) (int32, error) {
	v := r.Value
	if !a.fixed {
		if err := a.init(v); err != nil {
			return -1, err
		}
	}
	if v.Currency() != a.cur {
		var err error
		if v, err = a.convert(r); err != nil {
			return -1, err
		}
	}
	if r.Flow < Export || r.Flow > ReImport {
		return -1, fmt.Errorf("trade: cannot aggregate a record with flow %v", r.Flow)
	}
	if c := r.Classification; c != 0 && c != a.class {
		if a.class != 0 {
			return -1, fmt.Errorf("trade: aggregating a record in %v with records in %v: %w", c, a.class, ErrMixedClassifications)
		}
		a.class = c
	}
	start, end := packDate(r.Period.Start), packDate(r.Period.End)
	if start == 0 || end == 0 || end < start || !validPacked(start) || !validPacked(end) {
		return -1, fmt.Errorf("trade: cannot aggregate a record with period %v", r.Period)
	}
	var k gkey
	by := a.By
	if by&ByPeriod != 0 {
		k[0] = uint64(start)<<32 | uint64(end)
	}
	sameYear := start>>9 == end>>9
	if by&ByYear != 0 && sameYear {
		k[2] = uint64(start >> 9)
	}
	if by&ByMonth != 0 && sameYear && start>>5 == end>>5 {
		k[2] |= uint64(start>>5&15) << 16
	}
	if by&(ByFlow|ByScheme|ByBasis|ByChapter|ByHeading|ByCommodity) != 0 {
		f, sc, b, h := by.codes(r)
		k[1] = h.v
		if c := by.code(r); c != "" {
			k[1] = 1<<63 | uint64(a.names[3].id(c))
		}
		k[2] |= uint64(f)<<24 | uint64(sc)<<32 | uint64(b)<<40
	}
	rep := a.names[0].id(r.Reporter) // always: Reporters counts them
	if by&ByReporter != 0 {
		k[3] = uint64(rep)
	}
	if by&ByPartner != 0 {
		k[3] |= uint64(a.names[1].id(r.Partner)) << 32
	}
	if by&ByPost != 0 {
		k[4] = uint64(a.names[2].id(r.Post))
	}
	j := a.lookup(&k, r, start, end)
	if err := a.slots[j].add(r, v, start, end); err != nil {
		return -1, err
	}
	a.abs = addAbs(a.abs, v.Minor())
	return j, nil
}

// addAt adds r, whose value is in a's currency, to the group of slot j,
// to which a record of the same cells but its value was added before
// (with add): only the value is read.
func (a *Aggregator) addAt(j int32, r *Record) error {
	g := &a.slots[j]
	if err := g.add(r, r.Value, g.start, g.end); err != nil {
		return err
	}
	a.abs = addAbs(a.abs, r.Value.Minor())
	return nil
}

// add adds v, r's value in the aggregator's currency, to g, and widens
// its span to start and end.
func (g *slot) add(r *Record, v money.Amount, start, end uint32) error {
	sum := &g.sums[r.Flow-1]
	t, ok := addInt(*sum, v.Minor())
	if !ok {
		return fmt.Errorf("trade: aggregating %s %s: %w", Period(r.Period), r.Flow, ErrOverflow)
	}
	*sum = t
	g.counts[r.Flow-1]++
	if start < g.start {
		g.start = start
	}
	if end > g.end {
		g.end = end
	}
	return nil
}

// hash mixes the fields of k into a 64-bit hash. The key holds no
// pointers, so the fields are combined with multiplications rather than
// passed byte by byte through a general hash.
func (k *gkey) hash() uint64 {
	h := k[0]*0x9E3779B97F4A7C15 ^ k[1]*0xC2B2AE3D27D4EB4F ^ k[2]*0x165667B19E3779F9 ^
		k[3]*0x27D4EB2F165667C5 ^ k[4]*0xFF51AFD7ED558CCD
	h ^= h >> 29
	h *= 0x94D049BB133111EB
	h ^= h >> 32
	return h
}

// lookup returns the index of the slot of key k, adding one for r when there is none.
// The table is probed linearly and kept at most half full.
func (a *Aggregator) lookup(k *gkey, r *Record, start, end uint32) int32 {
	mask := uint64(len(a.table) - 1)
	for i := k.hash() & mask; ; i = (i + 1) & mask {
		j := a.table[i]
		if j == 0 {
			a.slots = append(a.slots, slot{gkey: *k, key: a.By.Key(r), start: start, end: end})
			a.table[i] = int32(len(a.slots))
			if 2*len(a.slots) > len(a.table) {
				a.grow()
			}
			return int32(len(a.slots) - 1)
		}
		if a.slots[j-1].gkey.equal(k) {
			return j - 1
		}
	}
}

// grow doubles the hash table and puts every slot back in.
func (a *Aggregator) grow() {
	a.table = make([]int32, 2*len(a.table))
	mask := uint64(len(a.table) - 1)
	for j := range a.slots {
		i := a.slots[j].gkey.hash() & mask
		for a.table[i] != 0 {
			i = (i + 1) & mask
		}
		a.table[i] = int32(j + 1)
	}
}

// addAbs returns bound plus the size of x, or math.MaxInt64 when that
// is more (bound is not negative). It is reckoned without a wrap in
// uint64: the size of x is 2⁶³ at most.
func addAbs(bound, x int64) int64 {
	m := x >> 63
	s := uint64(bound) + uint64((x^m)-m)
	if s > math.MaxInt64 {
		return math.MaxInt64
	}
	return int64(s)
}

// addInt returns x+y and whether it is within the range of an Amount
// (±math.MaxInt64 hundredths).
func addInt(x, y int64) (int64, bool) {
	s := x + y
	if (x >= 0) == (y >= 0) && (s >= 0) != (x >= 0) || s == math.MinInt64 {
		return 0, false
	}
	return s, true
}

func (a *Aggregator) init(v money.Amount) error {
	switch {
	case a.Currency != (currency.Unit{}) && a.Currency != currency.XXX:
		a.cur = a.Currency
	case v.HasCurrency():
		a.cur = v.Currency()
	default:
		return errors.New("trade: cannot aggregate a value without currency")
	}
	a.fixed = true
	a.table = make([]int32, 64)
	return nil
}

func (a *Aggregator) convert(r *Record) (money.Amount, error) {
	v := r.Value
	if !v.HasCurrency() {
		return money.Amount{}, errors.New("trade: cannot aggregate a value without currency")
	}
	if a.Rates == nil {
		return money.Amount{}, fmt.Errorf("trade: aggregating %s %s in %v with totals in %v and no rates: %w",
			Period(r.Period), r.Flow, v.Currency(), a.cur, ErrCurrencyMismatch)
	}
	c, err := a.Rates.Convert(v, a.cur, r.Period)
	if err != nil {
		return money.Amount{}, fmt.Errorf("trade: converting %v for %s: %w", v, Period(r.Period), err)
	}
	if c.Currency() != a.cur {
		return money.Amount{}, fmt.Errorf("trade: converter returned %v, want %v: %w", c.Currency(), a.cur, ErrCurrencyMismatch)
	}
	return c, nil
}

// group returns the public form of slot g.
func (a *Aggregator) group(g *slot) Group {
	return Group{
		Key:       g.key,
		Exports:   money.FromMinor(g.sums[0], a.cur),
		Imports:   money.FromMinor(g.sums[1], a.cur),
		ReExports: money.FromMinor(g.sums[2], a.cur),
		ReImports: money.FromMinor(g.sums[3], a.cur),
		Records:   g.counts[0] + g.counts[1] + g.counts[2] + g.counts[3],
		Counts:    g.counts,
		Span:      date.Range{Start: unpackDate(g.start), End: unpackDate(g.end)},
	}
}

// AddAll adds every record of seq, stopping at the first error (a reading
// error from seq or an aggregation error) and returning it. It returns the
// number of records added.
func (a *Aggregator) AddAll(seq iter.Seq2[Record, error]) (int, error) {
	n := 0
	for r, err := range seq {
		if err != nil {
			return n, err
		}
		if err := a.Add(&r); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

// Balances returns the balance of every group, in the order of Groups: the
// series that evaluations of growth, coverage and CAGR start from.
func (a *Aggregator) Balances() ([]Balance, error) {
	gs := a.Groups()
	bs := make([]Balance, len(gs))
	for i, g := range gs {
		b, err := g.Balance()
		if err != nil {
			return nil, err
		}
		bs[i] = b
	}
	return bs, nil
}

// Reporters returns the distinct reporters of the records added, sorted
// (the empty reporter, of records that name none, left out). When it has
// more than one and the Aggregator does not group by ByReporter, each
// group sums the figures of several reporters: a caller should say so.
func (a *Aggregator) Reporters() []string {
	out := make([]string, 0, len(a.names[0].ids))
	for s := range a.names[0].ids {
		out = append(out, s)
	}
	slices.Sort(out)
	return out
}

// Len returns the number of groups.
func (a *Aggregator) Len() int { return len(a.slots) }

// Groups returns the groups in the order of Key.Compare. The slice is a
// copy; the Aggregator can go on adding.
func (a *Aggregator) Groups() []Group {
	gs := make([]Group, len(a.slots))
	for i := range a.slots {
		gs[i] = a.group(&a.slots[i])
	}
	slices.SortFunc(gs, func(x, y Group) int { return x.Key.Compare(y.Key) })
	return gs
}

// Total returns the sum of all groups, with the zero Key, or ErrOverflow
// if a grand total does not fit.
func (a *Aggregator) Total() (Group, error) {
	var t slot
	for i := range a.slots {
		g := &a.slots[i]
		for f := range t.sums {
			s, ok := addInt(t.sums[f], g.sums[f])
			if !ok {
				return Group{}, fmt.Errorf("trade: total of %v: %w", Flow(f+1), ErrOverflow)
			}
			t.sums[f] = s
			t.counts[f] += g.counts[f]
		}
		if i == 0 || g.start < t.start {
			t.start = g.start
		}
		if i == 0 || g.end > t.end {
			t.end = g.end
		}
	}
	if len(a.slots) == 0 {
		return Group{}, nil
	}
	return a.group(&t), nil
}
