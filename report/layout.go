package report

import (
	"cmp"
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/kerjasama/kerjasama/agreement"
	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/evaluate"
	"github.com/kerjasama/kerjasama/internal/enum"
	"github.com/kerjasama/kerjasama/internal/lang"
	"github.com/kerjasama/kerjasama/internal/numlist"
	"github.com/kerjasama/kerjasama/money"
	"github.com/kerjasama/kerjasama/region"
	"github.com/kerjasama/kerjasama/session"
	"golang.org/x/text/language"
)

// MaxListed is the number of agreements a report lists one by one, and of
// their findings; a larger register is summed up by status and country,
// and the rest is counted.
const MaxListed = 100

// A BlockKind is the kind of one block of a report's layout.
type BlockKind uint8

// The kinds of block.
const (
	BlockTitle     BlockKind = 1 + iota // the report's title
	BlockHeading                        // the heading of one evaluation, or of the sources
	BlockParagraph                      // a line of text
	BlockTable                          // a table
	BlockFindings                       // the findings of one evaluation
	BlockChart                          // a chart of one evaluation (drawn in HTML; Text is its title)
	BlockList                           // a numbered list (the sources)
)

// blockKinds is the table of BlockKind. A block kind is a name for
// programs, not for readers: its labels are its identifier.
var blockKinds = enum.New(enum.Config{Type: "BlockKind", MaxLen: 32, Err: blockKindError}, []enum.Entry{
	BlockTitle:     {ID: "title", En: "title", In: "judul", Ms: "tajuk"},
	BlockHeading:   {ID: "heading", En: "heading", In: "subjudul", Ms: "subtajuk"},
	BlockParagraph: {ID: "paragraph", En: "paragraph", In: "paragraf", Ms: "perenggan"},
	BlockTable:     {ID: "table", En: "table", In: "tabel", Ms: "jadual"},
	BlockFindings:  {ID: "findings", En: "findings", In: "temuan", Ms: "dapatan"},
	BlockChart:     {ID: "chart", En: "chart", In: "grafik", Ms: "carta"},
	BlockList:      {ID: "list", En: "list", In: "daftar", Ms: "senarai"},
})

// ErrUnknownBlockKind is wrapped by the errors of BlockKind's text methods.
var ErrUnknownBlockKind = errors.New("unknown block kind")

func blockKindError(f enum.Failure) error {
	return &ParseError{Func: f.Func, Input: f.Input, Offset: f.Offset, Msg: f.Msg, Err: ErrUnknownBlockKind}
}

// String returns the identifier of k ("title", "heading", "paragraph",
// "table", "findings", "chart", "list"): "" for the zero BlockKind,
// "%!BlockKind(n)" out of range.
func (k BlockKind) String() string { return blockKinds.String(int(k)) }

// Label returns the name of k in the language of tag ("tabel", "jadual",
// "table").
func (k BlockKind) Label(tag language.Tag) string { return blockKinds.Label(int(k), tag) }

// MarshalText writes the identifier; the zero BlockKind gives empty text,
// and a value out of range is an error.
func (k BlockKind) MarshalText() ([]byte, error) { return blockKinds.MarshalText(int(k)) }

// UnmarshalText reads an identifier that MarshalText writes (or a label);
// empty text gives the zero BlockKind.
func (k *BlockKind) UnmarshalText(b []byte) error {
	v, err := blockKinds.UnmarshalText(b)
	if err != nil {
		return err
	}
	*k = BlockKind(v)
	return nil
}

// A Block is one piece of a report laid out for reading: a title, a
// heading, a paragraph, a table, a list of findings or a chart, with every
// text already written in the report's language. Every format is rendered
// from the same blocks, so text, Markdown, HTML and JSON carry the same
// headings, columns and figures. Text is plain: each renderer escapes it
// for its format.
type Block struct {
	Kind BlockKind `json:"kind"`
	// Section and Index say which evaluation the block belongs to:
	// Report.Trade[Index] for SectionTrade, Report.Register for
	// SectionAgreements, Report.Forums[Index], Report.Decisions[Index],
	// Report.Welfare[Index]. The title, the date and the sources have no
	// section.
	Section  Section            `json:"section,omitempty"`
	Index    int                `json:"index,omitempty"`
	Text     string             `json:"text,omitempty"`
	Table    *Table             `json:"table,omitempty"`
	Items    []string           `json:"items,omitempty"` // of a list
	Findings []evaluate.Finding `json:"-"`
}

