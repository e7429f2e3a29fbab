package evaluate

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kerjasama/kerjasama/internal/lang"
	"github.com/kerjasama/kerjasama/region"
	"golang.org/x/text/language"
)

// MaxListed is the number of agreements a report lists one by one, and of
// their findings; a larger register is summed up by status, country and
// sector, and the rest is counted.
const MaxListed = 100

// A BlockKind is the kind of one block of a report's layout.
type BlockKind uint8

// The kinds of block.
const (
	BlockTitle     BlockKind = 1 + iota // the report's title
	BlockHeading                        // the heading of one evaluation
	BlockParagraph                      // a line of text
	BlockTable                          // a table
	BlockFindings                       // the findings of one evaluation
)

// A Block is one piece of a report laid out for reading: a title, a
// heading, a paragraph, a table or a list of findings, with every text
// already written in the report's language. Text is plain: a renderer
// escapes it for its format (WriteMarkdown does; an HTML renderer must).
type Block struct {
	Kind BlockKind
	// Section and Index say which evaluation the block belongs to:
	// Report.Trade[Index] for SectionTrade, Report.Register for
	// SectionAgreements, Report.Forums[Index], Report.Decisions[Index],
	// Report.Welfare[Index]; a renderer draws its charts from there. The
	// title and the date have no section.
	Section  Section
	Index    int
	Text     string
	Table    *Table
	Findings []Finding
}

// A Table is a table of a report's layout: column heads, which columns
// hold numbers (to be aligned right), and rows of cells.
type Table struct {
	Head  []string
	Right []bool
	Rows  [][]string
}

const dash = "—"

// pct writes a ratio for a Table: one decimal place, or a dash when
// undefined.
func pct(r Ratio, l lang.Lang) string {
	if !r.OK() {
		return dash
	}
	return r.Percent(l.Tag(), 1)
}

func label(key string, l lang.Lang) string { return printer(l).Sprintf(key) }

// Layout lays the report out as blocks in the language of tag
// (Indonesian, Malay, or English for unsupported tags): the same blocks
// that WriteText and WriteMarkdown write, for renderers of other formats
// (HTML with charts).
func (r *Report) Layout(tag language.Tag) []Block { return r.document(lang.Of(tag)) }

