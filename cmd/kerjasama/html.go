package main

import (
	"html/template"
	"io"
)

// htmlPage is what the HTML report shows: plain strings and the charts'
// SVG. Everything but Charts is escaped by html/template; Charts hold SVG
// made by internal/chart, which escapes its own text.
type htmlPage struct {
	Lang     string // BCP 47 tag of the page ("id", "ms", "en")
	Title    string
	Subtitle string // the date of the evaluation and the data it covers
	Sections []htmlSection
	Sources  htmlTable // where each figure comes from
	Footer   string
}

type htmlSection struct {
	ID      string // fragment identifier, ASCII
	Title   string
	Summary string
	Parts   []htmlPart
}

// An htmlPart is one subject of a section (one trade series, one forum):
// its charts, tables and findings together.
type htmlPart struct {
	Title    string // may be empty
	Charts   []template.HTML
	Tables   []htmlTable
	Findings []htmlFinding
	// FindingsTitle heads the list of findings ("Temuan").
	FindingsTitle string
}

type htmlTable struct {
	Caption string
	Head    []string
	Rows    [][]htmlCell
}

type htmlCell struct {
	Text string
	Num  bool // right-aligned, tabular figures
}

type htmlFinding struct {
	Severity string // stable class name: info, notice, warning, critical
	Label    string // the severity in the page's language
	Code     string
	Message  string
}

// writeHTML writes p as one self-contained HTML document: no scripts, no
// external style sheets, fonts or images.
func writeHTML(w io.Writer, p htmlPage) error {
	return htmlTemplate.Execute(w, p)
}

var htmlTemplate = template.Must(template.New("report").Parse(`<!DOCTYPE html>
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
{{with .Sections}}<nav><ol>{{range .}}<li><a href="#{{.ID}}">{{.Title}}</a></li>{{end}}</ol></nav>{{end}}
<main>
{{range .Sections}}<section id="{{.ID}}">
<h2>{{.Title}}</h2>
{{with .Summary}}<p>{{.}}</p>{{end}}
{{range .Parts}}<div class="part">
{{with .Title}}<h3>{{.}}</h3>{{end}}
{{range .Charts}}<figure>{{.}}</figure>
{{end}}{{range .Tables}}{{template "table" .}}{{end}}
{{if .Findings}}<h4>{{.FindingsTitle}}</h4>
<ul class="findings">
{{range .Findings}}<li class="{{.Severity}}"><span class="severity">{{.Label}}</span>{{.Message}} <span class="code">{{.Code}}</span></li>
{{end}}</ul>{{end}}
</div>
{{end}}</section>
{{end}}
{{with .Sources.Rows}}<section id="sources">
{{template "table" $.Sources}}
</section>{{end}}
</main>
{{with .Footer}}<footer>{{.}}</footer>{{end}}
</body>
</html>
{{define "table"}}{{if .Rows}}<div class="table"><table>
{{with .Caption}}<caption>{{.}}</caption>{{end}}
{{with .Head}}<thead><tr>{{range .}}<th scope="col">{{.}}</th>{{end}}</tr></thead>{{end}}
<tbody>
{{range .Rows}}<tr>{{range .}}<td{{if .Num}} class="num"{{end}}>{{.Text}}</td>{{end}}</tr>
{{end}}</tbody>
</table></div>
{{end}}{{end}}`))
