package trade

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/money"
	"golang.org/x/text/currency"
)

func day(y int, m time.Month, d int) date.Date { return date.Date{Year: y, Month: m, Day: d} }

func TestCheckLimit(t *testing.T) {
	ps := []Purchase{
		{Holder: "KILB-0001", Document: BorderTradeCard, Date: day(2017, 8, 1), Post: "entikong", Value: money.Ringgit(400)},
		{Holder: "KILB-0001", Document: BorderTradeCard, Date: day(2017, 8, 30), Post: "entikong", Value: money.Ringgit(250)},
		{Holder: "KILB-0001", Document: BorderTradeCard, Date: day(2017, 9, 2), Post: "entikong", Value: money.Ringgit(600)}, // at the limit: fine
		{Holder: "KILB-0002", Document: BorderTradeCard, Date: day(2017, 8, 5), Post: "entikong", Value: money.Ringgit(100)},
		{Holder: "PLB-77", Document: BorderTradePass, Date: day(2024, 1, 3), Post: "aruk", Value: money.Ringgit(900)},
		{Holder: "PLB-77", Document: BorderTradePass, Date: day(2024, 1, 4), Post: "aruk", Value: money.FromMinor(1, money.MYR)},
	}
	got, err := CheckLimit(ps, Limits{BTA1970}, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []Excess{
		{Holder: "KILB-0001", Month: date.MonthRange(2017, 8), Spent: money.Ringgit(650), Limit: money.Ringgit(600), Over: money.Ringgit(50), Purchases: 2},
		{Holder: "PLB-77", Month: date.MonthRange(2024, 1), Spent: money.FromMinor(90001, money.MYR), Limit: money.Ringgit(600), Over: money.FromMinor(30001, money.MYR), Purchases: 2},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("CheckLimit mismatch (-want +got):\n%s", diff)
	}

	// A revised limit from a date the caller sets (the 2023 figure is a
	// parameter): RM1.500 from 1 January 2024, say.
	revised := Limits{BTA1970, {Amount: money.Ringgit(1500), From: day(2024, 1, 1), Source: "caller"}}
	got, err = CheckLimit(ps, revised, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Holder != "KILB-0001" {
		t.Errorf("with the revised limit: %+v", got)
	}
	// A limit taking effect mid-month applies from the next month.
	mid := Limits{BTA1970, {Amount: money.Ringgit(1500), From: day(2024, 1, 2)}}
	got, _ = CheckLimit(ps, mid, nil)
	if len(got) != 2 || got[1].Limit != money.Ringgit(600) {
		t.Errorf("with a limit from 2 January 2024: %+v", got)
	}
	if l, ok := revised.At(day(2023, 12, 31)); !ok || l != BTA1970 {
		t.Errorf("At(2023-12-31) = %+v, %v", l, ok)
	}
	if _, ok := revised.At(day(1970, 8, 23)); ok {
		t.Error("a limit in force before the agreement")
	}
}

func TestCheckLimitCurrencies(t *testing.T) {
	ps := []Purchase{
		{Holder: "A", Date: day(2017, 8, 1), Value: money.Rupiah(2_100_000)},
		{Holder: "A", Date: day(2017, 8, 2), Value: money.Rupiah(3_500)},
		{Holder: "B", Date: day(1969, 1, 1), Value: money.Ringgit(1)},
		{Holder: "C", Date: date.Date{}, Value: money.Ringgit(1)},
	}
	got, err := CheckLimit(ps, Limits{BTA1970}, nil)
	if !errors.Is(err, ErrCurrencyMismatch) || len(got) != 0 {
		t.Errorf("rupiah without rates: %v, %v", got, err)
	}
	r, err := money.NewRate(money.MYR, currency.IDR, "3.500", idTag, time.Date(2017, 1, 1, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	got, err = CheckLimit(ps, Limits{BTA1970}, Rates{r})
	want := []Excess{{Holder: "A", Month: date.MonthRange(2017, 8), Spent: money.Ringgit(601), Limit: money.Ringgit(600), Over: money.Ringgit(1), Purchases: 2}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("CheckLimit with rates mismatch (-want +got):\n%s", diff)
	}
	// The purchase before the agreement and the one without a date are
	// reported, and the others still checked.
	if err == nil || len(err.(interface{ Unwrap() []error }).Unwrap()) != 2 {
		t.Errorf("errors = %v, want two", err)
	}
}

func TestReadPurchases(t *testing.T) {
	in := "Daftar belanja pemegang KILB, PLBN Entikong\n" +
		"no_kilb;tanggal;pos;nilai;mata_uang;dokumen\n" +
		"61.03.0042;3/8/2017;PLBN Entikong;RM450;;KILB\n" +
		"61.03.0042;28 Agustus 2017;Entikong;230;MYR;KILB\n" +
		"61.03.0107;Rabu, 9/8/2017;Entikong;Rp2.100.000;IDR;pas lintas batas\n" +
		"61.03.0107;31/8/2017;Entikong;600;;PEB\n" +
		";1/9/2017;Entikong;1;;\n" +
		"61.03.0108;Senin, 9/8/2017;Entikong;1;;\n" +
		";32/8/2017;Entikong;1,2345;;PEB\n"
	var got []Purchase
	var errs []string
	for p, err := range (CSVReader{}).Purchases(strings.NewReader(in)) {
		if err != nil {
			errs = append(errs, err.Error())
			continue
		}
		got = append(got, p)
	}
	want := []Purchase{
		{Holder: "61.03.0042", Document: BorderTradeCard, Date: day(2017, 8, 3), Post: "entikong", Value: money.Ringgit(450)},
		{Holder: "61.03.0042", Document: BorderTradeCard, Date: day(2017, 8, 28), Post: "entikong", Value: money.Ringgit(230)},
		{Holder: "61.03.0107", Document: BorderTradePass, Date: day(2017, 8, 9), Post: "entikong", Value: money.Rupiah(2_100_000)},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Purchases mismatch (-want +got):\n%s", diff)
	}
	wantErrs := []string{
		`6:36: dokumen: regular is not a border trade document`,
		`7:1: no_kilb: no holder`,
		`8:12: tanggal: date.Parse("Senin, 9/8/2017")`,
		`9:1: no_kilb: no holder; column 2: tanggal: `,
	}
	if len(errs) != len(wantErrs) {
		t.Fatalf("errors = %q, want %d", errs, len(wantErrs))
	}
	for i := range errs {
		if !strings.HasPrefix(errs[i], wantErrs[i]) && !strings.Contains(errs[i], strings.SplitN(wantErrs[i], ": ", 2)[0]) {
			t.Errorf("error %d = %q, want it to start %q", i, errs[i], wantErrs[i])
		}
	}
	// Every bad field of a row is reported, in column order.
	if len(errs) == len(wantErrs) {
		last := errs[len(errs)-1]
		for _, part := range []string{"; column 21: nilai: ", "; column 29: dokumen: regular is not a border trade document"} {
			if !strings.Contains(last, part) {
				t.Errorf("error %q lacks %q", last, part)
			}
		}
	}
	ex, err := CheckLimit(got, Limits{BTA1970}, nil)
	if !errors.Is(err, ErrCurrencyMismatch) || len(ex) != 1 || ex[0].Over != money.Ringgit(80) {
		t.Errorf("CheckLimit = %+v, %v", ex, err)
	}
	for _, bad := range []string{"tanggal,nilai\n1/1/2020,5\n", "no_kilb,no_kartu,tanggal,nilai\n"} {
		for _, err := range (CSVReader{}).Purchases(strings.NewReader(bad)) {
			if !errors.Is(err, ErrHeader) {
				t.Errorf("Purchases(%q) error = %v, want ErrHeader", bad, err)
			}
		}
	}
}

// rate reads a rate in money's canonical form, which accepts any value.
func rate(t *testing.T, s string) money.Rate {
	t.Helper()
	var r money.Rate
	if err := r.UnmarshalText([]byte(s)); err != nil {
		t.Fatal(err)
	}
	return r
}

func TestCheckLimitRefusesQuestionableNumbers(t *testing.T) {
	ps := []Purchase{{Holder: "A", Date: day(2017, 8, 1), Value: money.Rupiah(2_103_500)}}
	good := rate(t, "MYR/IDR 3500 2017-01-01")
	tests := []struct {
		name   string
		limits Limits
		rates  Rates
		want   string // in the error; "" for none
	}{
		{"good", Limits{BTA1970}, Rates{good}, ""},
		{"zero limit", Limits{BTA1970, {Amount: money.Ringgit(0), From: day(2017, 1, 1), Source: "--limit"}}, Rates{good}, "limit 1: trade: --limit: limit MYR 0 is not positive"},
		{"negative limit", Limits{{Amount: money.Ringgit(-600), From: day(1970, 8, 24)}}, Rates{good}, "limit 0: trade: limit: limit MYR -600 is not positive"},
		{"limit without a day", Limits{{Amount: money.Ringgit(600), Source: "x"}}, Rates{good}, "limit 0: trade: x: limit takes effect on no valid day"},
		{"zero rate", Limits{BTA1970}, Rates{good, rate(t, "MYR/IDR 0 2017-01-01")}, "rate 1: trade: rate MYR/IDR 0 2017-01-01: value 0 is not positive"},
		{"negative rate", Limits{BTA1970}, Rates{rate(t, "MYR/IDR -3500 2017-01-01")}, "rate 0: trade: rate MYR/IDR -3500 2017-01-01: value -3500 is not positive"},
		{"rate to itself", Limits{BTA1970}, Rates{rate(t, "MYR/MYR 2")}, "converts MYR to itself"},
	}
	for _, tt := range tests {
		got, err := CheckLimit(ps, tt.limits, tt.rates)
		if tt.want == "" {
			if err != nil || len(got) != 1 {
				t.Errorf("%s: %v, %v; want one excess", tt.name, got, err)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), tt.want) || !errors.Is(err, ErrRange) || got != nil {
			t.Errorf("%s: %v, %v; want no excesses and %q (ErrRange)", tt.name, got, err, tt.want)
		}
	}
}

func TestValidateLimitAndRate(t *testing.T) {
	for _, tt := range []struct {
		l  Limit
		ok bool
	}{
		{BTA1970, true},
		{Limit{Amount: money.Ringgit(1), From: day(2023, 1, 1)}, true},
		{Limit{Amount: money.Ringgit(0), From: day(2023, 1, 1)}, false},
		{Limit{Amount: money.Rupiah(-1), From: day(2023, 1, 1)}, false},
		{Limit{Amount: money.Ringgit(1)}, false},
	} {
		if err := tt.l.Validate(); (err == nil) != tt.ok {
			t.Errorf("%+v.Validate() = %v, want ok %v", tt.l, err, tt.ok)
		}
	}
	for _, tt := range []struct {
		r  string
		ok bool
	}{
		{"MYR/IDR 3500 2017-01-01", true},
		{"USD/IDR 0.5", true},
		{"MYR/IDR 0", false},
		{"MYR/IDR 0.00 2017-01-01", false},
		{"MYR/IDR -1", false},
		{"IDR/IDR 1", false},
	} {
		if err := ValidateRate(rate(t, tt.r)); (err == nil) != tt.ok {
			t.Errorf("ValidateRate(%s) = %v, want ok %v", tt.r, err, tt.ok)
		}
	}
}
