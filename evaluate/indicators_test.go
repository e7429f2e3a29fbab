package evaluate

import (
	"encoding/json"
	"errors"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

func TestIndicators(t *testing.T) {
	tests := []struct {
		name string
		got  Ratio
		want Ratio
		err  error
	}{
		{"growth", Growth(100387357175, 149376448928).Round(4), RatioOf(0.4880), nil},
		{"growth fall", Growth(200, 150), RatioOf(-0.25), nil},
		{"growth zero base", Growth(0, 5), Ratio{}, ErrZeroBase},
		{"growth negative base", Growth(-71406562825, -121415423072), Ratio{}, ErrNegativeBase},
		{"growth NaN", Growth(math.NaN(), 1), Ratio{}, ErrNoData},
		{"deficit change", DeficitChange(-71406562825, -121415423072).Round(2), RatioOf(0.70), nil},
		{"deficit narrowed", DeficitChange(-200, -100), RatioOf(-0.5), nil},
		{"deficit to surplus", DeficitChange(-200, 100), Ratio{}, ErrNoData},
		{"cagr", CAGR(1725.99, 3050.82, 4).Round(4), RatioOf(0.1530), nil},
		{"cagr one year", CAGR(100, 150, 1), RatioOf(0.5), nil},
		{"cagr to zero", CAGR(100, 0, 2), RatioOf(-1), nil},
		{"cagr zero periods", CAGR(100, 150, 0), Ratio{}, ErrNoData},
		{"cagr zero start", CAGR(0, 150, 3), Ratio{}, ErrZeroBase},
		{"cagr negative start", CAGR(-5, 150, 3), Ratio{}, ErrNegativeBase},
		{"cagr negative end", CAGR(5, -150, 3), Ratio{}, ErrNegativeEnd},
		{"coverage", Coverage(100387357175, 171793920000).Round(3), RatioOf(0.584), nil},
		{"coverage no imports", Coverage(5, 0), Ratio{}, ErrZeroBase},
		{"coverage negative", Coverage(-5, 10), Ratio{}, ErrNegativeValue},
		{"coverage both negative", Coverage(-5, -10), Ratio{}, ErrNegativeValue}, // not 0.50
		{"surplus growth", balanceGrowth(100, 121), RatioOf(0.21), nil},
		{"deficit growth", balanceGrowth(-100, -150), RatioOf(0.5), nil},
		{"surplus to deficit", balanceGrowth(100, -50), Ratio{}, ErrSignChange}, // not −150 %
		{"deficit to surplus", balanceGrowth(-100, 50), Ratio{}, ErrSignChange},
		{"surplus to zero", balanceGrowth(100, 0), Ratio{}, ErrSignChange},
		{"balance from zero", balanceGrowth(0, 50), Ratio{}, ErrZeroBase},
		{"engel", EngelShare(51.5, 100), RatioOf(0.515), nil},
		{"share of nothing", Share(0, 0), Ratio{}, ErrZeroBase},
	}
	for _, tt := range tests {
		if tt.err != nil {
			if !errors.Is(tt.got.Err(), tt.err) || tt.got.OK() {
				t.Errorf("%s: got %v, want undefined (%v)", tt.name, tt.got, tt.err)
			}
			continue
		}
		if diff := cmp.Diff(tt.want, tt.got); diff != "" {
			t.Errorf("%s mismatch (-want +got):\n%s", tt.name, diff)
		}
	}
}

func TestHHI(t *testing.T) {
	tests := []struct {
		in     []float64
		points float64 // rounded
		n      int
		err    error
	}{
		{[]float64{100}, 10000, 1, nil},
		{[]float64{50, 50}, 5000, 2, nil},
		{[]float64{25, 25, 25, 25, 0}, 2500, 4, nil},
		{[]float64{60, 30, 10}, 4600, 3, nil},
		{nil, 0, 0, ErrNoData},
		{[]float64{0, 0}, 0, 0, ErrNoData},
		{[]float64{5, -1}, 0, 0, ErrNegativeValue},
	}
	for _, tt := range tests {
		c := HHI(tt.in)
		if tt.err != nil {
			if !errors.Is(c.Index.Err(), tt.err) {
				t.Errorf("HHI(%v) = %v, want undefined (%v)", tt.in, c.Index, tt.err)
			}
			continue
		}
		if got := math.Round(c.Points()); got != tt.points || c.N != tt.n {
			t.Errorf("HHI(%v) = %v points over %d, want %v over %d", tt.in, got, c.N, tt.points, tt.n)
		}
	}
	if got := HHI([]float64{50, 50}).Equivalent(); got != 2 {
		t.Errorf("Equivalent = %v, want 2", got)
	}
}

func TestMedian(t *testing.T) {
	for _, tt := range []struct {
		in   []float64
		want float64
		ok   bool
	}{
		{nil, 0, false},
		{[]float64{3}, 3, true},
		{[]float64{5, 1, 3}, 3, true},
		{[]float64{400, 10, 30, 365}, 197.5, true},
	} {
		got, ok := median(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("median(%v) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestRatioPercent(t *testing.T) {
	tests := []struct {
		r      Ratio
		tag    string
		digits int
		want   string
	}{
		{RatioOf(0.488000612), "id", 1, "48,8%"},
		{RatioOf(0.488000612), "id", 2, "48,80%"},
		{RatioOf(0.5762599), "id", 2, "57,63%"},
		{RatioOf(0.5762599), "ms", 2, "57.63%"},
		{RatioOf(0.5762599), "ms-BN", 2, "57,63%"},
		{RatioOf(0.5762599), "en", 1, "57.6%"},
		{RatioOf(0.5762599), "fr", 1, "57.6%"},
		{RatioOf(12.5), "id", 1, "1.250,0%"},
		{RatioOf(12.5), "en", 0, "1,250%"},
		{RatioOf(-0.0282), "id", 1, "-2,8%"},
		{RatioOf(-0.00001), "id", 1, "0,0%"},
		{RatioOf(0.7003), "en", 0, "70%"},
		{Ratio{}, "id", 1, "tidak terdefinisi"},
		{Growth(0, 1), "ms", 1, "tidak tertakrif"},
		{Growth(0, 1), "en", 1, "undefined"},
	}
	for _, tt := range tests {
		if got := tt.r.Percent(language.MustParse(tt.tag), tt.digits); got != tt.want {
			t.Errorf("Ratio(%v).Percent(%s, %d) = %q, want %q", tt.r, tt.tag, tt.digits, got, tt.want)
		}
	}
}

func TestRatioJSON(t *testing.T) {
	type pair struct {
		A, B Ratio
	}
	in := pair{A: RatioOf(0.488), B: Growth(0, 1)}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(b), `{"A":0.488,"B":null}`; got != want {
		t.Errorf("json = %s, want %s", got, want)
	}
	var out pair
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(pair{A: RatioOf(0.488)}, out); diff != "" {
		t.Errorf("round trip mismatch (-want +got):\n%s", diff)
	}
	if RatioOf(math.Inf(1)).OK() || RatioOf(math.NaN()).OK() {
		t.Error("RatioOf(Inf/NaN) is defined")
	}
	if s := Growth(-1, 1).String(); s != "undefined (negative base)" {
		t.Errorf("String = %q", s)
	}
}

func TestSeverity(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Severity
	}{{"warning", Warning}, {"Peringatan", Warning}, {"AMARAN", Warning}, {"kritis", Critical}, {"kritikal", Critical},
		{"maklumat", Info}, {" informasi ", Info}, {"warn", Warning}} {
		got, err := ParseSeverity(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseSeverity(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
	if _, err := ParseSeverity("bad"); err == nil {
		t.Error("ParseSeverity(bad) succeeded")
	}
	if s := Severity(9).String(); s != "%!Severity(9)" {
		t.Errorf("String = %q", s)
	}
	if l := Critical.Label(language.Malay); l != "kritikal" {
		t.Errorf("Label = %q", l)
	}
	b, _ := Warning.MarshalText()
	var s Severity
	if err := s.UnmarshalText(b); err != nil || s != Warning {
		t.Errorf("round trip = %v, %v", s, err)
	}
}
