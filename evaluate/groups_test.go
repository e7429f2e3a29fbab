package evaluate

import (
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/money"
	"github.com/kerjasama/kerjasama/trade"
	"golang.org/x/text/currency"
)

// aggregate sums records with a trade.Aggregator by the dimensions by.
func aggregate(t testing.TB, records []trade.Record, by trade.Dimension) []trade.Group {
	t.Helper()
	agg := trade.Aggregator{By: by}
	for i := range records {
		if err := agg.Add(&records[i]); err != nil {
			t.Fatalf("record %d: %v", i, err)
		}
	}
	return agg.Groups()
}

// groupDimsCases are the dimensions Groups is given records aggregated by:
// GroupDims itself, and finer ones whose extra dimensions it sums over.
var groupDimsCases = []trade.Dimension{
	GroupDims,
	GroupDims | trade.ByPost | trade.ByFlow | trade.ByYear | trade.ByMonth,
	trade.ByPeriod | trade.ByPartner | trade.ByCommodity | trade.ByReporter | trade.ByScheme | trade.ByBasis,
	trade.ByPeriod | trade.ByPartner | trade.ByHeading | trade.ByScheme,
}

// TestGroupsEqualsRecords evaluates the seed shapes from records and from
// the groups of the same records: the two agree, whatever extra dimensions
// the groups have and in whatever order they come.
func TestGroupsEqualsRecords(t *testing.T) {
	rp := money.Rupiah
	hs := trade.MustParseHS
	months := func(y int, from, to time.Month, f trade.Flow, v int64) []trade.Record {
		var rs []trade.Record
		for m := from; m <= to; m++ {
			rs = append(rs, trade.Record{Period: date.MonthRange(y, m), Flow: f, Partner: "MY", Post: "entikong", Value: rp(v + int64(m))})
		}
		return rs
	}
	likeForLike := slices.Concat(
		months(2021, time.January, time.December, trade.Export, 100), months(2021, time.January, time.December, trade.Import, 80),
		months(2022, time.January, time.November, trade.Export, 120), months(2022, time.January, time.November, trade.Import, 70),
	)
	concentration := []trade.Record{
		{Period: date.YearRange(2022), Flow: trade.Export, Partner: "MY", HS: hs("1511"), Value: rp(600)},
		{Period: date.YearRange(2022), Flow: trade.Export, Partner: "CN", HS: hs("2701"), Value: rp(300)},
		{Period: date.YearRange(2022), Flow: trade.Export, Partner: "MY", HS: hs("151110"), Value: rp(100)},
		{Period: date.YearRange(2022), Flow: trade.Import, Partner: "MY", Value: rp(500)},
		{Period: date.YearRange(2023), Flow: trade.Export, Partner: "MY", HS: hs("1511"), Value: rp(500)},
		{Period: date.YearRange(2023), Flow: trade.ReExport, Partner: "SG", HS: hs("8517"), Value: rp(250)},
		{Period: date.YearRange(2023), Flow: trade.Export, Partner: "CN", HS: hs("2701"), Value: rp(250)},
		{Period: date.YearRange(2023), Flow: trade.ReImport, Partner: "SG", HS: hs("8517"), Value: rp(40)},
		{Period: date.YearRange(2023), Flow: trade.Import, Partner: "CN", HS: hs("8517"), Value: rp(700)},
	}
	spanning := slices.Concat(
		[]trade.Record{
			{Period: date.YearRange(2014), Flow: trade.Export, Partner: "MY", Value: rp(100)},
			{Period: date.YearRange(2014), Flow: trade.Import, Partner: "MY", Value: rp(90)},
			{Period: date.Range{Start: date.MonthRange(2015, time.July).Start, End: date.MonthRange(2016, time.June).End},
				Flow: trade.Export, Partner: "MY", HS: hs("1511"), Value: rp(300)},
			{Period: date.YearRange(2017), Flow: trade.Export, Partner: "BN", Value: rp(80)},
			{Period: date.YearRange(2017), Flow: trade.Import, Partner: "MY", Value: rp(120)},
		},
		months(2015, time.January, time.June, trade.Export, 10),
		months(2016, time.July, time.December, trade.Import, 10),
	)
	tests := []struct {
		name        string
		records     []trade.Record
		periods     []string // the periods Records forms
		likeForLike int
	}{
		{name: "Entikong 2015-2016", records: entikongRecords(),
			periods: []string{"2015-01-01/2015-12-31", "2016-01-01/2016-12-31"}},
		{name: "Entikong with KILB imports", records: kilbRecords(),
			periods: []string{"2015-01-01/2015-12-31", "2016-01-01/2016-12-31"}},
		{name: "monthly to November against the same months", records: likeForLike,
			periods: []string{"2021-01-01/2021-12-31", "2022-01-01/2022-11-30"}, likeForLike: 2},
		{name: "partners and chapters", records: concentration,
			periods: []string{"2022-01-01/2022-12-31", "2023-01-01/2023-12-31"}},
		{name: "a record spanning two years", records: spanning,
			periods: []string{"2014-01-01/2014-12-31", "2015-01-01/2015-06-30", "2015-07-01/2016-06-30", "2016-07-01/2016-12-31", "2017-01-01/2017-12-31"}},
		{name: "no records"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opt := TradeOptions{Subject: "PLBN Entikong", BorderPost: true}
			want, err := Records(tt.records, opt)
			if err != nil {
				t.Fatal(err)
			}
			var periods []string
			for _, p := range want.Periods {
				periods = append(periods, p.Period.String())
			}
			if diff := cmp.Diff(tt.periods, periods); diff != "" {
				t.Errorf("Records periods mismatch (-want +got):\n%s", diff)
			}
			if len(want.LikeForLike) != tt.likeForLike {
				t.Errorf("Records: %d like-for-like comparisons, want %d", len(want.LikeForLike), tt.likeForLike)
			}
			for _, by := range groupDimsCases {
				gs := aggregate(t, tt.records, by)
				got, err := Groups(gs, opt)
				if err != nil {
					t.Fatalf("Groups by %v: %v", by, err)
				}
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("Groups by %v mismatch (-want +got):\n%s", by, diff)
				}
				slices.Reverse(gs)
				before := slices.Clone(gs)
				got, err = Groups(gs, opt)
				if err != nil {
					t.Fatalf("Groups by %v, reversed: %v", by, err)
				}
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("Groups by %v, reversed, mismatch (-want +got):\n%s", by, diff)
				}
				if diff := cmp.Diff(before, gs); diff != "" {
					t.Errorf("Groups by %v modified its groups (-before +after):\n%s", by, diff)
				}
			}
		})
	}
}