// A Table is a table of a report's layout: an optional caption, column
// heads, which columns hold numbers (aligned right), and rows of cells.
type Table struct {
	Caption string     `json:"caption,omitempty"`
	Head    []string   `json:"head"`
	Right   []bool     `json:"right"`
	Rows    [][]string `json:"rows"`
}

const dash = "—"

// layout lays the report out in the language l.
type layout struct {
	r   *Report
	l   lang.Lang
	tag language.Tag
	doc []Block
}

func (lo *layout) put(sec Section, idx int, bs ...Block) {
	for _, b := range bs {
		b.Section, b.Index = sec, idx
		lo.doc = append(lo.doc, b)
	}
}

func (lo *layout) w(key string) string { return word(lo.l, key) }

func (lo *layout) pct(r evaluate.Ratio) string {
	if !r.OK() {
		return dash
	}
	return r.Percent(lo.tag, 1)
}

func (lo *layout) money(a money.Amount) string { return money.Formatter{Lang: lo.tag}.Format(a) }

// change writes a change of an amount with its sign ("+US$422.110.000"),
// or a dash when it is undefined (no currency).
func (lo *layout) change(a money.Amount) string {
	if !a.HasCurrency() {
		return dash
	}
	if a.Sign() > 0 {
		return "+" + lo.money(a)
	}
	return lo.money(a)
}

func (lo *layout) date(d date.Date) string {
	if d.IsZero() {
		return dash
	}
	return date.Formatter{Lang: lo.tag, Style: date.Long}.Format(d)
}

func (lo *layout) period(r date.Range) string {
	if r.IsZero() {
		return ""
	}
	return date.Formatter{Lang: lo.tag, Style: date.Long}.FormatRange(r)
}

// Layout lays the report out as blocks in the language of tag (Indonesian,
// Malay, or English for unsupported tags): the blocks that Write renders
// in every format, for programs that render another.
func (r *Report) Layout(tag language.Tag) []Block {
	l := langOf(tag)
	lo := &layout{r: r, l: l, tag: l.Tag()}
	title := r.Title
	if title == "" {
		title = lo.w("report.title")
	}
	lo.doc = append(lo.doc, Block{Kind: BlockTitle, Text: title})
	if !r.Date.IsZero() {
		lo.doc = append(lo.doc, Block{Kind: BlockParagraph, Text: lo.w("report.date") + ": " + lo.date(r.Date)})
	}
	// A file whose every record was read, with problems in what the
	// records say (an agreement without an Indonesian party), is in the
	// report: its problems are listed with the warnings, not as unread.
	var unread, inReport []*FileError
	for _, fe := range r.unread {
		if fe.Counted && fe.Rejected == 0 && !fe.Stopped && fe.Err == nil {
			inReport = append(inReport, fe)
		} else {
			unread = append(unread, fe)
		}
	}
	if len(unread) > 0 {
		// What could not be read comes first: the report rests on the rest.
		var items []string
		for _, fe := range unread {
			items = append(items, strings.Split(fe.Message(lo.tag), "\n")...)
		}
		lo.doc = append(lo.doc, Block{Kind: BlockHeading, Text: lo.w("report.unread")},
			Block{Kind: BlockParagraph, Text: lo.w("report.unread-note")}, Block{Kind: BlockList, Items: items})
	}
	if len(r.warnings) > 0 || len(inReport) > 0 {
		// Rows in the figures that the reader questioned.
		var items []string
		for _, fe := range inReport {
			items = append(items, strings.Split(fe.Message(lo.tag), "\n")...)
		}
		for _, fe := range r.warnings {
			for _, p := range fe.Problems {
				items = append(items, p.message(l, fe.File))
			}
			if fe.Omitted > 0 {
				items = append(items, wordf(l, "err.more", fe.File, fe.Omitted))
			}
		}
		lo.doc = append(lo.doc, Block{Kind: BlockHeading, Text: lo.w("report.warnings")},
			Block{Kind: BlockParagraph, Text: lo.w("report.warnings-note")}, Block{Kind: BlockList, Items: items})
	}
	for i := range r.Trade {
		lo.trade(i, &r.Trade[i])
	}
	if r.Register != nil {
		lo.register(r.Register)
	}
	for i := range r.Forums {
		lo.forum(i, &r.Forums[i])
	}
	for i := range r.Decisions {
		lo.decisions(i, &r.Decisions[i])
	}
	for i := range r.Welfare {
		lo.welfare(i, &r.Welfare[i])
	}
	if !slices.ContainsFunc(lo.doc, func(b Block) bool { return b.Section != 0 }) {
		lo.doc = append(lo.doc, Block{Kind: BlockParagraph, Text: lo.w("report.empty")})
	}
	lo.sources(r.Sources)
	return lo.doc
}

