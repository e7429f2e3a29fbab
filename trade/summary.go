package trade

import (
	"fmt"
	"math/bits"
	"strconv"
	"strings"

	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/internal/lang"
	"github.com/kerjasama/kerjasama/money"
	"golang.org/x/text/currency"
	"golang.org/x/text/language"
)

// A Summary totals records for a summary table: by its dimensions, and
// by exact period within them, so that the part of a year a group covers
// can be compared with the same months of the year before (like for
// like), never with a whole year. The zero Summary totals everything in
// one group; set By before the first Add. A Summary is not safe for
// concurrent use.
type Summary struct {
	By Dimension

	main, detail Aggregator
	started      bool
}

// Add adds r to the summary; it fails as Aggregator.Add does, leaving
// the totals unchanged.
func (s *Summary) Add(r *Record) error { return s.add(r, nil) }

// A sumMemo remembers the groups a Summary added a record to, for the
// records with the same cells but their values (CSVReader.Summarize
// keeps one in each template of the lane): they are added to the same
// slots without their keys being built and looked up again.
type sumMemo struct {
	s            *Summary
	by           Dimension // s.main.By then
	main, detail int32     // the slots
}

// add is Add, with m, when not nil, the memo of r's cells: set by the
// first record, used by the others.
func (s *Summary) add(r *Record, m *sumMemo) error {
	if !s.started {
		s.main.By = s.By
		s.detail.By = s.By&^(ByYear|ByMonth) | ByPeriod
		s.started = true
	}
	if m != nil && s.memoHolds(m, r.Value.Currency()) {
		// The checks of the record's other cells were made when the memo
		// was set (a value in another currency is converted below).
		if err := s.main.addAt(m.main, r); err != nil {
			return err
		}
		if err := s.detail.addAt(m.detail, r); err != nil {
			return fmt.Errorf("trade: summary by period: %w", err)
		}
		return nil
	}
	j, err := s.main.add(r)
	if err != nil {
		return err
	}
	k, err := s.detail.add(r)
	if err != nil {
		return fmt.Errorf("trade: summary by period: %w", err) // cannot fail where main did not
	}
	if m != nil {
		*m = sumMemo{s: s, by: s.main.By, main: j, detail: k}
	}
	return nil
}

// memoHolds reports whether memo m, set by add, names this summary's
// groups for a value in currency cur: the checks of the record's other
// cells were made when it was set.
func (s *Summary) memoHolds(m *sumMemo, cur currency.Unit) bool {
	return m.s == s && m.by == s.main.By && cur == s.main.cur && s.main.cur == s.detail.cur
}

// addValue adds value v of flow to the groups of memo m, as add does
// with the record that set the memo given the value v, and reports true;
// it adds nothing and reports false when m is not this summary's memo,
// v is not in its currency, or a sum would overflow: add then does it
// with the record, and says why.
func (s *Summary) addValue(m *sumMemo, flow Flow, v money.Amount) bool {
	if !s.started || !s.memoHolds(m, v.Currency()) {
		return false
	}
	g, d, f := &s.main.slots[m.main], &s.detail.slots[m.detail], flow-1
	a, ok := addInt(g.sums[f], v.Minor())
	b, ok2 := addInt(d.sums[f], v.Minor())
	if !ok || !ok2 {
		return false
	}
	g.sums[f], d.sums[f] = a, b
	g.counts[f]++
	d.counts[f]++
	s.main.abs, s.detail.abs = addAbs(s.main.abs, v.Minor()), addAbs(s.detail.abs, v.Minor())
	return true
}

// addKept adds n values of flow, x in all, to the groups of memo m, as
// addValue adds each, for the rows of a template the lane kept
// (lane.pend): m holds, and no sum can overflow.
func (s *Summary) addKept(m *sumMemo, flow Flow, x int64, n int) {
	g, d, f := &s.main.slots[m.main], &s.detail.slots[m.detail], flow-1
	g.sums[f] += x
	d.sums[f] += x
	g.counts[f] += n
	d.counts[f] += n
	s.main.abs += x
	s.detail.abs += x
}

// Aggregator returns the totals by By.
func (s *Summary) Aggregator() *Aggregator {
	s.main.By = s.By
	return &s.main
}