// document lays the report out as blocks, in the language l.
func (r *Report) document(l lang.Lang) []Block {
	tag := l.Tag()
	title := r.Title
	if title == "" {
		title = label("report.title", l)
	}
	doc := []Block{{Kind: BlockTitle, Text: title}}
	if !r.Date.IsZero() {
		doc = append(doc, Block{Kind: BlockParagraph, Text: label("report.date", l) + ": " + formatDate(r.Date, l)})
	}
	empty := true
	put := func(sec Section, idx int, bs ...Block) {
		for _, b := range bs {
			b.Section, b.Index = sec, idx
			doc = append(doc, b)
		}
	}
	for ti, t := range r.Trade {
		empty = false
		h := label("section.trade", l)
		if t.Subject != "" {
			h += " — " + t.Subject
		}
		put(SectionTrade, ti, Block{Kind: BlockHeading, Text: h})
		netOnly, someNet := true, false
		for _, p := range t.Periods {
			netOnly = netOnly && p.NetOnly
			someNet = someNet || p.NetOnly
		}
		// A series that mixes both flows with published nets (a source that
		// gives only the surplus for some years) has a column for the
		// growth of the balance, the only change the net-only years have.
		mixed := someNet && !netOnly
		tb := &Table{
			Head: []string{label("col.period", l), label("col.exports", l), label("col.imports", l), label("col.balance", l),
				label("col.status", l), label("col.coverage", l), label("col.export-growth", l), label("col.import-growth", l)},
			Right: []bool{false, true, true, true, false, true, true, true},
		}
		if mixed {
			tb.Head = append(tb.Head, label("col.balance-growth", l))
			tb.Right = append(tb.Right, true)
		}
		if netOnly { // only the net was published (seed 004): no flow columns
			tb.Head = []string{label("col.period", l), label("col.balance", l), label("col.status", l), label("col.growth", l)}
			tb.Right = []bool{false, true, false, true}
		}
		for _, p := range t.Periods {
			period := formatPeriod(p.Period, l)
			if p.Partial {
				period += " (" + label("note.partial", l) + ")"
			}
			if netOnly {
				tb.Rows = append(tb.Rows, []string{period, formatMoney(p.Balance, l), p.Status.Label(tag), pct(p.BalanceGrowth, l)})
				continue
			}
			x, m := formatMoney(p.Exports, l), formatMoney(p.Imports, l)
			if p.NetOnly {
				x, m = dash, dash
			}
			row := []string{period, x, m, formatMoney(p.Balance, l), p.Status.Label(tag),
				pct(p.Coverage, l), pct(p.ExportGrowth, l), pct(p.ImportGrowth, l)}
			if mixed {
				row = append(row, pct(p.BalanceGrowth, l))
			}
			tb.Rows = append(tb.Rows, row)
		}
		put(SectionTrade, ti, Block{Kind: BlockTable, Table: tb}, Block{Kind: BlockFindings, Findings: t.Findings})
	}
	if reg := r.Register; reg != nil {
		empty = false
		h := label("section.agreements", l)
		if reg.Subject != "" {
			h += " — " + reg.Subject
		}
		put(SectionAgreements, 0, Block{Kind: BlockHeading, Text: h})
		st := &Table{Head: []string{label("col.status", l), label("col.count", l)}, Right: []bool{false, true}}
		for _, s := range reg.ByStatus {
			st.Rows = append(st.Rows, []string{s.Status.Label(tag), strconv.Itoa(s.Count)})
		}
		ct := &Table{Head: []string{label("col.country", l), label("col.count", l), label("col.in-force", l), label("col.dormant", l)},
			Right: []bool{false, true, true, true}}
		for _, g := range reg.ByCountry {
			name := g.Key
			if c, ok := region.Lookup(g.Key); ok {
				name = c.Label(tag)
			}
			ct.Rows = append(ct.Rows, []string{name, strconv.Itoa(g.Total), strconv.Itoa(g.InForce), strconv.Itoa(g.Dormant)})
		}
		at := &Table{Head: []string{label("col.agreement", l), label("col.status", l), label("col.stage", l), label("col.end", l),
			label("col.activities", l), label("col.last-activity", l), label("col.dormant", l), label("col.score", l)},
			Right: []bool{false, false, false, false, true, false, false, true}}
		var fs []Finding
		fs = append(fs, reg.Findings...)
		more := 0
		for i, a := range reg.Agreements {
			if i >= MaxListed {
				more = len(reg.Agreements) - MaxListed
				break
			}
			end, last, dormant := dash, dash, ""
			if !a.End.IsZero() {
				end = formatDate(a.End, l)
			}
			if !a.LastActivity.IsZero() {
				last = formatDate(a.LastActivity, l)
			}
			if a.Dormant {
				dormant = label("yes", l)
			}
			at.Rows = append(at.Rows, []string{a.Title, a.Status.Label(tag), a.Stage.Label(tag), end,
				strconv.Itoa(a.Activities), last, dormant, strconv.Itoa(a.Score.Value)})
		}
		for _, a := range reg.Agreements {
			for _, f := range a.Findings {
				if f.Severity >= Warning && len(fs) <= MaxListed {
					fs = append(fs, f)
				}
			}
		}
		put(SectionAgreements, 0, Block{Kind: BlockTable, Table: st}, Block{Kind: BlockTable, Table: ct}, Block{Kind: BlockTable, Table: at})
		if more > 0 {
			put(SectionAgreements, 0, Block{Kind: BlockParagraph, Text: printer(l).Sprintf("report.more", more)})
		}
		put(SectionAgreements, 0, Block{Kind: BlockFindings, Findings: fs})
	}
	for fi, f := range r.Forums {
		empty = false
		put(SectionForums, fi, Block{Kind: BlockHeading, Text: label("section.forums", l) + " — " + forumName(f.Findings, f.Name, l)})
		tb := &Table{Head: []string{label("col.year", l), label("col.sessions", l), label("col.note", l)}, Right: []bool{false, false, false}}
		for _, y := range f.Years {
			var notes []string
			if len(y.Sessions) == 0 {
				notes = append(notes, label("note.no-session", l))
			}
			if y.Virtual {
				notes = append(notes, label("note.online", l))
			}
			if len(y.Unconfirmed) > 0 {
				notes = append(notes, label("note.unconfirmed", l)+": "+joinInts(y.Unconfirmed))
			}
			tb.Rows = append(tb.Rows, []string{strconv.Itoa(y.Year), joinInts(y.Sessions), strings.Join(notes, "; ")})
		}
		put(SectionForums, fi, Block{Kind: BlockTable, Table: tb}, Block{Kind: BlockFindings, Findings: f.Findings})
	}
	for di, d := range r.Decisions {
		empty = false
		put(SectionDecisions, di, Block{Kind: BlockHeading, Text: label("section.decisions", l) + " — " + forumName(d.Findings, d.Name, l)})
		tb := &Table{Head: []string{label("col.session", l), label("col.agreed", l), label("col.implemented", l), label("col.full", l), label("col.carried", l)},
			Right: []bool{true, true, true, true, true}}
		for _, s := range d.Sessions {
			tb.Rows = append(tb.Rows, []string{strconv.Itoa(s.Number), strconv.Itoa(s.Agreed.Items), pct(s.Agreed.Share, l),
				strconv.Itoa(s.Agreed.Degrees[3]), strconv.Itoa(s.CarriedOver)})
		}
		ft := &Table{Head: []string{label("col.field", l), label("col.agreed", l), label("col.implemented", l), label("col.full", l)},
			Right: []bool{false, true, true, true}}
		for _, f := range d.ByField {
			ft.Rows = append(ft.Rows, []string{f.Field.Label(tag), strconv.Itoa(f.Items), pct(f.Share, l), strconv.Itoa(f.Degrees[3])})
		}
		put(SectionDecisions, di, Block{Kind: BlockTable, Table: tb}, Block{Kind: BlockTable, Table: ft}, Block{Kind: BlockFindings, Findings: d.Findings})
	}
	for wi, w := range r.Welfare {
		empty = false
		put(SectionWelfare, wi, Block{Kind: BlockHeading, Text: label("section.welfare", l) + " — " + w.Region.Label(tag)})
		tb := &Table{Head: []string{label("col.period", l), label("col.spending", l), label("col.growth", l), label("col.food", l), label("col.non-food", l)},
			Right: []bool{false, true, true, true, true}}
		for _, p := range w.Periods {
			tb.Rows = append(tb.Rows, []string{formatPeriod(p.Spending.Period, l), formatMoney(p.Spending.PerCapitaMonthly, l),
				pct(p.Growth, l), pct(p.FoodShare, l), pct(p.NonFoodShare, l)})
		}
		put(SectionWelfare, wi, Block{Kind: BlockTable, Table: tb}, Block{Kind: BlockFindings, Findings: w.Findings})
	}
	if empty {
		doc = append(doc, Block{Kind: BlockParagraph, Text: label("report.empty", l)})
	}
	return doc
}