func (lo *layout) heading(sec Section, idx int, subject string) {
	h := lo.w("section." + sec.String())
	if subject != "" {
		h += " — " + subject
	}
	lo.put(sec, idx, Block{Kind: BlockHeading, Text: h})
}

// extent says how far the records of a section reach: "Data tercatat
// sampai Desember 2016", the month of the latest record used; or that
// nothing is recorded.
func (lo *layout) extent(sec Section, idx int, through date.Date) {
	text := lo.w("note.nothing-recorded")
	if !through.IsZero() {
		text = wordf(lo.l, "note.extent", lo.partial(date.InMonth(through.Year, through.Month)))
	}
	lo.put(sec, idx, Block{Kind: BlockParagraph, Text: text})
}

// latest returns the latest of ds.
func latest(ds ...date.Date) date.Date {
	var l date.Date
	for _, d := range ds {
		if d.After(l) {
			l = d
		}
	}
	return l
}

func (lo *layout) trade(ti int, t *evaluate.TradeEvaluation) {
	lo.heading(SectionTrade, ti, t.Subject)
	var through date.Date
	for _, p := range t.Periods {
		through = latest(through, p.Period.End)
	}
	lo.extent(SectionTrade, ti, through)
	netOnly, someNet := true, false
	for _, p := range t.Periods {
		netOnly = netOnly && p.NetOnly
		someNet = someNet || p.NetOnly
	}
	// A series that mixes both flows with published nets (a source that
	// gives only the surplus for some years) has a column for the growth
	// of the balance, the only change the net-only years have.
	mixed := someNet && !netOnly
	tb := &Table{
		Head: []string{lo.w("col.period"), lo.w("col.exports"), lo.w("col.imports"), lo.w("col.balance"),
			lo.w("col.status"), lo.w("col.coverage"), lo.w("col.export-growth"), lo.w("col.import-growth")},
		Right: []bool{false, true, true, true, false, true, true, true},
	}
	borderOnly := len(t.Periods) > 0
	for _, p := range t.Periods {
		borderOnly = borderOnly && p.BorderOnly()
	}
	if borderOnly {
		// Exports against imports on cross-border cards only: not the
		// trade balance, and named so.
		tb.Head[2], tb.Head[3] = lo.w("col.border-imports"), lo.w("col.border-balance")
	}
	if mixed {
		tb.Head = append(tb.Head, lo.w("col.balance-change"), lo.w("col.balance-growth"))
		tb.Right = append(tb.Right, true, true)
	}
	if netOnly { // only the net was published (seed 004): no flow columns
		tb.Caption = lo.w("note.net-only")
		tb.Head = []string{lo.w("col.period"), lo.w("col.balance"), lo.w("col.status"), lo.w("col.balance-change"), lo.w("col.balance-growth")}
		tb.Right = []bool{false, true, false, true, true}
	}
	for _, p := range t.Periods {
		period := lo.period(p.Period)
		if p.Partial {
			period += " (" + lo.w("note.partial") + ")"
		}
		if netOnly {
			tb.Rows = append(tb.Rows, []string{period, lo.money(p.Balance), p.Status.Label(lo.tag), lo.change(p.BalanceChange), lo.pct(p.BalanceGrowth)})
			continue
		}
		x, m, net, status := lo.money(p.Exports), lo.money(p.Imports), lo.money(p.Balance), p.Status.Label(lo.tag)
		if p.NetOnly {
			x, m = dash, dash
		}
		// A flow not recorded is not zero: it is said, and the period has
		// no balance.
		if p.NoExports {
			x = lo.w("note.not-recorded")
		}
		if p.NoImports {
			m = lo.w("note.not-recorded")
		}
		if p.NoExports || p.NoImports {
			net, status = dash, dash
		}
		row := []string{period, x, m, net, status,
			lo.pct(p.Coverage), lo.pct(p.ExportGrowth), lo.pct(p.ImportGrowth)}
		if mixed {
			row = append(row, lo.change(p.BalanceChange), lo.pct(p.BalanceGrowth))
		}
		tb.Rows = append(tb.Rows, row)
	}
	chart := wordf(lo.l, "chart.trade", t.Subject)
	if netOnly {
		chart = wordf(lo.l, "chart.trade-net", t.Subject)
	}
	lo.put(SectionTrade, ti, Block{Kind: BlockChart, Text: chart}, Block{Kind: BlockTable, Table: tb},
		Block{Kind: BlockFindings, Findings: t.Findings})
}

