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
)

// Seed 000: exports of Kalimantan Barat through PLBN Entikong and imports
// on KILB cards, source Kantor Pelayanan Bea dan Cukai Entikong.
func entikongRecords() []Record {
	const src = "Kantor Pelayanan Bea dan Cukai Entikong"
	rec := func(y int, f Flow, s Scheme, rp int64) Record {
		return Record{Period: date.YearRange(y), Flow: f, Reporter: "61", Partner: "MY-13", Post: "entikong",
			Scheme: s, Value: money.Rupiah(rp), Source: src}
	}
	return []Record{
		rec(2015, Export, 0, 100_387_357_175),
		rec(2016, Export, 0, 149_376_448_928),
		rec(2015, Import, BorderTradeCard, 171_793_920_000),
		rec(2016, Import, BorderTradeCard, 270_791_872_000),
	}
}

func TestEntikongBalances(t *testing.T) {
	agg := Aggregator{By: ByYear | ByPost}
	for _, r := range entikongRecords() {
		if err := agg.Add(&r); err != nil {
			t.Fatal(err)
		}
	}
	type row struct {
		Year   int
		Post   string
		Net    money.Amount
		Status Status
		Cover  float64
	}
	var got []row
	for _, g := range agg.Groups() {
		b, err := g.Balance()
		if err != nil {
			t.Fatal(err)
		}
		c, ok := b.Coverage()
		if !ok || b.IsPartial() || b.Validate() != nil {
			t.Errorf("balance %+v: coverage ok %v, partial %v, validate %v", b, ok, b.IsPartial(), b.Validate())
		}
		got = append(got, row{g.Key.Year, g.Key.Post, b.Net, b.Status(), math.Round(c*1e4) / 1e4})
	}
	want := []row{
		{2015, "entikong", money.Rupiah(-71_406_562_825), Deficit, 0.5843},
		{2016, "entikong", money.Rupiah(-121_415_423_072), Deficit, 0.5516},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Entikong balances mismatch (-want +got):\n%s", diff)
	}
	agg = Aggregator{By: ByYear | ByReporter | ByPartner}
	for _, r := range entikongRecords() {
		if err := agg.Add(&r); err != nil {
			t.Fatal(err)
		}
	}
	bs, err := agg.Balances()
	if err != nil {
		t.Fatal(err)
	}
	wantB := []Balance{
		{Period: date.YearRange(2015), Reporter: "61", Partner: "MY-13", Exports: money.Rupiah(100_387_357_175), Imports: money.Rupiah(171_793_920_000), Net: money.Rupiah(-71_406_562_825)},
		{Period: date.YearRange(2016), Reporter: "61", Partner: "MY-13", Exports: money.Rupiah(149_376_448_928), Imports: money.Rupiah(270_791_872_000), Net: money.Rupiah(-121_415_423_072)},
	}
	if diff := cmp.Diff(wantB, bs); diff != "" {
		t.Errorf("Aggregator.Balances mismatch (-want +got):\n%s", diff)
	}
}

// Seed 004: Kalimantan Tengah's trade surplus in millions of US dollars,
// the last year only to November (ANTARA via Republika, 28 May 2023).
func kaltengSurpluses(t testing.TB) []Balance {
	const src = "ANTARA via Republika, 28 Mei 2023"
	texts := []string{"1.725,99", "1.677,29", "2.099,40", "1.791,09", "3.050,82", "5.291,17"}
	var out []Balance
	for i, s := range texts {
		a, err := money.Parse(s+" juta dolar AS", idTag)
		if err != nil {
			t.Fatal(err)
		}
		p := date.YearRange(2017 + i)
		if i == 5 {
			p.End = date.Date{Year: 2022, Month: time.November, Day: 30}
		}
		out = append(out, PublishedNet(p, a, src))
	}
	return out
}

func TestKaltengSurplus(t *testing.T) {
	bs := kaltengSurpluses(t)
	want := []int64{172_599_000_000, 167_729_000_000, 209_940_000_000, 179_109_000_000, 305_082_000_000, 529_117_000_000}
	for i, b := range bs {
		if b.Net != money.FromMinor(want[i], currency.USD) {
			t.Errorf("%d: net %v, want USD %d hundredths", 2017+i, b.Net, want[i])
		}
		if b.Status() != Surplus || !b.NetOnly || b.Validate() != nil {
			t.Errorf("%d: status %v, net only %v, validate %v", 2017+i, b.Status(), b.NetOnly, b.Validate())
		}
		if _, ok := b.Coverage(); ok {
			t.Errorf("%d: coverage defined with only a net figure", 2017+i)
		}
		if _, err := b.Volume(); err == nil {
			t.Errorf("%d: volume known with only a net figure", 2017+i)
		}
		if b.IsPartial() != (i == 5) {
			t.Errorf("%d: IsPartial() = %v", 2017+i, b.IsPartial())
		}
	}
	if got := Period(bs[5].Period).String(); got != "2022-01/2022-11" {
		t.Errorf("2022 period = %s, want 2022-01/2022-11", got)
	}
}