// forumName returns the forum's name in l from its findings' names.
func forumName(fs []Finding, fallback string, l lang.Lang) string {
	for _, f := range fs {
		if n := f.Names[langKey(l)]; n != "" && f.Subject == fallback {
			return n
		}
	}
	return fallback
}

func width(s string) int { return utf8.RuneCountInString(s) }

// WriteText writes the report as plain text in the language of tag
// (Indonesian, Malay, or English for unsupported tags): headings
// underlined, tables in aligned columns, findings as a list with their
// severity.
func (r *Report) WriteText(w io.Writer, tag language.Tag) error {
	l := lang.Of(tag)
	bw := bufio.NewWriter(w)
	for i, b := range r.document(l) {
		if i > 0 {
			bw.WriteByte('\n')
		}
		switch b.Kind {
		case BlockTitle, BlockHeading:
			u := "="
			if b.Kind == BlockHeading {
				u = "-"
			}
			text := oneLine(b.Text)
			fmt.Fprintf(bw, "%s\n%s\n", text, strings.Repeat(u, width(text)))
		case BlockParagraph:
			fmt.Fprintln(bw, oneLine(b.Text))
		case BlockTable:
			writeTextTable(bw, b.Table)
		case BlockFindings:
			if len(b.Findings) == 0 {
				continue
			}
			fmt.Fprintln(bw, label("report.findings", l)+":")
			for _, f := range b.Findings {
				fmt.Fprintf(bw, "- [%s] %s\n", f.Severity.Label(tag), oneLine(f.Message(tag)))
			}
		}
	}
	return bw.Flush()
}

// oneLine replaces line breaks and other control characters with spaces,
// so that text from the data cannot break the layout.
func oneLine(s string) string {
	if strings.IndexFunc(s, isControl) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isControl(r) {
			return ' '
		}
		return r
	}, s)
}

func isControl(r rune) bool { return r < 0x20 || r == 0x7f || r == 0x85 || r == 0x2028 || r == 0x2029 }

