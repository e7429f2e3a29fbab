package evaluate

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/money"
	"github.com/kerjasama/kerjasama/trade"
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