func (lo *layout) register(reg *evaluate.RegisterEvaluation) {
	lo.heading(SectionAgreements, 0, reg.Subject)
	var through date.Date
	for _, a := range lo.r.agreements {
		if !a.Signed.IsZero() {
			through = latest(through, a.Signed.Last())
		}
		for _, e := range a.Events {
			if !e.Date.IsZero() {
				through = latest(through, e.Date.Last())
			}
		}
		for _, act := range a.Activities {
			if !act.Date.IsZero() {
				through = latest(through, act.Date.Last())
			}
		}
	}
	lo.extent(SectionAgreements, 0, through)
	st := &Table{Head: []string{lo.w("col.status"), lo.w("col.count")}, Right: []bool{false, true}}
	for _, s := range reg.ByStatus {
		st.Rows = append(st.Rows, []string{s.Status.Label(lo.tag), strconv.Itoa(s.Count)})
	}
	ct := &Table{Head: []string{lo.w("col.country"), lo.w("col.count"), lo.w("col.in-force"), lo.w("col.dormant"), lo.w("col.intents"), lo.w("col.offers")},
		Right: []bool{false, true, true, true, true, true}}
	for _, g := range reg.ByCountry {
		ct.Rows = append(ct.Rows, []string{lo.country(g.Key), strconv.Itoa(g.Total), strconv.Itoa(g.InForce), strconv.Itoa(g.Dormant),
			strconv.Itoa(g.Intents), strconv.Itoa(g.Offers)})
	}
	at := &Table{Head: []string{lo.w("col.agreement"), lo.w("col.countries"), lo.w("col.status"), lo.w("col.stage"),
		lo.w("col.end"), lo.w("col.activities"), lo.w("col.last-activity"), lo.w("col.realised"), lo.w("col.dormant"), lo.w("col.score")},
		Right: []bool{false, false, false, false, false, true, false, true, false, true}}
	fs := append([]evaluate.Finding(nil), reg.Findings...)
	more := 0
	for i, a := range reg.Agreements {
		if i >= MaxListed {
			more = len(reg.Agreements) - MaxListed
			break
		}
		countries := make([]string, len(a.Countries))
		for i, c := range a.Countries {
			countries[i] = lo.country(c)
		}
		realised := make([]string, len(a.Realised))
		for i, v := range a.Realised {
			realised[i] = lo.money(v)
			if i < len(a.RealisedApprox) && a.RealisedApprox[i] {
				realised[i] = wordf(lo.l, "note.about", realised[i])
			}
		}
		score := dash
		if a.Scored() {
			score = strconv.Itoa(a.Score.Value)
		}
		dormant := ""
		if a.Dormant {
			dormant = lo.w("yes")
		}
		at.Rows = append(at.Rows, []string{a.Title, strings.Join(countries, ", "), a.Status.Label(lo.tag), a.Stage.Label(lo.tag),
			lo.date(a.End), strconv.Itoa(a.Activities), lo.date(a.LastActivity), orDash(strings.Join(realised, "; ")), dormant,
			score})
	}
	for _, a := range reg.Agreements {
		for _, f := range a.Findings {
			if f.Severity >= evaluate.Warning && len(fs) <= MaxListed {
				fs = append(fs, f)
			}
		}
	}
	lo.put(SectionAgreements, 0, Block{Kind: BlockChart, Text: wordf(lo.l, "chart.status", lo.date(reg.Date))},
		Block{Kind: BlockTable, Table: st}, Block{Kind: BlockTable, Table: ct}, Block{Kind: BlockTable, Table: at})
	if t := lo.documentTable(); t != nil {
		lo.put(SectionAgreements, 0, Block{Kind: BlockTable, Table: t})
	}
	if t := lo.scoreTable(reg); t != nil {
		lo.put(SectionAgreements, 0, Block{Kind: BlockTable, Table: t})
	}
	if t := lo.offerTable(); t != nil {
		lo.put(SectionAgreements, 0, Block{Kind: BlockTable, Table: t})
	}
	if more > 0 {
		key := "report.more"
		if more == 1 {
			key = "report.more.one"
		}
		lo.put(SectionAgreements, 0, Block{Kind: BlockParagraph, Text: wordf(lo.l, key, more)})
	}
	lo.put(SectionAgreements, 0, Block{Kind: BlockFindings, Findings: fs})
}