// TestGroupsFigures pins figures of the seed shapes that only records
// with partners, chapters and months give.
func TestGroupsFigures(t *testing.T) {
	rp := money.Rupiah
	hs := trade.MustParseHS
	recs := []trade.Record{
		{Period: date.YearRange(2023), Flow: trade.Export, Partner: "MY", HS: hs("1511"), Value: rp(500)},
		{Period: date.YearRange(2023), Flow: trade.ReExport, Partner: "SG", HS: hs("8517"), Value: rp(250)},
		{Period: date.YearRange(2023), Flow: trade.Export, Partner: "CN", HS: hs("2701"), Value: rp(250)},
		{Period: date.YearRange(2023), Flow: trade.ReImport, Partner: "SG", HS: hs("8517"), Value: rp(40)},
		{Period: date.YearRange(2023), Flow: trade.Import, Partner: "CN", HS: hs("8517"), Value: rp(700)},
	}
	for m := time.January; m <= time.March; m++ {
		recs = append(recs,
			trade.Record{Period: date.MonthRange(2024, m), Flow: trade.Export, Partner: "MY", Value: rp(200)},
			trade.Record{Period: date.MonthRange(2023, m), Flow: trade.Export, Partner: "MY", Value: rp(100)})
	}
	ev, err := Groups(aggregate(t, recs, GroupDims|trade.ByFlow), TradeOptions{Subject: "X"})
	if err != nil {
		t.Fatal(err)
	}
	type figures struct {
		Period           string
		Exports, Imports money.Amount
		Partners         [2]float64 // points, groups
		Chapters         [2]float64
	}
	var got []figures
	for _, p := range ev.Periods {
		got = append(got, figures{p.Period.String(), p.Exports, p.Imports,
			[2]float64{math.Round(p.ByPartner.Points()), float64(p.ByPartner.N)},
			[2]float64{math.Round(p.ByCommodity.Points()), float64(p.ByCommodity.N)}})
	}
	nan := math.NaN()
	want := []figures{
		// 2023: MY 800 (500 + three months of 100), SG 250, CN 250 of 1,300;
		// chapters 15: 500, 85: 250, 27: 250 of 1,000 (the months have no HS).
		{"2023-01-01/2023-12-31", rp(1300), rp(740), [2]float64{4527, 3}, [2]float64{3750, 3}},
		{"2024-01-01/2024-03-31", rp(600), rp(0), [2]float64{10000, 1}, [2]float64{nan, 0}},
	}
	if diff := cmp.Diff(want, got, cmp.Comparer(func(a, b float64) bool { return a == b || math.IsNaN(a) && math.IsNaN(b) })); diff != "" {
		t.Errorf("figures mismatch (-want +got):\n%s", diff)
	}
	// The months of 2023 are in a whole-year period, which cannot be told
	// apart from the whole-year records: no like-for-like comparison.
	if len(ev.LikeForLike) != 0 {
		t.Errorf("like for like against a year of mixed records: %+v", ev.LikeForLike)
	}
}

