package report

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"strings"
	"unicode/utf8"

	"github.com/kerjasama/kerjasama/evaluate"
	"github.com/kerjasama/kerjasama/internal/enum"
	"github.com/kerjasama/kerjasama/internal/perr"
	"golang.org/x/text/language"
)

// A Format is an output format of the report.
type Format uint8

// The formats.
const (
	Text     Format = 1 + iota // plain text: headings underlined, tables in aligned columns
	Markdown                   // CommonMark with GitHub tables
	HTML                       // one self-contained HTML page with SVG charts
	JSON                       // the evaluations' data, the layout, the findings and the sources
)

// formats is the table of Format.
var formats = enum.New(enum.Config{Type: "Format", MaxLen: 32, Err: formatError}, []enum.Entry{
	Text:     {ID: "text", En: "text", In: "teks", Ms: "teks", Aliases: []string{"txt", "plain text"}},
	Markdown: {ID: "markdown", En: "Markdown", In: "Markdown", Ms: "Markdown", Aliases: []string{"md"}},
	HTML:     {ID: "html", En: "HTML", In: "HTML", Ms: "HTML", Aliases: []string{"htm"}},
	JSON:     {ID: "json", En: "JSON", In: "JSON", Ms: "JSON"},
})

// String returns the name of f ("text", "markdown", "html", "json"): ""
// for the zero Format, "%!Format(n)" out of range.
func (f Format) String() string { return formats.String(int(f)) }

// Label returns the name of f for people in the language of tag: "teks",
// "Markdown", "HTML", "JSON".
func (f Format) Label(tag language.Tag) string { return formats.Label(int(f), tag) }

// MarshalText returns the name of f; the zero Format gives empty text, and
// a value out of range is an error.
func (f Format) MarshalText() ([]byte, error) { return formats.MarshalText(int(f)) }

// UnmarshalText sets f from a name ParseFormat reads; empty text gives the
// zero Format.
func (f *Format) UnmarshalText(text []byte) error {
	v, err := formats.UnmarshalText(text)
	if err != nil {
		return err
	}
	*f = Format(v)
	return nil
}

// ErrUnknownFormat is returned by ParseFormat and Write for a format that
// is none of Text, Markdown, HTML and JSON.
var ErrUnknownFormat = errors.New("unknown report format")

// A ParseError reports text that names no format. It has the fields and
// the message format of every package's ParseError, and wraps
// ErrUnknownFormat.
type ParseError struct {
	Func   string // "ParseFormat", "Format.UnmarshalText"
	Input  string // the text given
	Offset int    // byte offset of the problem in Input
	Msg    string // what is wrong
	Err    error  // ErrUnknownFormat
}

// Error returns the failed call, the problem and where it is:
// `report.ParseFormat("pdf"): unknown format (want text, markdown, html or json)`.
func (e *ParseError) Error() string {
	return perr.Format("report", e.Func, e.Input, e.Offset, e.Msg, e.Err)
}

// Unwrap returns ErrUnknownFormat.
func (e *ParseError) Unwrap() error { return e.Err }

func formatError(f enum.Failure) error {
	msg := f.Msg
	if f.Kind == enum.Unknown || f.Kind == enum.Empty {
		msg += " (want text, markdown, html or json)"
	}
	return &ParseError{Func: f.Func, Input: f.Input, Offset: f.Offset, Msg: msg, Err: ErrUnknownFormat}
}

// ParseFormat reads a format by name: "text" (or "txt", "teks"),
// "markdown" ("md"), "html" ("htm") or "json", in any case.
func ParseFormat(s string) (Format, error) {
	v, err := formats.Parse("ParseFormat", s)
	return Format(v), err
}

// Write renders the report in format f and the language of tag
// (Indonesian, Malay of Malaysia or Brunei, or English for unsupported
// tags). Every format is rendered from the same Layout. Text from the
// data never becomes markup: it is escaped in Markdown and HTML, and
// control characters are replaced by spaces in text.
func (r *Report) Write(w io.Writer, f Format, tag language.Tag) error {
	bw := bufio.NewWriter(w)
	blocks := r.Layout(tag)
	switch f {
	case Text:
		writeText(bw, blocks, tag)
	case Markdown:
		writeMarkdown(bw, blocks, tag)
	case HTML:
		if err := r.writeHTML(bw, blocks, tag); err != nil {
			return err
		}
	case JSON:
		if err := r.writeJSON(bw, blocks, tag); err != nil {
			return err
		}
	default:
		return fmt.Errorf("report: %v: %w", f, ErrUnknownFormat)
	}
	return bw.Flush()
}

func width(s string) int { return utf8.RuneCountInString(s) }

