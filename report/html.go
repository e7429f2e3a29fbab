package report

import (
	"bufio"
	"html/template"
	"strconv"
	"strings"
	"sync"

	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/evaluate"
	"github.com/kerjasama/kerjasama/internal/lang"
	"github.com/kerjasama/kerjasama/money"
	"github.com/kerjasama/kerjasama/report/internal/chart"
	"github.com/kerjasama/kerjasama/trade"
	"golang.org/x/text/currency"
	"golang.org/x/text/language"
)

// htmlPage is what the HTML report shows: the blocks of the layout, with
// the charts drawn. Everything but the charts' SVG is plain text, escaped
// by html/template; the SVG is made by internal/chart, which escapes its
// own text.
type htmlPage struct {
	Lang     string // BCP 47 tag of the page ("id", "ms", "ms-BN", "en")
	Title    string
	Subtitle string // the paragraph under the title: the date of the evaluation
	Nav      []htmlLink
	Blocks   []htmlBlock
	Findings string // the heading of a list of findings
}

type htmlLink struct{ ID, Text string }

type htmlBlock struct {
	Kind     string // "heading", "paragraph", "table", "findings", "chart"
	ID       string // fragment identifier of a heading
	Text     string
	Table    *Table
	Items    []string
	Chart    template.HTML
	Findings []htmlFinding
}

type htmlFinding struct {
	Severity string // stable class name: info, warning, critical
	Label    string // the severity in the page's language
	Code     string
	Message  string
}

// writeHTML writes the report as one self-contained HTML document: no
// scripts, no external style sheets, fonts or images. The charts are
// inline SVG drawn from the evaluations the chart blocks point at.
func (r *Report) writeHTML(w *bufio.Writer, blocks []Block, tag language.Tag) error {
	l := langOf(tag)
	p := htmlPage{Lang: l.String(), Findings: word(l, "report.findings")}
	for i, b := range blocks {
		hb := htmlBlock{Kind: b.Kind.String(), Text: b.Text, Table: b.Table, Items: b.Items}
		switch b.Kind {
		case BlockTitle:
			p.Title = b.Text
			continue
		case BlockParagraph:
			if i > 0 && blocks[i-1].Kind == BlockTitle {
				p.Subtitle = b.Text
				continue
			}
		case BlockHeading:
			hb.ID = "s" + strconv.Itoa(i)
			p.Nav = append(p.Nav, htmlLink{ID: hb.ID, Text: b.Text})
		case BlockChart:
			svg := r.chart(b, l)
			if svg == nil {
				continue
			}
			hb.Chart = template.HTML(svg)
		case BlockFindings:
			if len(b.Findings) == 0 {
				continue
			}
			for _, f := range b.Findings {
				hb.Findings = append(hb.Findings, htmlFinding{Severity: f.Severity.String(), Label: f.Severity.Label(tag),
					Code: string(f.Code), Message: f.Message(tag)})
			}
		}
		p.Blocks = append(p.Blocks, hb)
	}
	return htmlTemplate().Execute(w, p)
}

// chart draws the chart of a BlockChart, or returns nil when there is
// nothing to draw.
func (r *Report) chart(b Block, l lang.Lang) []byte {
	switch b.Section {
	case SectionTrade:
		if b.Index < len(r.Trade) {
			return tradeChart(&r.Trade[b.Index], b.Text, l).SVG()
		}
	case SectionAgreements:
		if r.Register != nil && r.Register.Total > 0 {
			c := chart.Counts{Title: b.Text, Desc: b.Text}
			for _, sc := range r.Register.ByStatus {
				c.Items = append(c.Items, chart.Count{Label: sc.Status.Label(l.Tag()), N: sc.Count})
			}
			return c.SVG()
		}
	case SectionForums:
		if b.Index < len(r.Forums) {
			return r.timeline(&r.Forums[b.Index], b.Text, l).SVG()
		}
	}
	return nil
}

func tradeChart(te *evaluate.TradeEvaluation, title string, l lang.Lang) chart.Bars {
	tag := l.Tag()
	netOnly := true
	var cur currency.Unit
	for _, p := range te.Periods {
		netOnly = netOnly && p.NetOnly
		if c := p.Balance.Currency(); c != (currency.Unit{}) {
			cur = c
		}
	}
	lo := &layout{l: l, tag: tag}
	c := chart.Bars{
		Title:        title,
		Desc:         title,
		PositiveName: trade.Surplus.Label(tag),
		NegativeName: trade.Deficit.Label(tag),
		Tick: func(v int64) string {
			return money.Formatter{Lang: tag, Style: money.Compact}.Format(money.FromMinor(v, cur))
		},
	}
	if netOnly {
		c.Series = []chart.Series{{Name: word(l, "col.balance"), Signed: true}}
	} else {
		c.Series = []chart.Series{{Name: word(l, "col.exports")}, {Name: word(l, "col.imports")}, {Name: word(l, "col.balance"), Signed: true}}
	}
	var notes []string
	val := func(a money.Amount, ok bool) chart.Value {
		return chart.Value{V: a.Minor(), Label: lo.money(a), Valid: ok}
	}
	for _, p := range te.Periods {
		g := chart.Group{Label: periodLabel(p.Period, lo), Partial: p.Partial}
		if p.Partial {
			notes = append(notes, wordf(l, "chart.partial", g.Label, lo.period(p.Period)))
		}
		if netOnly {
			g.Values = []chart.Value{val(p.Balance, true)}
		} else {
			g.Values = []chart.Value{val(p.Exports, !p.NetOnly), val(p.Imports, !p.NetOnly), val(p.Balance, true)}
		}
		c.Groups = append(c.Groups, g)
	}
	c.PartialNote = strings.Join(notes, "; ")
	return c
}