func TestGroupsErrors(t *testing.T) {
	rp := money.Rupiah
	y := date.YearRange
	most := money.FromMinor(math.MaxInt64, currency.IDR)
	tests := []struct {
		name   string
		groups []trade.Group
		is     error // nil: any error
	}{
		{"no period", []trade.Group{{Key: trade.Key{Year: 2015}, Exports: rp(1), Span: y(2015)}}, nil},
		{"invalid period", []trade.Group{{Key: trade.Key{Period: date.Range{Start: y(2016).Start, End: y(2015).End}}, Exports: rp(1)}}, nil},
		{"two currencies in one group", []trade.Group{{Key: trade.Key{Period: y(2015)}, Exports: rp(1), Imports: money.Ringgit(1)}}, money.ErrCurrencyMismatch},
		{"two currencies in two years", []trade.Group{
			{Key: trade.Key{Period: y(2015)}, Exports: rp(1)},
			{Key: trade.Key{Period: y(2016)}, Exports: money.Ringgit(1)}}, money.ErrCurrencyMismatch},
		{"exports and re-exports overflow", []trade.Group{{Key: trade.Key{Period: y(2015)}, Exports: most, ReExports: rp(1)}}, money.ErrOverflow},
		{"a year's exports overflow", []trade.Group{
			{Key: trade.Key{Period: date.MonthRange(2015, time.January)}, Exports: most},
			{Key: trade.Key{Period: date.MonthRange(2015, time.February)}, Exports: most}}, money.ErrOverflow},
		{"a partner's exports overflow", []trade.Group{ // the year's total fits
			{Key: trade.Key{Period: y(2015), Partner: "CN"}, Exports: most.Neg()},
			{Key: trade.Key{Period: y(2015), Partner: "MY", HS: trade.MustParseHS("15")}, Exports: most},
			{Key: trade.Key{Period: y(2015), Partner: "MY", HS: trade.MustParseHS("27")}, Exports: rp(1)},
		}, money.ErrOverflow},
		{"the same months of the year before overflow", []trade.Group{ // 2021's total fits
			{Key: trade.Key{Period: date.MonthRange(2021, time.December)}, Exports: most.Neg()},
			{Key: trade.Key{Period: date.MonthRange(2021, time.January)}, Exports: most},
			{Key: trade.Key{Period: date.MonthRange(2021, time.February)}, Exports: rp(1)},
			{Key: trade.Key{Period: date.Range{Start: y(2022).Start, End: date.MonthRange(2022, time.November).End}}, Exports: rp(1)},
		}, money.ErrOverflow},
		{"overlapping periods", []trade.Group{
			{Key: trade.Key{Period: y(2015)}, Exports: rp(1)},
			{Key: trade.Key{Period: date.Range{Start: y(2015).Start, End: y(2016).End}}, Exports: rp(1)}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev, err := Groups(tt.groups, TradeOptions{})
			if err == nil || tt.is != nil && !errors.Is(err, tt.is) {
				t.Fatalf("Groups = %+v, %v; want an error wrapping %v", ev, err, tt.is)
			}
		})
	}
	// Records gets the errors of the Aggregator, and says which record.
	for _, tt := range []struct {
		name    string
		records []trade.Record
		is      error
	}{
		{"overflow", []trade.Record{{Period: y(2015), Flow: trade.Export, Value: most}, {Period: y(2015), Flow: trade.Export, Value: rp(1)}}, money.ErrOverflow},
		{"currencies", mixedRecords(), money.ErrCurrencyMismatch},
		{"no flow", []trade.Record{{Period: y(2015), Value: rp(1)}}, nil},
		{"no period", []trade.Record{{Flow: trade.Export, Value: rp(1)}}, nil},
	} {
		_, err := Records(tt.records, TradeOptions{})
		if err == nil || tt.is != nil && !errors.Is(err, tt.is) {
			t.Errorf("%s: Records error %v, want one wrapping %v", tt.name, err, tt.is)
		}
	}
}