// Reporters returns the distinct reporters of the records added (see
// Aggregator.Reporters). When there are several and By has no ByReporter,
// every line of the table sums several reporters' figures.
func (s *Summary) Reporters() []string { return s.main.Reporters() }

// SameMonthsBefore compares the part of one calendar year that r covers,
// in whole months ("2019-01/2019-11"), with the same months of the year
// before, from groups that cover exact periods (an aggregation by
// ByPeriod): now sums the groups whose period lies within r, before those
// within the same months a year earlier. match, when not nil, chooses the
// groups to sum. ok is false when r is not such a part of a year, or when
// the groups of the year before do not cover exactly those months with
// whole months (a whole year's figure overlapping them cannot be split):
// a part of a year is never compared with a whole one. The sums are
// checked for overflow (ErrOverflow).
func SameMonthsBefore(r date.Range, groups []Group, match func(*Group) bool) (now, before Group, ok bool, err error) {
	if r.Start.Year != r.End.Year || !r.IsWholeMonths() || r.IsWholeYear() {
		return Group{}, Group{}, false, nil
	}
	prev := date.Range{Start: r.Start.AddMonths(-12), End: r.End.AddMonths(-12)}
	prev.End = date.MonthRange(prev.End.Year, prev.End.Month).End // 29 February → 28 February
	now.Span, before.Span = r, prev
	var covered uint16 // bit n: month n
	for i := range groups {
		g := &groups[i]
		if match != nil && !match(g) {
			continue
		}
		gp := g.Key.Period
		var into *Group
		switch {
		case r.Contains(gp.Start) && r.Contains(gp.End):
			into = &now
		case prev.Contains(gp.Start) && prev.Contains(gp.End):
			if !gp.IsWholeMonths() {
				return Group{}, Group{}, false, nil
			}
			for d := gp.Start; !d.After(gp.End); d = d.AddMonths(1) {
				covered |= 1 << d.Month
			}
			into = &before
		case gp.Overlaps(prev):
			return Group{}, Group{}, false, nil // the same months cannot be told apart
		default:
			continue
		}
		if err := into.add(g); err != nil {
			return Group{}, Group{}, false, fmt.Errorf("trade: same months before %s: %w", Period(r), err)
		}
	}
	if bits.OnesCount16(covered) != int(r.End.Month-r.Start.Month)+1 {
		return Group{}, Group{}, false, nil
	}
	return now, before, true, nil
}

// add adds the flows and counts of o to g, checking for overflow.
func (g *Group) add(o *Group) error {
	for _, p := range [...]struct{ a, b *money.Amount }{{&g.Exports, &o.Exports}, {&g.Imports, &o.Imports}, {&g.ReExports, &o.ReExports}, {&g.ReImports, &o.ReImports}} {
		s, err := p.a.Add(*p.b)
		if err != nil {
			return err
		}
		*p.a = s
	}
	for f := range g.Counts {
		g.Counts[f] += o.Counts[f]
	}
	g.Records += o.Records
	return nil
}

// summaryWords are the headings and words of a summary table.
var summaryWords = map[lang.Lang][11]string{
	lang.Indonesian:  {"ekspor", "impor", "neraca", "status", "rasio cakupan", "periode", "jumlah", "tidak tercatat", "perubahan ekspor/impor dari bulan yang sama tahun sebelumnya", "–", "tidak lengkap"},
	lang.Malay:       {"eksport", "import", "imbangan", "status", "nisbah liputan", "tempoh", "jumlah", "tidak direkodkan", "perubahan eksport/import daripada bulan yang sama tahun sebelumnya", "–", "tidak lengkap"},
	lang.MalayBrunei: {"eksport", "import", "imbangan", "status", "nisbah liputan", "tempoh", "jumlah", "tidak direkodkan", "perubahan eksport/import daripada bulan yang sama tahun sebelumnya", "–", "tidak lengkap"},
	lang.English:     {"exports", "imports", "balance", "status", "coverage", "period", "total", "not recorded", "change in exports/imports from the same months a year before", "–", "incomplete"},
}

