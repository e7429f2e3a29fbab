package chart

import (
	"bytes"
	"encoding/xml"
	"math"
	"strconv"
)

// svg is a small writer of SVG markup. Every piece of text and every
// attribute value that may come from data goes through esc, so a label such
// as "<script>" is written as text, never as markup.
type svg struct {
	b bytes.Buffer
}

func (w *svg) raw(s string) { w.b.WriteString(s) }

// esc writes s escaped for use in text content and in double-quoted
// attribute values. Bytes that are not valid in XML (control characters,
// invalid UTF-8) are replaced by U+FFFD by xml.EscapeText.
func (w *svg) esc(s string) {
	// xml.EscapeText never fails when writing to a bytes.Buffer.
	_ = xml.EscapeText(&w.b, []byte(s))
}

// num writes a coordinate with at most one decimal place.
func (w *svg) num(x float64) {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		x = 0
	}
	x = math.Round(x*10) / 10
	if x == 0 {
		x = 0 // no "-0"
	}
	w.b.Write(strconv.AppendFloat(w.b.AvailableBuffer(), x, 'f', -1, 64))
}

// attr writes ` name="value"` with value escaped.
func (w *svg) attr(name, value string) {
	w.b.WriteByte(' ')
	w.b.WriteString(name)
	w.b.WriteString(`="`)
	w.esc(value)
	w.b.WriteByte('"')
}

// attrNum writes ` name="x"` for a coordinate.
func (w *svg) attrNum(name string, x float64) {
	w.b.WriteByte(' ')
	w.b.WriteString(name)
	w.b.WriteString(`="`)
	w.num(x)
	w.b.WriteByte('"')
}

// open starts the <svg> element with a viewBox of width × height, an
// accessible role, a title and a description.
func (w *svg) open(class string, width, height float64, title, desc string) {
	w.raw(`<svg xmlns="http://www.w3.org/2000/svg" role="img"`)
	w.attr("class", class)
	w.raw(` viewBox="0 0 `)
	w.num(width)
	w.raw(" ")
	w.num(height)
	w.raw(`"`)
	w.attrNum("width", width)
	w.attrNum("height", height)
	w.attr("aria-label", title)
	w.raw(` font-family="sans-serif" font-size="12">`)
	w.raw("<title>")
	w.esc(title)
	w.raw("</title>")
	if desc != "" {
		w.raw("<desc>")
		w.esc(desc)
		w.raw("</desc>")
	}
}

func (w *svg) close() { w.raw("</svg>") }

// text writes a <text> element at (x, y) with the given anchor (start,
// middle, end) and optional class.
func (w *svg) text(x, y float64, anchor, class, s string) {
	w.raw("<text")
	w.attrNum("x", x)
	w.attrNum("y", y)
	if anchor != "" && anchor != "start" {
		w.attr("text-anchor", anchor)
	}
	if class != "" {
		w.attr("class", class)
	}
	if class == "chart-title" {
		w.raw(` font-weight="bold" font-size="14"`)
	}
	w.raw(">")
	w.esc(s)
	w.raw("</text>")
}

// line writes a <line> from (x1, y1) to (x2, y2).
func (w *svg) line(x1, y1, x2, y2 float64, stroke string, dashed bool) {
	w.raw("<line")
	w.attrNum("x1", x1)
	w.attrNum("y1", y1)
	w.attrNum("x2", x2)
	w.attrNum("y2", y2)
	w.attr("stroke", stroke)
	if dashed {
		w.raw(` stroke-dasharray="4 3"`)
	}
	w.raw("/>")
}

// rect writes a <rect>; extra is written verbatim after the geometry and
// must be constant markup, never data.
func (w *svg) rect(x, y, width, height float64, fill, class, extra string, title string) {
	if height < 0 {
		y, height = y+height, -height
	}
	if width < 0 {
		x, width = x+width, -width
	}
	w.raw("<rect")
	w.attrNum("x", x)
	w.attrNum("y", y)
	w.attrNum("width", width)
	w.attrNum("height", height)
	w.attr("fill", fill)
	if class != "" {
		w.attr("class", class)
	}
	w.raw(extra)
	if title == "" {
		w.raw("/>")
		return
	}
	w.raw("><title>")
	w.esc(title)
	w.raw("</title></rect>")
}

// Palette: the Okabe–Ito colours, distinguishable with the common forms of
// colour blindness and in greyscale print by their lightness.
const (
	colBlue      = "#0072B2"
	colOrange    = "#E69F00"
	colGreen     = "#009E73"
	colVermilion = "#D55E00"
	colSky       = "#56B4E9"
	colPurple    = "#CC79A7"
	colYellow    = "#F0E442"
	colGrey      = "#767676"
	colAxis      = "#333333"
	colGrid      = "#dddddd"
)

var seriesColours = []string{colGreen, colOrange, colBlue, colPurple, colSky, colYellow}