// FuzzGroups checks that for arbitrary records, evaluating the groups of
// an Aggregator, by GroupDims and any other dimensions and in any order,
// gives what Records gives.
func FuzzGroups(f *testing.F) {
	f.Add(uint16(0), []byte{15, 1, 100, 0, 15, 2, 171, 0, 16, 1, 149, 0, 16, 2, 255, 0})                                       // the Entikong shape
	f.Add(uint16(0x41), []byte{22, 0x41, 1, 0, 21, 0x42, 2, 0, 21, 0x43, 3, 0x31, 22, 0x44, 5, 0x21})                          // months of two years
	f.Add(uint16(3), []byte{15, 0x81, 9, 5, 16, 0xc2, 7, 3})                                                                   // a period across two years
	f.Add(uint16(0x40), []byte{2, 0x60, 10, 0, 2, 0x60, 10, 1, 2, 0x60, 10, 2, 3, 0x60, 12, 0, 3, 0x60, 12, 1, 3, 0x61, 5, 1}) // like for like
	f.Add(uint16(0), []byte{})
	f.Add(uint16(0x3000), []byte{15, 0, 100, 0, 15 | 0x20, 1, 171, 0, 16, 0, 149, 0, 16 | 0x60, 1, 255, 0}) // KILB and passes, as of 2016
	f.Fuzz(func(t *testing.T, extra uint16, b []byte) {
		recs := fuzzRecords(b)
		opt := TradeOptions{Subject: "X", BorderPost: extra&0x8000 != 0}
		if k := int(extra >> 12 & 7); k != 0 { // as of 1 January or 1 July of 2015–2018
			opt.At = date.Date{Year: 2015 + (k-1)/2, Month: time.Month(1 + 6*((k-1)%2)), Day: 1}
		}
		want, wantErr := Records(recs, opt)
		agg := trade.Aggregator{By: GroupDims | trade.Dimension(extra)&(trade.ByYear|trade.ByMonth|trade.ByReporter|trade.ByPost|
			trade.ByFlow|trade.ByScheme|trade.ByBasis|trade.ByHeading|trade.ByCommodity)}
		for i := range recs {
			if err := agg.Add(&recs[i]); err != nil {
				// Records leaves out records not yet known before summing;
				// the Aggregator here sums them all.
				if wantErr == nil && opt.At.IsZero() {
					t.Fatalf("record %d: Aggregator by %v: %v; Records had no error", i, agg.By, err)
				}
				return
			}
		}
		gs := agg.Groups()
		rand.New(rand.NewPCG(uint64(extra), uint64(len(b)))).Shuffle(len(gs), func(i, j int) { gs[i], gs[j] = gs[j], gs[i] })
		got, err := Groups(gs, opt)
		if (err != nil) != (wantErr != nil) {
			t.Fatalf("Groups by %v: error %v; Records: error %v", agg.By, err, wantErr)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("Groups by %v mismatch (-want +got):\n%s", agg.By, diff)
		}
	})
}

// fuzzRecords makes up to 128 records of four bytes each: years
// 2015–2018, whole years, months, parts of months and spans across the
// turn of a year; four flows; values, some negative; partners A–D or
// none; HS codes of four chapters or none; two border posts; no scheme,
// cross-border cards (KILB), regular customs or border passes.
func fuzzRecords(b []byte) []trade.Record {
	codes := []string{"", "1511", "151110", "2701", "0901", "8517.13"}
	var recs []trade.Record
	for i := 0; i+3 < len(b) && len(recs) < 128; i += 4 {
		y := 2015 + int(b[i]%4)
		m := time.Month(1 + b[i+3]%12)
		var period date.Range
		switch b[i+1] >> 5 {
		case 0, 1, 2:
			period = date.YearRange(y)
		case 3, 4, 5:
			period = date.MonthRange(y, m)
		case 6: // across the turn of the year: mostly one span after the other years, sometimes overlapping them
			period = date.Range{Start: date.MonthRange(2019, time.July).Start, End: date.MonthRange(2020, time.June).End}
			if b[i+3]&7 == 7 {
				period = date.Range{Start: date.MonthRange(y, m).Start, End: date.MonthRange(y+1, time.Month(1+b[i+3]%5)).End}
			}
		case 7: // part of a month
			period = date.MonthRange(y, m)
			period.End = period.End.AddDays(-int(b[i+2] % 3))
		}
		v := int64(b[i+2]) * 1_000_000_007
		if b[i+3]&0x80 != 0 && b[i+2]%5 == 0 {
			v = -v
		}
		var hs trade.HS
		if c := codes[int(b[i+3]>>4)%len(codes)]; c != "" {
			hs = trade.MustParseHS(c)
		}
		partner := ""
		if b[i]&0x80 == 0 {
			partner = string(rune('A' + b[i]>>3%4))
		}
		scheme := []trade.Scheme{0, trade.BorderTradeCard, trade.Regular, trade.BorderTradePass}[b[i]>>5&3]
		recs = append(recs, trade.Record{Period: period, Flow: trade.Flow(1 + b[i+1]%4), Partner: partner, HS: hs, Scheme: scheme,
			Post: []string{"entikong", "aruk"}[b[i+1]>>2&1], Value: money.Rupiah(v)})
	}
	return recs
}