// Table returns the summary as a table in the language of t: a header,
// then a row for each group and, when there are several, their total.
// The cells are the group's key (one per dimension of By), the exports
// (with re-exports), the imports (with re-imports), the balance, its
// status, the coverage ratio and the period the figures span. A flow of
// which no record was added is "not recorded" ("tidak tercatat"), and the
// group then has no balance, status or coverage ("–"). When a group covers
// a part of one year in whole months and the records have the same months
// of the year before, a last column gives the change of exports and
// imports from them ("+12,30% / −3,10%"); it is there only when some
// group has such a comparison.
func (s *Summary) Table(t language.Tag) ([][]string, error) {
	l := lang.Of(t)
	words := summaryWords[l]
	dims := s.By.Split()
	head := make([]string, 0, len(dims)+7)
	for _, d := range dims {
		head = append(head, d.Label(t))
	}
	head = append(head, words[:6]...)
	rows := [][]string{head}
	detail := s.detail.Groups()
	// The detail groups of each line's key, in their order: a line looks
	// only at its own (a table of many lines is not read in the square of
	// their number).
	byKey := groupsByKey(detail)
	anyChange := false
	line := func(cells []string, g Group, compare bool) error {
		b, err := g.Balance()
		if err != nil {
			return err
		}
		f := money.Formatter{Lang: t}
		x, m, net, status, cover := f.Format(b.Exports), f.Format(b.Imports), words[9], words[9], words[9]
		mine := detail
		if compare {
			mine = byKey[timeless(g.Key)]
		}
		noX, noM := incomplete(g, mine, !compare)
		switch {
		case b.NoExports:
			x = words[7]
		case noX:
			x += " (" + words[10] + ")"
		}
		switch {
		case b.NoImports:
			m = words[7]
		case noM:
			m += " (" + words[10] + ")"
		}
		if !b.NotRecorded() && !noX && !noM {
			net, status = f.Format(b.Net), b.Status().Label(t)
			if r, ok := b.Coverage(); ok {
				cover = formatRatio(r, l)
			}
		}
		change := ""
		if compare {
			if change, err = s.change(g, mine, words, l); err != nil {
				return err
			}
			anyChange = anyChange || change != ""
		}
		rows = append(rows, append(cells, x, m, net, status, cover, Period(g.Span).String(), change))
		return nil
	}
	for _, g := range s.main.Groups() {
		cells := make([]string, 0, len(head)+1)
		for _, d := range dims {
			cells = append(cells, g.Key.Text(d, t))
		}
		if err := line(cells, g, true); err != nil {
			return nil, err
		}
	}
	if s.main.Len() > 1 && len(dims) > 0 {
		tot, err := s.main.Total()
		if err != nil {
			return nil, err
		}
		cells := make([]string, len(dims), len(head)+1)
		cells[0] = words[6]
		if err := line(cells, tot, false); err != nil {
			return nil, err
		}
	}
	if anyChange {
		rows[0] = append(rows[0], words[8])
		for i := 1; i < len(rows); i++ {
			if rows[i][len(rows[i])-1] == "" {
				rows[i][len(rows[i])-1] = words[9]
			}
		}
	} else {
		for i := 1; i < len(rows); i++ {
			rows[i] = rows[i][:len(rows[i])-1]
		}
	}
	return rows, nil
}

// groupsByKey returns the groups of each timeless key, in their order,
// as parts of one slice the length of groups.
func groupsByKey(groups []Group) map[Key][]Group {
	ends := make(map[Key]int) // the number of groups of each key, then where its part ends
	for i := range groups {
		ends[timeless(groups[i].Key)]++
	}
	n := 0
	for k, c := range ends {
		n += c
		ends[k] = n
	}
	sorted := make([]Group, len(groups))
	for i := len(groups) - 1; i >= 0; i-- {
		k := timeless(groups[i].Key)
		ends[k]--
		sorted[ends[k]] = groups[i]
	}
	by := make(map[Key][]Group, len(ends))
	for i := 0; i < len(sorted); {
		k := timeless(sorted[i].Key)
		j := i + 1
		for j < len(sorted) && timeless(sorted[j].Key) == k {
			j++
		}
		by[k] = sorted[i:j:j]
		i = j
	}
	return by
}