// periodLabel is the label of a period under its bars: the year, or the
// period itself when it is not within one year.
func periodLabel(r date.Range, lo *layout) string {
	if r.Start.Year == r.End.Year {
		return strconv.Itoa(r.Start.Year)
	}
	return lo.period(r)
}

func (r *Report) timeline(fe *evaluate.ForumEvaluation, title string, l lang.Lang) chart.Timeline {
	tag := l.Tag()
	t := chart.Timeline{
		Title:      title,
		Desc:       title,
		From:       fe.Window.Start.Year,
		To:         fe.Window.End.Year,
		Missed:     fe.Missed,
		MissedName: word(l, "note.no-session"),
		KindNames:  []string{word(l, "chart.kind-session"), word(l, "chart.kind-meeting")},
	}
	if r.sessions == nil {
		return t
	}
	for _, s := range r.sessions.Series(fe.Forum) {
		for _, m := range s.Meetings {
			if p := m.Period(); !p.IsZero() {
				t.Events = append(t.Events, chart.Event{
					Label: m.Kind.Label(tag),
					Start: p.Start.In(nil), End: p.End.In(nil), Kind: 1, Tentative: m.Unconfirmed,
				})
			}
		}
		if p := s.Period(); !p.IsZero() {
			label := wordf(l, "chart.session", s.Number)
			if s.City != "" {
				label += ", " + s.City
			}
			if s.Unconfirmed {
				label += " (" + word(l, "note.unconfirmed") + ")"
			}
			t.Events = append(t.Events, chart.Event{Label: label, Start: p.Start.In(nil), End: p.End.In(nil), Tentative: s.Unconfirmed})
		}
	}
	return t
}

// htmlTemplate is the page's template, parsed on first use.
var htmlTemplate = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("report").Funcs(template.FuncMap{
		"right": func(t *Table, i int) bool { return i < len(t.Right) && t.Right[i] },
	}).Parse(htmlSource))
})

// htmlSource is the page: a header with the title, a list of the
// headings, then every block in order.
const htmlSource = `<!DOCTYPE html>
<html lang="{{.Lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; line-height: 1.45; color: #1a1a1a; background: #fff; max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 2px solid #0072B2; padding-bottom: .2rem; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
h4 { font-size: .95rem; margin: .8rem 0 .3rem; }
.subtitle { color: #444; margin: 0 0 1rem; }
nav ol { columns: 2; padding-left: 1.2rem; }
.table { overflow-x: auto; margin: .5rem 0 1rem; }
table { border-collapse: collapse; width: 100%; font-size: .82rem; }
caption { text-align: left; font-weight: 600; padding: .3rem 0; }
th, td { border: 1px solid #bbb; padding: .25rem .45rem; vertical-align: top; text-align: left; }
th { background: #eef3f8; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
figure { margin: .5rem 0 1rem; }
figure svg { max-width: 100%; height: auto; }
ul.findings { list-style: none; padding: 0; }
ol.list { font-size: .85rem; padding-left: 1.6rem; }
ol.list li { margin: .2rem 0; overflow-wrap: anywhere; }
ul.findings li { border-left: 5px solid #767676; padding: .3rem .6rem; margin: .3rem 0; background: #f7f7f7; }
ul.findings li.warning { border-color: #E69F00; }
ul.findings li.critical { border-color: #D55E00; }
ul.findings li.notice { border-color: #0072B2; }
ul.findings li.info { border-color: #009E73; }
.severity { font-weight: 600; margin-right: .4rem; }
.code { color: #555; font-family: ui-monospace, monospace; font-size: .85em; }
footer { margin-top: 2rem; color: #555; font-size: .85rem; border-top: 1px solid #ccc; padding-top: .5rem; }
@page { size: A4; margin: 15mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  nav { display: none; }
  h2, h3, h4 { break-after: avoid; }
  figure, table, ul.findings li { break-inside: avoid; }
  .table { overflow: visible; }
  table { font-size: 8.5pt; }
  th { background: #eee !important; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  svg { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
</style>
</head>
<body>
<header>
<h1>{{.Title}}</h1>
{{with .Subtitle}}<p class="subtitle">{{.}}</p>{{end}}
</header>
{{with .Nav}}<nav><ol>{{range .}}<li><a href="#{{.ID}}">{{.Text}}</a></li>{{end}}</ol></nav>{{end}}
<main>
{{range .Blocks}}{{if eq .Kind "heading"}}<h2 id="{{.ID}}">{{.Text}}</h2>
{{else if eq .Kind "paragraph"}}<p>{{.Text}}</p>
{{else if eq .Kind "chart"}}<figure>{{.Chart}}</figure>
{{else if eq .Kind "table"}}{{template "table" .Table}}
{{else if eq .Kind "list"}}<ol class="list">
{{range .Items}}<li>{{.}}</li>
{{end}}</ol>
{{else if eq .Kind "findings"}}<h3>{{$.Findings}}</h3>
<ul class="findings">
{{range .Findings}}<li class="{{.Severity}}"><span class="severity">{{.Label}}</span>{{.Message}} <span class="code">{{.Code}}</span></li>
{{end}}</ul>
{{end}}{{end}}</main>
</body>
</html>
{{define "table"}}{{$t := .}}<div class="table"><table>
{{with .Caption}}<caption>{{.}}</caption>{{end}}
<thead><tr>{{range $i, $h := .Head}}<th scope="col"{{if right $t $i}} class="num"{{end}}>{{$h}}</th>{{end}}</tr></thead>
<tbody>
{{range .Rows}}<tr>{{range $i, $c := .}}<td{{if right $t $i}} class="num"{{end}}>{{$c}}</td>{{end}}</tr>
{{end}}</tbody>
</table></div>
{{end}}`
