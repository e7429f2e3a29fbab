package chart

import (
	"math"
	"strconv"
	"unicode/utf8"
)

// A Series is one set of bars of a grouped bar chart: exports, imports or
// the balance.
type Series struct {
	Name string
	// Signed series (a balance) are drawn in one colour above the axis and
	// another below it, named in the legend by Bars.PositiveName and
	// Bars.NegativeName.
	Signed bool
}

// A Value is one bar. Values are exact integers in whatever unit the caller
// chose (hundredths of a currency, for money); the chart only turns them
// into pixel positions, and shows the caller's formatted Label in the bar's
// tooltip.
type Value struct {
	V     int64
	Label string // the figure as the caller writes it ("-Rp71.406.562.825")
	Valid bool   // false: no figure for this series in this group; no bar is drawn
}

// A Group is the bars of one period, such as a year.
type Group struct {
	Label string
	// Partial marks a period that is not whole ("2022, to November"): its
	// bars are drawn pale with a dashed outline and its label carries an
	// asterisk explained by Bars.PartialNote.
	Partial bool
	Values  []Value // one per series, in the order of Bars.Series
}

// Bars is a grouped bar chart with a zero axis: positive values rise above
// it, negative ones hang below it.
type Bars struct {
	Title string
	Desc  string // a longer description for screen readers
	// Series lists the series; each Group has one Value per series (missing
	// values count as not Valid).
	Series []Series
	Groups []Group
	// Tick formats an axis value; nil writes the integer.
	Tick func(int64) string
	// PartialNote explains the asterisk on partial groups.
	PartialNote string
	// PositiveName and NegativeName label the two colours of signed series
	// in the legend ("surplus", "deficit").
	PositiveName, NegativeName string
}

const (
	barW      = 22.0
	barGap    = 26.0
	marginL   = 110.0
	marginR   = 20.0
	plotTop   = 40.0
	plotH     = 210.0
	barsWidth = 520.0 // minimum width
)

// SVG returns the chart as a standalone <svg> element.
func (c Bars) SVG() []byte {
	var w svg
	n := len(c.Series)
	if n == 0 {
		n = 1
	}
	groupW := float64(n)*barW + barGap
	width := max(barsWidth, marginL+float64(len(c.Groups))*groupW+marginR)
	// Few groups spread over the minimum width, with bars up to 36px wide.
	bw := barW
	if len(c.Groups) > 0 {
		groupW = (width - marginL - marginR) / float64(len(c.Groups))
		bw = min(36, (groupW-barGap)/float64(n))
	}
	pad := (groupW - float64(n)*bw) / 2
	legendY := plotTop + plotH + 48
	height := legendY + 20
	if c.PartialNote != "" && c.anyPartial() {
		height += 18
	}
	w.open("chart chart-bars", width, height, c.Title, c.Desc)
	w.text(marginL, 20, "start", "chart-title", c.Title)

	lo, hi := c.extent()
	ticks, tlo, thi := niceTicks(lo, hi, 5)
	y := func(v float64) float64 { return plotTop + (thi-v)/(thi-tlo)*plotH }
	right := width - marginR

	// Grid and tick labels.
	for _, t := range ticks {
		ty := y(float64(t))
		w.line(marginL, ty, right, ty, colGrid, false)
		w.text(marginL-6, ty+4, "end", "chart-tick", c.tick(t))
	}
	// Bars.
	for gi, g := range c.Groups {
		x0 := marginL + pad + float64(gi)*groupW
		for si := range c.Series {
			if si >= len(g.Values) || !g.Values[si].Valid {
				continue
			}
			v := g.Values[si]
			fill := seriesColours[si%len(seriesColours)]
			class := "bar"
			if c.Series[si].Signed {
				fill, class = colBlue, "bar bar-positive"
				if v.V < 0 {
					fill, class = colVermilion, "bar bar-negative"
				}
			}
			extra := ""
			if g.Partial {
				class += " bar-partial"
				extra = ` fill-opacity="0.45" stroke="#333333" stroke-dasharray="3 2"`
			}
			x := x0 + float64(si)*bw
			y0, y1 := y(0), y(float64(v.V))
			if math.Abs(y1-y0) < 1 && v.V != 0 { // keep tiny values visible
				y1 = y0 - math.Copysign(1, float64(v.V))
			}
			tip := g.Label + " · " + c.Series[si].Name + ": " + v.Label
			w.rect(x+1, y0, bw-2, y1-y0, fill, class, extra, tip)
		}
		label := g.Label
		if g.Partial && c.PartialNote != "" {
			label += "*"
		}
		w.text(x0+float64(n)*bw/2, plotTop+plotH+18, "middle", "chart-label", label)
	}
	// The zero axis, drawn last so it lies over the bars' edges.
	w.line(marginL, y(0), right, y(0), colAxis, false)

	// Legend.
	lx := marginL
	swatch := func(fill, name string) {
		w.rect(lx, legendY-10, 12, 12, fill, "legend-swatch", "", "")
		w.text(lx+16, legendY, "start", "chart-legend", name)
		lx += 16 + textWidth(name) + 18
	}
	for si, s := range c.Series {
		if s.Signed {
			pos, neg := s.Name, s.Name
			if c.PositiveName != "" {
				pos = s.Name + " (" + c.PositiveName + ")"
			}
			if c.NegativeName != "" {
				neg = s.Name + " (" + c.NegativeName + ")"
			}
			hasPos, hasNeg := c.signs(si)
			if hasPos || !hasNeg {
				swatch(colBlue, pos)
			}
			if hasNeg {
				swatch(colVermilion, neg)
			}
			continue
		}
		swatch(seriesColours[si%len(seriesColours)], s.Name)
	}
	if c.PartialNote != "" && c.anyPartial() {
		w.text(marginL, legendY+20, "start", "chart-note", "* "+c.PartialNote)
	}
	w.close()
	return w.b.Bytes()
}