// change returns the change of g's exports and imports from the same
// months of the year before, or "" when there is none to compare with;
// detail holds the detail groups of g's key.
func (s *Summary) change(g Group, detail []Group, words [11]string, l lang.Lang) (string, error) {
	now, before, ok, err := SameMonthsBefore(g.Span, detail, nil)
	if err != nil || !ok {
		return "", err
	}
	rate := func(a, b money.Amount, noA, noB bool) string {
		if noA || noB || b.Sign() == 0 {
			return words[9]
		}
		r := float64(a.Minor())/float64(b.Minor()) - 1
		v := strconv.FormatFloat(100*r, 'f', 2, 64)
		if r >= 0 {
			v = "+" + v
		}
		if l == lang.Indonesian || l == lang.MalayBrunei {
			v = strings.Replace(v, ".", ",", 1)
		}
		return v + "%"
	}
	nb, err := now.Balance()
	if err != nil {
		return "", err
	}
	bb, err := before.Balance()
	if err != nil {
		return "", err
	}
	return rate(nb.Exports, bb.Exports, nb.NoExports, bb.NoExports) + " / " + rate(nb.Imports, bb.Imports, nb.NoImports, bb.NoImports) +
		" (" + Period(before.Span).String() + ")", nil
}

// incomplete reports whether g has exports (imports) but some period
// within it has none recorded: a part of the flow is not recorded, so g's
// sum of it is not the flow of its whole span, and g has no balance. all
// matches every detail group (the total line).
func incomplete(g Group, detail []Group, all bool) (noExports, noImports bool) {
	key := timeless(g.Key)
	var byPeriod map[date.Range][4]int // all: the counts of each period over every key
	for i := range detail {
		d := &detail[i]
		p := d.Key.Period
		if all {
			if byPeriod == nil {
				byPeriod = make(map[date.Range][4]int)
			}
			c := byPeriod[p]
			for f := range c {
				c[f] += d.Counts[f]
			}
			byPeriod[p] = c
			continue
		}
		if timeless(d.Key) != key || g.Key.Year != 0 && (p.Start.Year != g.Key.Year || p.End.Year != g.Key.Year) ||
			g.Key.Month != 0 && (p.Start.Month != g.Key.Month || p.End.Month != g.Key.Month) ||
			!g.Key.Period.IsZero() && p != g.Key.Period {
			continue
		}
		noExports = noExports || d.NoExports() && !g.NoExports()
		noImports = noImports || d.NoImports() && !g.NoImports()
	}
	for _, c := range byPeriod {
		d := Group{Counts: c}
		noExports = noExports || d.NoExports() && !g.NoExports()
		noImports = noImports || d.NoImports() && !g.NoImports()
	}
	return noExports, noImports
}

// timeless returns k without its period, year and month.
func timeless(k Key) Key {
	k.Period, k.Year, k.Month = date.Range{}, 0, 0
	return k
}

// formatRatio writes r with two decimals and the decimal mark of l.
func formatRatio(r float64, l lang.Lang) string {
	s := strconv.FormatFloat(r, 'f', 2, 64)
	if l == lang.Indonesian || l == lang.MalayBrunei {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// SeveralReporters says that the figures of the reporters rs (two or
// more, from Summary.Reporters) are summed into each group of a summary
// not grouped by reporter: the world exports of 55 countries are not one
// country's. It names the first five.
func SeveralReporters(rs []string) string {
	names := rs
	if len(names) > 5 {
		names = append(names[:5:5], "…")
	}
	return fmt.Sprintf("the figures of %d reporters (%s) are summed into each line: group by reporter to keep them apart", len(rs), strings.Join(names, ", "))
}

// ParseLevel reads a UN Comtrade aggregate level for CSVReader.Level: a
// number from 0 to 12, or "leaf" ("leaves", "daun") for LeafLevel.
func ParseLevel(s string) (int, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "leaf", "leaves", "daun", "isleaf":
		return LeafLevel, nil
	}
	n, ok := smallInt(strings.TrimSpace(s))
	if !ok || n > 12 {
		return 0, &ParseError{Func: "ParseLevel", Input: s, Msg: "an aggregate level is a number from 0 to 12, or leaf", Err: ErrSyntax}
	}
	return n, nil
}
