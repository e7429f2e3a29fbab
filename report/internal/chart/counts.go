package chart

import "strconv"

// A Count is one bar of a Counts chart.
type Count struct {
	Label string
	N     int
}

// Counts is a horizontal bar chart of counts, such as agreements by status.
// Bars appear in the order given, each with its count written after it.
type Counts struct {
	Title string
	Desc  string
	Items []Count
}

const (
	cntWidth  = 520.0
	cntRow    = 24.0
	cntBarMax = 260.0
)

// SVG returns the chart as a standalone <svg> element.
func (c Counts) SVG() []byte {
	var w svg
	labelW := 80.0
	maxN := 0
	for _, it := range c.Items {
		labelW = max(labelW, textWidth(it.Label)+12)
		maxN = max(maxN, it.N)
	}
	labelW = min(labelW, 240)
	width := max(cntWidth, labelW+cntBarMax+60)
	height := 36 + float64(max(len(c.Items), 1))*cntRow + 10
	w.open("chart chart-counts", width, height, c.Title, c.Desc)
	w.text(8, 20, "start", "chart-title", c.Title)
	for i, it := range c.Items {
		y := 32 + float64(i)*cntRow
		w.text(labelW-8, y+14, "end", "chart-label", it.Label)
		bw := 0.0
		if maxN > 0 && it.N > 0 {
			bw = max(float64(it.N)/float64(maxN)*cntBarMax, 2)
		}
		n := strconv.Itoa(it.N)
		w.rect(labelW, y+3, bw, cntRow-8, seriesColours[(i+2)%len(seriesColours)], "bar", "", it.Label+": "+n)
		w.text(labelW+bw+6, y+14, "start", "chart-value", n)
	}
	w.line(labelW, 30, labelW, height-8, colAxis, false)
	w.close()
	return w.b.Bytes()
}