// printed yields the blocks that the text formats print (charts and empty
// lists of findings are not), writing a blank line between two.
func printed(bw *bufio.Writer, blocks []Block) iter.Seq[*Block] {
	return func(yield func(*Block) bool) {
		first := true
		for i := range blocks {
			b := &blocks[i]
			if b.Kind == BlockChart || (b.Kind == BlockFindings && len(b.Findings) == 0) {
				continue
			}
			if !first {
				bw.WriteByte('\n')
			}
			first = false
			if !yield(b) {
				return
			}
		}
	}
}

// ----- text -----

func writeText(bw *bufio.Writer, blocks []Block, tag language.Tag) {
	l := langOf(tag)
	for b := range printed(bw, blocks) {
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
		case BlockList:
			for i, it := range b.Items {
				fmt.Fprintf(bw, "%d. %s\n", i+1, oneLine(it))
			}
		case BlockFindings:
			fmt.Fprintln(bw, word(l, "report.findings")+":")
			for _, f := range b.Findings {
				fmt.Fprintf(bw, "- [%s] %s\n", f.Severity.Label(tag), oneLine(f.Message(tag)))
			}
		}
	}
}

// oneLine replaces line breaks and other control characters with spaces,
// so that text from the data cannot break the layout or reach a terminal
// as an escape sequence.
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

func isControl(r rune) bool {
	return r < 0x20 || (r >= 0x7f && r < 0xa0) || r == 0x2028 || r == 0x2029
}

func writeTextTable(w *bufio.Writer, t *Table) {
	if t.Caption != "" {
		fmt.Fprintf(w, "%s:\n", oneLine(t.Caption))
	}
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

// ----- Markdown -----

func writeMarkdown(bw *bufio.Writer, blocks []Block, tag language.Tag) {
	l := langOf(tag)
	for b := range printed(bw, blocks) {
		switch b.Kind {
		case BlockTitle:
			fmt.Fprintf(bw, "# %s\n", escapeMarkdown(b.Text))
		case BlockHeading:
			fmt.Fprintf(bw, "## %s\n", escapeMarkdown(b.Text))
		case BlockParagraph:
			fmt.Fprintln(bw, escapeBlock(b.Text))
		case BlockTable:
			t := b.Table
			if t.Caption != "" {
				fmt.Fprintf(bw, "%s:\n\n", escapeBlock(t.Caption))
			}
			bw.WriteString("|")
			for _, h := range t.Head {
				fmt.Fprintf(bw, " %s |", escapeMarkdown(h))
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
					fmt.Fprintf(bw, " %s |", escapeMarkdown(c))
				}
				bw.WriteByte('\n')
			}
		case BlockList:
			for i, it := range b.Items {
				fmt.Fprintf(bw, "%d. %s\n", i+1, escapeMarkdown(it))
			}
		case BlockFindings:
			fmt.Fprintf(bw, "**%s**\n\n", escapeMarkdown(word(l, "report.findings")))
			for _, f := range b.Findings {
				fmt.Fprintf(bw, "- **%s**: %s\n", escapeMarkdown(f.Severity.Label(tag)), escapeMarkdown(f.Message(tag)))
			}
		}
	}
}

// escapeMarkdown makes s safe to place inside a line of Markdown or a
// table cell: HTML-significant characters become entities (&lt; &gt;
// &amp;), Markdown punctuation is backslash-escaped, and line breaks and
// other control characters become spaces.
func escapeMarkdown(s string) string {
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

// escapeBlock is escapeMarkdown for text that starts a line, where a
// leading "+", "-", "=" or "1." would start a list or underline a heading.
func escapeBlock(s string) string {
	out := escapeMarkdown(s)
	if len(out) > 0 && strings.ContainsRune("+-=", rune(out[0])) {
		out = "\\" + out
	}
	if i := strings.IndexFunc(out, func(r rune) bool { return r < '0' || r > '9' }); i > 0 && (out[i] == '.' || out[i] == ')') {
		out = out[:i] + "\\" + out[i:]
	}
	return out
}

// ----- JSON -----

// jsonFinding is a finding with its section and its message.
type jsonFinding struct {
	SectionFinding
	Message string `json:"message"`
}

// writeJSON writes the report as one JSON object: its data (every
// evaluation, with dates in ISO 8601, money in the money package's
// canonical form "IDR 100387357175", ratios as numbers, or null when
// undefined with the reason beside them), the language, the sources, a
// flat list of every finding with its section and its message, and the
// layout (headings, tables) that the other formats render.
func (r *Report) writeJSON(w io.Writer, blocks []Block, tag language.Tag) error {
	l := langOf(tag)
	var fs []jsonFinding
	for _, f := range r.Findings(evaluate.None) {
		fs = append(fs, jsonFinding{SectionFinding: f, Message: f.Message(tag)})
	}
	var layout []Block
	for _, b := range blocks {
		if b.Kind != BlockFindings {
			layout = append(layout, b)
		}
	}
	doc := struct {
		Lang string `json:"lang"`
		*Report
		Findings []jsonFinding `json:"findings"`
		Layout   []Block       `json:"layout"`
	}{l.String(), r, fs, layout}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}
