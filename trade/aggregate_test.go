package trade

import (
	"errors"
	"math"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/money"
	"golang.org/x/text/currency"
	"golang.org/x/text/language"
)

var idTag = language.Indonesian

func month(y int, m time.Month) date.Range { return date.MonthRange(y, m) }

func sampleRecords() []Record {
	return []Record{
		{Period: month(2022, 1), Flow: Export, Partner: "MY", Post: "entikong", HS: MustParseHS("1511.10"), Scheme: Regular, Value: money.Rupiah(100)},
		{Period: month(2022, 1), Flow: Import, Partner: "MY", Post: "entikong", HS: MustParseHS("1701"), Scheme: BorderTradeCard, Value: money.Rupiah(40)},
		{Period: month(2022, 2), Flow: Export, Partner: "SG", Post: "aruk", HS: MustParseHS("1511.90"), Scheme: Regular, Value: money.Rupiah(10)},
		{Period: month(2022, 2), Flow: ReExport, Partner: "MY", Post: "entikong", HS: MustParseHS("2701"), Scheme: Regular, Value: money.Rupiah(5)},
		{Period: month(2023, 1), Flow: Import, Partner: "MY", Post: "aruk", HS: MustParseHS("1701.99"), Scheme: BorderTradePass, Value: money.Rupiah(7)},
		{Period: date.Range{Start: date.Date{Year: 2022, Month: 1, Day: 1}, End: date.Date{Year: 2022, Month: 11, Day: 30}}, Flow: Export, Partner: "MY", Value: money.Rupiah(1000)},
	}
}