// signs reports whether series si has values of at least 0, and below 0.
func (c Bars) signs(si int) (pos, neg bool) {
	for _, g := range c.Groups {
		if si < len(g.Values) && g.Values[si].Valid {
			if g.Values[si].V < 0 {
				neg = true
			} else {
				pos = true
			}
		}
	}
	return pos, neg
}

func (c Bars) anyPartial() bool {
	for _, g := range c.Groups {
		if g.Partial {
			return true
		}
	}
	return false
}

func (c Bars) tick(v int64) string {
	if c.Tick != nil {
		return c.Tick(v)
	}
	return strconv.FormatInt(v, 10)
}

// extent returns the smallest and largest valid value, always including 0.
func (c Bars) extent() (lo, hi float64) {
	for _, g := range c.Groups {
		for si, v := range g.Values {
			if si < len(c.Series) && v.Valid {
				lo = min(lo, float64(v.V))
				hi = max(hi, float64(v.V))
			}
		}
	}
	return lo, hi
}

// niceTicks returns about n round tick values covering [lo, hi], and the
// range they span. The step is 1, 2 or 5 times a power of ten, and at
// least 1. An empty range gives the ticks 0 and 1.
func niceTicks(lo, hi float64, n int) (ticks []int64, tlo, thi float64) {
	if !(hi > lo) {
		lo, hi = min(lo, 0), max(hi, 1)
		if !(hi > lo) {
			lo, hi = 0, 1
		}
	}
	step := niceStep((hi - lo) / float64(n))
	start := math.Floor(lo/step) * step
	end := math.Ceil(hi/step) * step
	const maxInt = 9.2e18 // stay inside int64
	start = max(start, -maxInt)
	end = min(end, maxInt)
	for i := 0; i <= 4*n; i++ {
		t := start + float64(i)*step
		if t > end+step/2 {
			break
		}
		ticks = append(ticks, int64(t))
	}
	return ticks, start, end
}

func niceStep(raw float64) float64 {
	if !(raw > 1) {
		return 1
	}
	exp := math.Pow(10, math.Floor(math.Log10(raw)))
	f := raw / exp
	switch {
	case f <= 1:
		f = 1
	case f <= 2:
		f = 2
	case f <= 5:
		f = 5
	default:
		f = 10
	}
	return f * exp
}

// textWidth estimates the width in pixels of s at the charts' 12px font.
func textWidth(s string) float64 {
	return 6.6 * float64(utf8.RuneCountInString(s))
}
