package trade

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/money"
	"golang.org/x/text/currency"
)

func TestRecordJSONRoundTrip(t *testing.T) {
	recs := append(entikongRecords(), sampleRecords()...)
	recs = append(recs,
		Record{Period: date.Range{Start: date.Date{Year: 2017, Month: 10, Day: 23}, End: date.Date{Year: 2017, Month: 10, Day: 25}}, Flow: ReImport,
			Basis: OriginBasis, Scheme: BorderTrade, HS: MustParseHS("2701.12.10.00"), Value: money.FromMinor(-123, money.MYR),
			NetWeight: Quantity{1234567, "kg"}, Quantity: Quantity{5, "u"}, Source: `KPPBC "Entikong"`},
		Record{},
	)
	b, err := json.Marshal(recs)
	if err != nil {
		t.Fatal(err)
	}
	var got []Record
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(recs, got); diff != "" {
		t.Errorf("JSON round trip mismatch (-want +got):\n%s\n%s", diff, b)
	}
	one, _ := json.Marshal(recs[0])
	want := `{"period":"2015","flow":"export","reporter":"61","partner":"MY-13","post":"entikong","value":"IDR 100387357175","source":"Kantor Pelayanan Bea dan Cukai Entikong"}`
	if string(one) != want {
		t.Errorf("json.Marshal(seed record) =\n%s\nwant\n%s", one, want)
	}
}

func TestRecordJSONByHand(t *testing.T) {
	in := `[
	  {"period": "2022-01/2022-11", "flow": "ekspor", "reporter": "62", "hs": "1511.10", "value": "USD 5291170000", "basis": "asal barang"},
	  {"period": "2015-01-01/2015-12-31", "flow": "impor", "post": "entikong", "scheme": "KILB", "value": "IDR 171793920000", "net_weight": "1500 kg"}
	]`
	var got []Record
	if err := json.Unmarshal([]byte(in), &got); err != nil {
		t.Fatal(err)
	}
	want := []Record{
		{Period: date.Range{Start: date.Date{Year: 2022, Month: 1, Day: 1}, End: date.Date{Year: 2022, Month: time.November, Day: 30}}, Flow: Export, Reporter: "62",
			HS: MustParseHS("151110"), Basis: OriginBasis, Value: money.FromMinor(529117000000, currency.USD)},
		{Period: date.YearRange(2015), Flow: Import, Post: "entikong", Scheme: BorderTradeCard, Value: money.Rupiah(171793920000), NetWeight: Kilograms(1500)},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("hand-written JSON mismatch (-want +got):\n%s", diff)
	}
	for _, bad := range []string{
		`{"period": "2022-13", "flow": "export", "value": "IDR 1"}`,
		`{"period": "2022", "flow": "transit", "value": "IDR 1"}`,
		`{"period": "2022", "flow": "export", "value": "Rp1"}`,
		`{"period": "2022", "flow": "export", "scheme": "PLB", "value": "IDR 1"}`,
	} {
		var r Record
		if err := json.Unmarshal([]byte(bad), &r); err == nil {
			t.Errorf("json.Unmarshal(%s) succeeded: %+v", bad, r)
		}
	}
	var r Record
	err := json.Unmarshal([]byte(`{"period": "2022", "flow": "export", "scheme": "PLB", "value": "IDR 1"}`), &r)
	if !errors.Is(err, ErrAmbiguous) {
		t.Errorf("scheme PLB: %v, want ErrAmbiguous", err)
	}
}

func TestBalanceJSON(t *testing.T) {
	bs := kaltengSurpluses(t)
	for i := range bs {
		bs[i].Reporter = "62"
	}
	e, _ := NewBalance(date.YearRange(2015), money.Rupiah(100_387_357_175), money.Rupiah(171_793_920_000))
	bs = append(bs, e)
	b, err := json.Marshal(bs)
	if err != nil {
		t.Fatal(err)
	}
	var got []Balance
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(bs, got); diff != "" {
		t.Errorf("Balance JSON round trip mismatch (-want +got):\n%s", diff)
	}
	last, _ := json.Marshal(bs[5])
	want := `{"period":"2022-01/2022-11","reporter":"62","net":"USD 5291170000","net_only":true,"source":"ANTARA via Republika, 28 Mei 2023"}`
	if string(last) != want {
		t.Errorf("json.Marshal(2022 surplus) =\n%s\nwant\n%s", last, want)
	}
	// The embedded dataset of the report command writes full intervals.
	var x Balance
	if err := json.Unmarshal([]byte(`{"period": "2022-01-01/2022-11-30", "net": "USD 5291170000", "net_only": true}`), &x); err != nil || x.Period != bs[5].Period {
		t.Errorf("ISO period: %+v, %v", x, err)
	}
}