func TestBalance(t *testing.T) {
	y := date.YearRange(2020)
	b, err := NewBalance(y, money.Rupiah(5), money.Rupiah(0))
	if err != nil {
		t.Fatal(err)
	}
	if r, ok := b.Coverage(); ok || r != 0 {
		t.Errorf("coverage with zero imports = %v, %v; want undefined", r, ok)
	}
	if b.Status() != Surplus {
		t.Errorf("status %v", b.Status())
	}
	b, _ = NewBalance(y, money.Rupiah(7), money.Rupiah(7))
	if b.Status() != Balanced {
		t.Errorf("equal flows: status %v, want balanced", b.Status())
	}
	if v, err := b.Volume(); err != nil || v != money.Rupiah(14) {
		t.Errorf("volume %v, %v", v, err)
	}
	if _, err := NewBalance(y, money.Rupiah(1), money.Ringgit(1)); !errors.Is(err, ErrCurrencyMismatch) {
		t.Errorf("mixed currencies: %v, want ErrCurrencyMismatch", err)
	}
	big := money.FromMinor(math.MaxInt64, currency.IDR)
	if _, err := NewBalance(y, big, big.Neg()); !errors.Is(err, ErrOverflow) {
		t.Errorf("overflowing net: %v, want ErrOverflow", err)
	}
	bad := Balance{Period: y, Exports: money.Rupiah(3), Imports: money.Rupiah(1), Net: money.Rupiah(1)}
	if err := bad.Validate(); err == nil {
		t.Error("Validate accepts a wrong net")
	}
	bad = Balance{Period: date.Range{}, NetOnly: true, Exports: money.Rupiah(1)}
	if err := bad.Validate(); err == nil || len(err.(interface{ Unwrap() []error }).Unwrap()) != 3 {
		t.Errorf("Validate = %v, want three problems", err)
	}
}

// TestCoverageRule checks the one coverage rule on a table with negative
// flows: X / M only when both flows are non-negative and M > 0.
func TestCoverageRule(t *testing.T) {
	rp := money.Rupiah
	tests := []struct {
		name string
		b    Balance
		want float64
		err  error
	}{
		{"seed 000, 2015", Balance{Exports: rp(100_387_357_175), Imports: rp(171_793_920_000)}, 100_387_357_175.0 / 171_793_920_000, nil},
		{"no exports", Balance{Exports: rp(0), Imports: rp(5)}, 0, nil},
		{"no imports", Balance{Exports: rp(5), Imports: rp(0)}, 0, ErrNoImports},
		{"nothing", Balance{}, 0, ErrNoImports},
		{"both negative", Balance{Exports: rp(-5), Imports: rp(-10)}, 0, ErrNegativeFlow}, // not 0.50
		{"negative exports", Balance{Exports: rp(-5), Imports: rp(10)}, 0, ErrNegativeFlow},
		{"negative imports", Balance{Exports: rp(5), Imports: rp(-10)}, 0, ErrNegativeFlow},
		{"net only", PublishedNet(date.YearRange(2017), rp(5), ""), 0, ErrNetOnly},
		{"two currencies", Balance{Exports: rp(5), Imports: money.Ringgit(10)}, 0, ErrCurrencyMismatch},
	}
	for _, tt := range tests {
		got, err := tt.b.CoverageRatio()
		if got != tt.want || !errors.Is(err, tt.err) || (err == nil) != (tt.err == nil) {
			t.Errorf("%s: CoverageRatio() = %v, %v; want %v, %v", tt.name, got, err, tt.want, tt.err)
		}
		r, ok := tt.b.Coverage()
		if r != tt.want || ok != (tt.err == nil) {
			t.Errorf("%s: Coverage() = %v, %v; want %v, %v", tt.name, r, ok, tt.want, tt.err == nil)
		}
		if tt.b.NetOnly || errors.Is(tt.err, ErrCurrencyMismatch) {
			continue
		}
		r, err = CoverageRatio(float64(tt.b.Exports.Minor()), float64(tt.b.Imports.Minor()))
		if r != tt.want || !errors.Is(err, tt.err) {
			t.Errorf("%s: CoverageRatio(X, M) = %v, %v; want %v, %v", tt.name, r, err, tt.want, tt.err)
		}
	}
	if _, err := CoverageRatio(math.NaN(), 1); !errors.Is(err, ErrNegativeFlow) {
		t.Errorf("CoverageRatio(NaN, 1) error %v, want ErrNegativeFlow", err)
	}
}
