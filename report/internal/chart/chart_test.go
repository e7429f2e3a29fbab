package chart

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// node is a decoded element: its name, attributes and text, and children.
type node struct {
	Name     string
	Attr     map[string]string
	Text     string
	Children []*node
}

// parse decodes b as XML and returns the root element, failing the test if
// b is not well-formed or has anything after the root.
func parse(t *testing.T, b []byte) *node {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(b))
	d.Strict = true
	var stack []*node
	var root *node
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v\n%s", err, b)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			n := &node{Name: tok.Name.Local, Attr: map[string]string{}}
			for _, a := range tok.Attr {
				n.Attr[a.Name.Local] = a.Value
			}
			if len(stack) > 0 {
				p := stack[len(stack)-1]
				p.Children = append(p.Children, n)
			} else if root != nil {
				t.Fatalf("second root element <%s>", n.Name)
			} else {
				root = n
			}
			stack = append(stack, n)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) > 0 {
				stack[len(stack)-1].Text += string(tok)
			} else if strings.TrimSpace(string(tok)) != "" {
				t.Fatalf("text outside the root: %q", tok)
			}
		}
	}
	if root == nil {
		t.Fatalf("no root element in %q", b)
	}
	return root
}

// find returns every element below n (and n itself) named name whose class
// attribute contains class (any class when class is "").
func (n *node) find(name, class string) []*node {
	var out []*node
	var walk func(*node)
	walk = func(m *node) {
		if m.Name == name && (class == "" || hasClass(m.Attr["class"], class)) {
			out = append(out, m)
		}
		for _, c := range m.Children {
			walk(c)
		}
	}
	walk(n)
	return out
}

func hasClass(list, class string) bool {
	for _, c := range strings.Fields(list) {
		if c == class {
			return true
		}
	}
	return false
}

func texts(ns []*node) []string {
	var out []string
	for _, n := range ns {
		out = append(out, n.Text)
	}
	return out
}

// entikong is seed 000: exports through PLBN Entikong and imports on KILB
// cards, in rupiah, and their balance.
func entikong() Bars {
	v := func(x int64, s string) Value { return Value{V: x, Label: s, Valid: true} }
	return Bars{
		Title:  "Neraca perdagangan PLBN Entikong",
		Series: []Series{{Name: "Ekspor"}, {Name: "Impor"}, {Name: "Neraca", Signed: true}},
		Groups: []Group{
			{Label: "2015", Values: []Value{v(100387357175, "Rp100.387.357.175"), v(171793920000, "Rp171.793.920.000"), v(-71406562825, "-Rp71.406.562.825")}},
			{Label: "2016", Values: []Value{v(149376448928, "Rp149.376.448.928"), v(270791872000, "Rp270.791.872.000"), v(-121415423072, "-Rp121.415.423.072")}},
		},
		Tick:         func(x int64) string { return fmt.Sprintf("%d M", x/1_000_000_000) },
		PositiveName: "surplus",
		NegativeName: "defisit",
	}
}