// documentTable lists each agreement's document as officials look it up:
// its kind, when it was signed, its term and end, and the agreement it
// continues.
func (lo *layout) documentTable() *Table {
	if len(lo.r.agreements) == 0 {
		return nil
	}
	titles := make(map[string]string, len(lo.r.agreements))
	for _, a := range lo.r.agreements {
		titles[a.ID] = cmp.Or(a.Title, a.ID)
	}
	tb := &Table{Caption: lo.w("note.documents"),
		Head:  []string{lo.w("col.agreement"), lo.w("col.document"), lo.w("col.signed"), lo.w("col.term"), lo.w("col.end"), lo.w("col.continues")},
		Right: []bool{false, false, false, false, false, false}}
	for i, a := range lo.r.agreements {
		if i >= MaxListed {
			break
		}
		doc := ""
		if a.Kind != 0 {
			doc = a.Kind.Label(lo.tag)
		}
		if a.Name != "" {
			if strings.HasPrefix(strings.ToLower(a.Name), strings.ToLower(doc)) {
				doc = a.Name // the name repeats the kind: "Kesepakatan Bersama Gubernur …"
			} else {
				doc = strings.TrimSpace(doc + " " + a.Name)
			}
		}
		if a.Phase > 0 {
			doc += " (" + wordf(lo.l, "note.phase", a.Phase) + ")"
		}
		end := dash
		if e, ok := a.End(); ok {
			end = lo.date(e)
		}
		cont := ""
		if a.Predecessor != "" {
			cont = cmp.Or(titles[a.Predecessor], a.Predecessor)
		}
		tb.Rows = append(tb.Rows, []string{cmp.Or(a.Title, a.ID), orDash(doc), lo.partial(date.Partial(a.Signed)), lo.term(a.Term), end, orDash(cont)})
	}
	return tb
}

// partial writes a date known to the day, month or year as the source
// gave it ("2013", "Februari 2016"), or a dash.
func (lo *layout) partial(p date.Partial) string {
	if p.IsZero() {
		return dash
	}
	return date.Formatter{Lang: lo.tag, Style: date.Long}.FormatPartial(p)
}

// term writes an agreement's term: its dates, its stated length, or
// open-ended.
func (lo *layout) term(t agreement.Term) string {
	switch {
	case t.OpenEnded:
		return lo.w("note.open-ended")
	case !t.Start.IsZero() && !t.End.IsZero():
		return lo.period(date.Range{Start: t.Start, End: t.End})
	case t.Days > 0 && t.Months > 0:
		return wordf(lo.l, "note.months", t.Months) + " " + wordf(lo.l, "note.days", t.Days)
	case t.Days > 0:
		return wordf(lo.l, "note.days", t.Days)
	case t.Months > 0 && t.Months%12 == 0:
		return wordf(lo.l, "note.years", t.Months/12)
	case t.Months > 0:
		return wordf(lo.l, "note.months", t.Months)
	}
	return dash
}

