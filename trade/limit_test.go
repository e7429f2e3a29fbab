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
		`line 6, column 36 (dokumen): regular is not a border trade document`,
		`line 7, column 1 (no_kilb): no holder`,
		`line 8, column 12 (tanggal): date.Parse("Senin, 9/8/2017")`,
		`line 9, column 1 (no_kilb): no holder; column 2 (tanggal): `,
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
		for _, part := range []string{"; column 21 (nilai): ", "; column 29 (dokumen): regular is not a border trade document"} {
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