func TestBarsEntikong(t *testing.T) {
	root := parse(t, entikong().SVG())
	if root.Name != "svg" || root.Attr["role"] != "img" {
		t.Fatalf("root = <%s role=%q>, want <svg role=img>", root.Name, root.Attr["role"])
	}
	if got := texts(root.find("title", ""))[0]; got != "Neraca perdagangan PLBN Entikong" {
		t.Errorf("title = %q", got)
	}
	bars := root.find("rect", "bar")
	if len(bars) != 6 {
		t.Fatalf("%d bars, want 6", len(bars))
	}
	var tips []string
	for _, b := range bars {
		tips = append(tips, texts(b.find("title", ""))...)
	}
	want := []string{
		"2015 · Ekspor: Rp100.387.357.175",
		"2015 · Impor: Rp171.793.920.000",
		"2015 · Neraca: -Rp71.406.562.825",
		"2016 · Ekspor: Rp149.376.448.928",
		"2016 · Impor: Rp270.791.872.000",
		"2016 · Neraca: -Rp121.415.423.072",
	}
	if diff := cmp.Diff(want, tips); diff != "" {
		t.Errorf("bar tooltips mismatch (-want +got):\n%s", diff)
	}
	// Negative balances hang below the zero axis: their top is the axis.
	neg := root.find("rect", "bar-negative")
	if len(neg) != 2 {
		t.Fatalf("%d negative bars, want 2", len(neg))
	}
	var axisY string
	for _, l := range root.find("line", "") {
		if l.Attr["stroke"] == colAxis {
			axisY = l.Attr["y1"]
		}
	}
	for _, b := range neg {
		if b.Attr["y"] != axisY {
			t.Errorf("negative bar starts at y=%s, want the axis y=%s", b.Attr["y"], axisY)
		}
	}
	for _, b := range root.find("rect", "bar") {
		if hasClass(b.Attr["class"], "bar-negative") {
			continue
		}
		// Positive bars rise from the axis: their bottom edge is the axis.
		y, _ := strconv.ParseFloat(b.Attr["y"], 64)
		h, _ := strconv.ParseFloat(b.Attr["height"], 64)
		ax, _ := strconv.ParseFloat(axisY, 64)
		if math.Abs(y+h-ax) > 0.11 || h <= 0 {
			t.Errorf("positive bar y=%v height=%v does not stand on the axis y=%v", y, h, ax)
		}
	}
	if got := texts(root.find("text", "chart-label")); !cmp.Equal(got, []string{"2015", "2016"}) {
		t.Errorf("group labels = %q", got)
	}
	legend := texts(root.find("text", "chart-legend"))
	if diff := cmp.Diff([]string{"Ekspor", "Impor", "Neraca (defisit)"}, legend); diff != "" {
		t.Errorf("legend mismatch (-want +got):\n%s", diff)
	}
	ticks := texts(root.find("text", "chart-tick"))
	if len(ticks) < 3 || !contains(ticks, "0 M") {
		t.Errorf("ticks = %q, want several including 0 M", ticks)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestBarsPartial uses seed 004: Central Kalimantan's surplus in millions of
// US dollars, 2022 only to November.
func TestBarsPartial(t *testing.T) {
	c := Bars{
		Title:       "Surplus Kalimantan Tengah",
		Series:      []Series{{Name: "Neraca", Signed: true}},
		PartialNote: "2022: sampai November",
	}
	for i, v := range []int64{172599, 167729, 209940, 179109, 305082, 529117} {
		c.Groups = append(c.Groups, Group{
			Label:   fmt.Sprint(2017 + i),
			Partial: i == 5,
			Values:  []Value{{V: v, Label: fmt.Sprintf("US$%d", v), Valid: true}},
		})
	}
	root := parse(t, c.SVG())
	if n := len(root.find("rect", "bar-positive")); n != 6 {
		t.Errorf("%d positive bars, want 6", n)
	}
	partial := root.find("rect", "bar-partial")
	if len(partial) != 1 || !strings.HasPrefix(texts(partial[0].find("title", ""))[0], "2022 ") {
		t.Errorf("partial bars = %v, want the 2022 bar only", partial)
	}
	if partial[0].Attr["stroke-dasharray"] == "" {
		t.Errorf("partial bar has no dashed outline: %v", partial[0].Attr)
	}
	labels := texts(root.find("text", "chart-label"))
	if labels[5] != "2022*" {
		t.Errorf("label of 2022 = %q, want 2022*", labels[5])
	}
	if got := texts(root.find("text", "chart-note")); !cmp.Equal(got, []string{"* 2022: sampai November"}) {
		t.Errorf("note = %q", got)
	}
}

func TestBarsEdgeCases(t *testing.T) {
	tests := []struct {
		name string
		c    Bars
		bars int
	}{
		{"empty", Bars{}, 0},
		{"no series", Bars{Groups: []Group{{Label: "2015"}}}, 0},
		{"missing values", Bars{Series: []Series{{Name: "a"}, {Name: "b"}}, Groups: []Group{{Label: "x", Values: []Value{{V: 5, Valid: true}}}}}, 1},
		{"invalid value skipped", Bars{Series: []Series{{Name: "a"}}, Groups: []Group{{Label: "x", Values: []Value{{V: 5}}}}}, 0},
		{"all zero", Bars{Series: []Series{{Name: "a"}}, Groups: []Group{{Label: "x", Values: []Value{{V: 0, Valid: true}}}}}, 1},
		{"extremes", Bars{Series: []Series{{Name: "a", Signed: true}}, Groups: []Group{
			{Label: "min", Values: []Value{{V: -1 << 63, Valid: true}}},
			{Label: "max", Values: []Value{{V: 1<<63 - 1, Valid: true}}},
		}}, 2},
		{"more values than series", Bars{Series: []Series{{Name: "a"}}, Groups: []Group{{Label: "x", Values: []Value{{V: 1, Valid: true}, {V: 2, Valid: true}}}}}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := tt.c.SVG()
			root := parse(t, b)
			if n := len(root.find("rect", "bar")); n != tt.bars {
				t.Errorf("%d bars, want %d", n, tt.bars)
			}
			if bytes.Contains(b, []byte("NaN")) || bytes.Contains(b, []byte("Inf")) {
				t.Errorf("non-finite coordinate in %s", b)
			}
		})
	}
}

func TestNiceTicks(t *testing.T) {
	tests := []struct {
		lo, hi float64
		want   []int64
	}{
		{0, 10, []int64{0, 2, 4, 6, 8, 10}},
		{-121415423072, 270791872000, []int64{-2e11, -1e11, 0, 1e11, 2e11, 3e11}},
		{0, 0, []int64{0, 1}},
		{0, 3, []int64{0, 1, 2, 3}},
		{-7, 0, []int64{-8, -6, -4, -2, 0}},
	}
	for _, tt := range tests {
		got, _, _ := niceTicks(tt.lo, tt.hi, 5)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("niceTicks(%v, %v) mismatch (-want +got):\n%s", tt.lo, tt.hi, diff)
		}
	}
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestTimeline(t *testing.T) {
	tl := Timeline{
		Title: "Sidang KK/JKK Sosek Malindo Kalimantan Barat–Sarawak",
		Events: []Event{
			{Label: "Forum Evaluasi Kertas Kerja Tim Teknis II", Start: day(2017, 9, 12), Kind: 1},
			{Label: "Sidang ke-33, Singkawang", Start: day(2017, 10, 23), End: day(2017, 10, 25), Tentative: true},
		},
		From: 2016, To: 2018,
		Missed:     []int{2016, 2018, 1999},
		MissedName: "tanpa sidang",
		KindNames:  []string{"Sidang", "Pertemuan persiapan"},
	}
	root := parse(t, tl.SVG())
	events := root.find("rect", "event")
	if len(events) != 2 {
		t.Fatalf("%d events, want 2", len(events))
	}
	var tips []string
	for _, e := range events {
		tips = append(tips, texts(e.find("title", ""))...)
	}
	want := []string{
		"Forum Evaluasi Kertas Kerja Tim Teknis II (2017-09-12)",
		"Sidang ke-33, Singkawang (2017-10-23/2017-10-25)",
	}
	if diff := cmp.Diff(want, tips); diff != "" {
		t.Errorf("event tooltips mismatch (-want +got):\n%s", diff)
	}
	if tent := root.find("rect", "event-tentative"); len(tent) != 1 || tent[0].Attr["stroke-dasharray"] == "" {
		t.Errorf("tentative events = %v, want the 33rd session, dashed", tent)
	}
	// The two labels are close together, so they go in different lanes.
	labels := root.find("text", "event-label")
	if len(labels) != 2 || labels[0].Attr["y"] == labels[1].Attr["y"] {
		t.Errorf("event labels overlap: %v", labels)
	}
	missed := root.find("rect", "missed-year")
	if len(missed) != 2 { // 1999 is outside the window
		t.Errorf("%d missed years shaded, want 2", len(missed))
	}
	if got := texts(root.find("text", "chart-tick")); !cmp.Equal(got, []string{"2016", "2017", "2018"}) {
		t.Errorf("year ticks = %q", got)
	}
	if got := texts(root.find("text", "chart-legend")); !cmp.Equal(got, []string{"Sidang", "Pertemuan persiapan", "tanpa sidang"}) {
		t.Errorf("legend = %q", got)
	}
}

func TestTimelineYears(t *testing.T) {
	tests := []struct {
		name     string
		tl       Timeline
		from, to int
	}{
		{"from events", Timeline{Events: []Event{{Start: day(1985, 12, 21)}, {Start: day(2017, 10, 23), End: day(2017, 10, 25)}}}, 1985, 2017},
		{"fixed", Timeline{From: 2010, To: 2020}, 2010, 2020},
		{"reversed", Timeline{From: 2020, To: 2010}, 2020, 2020},
		{"huge span", Timeline{From: 1, To: 9999}, 9799, 9999},
	}
	for _, tt := range tests {
		from, to := tt.tl.years()
		if from != tt.from || to != tt.to {
			t.Errorf("%s: years() = %d, %d; want %d, %d", tt.name, from, to, tt.from, tt.to)
		}
		parse(t, tt.tl.SVG())
	}
}

func TestCounts(t *testing.T) {
	c := Counts{
		Title: "Kerja sama menurut status",
		Items: []Count{{"Berlaku", 1}, {"Berakhir", 3}, {"Draf", 0}},
	}
	root := parse(t, c.SVG())
	if got := texts(root.find("text", "chart-value")); !cmp.Equal(got, []string{"1", "3", "0"}) {
		t.Errorf("values = %q", got)
	}
	bars := root.find("rect", "bar")
	if len(bars) != 3 {
		t.Fatalf("%d bars, want 3", len(bars))
	}
	if bars[1].Attr["width"] != "260" || bars[2].Attr["width"] != "0" {
		t.Errorf("bar widths = %s, %s; want 260 (largest) and 0", bars[1].Attr["width"], bars[2].Attr["width"])
	}
	parse(t, Counts{}.SVG())
}

// TestEscaping feeds markup and characters XML cannot hold through every
// piece of text a chart writes.
func TestEscaping(t *testing.T) {
	evil := `<script>alert(1)</script> & "x" 'y' ]]> ` + "\x00\x1b\xff"
	charts := map[string][]byte{
		"bars": Bars{Title: evil, Desc: evil, Series: []Series{{Name: evil, Signed: true}}, PartialNote: evil,
			PositiveName: evil, NegativeName: evil, Tick: func(int64) string { return evil },
			Groups: []Group{{Label: evil, Partial: true, Values: []Value{{V: -5, Label: evil, Valid: true}}}}}.SVG(),
		"timeline": Timeline{Title: evil, Desc: evil, MissedName: evil, Missed: []int{2017}, KindNames: []string{evil},
			Events: []Event{{Label: evil, Start: day(2017, 1, 1)}}}.SVG(),
		"counts": Counts{Title: evil, Desc: evil, Items: []Count{{evil, 2}}}.SVG(),
	}
	for name, b := range charts {
		root := parse(t, b)
		if bytes.Contains(b, []byte("<script")) {
			t.Errorf("%s: markup from data written raw", name)
		}
		if n := len(root.find("script", "")); n != 0 {
			t.Errorf("%s: %d script elements", name, n)
		}
		if got := texts(root.find("title", ""))[0]; !strings.HasPrefix(got, "<script>alert(1)</script> & \"x\"") {
			t.Errorf("%s: title text = %q, want the markup as text", name, got)
		}
	}
}

func FuzzBars(f *testing.F) {
	f.Add("Neraca perdagangan PLBN Entikong", "2015", "-Rp71.406.562.825", int64(-71406562825), int64(100387357175))
	f.Add("Surplus Kalteng (juta US$)", "2022", "US$5.291,17 juta", int64(529117), int64(0))
	f.Add("<script>alert(1)</script>", "a|b", "]]>", int64(-1<<63), int64(1<<63-1))
	f.Fuzz(func(t *testing.T, title, label, value string, a, b int64) {
		c := Bars{
			Title:  title,
			Series: []Series{{Name: label}, {Name: value, Signed: true}},
			Groups: []Group{
				{Label: label, Values: []Value{{V: a, Label: value, Valid: true}, {V: b, Label: value, Valid: true}}},
				{Label: value, Partial: true, Values: []Value{{V: b, Valid: true}}},
			},
			PartialNote: label,
		}
		parse(t, c.SVG())
		tl := Timeline{Title: title, Events: []Event{{Label: label, Start: time.Unix(a%1e11, 0), End: time.Unix(b%1e11, 0)}}}
		parse(t, tl.SVG())
		parse(t, Counts{Title: title, Items: []Count{{label, int(a % 1000)}, {value, int(b % 1000)}}}.SVG())
	})
}

func ExampleBars_SVG() {
	svg := Bars{
		Title:  "Ekspor",
		Series: []Series{{Name: "Ekspor"}},
		Groups: []Group{{Label: "2015", Values: []Value{{V: 3, Label: "3", Valid: true}}}},
	}.SVG()
	fmt.Println(string(svg[:60]))
	// Output:
	// <svg xmlns="http://www.w3.org/2000/svg" role="img" class="ch
}

func BenchmarkBarsSVG(b *testing.B) {
	c := entikong()
	b.ReportAllocs()
	for b.Loop() {
		_ = c.SVG()
	}
}