// scoreTable shows how each listed agreement's score is made: the
// points of every criterion, so the score is no black box.
func (lo *layout) scoreTable(reg *evaluate.RegisterEvaluation) *Table {
	var criteria []evaluate.Criterion
	for i, a := range reg.Agreements {
		if i >= MaxListed {
			break
		}
		for _, p := range a.Score.Parts {
			if !slices.Contains(criteria, p.Criterion) {
				criteria = append(criteria, p.Criterion)
			}
		}
	}
	if len(criteria) == 0 {
		return nil
	}
	slices.Sort(criteria)
	tb := &Table{Caption: lo.w("note.score-parts"), Head: []string{lo.w("col.agreement")}, Right: []bool{false}}
	for _, c := range criteria {
		tb.Head = append(tb.Head, c.Label(lo.tag))
		tb.Right = append(tb.Right, true)
	}
	tb.Head, tb.Right = append(tb.Head, lo.w("col.score")), append(tb.Right, true)
	for i, a := range reg.Agreements {
		if i >= MaxListed {
			break
		}
		if !a.Scored() {
			continue // a letter of intent or an offer is not scored as an agreement
		}
		row := []string{a.Title}
		for _, c := range criteria {
			cell := dash
			for _, p := range a.Score.Parts {
				if p.Criterion == c {
					cell = strconv.FormatFloat(p.Points, 'f', 0, 64)
				}
			}
			row = append(row, cell)
		}
		tb.Rows = append(tb.Rows, append(row, strconv.Itoa(a.Score.Value)))
	}
	return tb
}

// offerTable lists the offers of funding recorded in the register (a
// document of kind agreement.KindOffer), as offers: how much (a ceiling
// is written "at most"), from whom, for what, on which conditions and how
// to apply.
func (lo *layout) offerTable() *Table {
	tb := &Table{Caption: lo.w("note.offers"),
		Head:  []string{lo.w("col.offer"), lo.w("col.amount"), lo.w("col.from"), lo.w("col.purpose"), lo.w("col.conditions"), lo.w("col.apply")},
		Right: []bool{false, true, false, false, false, false}}
	for _, a := range lo.r.agreements {
		if a.Kind != agreement.KindOffer {
			continue
		}
		for _, f := range a.Funding {
			amount := lo.money(f.Amount)
			if f.Ceiling {
				amount = wordf(lo.l, "note.ceiling", amount)
			}
			purpose := make([]string, len(f.Purpose))
			for i, p := range f.Purpose {
				purpose[i] = p.Label(lo.tag)
			}
			tb.Rows = append(tb.Rows, []string{cmp.Or(a.Title, a.ID), amount, orDash(f.Source), orDash(strings.Join(purpose, ", ")),
				orDash(strings.Join(f.Restrictions, "; ")), orDash(f.Apply)})
		}
	}
	if len(tb.Rows) == 0 {
		return nil
	}
	return tb
}

// country names a partner country or region by its code in the report's
// language, or gives the code.
func (lo *layout) country(code string) string {
	if c, ok := region.Lookup(code); ok {
		return c.Label(lo.tag)
	}
	return code
}

func orDash(s string) string {
	if s == "" {
		return dash
	}
	return s
}