func writeTextTable(w *bufio.Writer, t *Table) {
	widths := make([]int, len(t.Head))
	cells := append([][]string{t.Head}, t.Rows...)
	for _, row := range cells {
		for i, c := range row {
			widths[i] = max(widths[i], width(oneLine(c)))
		}
	}
	var line strings.Builder
	for n, row := range cells {
		line.Reset()
		for i, c := range row {
			c = oneLine(c)
			pad := strings.Repeat(" ", widths[i]-width(c))
			if i > 0 {
				line.WriteString("  ")
			}
			if t.Right[i] && n > 0 {
				line.WriteString(pad + c)
			} else {
				line.WriteString(c + pad)
			}
		}
		w.WriteString(strings.TrimRight(line.String(), " "))
		w.WriteByte('\n')
		if n == 0 {
			for i := range row {
				if i > 0 {
					w.WriteString("  ")
				}
				w.WriteString(strings.Repeat("-", widths[i]))
			}
			w.WriteByte('\n')
		}
	}
}

// WriteMarkdown writes the report as CommonMark with GitHub tables, in
// the language of tag. Every piece of text from the data (titles, names,
// messages) is escaped: a "|" in a cell stays in its cell, "<script>"
// comes out as text, a "#" or "*" never becomes markup.
func (r *Report) WriteMarkdown(w io.Writer, tag language.Tag) error {
	l := lang.Of(tag)
	bw := bufio.NewWriter(w)
	for i, b := range r.document(l) {
		if i > 0 {
			bw.WriteByte('\n')
		}
		switch b.Kind {
		case BlockTitle:
			fmt.Fprintf(bw, "# %s\n", EscapeMarkdown(b.Text))
		case BlockHeading:
			fmt.Fprintf(bw, "## %s\n", EscapeMarkdown(b.Text))
		case BlockParagraph:
			fmt.Fprintln(bw, escapeBlock(b.Text))
		case BlockTable:
			t := b.Table
			bw.WriteString("|")
			for _, h := range t.Head {
				fmt.Fprintf(bw, " %s |", EscapeMarkdown(h))
			}
			bw.WriteString("\n|")
			for i := range t.Head {
				if t.Right[i] {
					bw.WriteString(" ---: |")
				} else {
					bw.WriteString(" --- |")
				}
			}
			bw.WriteByte('\n')
			for _, row := range t.Rows {
				bw.WriteString("|")
				for _, c := range row {
					fmt.Fprintf(bw, " %s |", EscapeMarkdown(c))
				}
				bw.WriteByte('\n')
			}
		case BlockFindings:
			if len(b.Findings) == 0 {
				continue
			}
			fmt.Fprintf(bw, "**%s**\n\n", EscapeMarkdown(label("report.findings", l)))
			for _, f := range b.Findings {
				fmt.Fprintf(bw, "- **%s**: %s\n", EscapeMarkdown(f.Severity.Label(tag)), EscapeMarkdown(f.Message(tag)))
			}
		}
	}
	return bw.Flush()
}

// EscapeMarkdown makes s safe to place inside a line of Markdown or a
// table cell: HTML-significant characters become entities (&lt; &gt;
// &amp;), Markdown punctuation is backslash-escaped, and line breaks become
// spaces. (Text that starts a line is also guarded against list and
// heading markers.)
func EscapeMarkdown(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	for _, r := range oneLine(s) {
		switch r {
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '&':
			b.WriteString("&amp;")
		case '\\', '`', '*', '_', '[', ']', '|', '#', '~', '!', '{', '}':
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// escapeBlock is EscapeMarkdown for text that starts a line, where a
// leading "+", "-", "=" or "1." would start a list or underline a heading.
func escapeBlock(s string) string {
	out := EscapeMarkdown(s)
	if len(out) > 0 && strings.ContainsRune("+-=", rune(out[0])) {
		out = "\\" + out
	}
	if i := strings.IndexFunc(out, func(r rune) bool { return r < '0' || r > '9' }); i > 0 && (out[i] == '.' || out[i] == ')') {
		out = out[:i] + "\\" + out[i:]
	}
	return out
}

// jsonFinding is a finding with its section and its message.
type jsonFinding struct {
	SectionFinding
	Message string `json:"message"`
}

// WriteJSON writes the report as one JSON object: its data (every
// evaluation, with dates in ISO 8601, money in the money package's
// canonical form "IDR 100387357175", ratios as numbers, or null when
// undefined with the reason beside them: "growth": null, "growth_note":
// "zero base"), the language ("id", "ms", "ms-BN", "en") and a flat list of
// every finding with its section and its message in that language.
func (r *Report) WriteJSON(w io.Writer, tag language.Tag) error {
	l := lang.Of(tag)
	var fs []jsonFinding
	for _, f := range r.Findings(None) {
		fs = append(fs, jsonFinding{SectionFinding: f, Message: f.Message(tag)})
	}
	doc := struct {
		Lang string `json:"lang"`
		*Report
		Findings []jsonFinding `json:"findings"`
	}{l.String(), r, fs}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}
