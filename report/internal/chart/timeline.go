package chart

import (
	"strconv"
	"time"
)

// An Event is one meeting on a timeline.
type Event struct {
	Label      string
	Start, End time.Time // End before Start (or zero) means a one-day event
	// Kind picks the marker and the legend entry: 0 for the main meetings
	// (numbered sessions), 1 and above for the meetings around them
	// (preparatory forums, technical meetings).
	Kind int
	// Tentative marks a meeting announced or planned but not confirmed:
	// it is drawn hollow, with a dashed outline.
	Tentative bool
}

// Timeline draws meetings along a time axis with one tick per year, and
// marks the years in which no meeting of kind 0 was held.
type Timeline struct {
	Title string
	Desc  string
	// Events are drawn in the order given; labels are stacked in lanes so
	// they do not overlap.
	Events []Event
	// From and To are the first and last years shown; zero means the years
	// of the first and last event.
	From, To int
	// Missed lists years to shade as "no session", named in the legend by
	// MissedName.
	Missed     []int
	MissedName string
	// KindNames names the kinds of event in the legend.
	KindNames []string
}

const (
	tlWidth   = 680.0
	tlMarginL = 30.0
	tlMarginR = 30.0
	tlLane    = 16.0
	tlLanes   = 6
)

var kindColours = []string{colBlue, colOrange, colGreen, colPurple}

// SVG returns the timeline as a standalone <svg> element.
func (t Timeline) SVG() []byte {
	var w svg
	from, to := t.years()
	// Lanes of labels above the axis.
	type placed struct {
		x    float64
		lane int // -1: no room; the label is only in the tooltip
	}
	span := float64(to+1-from) * 365.2425 * 24
	plotW := tlWidth - tlMarginL - tlMarginR
	xOf := func(tm time.Time) float64 {
		h := tm.Sub(time.Date(from, 1, 1, 0, 0, 0, 0, time.UTC)).Hours()
		return tlMarginL + h/span*plotW
	}
	places := make([]placed, len(t.Events))
	laneEnd := make([]float64, tlLanes)
	for i := range laneEnd {
		laneEnd[i] = -1e9
	}
	usedLanes := 0
	for i, e := range t.Events {
		x := xOf(utc(e.Start))
		places[i] = placed{x: x, lane: -1}
		a, b := labelSpan(x, e.Label)
		for l := range laneEnd {
			if a > laneEnd[l]+6 && a >= 0 {
				places[i].lane = l
				laneEnd[l] = b
				usedLanes = max(usedLanes, l+1)
				break
			}
		}
	}
	axisY := 40 + float64(max(usedLanes, 1))*tlLane + 14
	legendY := axisY + 44
	height := legendY + 16
	w.open("chart chart-timeline", tlWidth, height, t.Title, t.Desc)
	w.text(tlMarginL, 20, "start", "chart-title", t.Title)

	// Missed years.
	for _, y := range t.Missed {
		if y < from || y > to {
			continue
		}
		x0 := xOf(time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC))
		x1 := xOf(time.Date(y+1, 1, 1, 0, 0, 0, 0, time.UTC))
		w.rect(x0, 30, x1-x0, axisY-30, "#f2d0c4", "missed-year", "", strconv.Itoa(y)+": "+t.MissedName)
	}
	// Axis and year ticks; with many years, label every fifth.
	w.line(tlMarginL, axisY, tlWidth-tlMarginR, axisY, colAxis, false)
	every := 1
	if to-from >= 14 {
		every = 5
	}
	for y := from; y <= to+1; y++ {
		x := xOf(time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC))
		w.line(x, axisY, x, axisY+5, colAxis, false)
		if y <= to && (y-from)%every == 0 {
			xm := xOf(time.Date(y, 7, 1, 0, 0, 0, 0, time.UTC))
			w.text(xm, axisY+18, "middle", "chart-tick", strconv.Itoa(y))
		}
	}
	// Events.
	for i, e := range t.Events {
		p := places[i]
		col := kindColours[max(e.Kind, 0)%len(kindColours)]
		start := utc(e.Start)
		end := utc(e.End)
		if end.Before(start) {
			end = start
		}
		x1 := xOf(end.Add(24 * time.Hour))
		tip := e.Label + " (" + start.Format("2006-01-02")
		if end.After(start) {
			tip += "/" + end.Format("2006-01-02")
		}
		tip += ")"
		class := "event event-kind-" + strconv.Itoa(max(e.Kind, 0))
		fill, extra := col, ""
		if e.Tentative {
			class += " event-tentative"
			fill, extra = "#ffffff", ` stroke="`+col+`" stroke-width="2" stroke-dasharray="3 2"`
		}
		if e.Kind == 0 {
			w.rect(p.x-4, axisY-8, max(x1-p.x, 0)+8, 16, fill, class, ` rx="3"`+extra, tip)
		} else {
			w.rect(p.x-3, axisY-6, max(x1-p.x, 0)+6, 12, fill, class, ` rx="6" fill-opacity="0.8"`+extra, tip)
		}
		if p.lane < 0 {
			continue
		}
		ly := axisY - 14 - float64(p.lane)*tlLane
		w.line(p.x, ly+2, p.x, axisY-8, colGrey, true)
		anchor := "start"
		if a, _ := labelSpan(p.x, e.Label); a < p.x {
			anchor = "end"
		}
		w.text(p.x, ly, anchor, "event-label", e.Label)
	}
	// Legend.
	lx := tlMarginL
	for k, name := range t.KindNames {
		if name == "" {
			continue
		}
		w.rect(lx, legendY-10, 12, 12, kindColours[k%len(kindColours)], "legend-swatch", "", "")
		w.text(lx+16, legendY, "start", "chart-legend", name)
		lx += 16 + textWidth(name) + 18
	}
	if len(t.Missed) > 0 && t.MissedName != "" {
		w.rect(lx, legendY-10, 12, 12, "#f2d0c4", "legend-swatch", "", "")
		w.text(lx+16, legendY, "start", "chart-legend", t.MissedName)
	}
	w.close()
	return w.b.Bytes()
}

func (t Timeline) years() (from, to int) {
	from, to = t.From, t.To
	if from == 0 || to == 0 {
		lo, hi := 0, 0
		for _, e := range t.Events {
			for _, tm := range []time.Time{e.Start, e.End} {
				if tm.IsZero() {
					continue
				}
				y := tm.Year()
				if lo == 0 || y < lo {
					lo = y
				}
				if y > hi {
					hi = y
				}
			}
		}
		if from == 0 {
			from = lo
		}
		if to == 0 {
			to = hi
		}
	}
	if from == 0 && to == 0 {
		y := time.Now().Year()
		from, to = y, y
	}
	if from == 0 {
		from = to
	}
	if to == 0 || to < from {
		to = from
	}
	// Keep the axis readable and the loops short on absurd input.
	if to-from > 200 {
		from = to - 200
	}
	return from, to
}

func utc(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// labelSpan returns the horizontal extent of an event label at x: to the
// right of x, or to its left when it would leave the picture on the right.
func labelSpan(x float64, label string) (a, b float64) {
	wdt := textWidth(label)
	if x+wdt <= tlWidth-2 {
		return x, x + wdt
	}
	return x - wdt, x
}