func (lo *layout) forum(fi int, f *evaluate.ForumEvaluation) {
	name := forumName(f.Findings, f.Name, lo.l)
	lo.heading(SectionForums, fi, name)
	lo.extent(SectionForums, fi, f.Through)
	if !f.Complete.IsZero() {
		lo.put(SectionForums, fi, Block{Kind: BlockParagraph, Text: wordf(lo.l, "note.complete", lo.date(f.Complete))})
	}
	tb := &Table{Head: []string{lo.w("col.year"), lo.w("col.sessions"), lo.w("col.note")}, Right: []bool{false, false, false}}
	for _, y := range f.Years {
		var notes []string
		switch {
		case len(y.Sessions) > 0:
		case y.NotMet:
			notes = append(notes, lo.w("note.not-met"))
		case len(y.Unconfirmed) > 0:
			notes = append(notes, lo.w("note.planned-only")+": "+numlist.Join(y.Unconfirmed))
		case y.Ongoing:
			notes = append(notes, lo.w("note.ongoing"))
		default:
			notes = append(notes, lo.w("note.no-session"))
		}
		if y.Virtual {
			notes = append(notes, lo.w("note.online"))
		}
		if len(y.Sessions) > 0 && len(y.Unconfirmed) > 0 {
			notes = append(notes, lo.w("note.unconfirmed")+": "+numlist.Join(y.Unconfirmed))
		}
		tb.Rows = append(tb.Rows, []string{strconv.Itoa(y.Year), numlist.Join(y.Sessions), strings.Join(notes, "; ")})
	}
	lo.put(SectionForums, fi, Block{Kind: BlockChart, Text: wordf(lo.l, "chart.timeline", name)}, Block{Kind: BlockTable, Table: tb})
	if st := lo.sessionTable(f); st != nil {
		lo.put(SectionForums, fi, Block{Kind: BlockTable, Table: st})
	}
	lo.put(SectionForums, fi, Block{Kind: BlockFindings, Findings: f.Findings})
}

// sessionTable lists the sessions of a forum held by the report's date,
// as officials look them up: number, dates, place, host, whether the
// record confirms it, and the meetings that prepared it.
func (lo *layout) sessionTable(f *evaluate.ForumEvaluation) *Table {
	if lo.r.sessions == nil {
		return nil
	}
	tb := &Table{Head: []string{lo.w("col.session"), lo.w("col.dates"), lo.w("col.place"), lo.w("col.host"), lo.w("col.record"), lo.w("col.meetings")},
		Right: []bool{true, false, false, false, false, false}}
	for _, s := range lo.r.sessions.SeriesBy(f.Forum, lo.r.Date) {
		p := s.Period()
		number := strconv.Itoa(s.Number)
		if s.Second > 0 {
			number += " (" + strconv.Itoa(s.Second) + ")"
		}
		when := lo.w("note.not-recorded")
		if !p.IsZero() {
			when = lo.period(p)
		}
		place := strings.Join(nonEmpty(s.City, s.Venue), ", ")
		host := ""
		if r, ok := region.Lookup(s.Host); ok && s.Host != "" {
			host = r.Label(lo.tag)
		} else if s.HostSide != 0 {
			host = s.HostSide.Label(lo.tag)
		}
		record := lo.w("note.held")
		if s.Unconfirmed {
			record = lo.w("note.unconfirmed")
		}
		var meetings []string
		for _, m := range s.Meetings {
			mp := m.Period()
			if !mp.IsZero() && mp.Start.After(lo.r.Date) {
				continue
			}
			text := m.Describe(lo.tag)
			if !mp.IsZero() {
				text += " " + lo.period(mp)
			}
			if m.Venue != "" {
				text += ", " + m.Venue
			}
			meetings = append(meetings, text)
		}
		tb.Rows = append(tb.Rows, []string{number, when, orDash(place), orDash(host), record, orDash(strings.Join(meetings, "; "))})
	}
	if len(tb.Rows) == 0 {
		return nil
	}
	return tb
}

// nonEmpty returns the strings of ss that are not empty.
func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

func (lo *layout) decisions(di int, d *evaluate.DecisionsEvaluation) {
	lo.heading(SectionDecisions, di, forumName(d.Findings, d.Name, lo.l))
	lo.extent(SectionDecisions, di, d.Through)
	tb := &Table{Head: []string{lo.w("col.session"), lo.w("col.agreed"), lo.w("col.implemented"), lo.w("col.full"), lo.w("col.carried")},
		Right: []bool{true, true, true, true, true}}
	for _, s := range d.Sessions {
		number := strconv.Itoa(s.Number)
		if s.Unconfirmed {
			number += " (" + lo.w("note.planned") + ")"
		}
		if !s.Recorded {
			nr := lo.w("note.not-recorded")
			tb.Rows = append(tb.Rows, []string{number, nr, dash, nr, nr})
			continue
		}
		tb.Rows = append(tb.Rows, []string{number, strconv.Itoa(s.Agreed.Items), lo.pct(s.Agreed.Share),
			strconv.Itoa(s.Agreed.Degrees[3]), strconv.Itoa(s.CarriedOver)})
	}
	ft := &Table{Head: []string{lo.w("col.field"), lo.w("col.agreed"), lo.w("col.implemented"), lo.w("col.full")},
		Right: []bool{false, true, true, true}}
	for _, f := range d.ByField {
		ft.Rows = append(ft.Rows, []string{f.Field.Label(lo.tag), strconv.Itoa(f.Items), lo.pct(f.Share), strconv.Itoa(f.Degrees[3])})
	}
	lo.put(SectionDecisions, di, Block{Kind: BlockTable, Table: tb}, Block{Kind: BlockTable, Table: ft},
		Block{Kind: BlockFindings, Findings: d.Findings})
}