func TestAggregateDimensions(t *testing.T) {
	type row struct {
		Key     Key
		X, M    int64
		RX      int64
		Records int
		Span    string
	}
	tests := []struct {
		by   Dimension
		want []row
	}{
		{0, []row{{Key{}, 1110, 47, 5, 6, "2022-01/2023-01"}}},
		{ByYear, []row{
			{Key{Year: 2022}, 1110, 40, 5, 5, "2022-01/2022-11"},
			{Key{Year: 2023}, 0, 7, 0, 1, "2023-01"},
		}},
		{ByYear | ByMonth, []row{
			{Key{Year: 2022}, 1000, 0, 0, 1, "2022-01/2022-11"}, // the partial year has no single month
			{Key{Year: 2022, Month: 1}, 100, 40, 0, 2, "2022-01"},
			{Key{Year: 2022, Month: 2}, 10, 0, 5, 2, "2022-02"},
			{Key{Year: 2023, Month: 1}, 0, 7, 0, 1, "2023-01"},
		}},
		{ByPost | ByFlow, []row{
			{Key{Flow: Export}, 1000, 0, 0, 1, "2022-01/2022-11"},
			{Key{Post: "aruk", Flow: Export}, 10, 0, 0, 1, "2022-02"},
			{Key{Post: "aruk", Flow: Import}, 0, 7, 0, 1, "2023-01"},
			{Key{Post: "entikong", Flow: Export}, 100, 0, 0, 1, "2022-01"},
			{Key{Post: "entikong", Flow: Import}, 0, 40, 0, 1, "2022-01"},
			{Key{Post: "entikong", Flow: ReExport}, 0, 0, 5, 1, "2022-02"},
		}},
		{ByChapter, []row{
			{Key{}, 1000, 0, 0, 1, "2022-01/2022-11"},
			{Key{HS: MustParseHS("15")}, 110, 0, 0, 2, "2022-01/2022-02"},
			{Key{HS: MustParseHS("17")}, 0, 47, 0, 2, "2022-01/2023-01"},
			{Key{HS: MustParseHS("27")}, 0, 0, 5, 1, "2022-02"},
		}},
		{ByHeading | ByChapter, []row{ // the finer one wins
			{Key{}, 1000, 0, 0, 1, "2022-01/2022-11"},
			{Key{HS: MustParseHS("1511")}, 110, 0, 0, 2, "2022-01/2022-02"},
			{Key{HS: MustParseHS("1701")}, 0, 47, 0, 2, "2022-01/2023-01"},
			{Key{HS: MustParseHS("2701")}, 0, 0, 5, 1, "2022-02"},
		}},
		{ByPartner | ByScheme, []row{
			{Key{Partner: "MY"}, 1000, 0, 0, 1, "2022-01/2022-11"},
			{Key{Partner: "MY", Scheme: Regular}, 100, 0, 5, 2, "2022-01/2022-02"},
			{Key{Partner: "MY", Scheme: BorderTradeCard}, 0, 40, 0, 1, "2022-01"},
			{Key{Partner: "MY", Scheme: BorderTradePass}, 0, 7, 0, 1, "2023-01"},
			{Key{Partner: "SG", Scheme: Regular}, 10, 0, 0, 1, "2022-02"},
		}},
		{ByPeriod, []row{
			{Key{Period: month(2022, 1)}, 100, 40, 0, 2, "2022-01"},
			{Key{Period: sampleRecords()[5].Period}, 1000, 0, 0, 1, "2022-01/2022-11"},
			{Key{Period: month(2022, 2)}, 10, 0, 5, 2, "2022-02"},
			{Key{Period: month(2023, 1)}, 0, 7, 0, 1, "2023-01"},
		}},
	}
	for _, tt := range tests {
		agg := Aggregator{By: tt.by}
		for _, r := range sampleRecords() {
			if err := agg.Add(&r); err != nil {
				t.Fatalf("%v: Add: %v", tt.by, err)
			}
		}
		var got []row
		for _, g := range agg.Groups() {
			got = append(got, row{g.Key, g.Exports.Minor() / 100, g.Imports.Minor() / 100, g.ReExports.Minor() / 100, g.Records, Period(g.Span).String()})
			if g.Exports.Currency() != currency.IDR {
				t.Errorf("%v: totals in %v", tt.by, g.Exports.Currency())
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Aggregator{By: %v} mismatch (-want +got):\n%s", tt.by, diff)
		}
		if agg.Len() != len(tt.want) {
			t.Errorf("%v: Len() = %d, want %d", tt.by, agg.Len(), len(tt.want))
		}
		total, err := agg.Total()
		if err != nil || total.Exports != money.Rupiah(1110) || total.Imports != money.Rupiah(47) || total.Records != 6 {
			t.Errorf("%v: Total() = %+v, %v", tt.by, total, err)
		}
	}
}

func TestAggregateKeyMatchesDimensionKey(t *testing.T) {
	all := Dimension(dimensionEnd - 1)
	agg := Aggregator{By: all &^ (ByChapter | ByHeading)}
	for _, r := range sampleRecords() {
		if err := agg.Add(&r); err != nil {
			t.Fatal(err)
		}
	}
	for i, g := range agg.Groups() {
		if g.Records != 1 {
			t.Errorf("group %d has %d records, want 1 (every record differs)", i, g.Records)
		}
	}
}

func TestAggregateOverflow(t *testing.T) {
	half := money.FromMinor(math.MaxInt64/2+1, currency.IDR)
	r := Record{Period: date.YearRange(2020), Flow: Export, Value: half}
	var agg Aggregator
	if err := agg.Add(&r); err != nil {
		t.Fatal(err)
	}
	err := agg.Add(&r)
	if !errors.Is(err, ErrOverflow) {
		t.Fatalf("second Add = %v, want ErrOverflow", err)
	}
	g := agg.Groups()[0]
	if g.Exports != half || g.Records != 1 {
		t.Errorf("after overflow: %v in %d records, want the first value only", g.Exports, g.Records)
	}
	// Exactly at the limit is fine, and so is going back down.
	r.Value = money.FromMinor(math.MaxInt64/2, currency.IDR)
	if err := agg.Add(&r); err != nil {
		t.Fatalf("Add up to MaxInt64: %v", err)
	}
	if g := agg.Groups()[0]; g.Exports.Minor() != math.MaxInt64 {
		t.Errorf("total %d, want MaxInt64", g.Exports.Minor())
	}
	r.Value = money.FromMinor(-math.MaxInt64, currency.IDR)
	if err := agg.Add(&r); err != nil {
		t.Fatalf("Add a negative: %v", err)
	}
	// Grand totals over groups overflow too.
	agg = Aggregator{By: ByYear}
	for _, y := range []int{2020, 2021} {
		r := Record{Period: date.YearRange(y), Flow: Import, Value: half}
		if err := agg.Add(&r); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := agg.Total(); !errors.Is(err, ErrOverflow) {
		t.Errorf("Total() = %v, want ErrOverflow", err)
	}
	// The exports and imports of one group may each be near the limit; the
	// balance then overflows and says so.
	agg = Aggregator{}
	for _, f := range []Flow{Export, ReExport} {
		r := Record{Period: date.YearRange(2020), Flow: f, Value: half}
		if err := agg.Add(&r); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := agg.Groups()[0].Balance(); !errors.Is(err, ErrOverflow) {
		t.Errorf("Balance() = %v, want ErrOverflow", err)
	}
}

func TestAggregateCurrencies(t *testing.T) {
	rp := Record{Period: date.YearRange(2022), Flow: Export, Value: money.Rupiah(15_000)}
	usd := Record{Period: date.YearRange(2022), Flow: Export, Value: money.USDollar(2)}
	var agg Aggregator
	if err := agg.Add(&rp); err != nil {
		t.Fatal(err)
	}
	if err := agg.Add(&usd); !errors.Is(err, ErrCurrencyMismatch) {
		t.Fatalf("Add(USD) to rupiah totals = %v, want ErrCurrencyMismatch", err)
	}
	if g := agg.Groups()[0]; g.Exports != money.Rupiah(15_000) || g.Records != 1 {
		t.Errorf("after a refused record: %+v", g)
	}

	rate := func(v string, y int, m time.Month, d int) money.Rate {
		r, err := money.NewRate(currency.USD, currency.IDR, v, idTag, time.Date(y, m, d, 0, 0, 0, 0, time.UTC))
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	rates := Rates{rate("15.000", 2021, 12, 31), rate("15.731,50", 2022, 12, 30), rate("16.000", 2023, 6, 1)}
	agg = Aggregator{Currency: currency.IDR, Rates: rates, By: ByYear}
	for _, r := range []Record{usd, rp, {Period: date.YearRange(2021), Flow: Import, Value: money.USDollar(1)}} {
		if err := agg.Add(&r); err != nil {
			t.Fatal(err)
		}
	}
	gs := agg.Groups()
	if gs[0].Imports != money.Rupiah(15_000) {
		t.Errorf("2021 imports %v, want Rp15.000 at the 2021 rate", gs[0].Imports)
	}
	if gs[1].Exports != money.Rupiah(15_000+31_463) {
		t.Errorf("2022 exports %v, want Rp15.000 + 2 × 15.731,50", gs[1].Exports)
	}
	// No rate dated on or before the period: refused.
	old := Record{Period: date.YearRange(2019), Flow: Export, Value: money.USDollar(1)}
	if err := agg.Add(&old); !errors.Is(err, ErrNoRate) {
		t.Errorf("Add(2019 USD) = %v, want ErrNoRate", err)
	}
	myr := Record{Period: date.YearRange(2022), Flow: Export, Value: money.Ringgit(1)}
	if err := agg.Add(&myr); !errors.Is(err, ErrNoRate) {
		t.Errorf("Add(MYR) = %v, want ErrNoRate", err)
	}
	// The other way round: rupiah to dollars with the same rate.
	conv, err := rates.Convert(money.Rupiah(31_463), currency.USD, date.YearRange(2022))
	if err != nil || conv != money.USDollar(2) {
		t.Errorf("Rates.Convert(Rp31.463 → USD) = %v, %v", conv, err)
	}
}

func TestAggregateRefuses(t *testing.T) {
	var agg Aggregator
	for _, r := range []Record{
		{Period: date.YearRange(2020), Flow: Export},           // no currency
		{Period: date.YearRange(2020), Value: money.Rupiah(1)}, // no flow
		{Flow: Export, Value: money.Rupiah(1)},                 // no period
		{Period: date.Range{Start: date.Date{Year: 2021, Month: 1, Day: 1}, End: date.Date{Year: 2020, Month: 1, Day: 1}}, Flow: Export, Value: money.Rupiah(1)},
		{Period: date.YearRange(10000), Flow: Export, Value: money.Rupiah(1)},
		{Period: date.Range{Start: date.Date{Year: 2021, Month: 2, Day: 1}, End: date.Date{Year: 2021, Month: 2, Day: 30}}, Flow: Export, Value: money.Rupiah(1)},
		{Period: date.Range{Start: date.Date{Year: 2021, Month: 2, Day: 1}, End: date.Date{Year: 2021, Month: 2, Day: 0}}, Flow: Export, Value: money.Rupiah(1)},
	} {
		if err := agg.Add(&r); err == nil {
			t.Errorf("Add(%+v) succeeded", r)
		}
	}
	if agg.Len() != 0 {
		t.Errorf("refused records made %d groups", agg.Len())
	}
}

func TestAggregateNoAllocs(t *testing.T) {
	rs := sampleRecords()
	agg := Aggregator{By: ByYear | ByPost | ByFlow | ByPartner | ByChapter}
	for i := range rs {
		if err := agg.Add(&rs[i]); err != nil {
			t.Fatal(err)
		}
	}
	allocs := testing.AllocsPerRun(100, func() {
		for i := range rs {
			if err := agg.Add(&rs[i]); err != nil {
				t.Fatal(err)
			}
		}
	})
	if allocs != 0 {
		t.Errorf("Add allocates %v times per %d records, want 0", allocs, len(rs))
	}
}

func TestParseDimension(t *testing.T) {
	tests := []struct {
		in   string
		want Dimension
		str  string
	}{
		{"year,post", ByYear | ByPost, "year,post"},
		{"tahun, pos", ByYear | ByPost, "year,post"},
		{"post,year", ByYear | ByPost, "year,post"},
		{"bulan,arus,mitra", ByMonth | ByFlow | ByPartner, "month,partner,flow"},
		{"bab,skema", ByChapter | ByScheme, "scheme,chapter"},
		{"Period,Reporter,Basis,Heading,Commodity", ByPeriod | ByReporter | ByBasis | ByHeading | ByCommodity, "period,reporter,basis,heading,commodity"},
		{"", 0, "none"},
		{"none", 0, "none"},
	}
	for _, tt := range tests {
		got, err := ParseDimension(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseDimension(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
		if got.String() != tt.str {
			t.Errorf("ParseDimension(%q).String() = %q, want %q", tt.in, got.String(), tt.str)
		}
		var d Dimension
		if err := d.UnmarshalText([]byte(got.String())); err != nil || d != got {
			t.Errorf("round trip of %v: %v, %v", got, d, err)
		}
	}
	_, err := ParseDimension("year,colour")
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Offset != 5 || !errors.Is(err, ErrUnknown) {
		t.Errorf("ParseDimension(year,colour) error = %#v, want ErrUnknown at offset 5", err)
	}
	if got := (ByYear | ByPost).Label(idTag); got != "tahun, pos lintas batas" {
		t.Errorf("Label(id) = %q", got)
	}
	if got := Dimension(1 << 15).String(); got != "%!Dimension(0x8000)" {
		t.Errorf("String of an unknown bit = %q", got)
	}
}

func TestAggregateManyGroups(t *testing.T) {
	agg := Aggregator{By: ByPeriod | ByPartner}
	want := map[Key]int64{}
	for i := range 5000 {
		r := Record{Period: date.MonthRange(1900+i%120, time.Month(1+i%12)), Flow: Export, Partner: string(rune('A' + i%37)), Value: money.Rupiah(int64(i))}
		if err := agg.Add(&r); err != nil {
			t.Fatal(err)
		}
		k := (ByPeriod | ByPartner).Key(&r)
		want[k] += int64(i) * 100
	}
	gs := agg.Groups()
	if len(gs) != len(want) {
		t.Fatalf("%d groups, want %d", len(gs), len(want))
	}
	for _, g := range gs {
		if g.Exports.Minor() != want[g.Key] {
			t.Errorf("group %v: %v, want %d hundredths", g.Key, g.Exports, want[g.Key])
		}
	}
}

func TestKeyString(t *testing.T) {
	for k, want := range map[Key]string{
		{}: "all",
		{Year: 2015, Post: "entikong", Flow: Export}:                         "2015 entikong export",
		{Period: month(2022, 11), Partner: "MY", HS: MustParseHS("1511")}:    "2022-11 MY HS1511",
		{Year: 2022, Month: 11, Scheme: BorderTradeCard, Basis: OriginBasis}: "2022 November border-card origin",
		{Reporter: "61"}: "61",
	} {
		if got := k.String(); got != want {
			t.Errorf("%#v.String() = %q, want %q", k, got, want)
		}
	}
}

func TestValidPackedMatchesDate(t *testing.T) {
	for _, y := range []int{1, 1900, 2000, 2023, 2024, 9999} {
		for m := time.January; m <= time.December; m++ {
			for d := 1; d <= 31; d++ {
				dt := date.Date{Year: y, Month: m, Day: d}
				p := packDate(dt)
				if got := p != 0 && validPacked(p); got != dt.IsValid() {
					t.Errorf("%v: valid %v, date says %v", dt, got, dt.IsValid())
				}
				if p != 0 && unpackDate(p) != dt {
					t.Errorf("unpack(pack(%v)) = %v", dt, unpackDate(p))
				}
			}
		}
	}
}

// TestAddAbs checks the bound of the sizes of sums (Aggregator.abs): the
// size of the value added, and math.MaxInt64 at most, for the values at
// the ends of int64.
func TestAddAbs(t *testing.T) {
	for _, c := range []struct{ bound, x, want int64 }{
		{0, 5, 5},
		{7, -5, 12},
		{0, math.MaxInt64, math.MaxInt64},
		{0, math.MinInt64 + 1, math.MaxInt64},
		{0, math.MinInt64, math.MaxInt64},
		{3, math.MinInt64, math.MaxInt64},
		{1, math.MinInt64 + 1, math.MaxInt64},
		{10, math.MaxInt64, math.MaxInt64},
		{math.MaxInt64 - 1, -1, math.MaxInt64},
		{math.MaxInt64, 1, math.MaxInt64},
		{math.MaxInt64, 0, math.MaxInt64},
	} {
		if got := addAbs(c.bound, c.x); got != c.want {
			t.Errorf("addAbs(%d, %d) = %d, want %d", c.bound, c.x, got, c.want)
		}
	}
}
