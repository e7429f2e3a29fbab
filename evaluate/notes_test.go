package evaluate

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/money"
	"github.com/kerjasama/kerjasama/trade"
	"golang.org/x/text/language"
)

func TestRatioNotesJSON(t *testing.T) {
	tests := []struct {
		name string
		v    any
		want string
	}{
		{"defined change", Change{Rate: RatioOf(0.488)}, `{"rate":0.488}`},
		{"growth from nothing", Change{Rate: Growth(0, 5)}, `{"rate":null,"rate_note":"zero base"}`},
		{"growth from a deficit", Change{Rate: Growth(-5, 5), Deficit: true}, `{"rate":null,"rate_note":"negative base","deficit":true}`},
		{"no exports to share", Concentration{}, `{"index":null,"index_note":"no data","n":0}`},
		{"no items", Implementation{}, `{"items":0,"levels":[0,0,0,0],"share":null,"share_note":"no data"}`},
		{"a partial year", GrowthSpan{Flow: WordSurplus, Rate: undefined(statePartial)},
			`{"flow":"surplus","from":"","to":"","years":0,"rate":null,"rate_note":"partial period"}`},
	}
	for _, tt := range tests {
		b, err := json.Marshal(tt.v)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if diff := cmp.Diff(tt.want, string(b)); diff != "" {
			t.Errorf("%s: JSON mismatch (-want +got):\n%s", tt.name, diff)
		}
	}
}

func TestRatioNotesRoundTrip(t *testing.T) {
	// Exports from nothing, imports with no previous year to compare.
	b15, _ := trade.NewBalance(date.YearRange(2015), money.Rupiah(0), money.Rupiah(0))
	b16, _ := trade.NewBalance(date.YearRange(2016), money.Rupiah(10), money.Rupiah(0))
	ev, err := Balances([]trade.Balance{b15, b16}, TradeOptions{Subject: "PLBN Aruk", BorderPost: true})
	if err != nil {
		t.Fatal(err)
	}
	p := ev.Periods[1]
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"export_growth":null,"export_growth_note":"zero base"`, `"coverage":null,"coverage_note":"zero base"`} {
		if !bytes.Contains(b, []byte(want)) {
			t.Errorf("JSON %s lacks %s", b, want)
		}
	}
	var back TradePeriod
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if !errors.Is(back.ExportGrowth.Err(), ErrZeroBase) || !errors.Is(back.Coverage.Err(), ErrZeroBase) {
		t.Errorf("read back: export growth %v, coverage %v; want both zero base", back.ExportGrowth, back.Coverage)
	}
	// Zero amounts are left out of the JSON (omitzero) and read back
	// without their currency; the ratios and the rest come back whole.
	p.Imports, back.Imports = money.Amount{}, money.Amount{}
	if diff := cmp.Diff(p, back); diff != "" {
		t.Errorf("round trip mismatch (-want +got):\n%s", diff)
	}
	// Without notes (JSON written before them), an undefined ratio reads
	// as lack of data, as it always did.
	var old Change
	if err := json.Unmarshal([]byte(`{"rate":null}`), &old); err != nil || !errors.Is(old.Rate.Err(), ErrNoData) {
		t.Errorf("old JSON: %v, %v", old.Rate, err)
	}
}

// TestMixedTradeTable: a series with both flows for 2015 and only the
// published net for 2016 has a column for the growth of the balance.
func TestMixedTradeTable(t *testing.T) {
	b15, _ := trade.NewBalance(date.YearRange(2015), money.Rupiah(200), money.Rupiah(100))
	b16 := trade.PublishedNet(date.YearRange(2016), money.Rupiah(150), "test")
	toNov := date.Range{Start: date.Date{Year: 2017, Month: time.January, Day: 1}, End: date.Date{Year: 2017, Month: time.November, Day: 30}}
	b17 := trade.PublishedNet(toNov, money.Rupiah(300), "test")
	r, err := NewReport(Input{Trade: []TradeSeries{{Options: TradeOptions{Subject: "Kalimantan Tengah"}, Balances: []trade.Balance{b15, b16, b17}}}},
		date.Date{Year: 2018, Month: time.January, Day: 1})
	if err != nil {
		t.Fatal(err)
	}
	var txt bytes.Buffer
	if err := r.WriteText(&txt, language.English); err != nil {
		t.Fatal(err)
	}
	var table []string
	for _, line := range strings.Split(txt.String(), "\n") {
		if strings.HasPrefix(line, "Period") || strings.HasPrefix(line, "20") || strings.HasPrefix(line, "Jan") {
			table = append(table, line)
		}
	}
	want := []string{
		"Period                                  Exports  Imports  Balance  Status   Exports/imports  Export growth  Import growth  Balance growth",
		"2015                                      Rp200    Rp100    Rp100  surplus           200.0%              —              —               —",
		"2016                                          —        —    Rp150  surplus                —              —              —           50.0%",
		"January–November 2017 (part of a year)        —        —    Rp300  surplus                —              —              —               —",
	}
	if diff := cmp.Diff(want, table); diff != "" {
		t.Errorf("mixed table mismatch (-want +got):\n%s", diff)
	}
	var md bytes.Buffer
	if err := r.WriteMarkdown(&md, language.Indonesian); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md.String(), "| Pertumbuhan neraca |") || !strings.Contains(md.String(), "| 50,0% |") {
		t.Errorf("Markdown lacks the balance growth column:\n%s", md.String())
	}
	// A series of one kind keeps its table: no such column.
	r, _ = NewReport(Input{Trade: []TradeSeries{{Balances: entikongBalances()}}}, date.Date{Year: 2018, Month: time.January, Day: 1})
	txt.Reset()
	r.WriteText(&txt, language.English)
	if strings.Contains(txt.String(), "Balance growth") {
		t.Errorf("a series with both flows every year has a balance growth column:\n%s", txt.String())
	}
}