func (lo *layout) welfare(wi int, w *evaluate.WelfareEvaluation) {
	lo.heading(SectionWelfare, wi, w.Area(lo.tag))
	var through date.Date
	for _, p := range w.Periods {
		through = latest(through, p.Spending.Period.End)
	}
	lo.extent(SectionWelfare, wi, through)
	tb := &Table{Head: []string{lo.w("col.period"), lo.w("col.spending"), lo.w("col.nominal-growth"), lo.w("col.food"), lo.w("col.non-food")},
		Right: []bool{false, true, true, true, true}}
	for _, p := range w.Periods {
		tb.Rows = append(tb.Rows, []string{lo.period(p.Spending.Period), lo.money(p.Spending.PerCapitaMonthly),
			lo.pct(p.Growth), lo.pct(p.FoodShare), lo.pct(p.NonFoodShare)})
	}
	lo.put(SectionWelfare, wi, Block{Kind: BlockTable, Table: tb}, Block{Kind: BlockFindings, Findings: w.Findings})
}

// sources lays out where the facts and figures come from, as a numbered
// list: "PLBN Entikong, ekspor 2015: Rp100.387.357.175 — Seed 000 …".
func (lo *layout) sources(srcs []Source) {
	if len(srcs) == 0 {
		return
	}
	items := make([]string, len(srcs))
	for i, s := range srcs {
		what := lo.sourceSubject(&s)
		measure := ""
		switch {
		case s.Flow != 0:
			measure = s.Flow.Label(lo.tag)
		case s.Net:
			measure = lo.w("balance")
		}
		if measure != "" {
			what += ", " + measure
		}
		switch {
		case !s.Period.IsZero():
			what += " " + lo.period(s.Period)
		case s.Meeting != 0 && !s.Known.IsZero():
			what += " " + lo.period(s.Known)
		}
		if s.Value.HasCurrency() {
			what += ": " + lo.money(s.Value)
		}
		items[i] = what + " — " + s.Document
	}
	lo.doc = append(lo.doc, Block{Kind: BlockHeading, Text: lo.w("report.sources")}, Block{Kind: BlockList, Items: items})
}

// sourceSubject names what a source is about in the report's language:
// a session by its title, a meeting by its kind and session, a forum's
// secretariat or decree with the forum's name; else its Subject.
func (lo *layout) sourceSubject(s *Source) string {
	if s.Forum == "" || lo.r.sessions == nil {
		return s.Subject
	}
	f, ok := lo.r.sessions.Forum(s.Forum)
	if !ok {
		return s.Subject
	}
	if s.Session > 0 {
		if ss, ok := lo.r.sessions.Session(s.Forum, s.Session); ok {
			title := ss.Title(f, lo.tag)
			if s.Meeting != 0 {
				title = s.Meeting.Label(lo.tag) + ", " + title
			}
			return title
		}
		return s.Subject
	}
	name := f.Name(session.Indonesia, lo.tag)
	if s.Subject != "" && s.Subject != f.ID {
		return name + ": " + s.Subject
	}
	return name
}

// forumName returns the forum's name in l from its findings' names.
func forumName(fs []evaluate.Finding, fallback string, l lang.Lang) string {
	key := "en"
	switch l {
	case lang.Indonesian:
		key = "id"
	case lang.Malay, lang.MalayBrunei:
		key = "ms"
	}
	for _, f := range fs {
		if n := f.Names[key]; n != "" && f.Subject == fallback {
			return n
		}
	}
	return fallback
}
