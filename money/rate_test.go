package money

import (
	"encoding/json"
	"errors"
	"math"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/currency"
	"golang.org/x/text/language"
)

func dec(coef int64, scale int) Decimal {
	d, err := NewDecimal(coef, scale)
	if err != nil {
		panic(err)
	}
	return d
}

func TestParseDecimal(t *testing.T) {
	tests := []struct {
		in   string
		tag  language.Tag
		want Decimal
	}{
		{"15.731,50", id, dec(157315, 1)},
		{"15,731.50", en, dec(157315, 1)},
		{"15.731,50", en, dec(157315, 1)}, // only the Indonesian reading fits
		{"15,731.50", id, dec(157315, 1)}, // only the English reading fits
		{"15.731", id, dec(15731, 0)},     // Indonesian: a group of thousands
		{"15.731", en, dec(15731, 3)},     // English: a decimal point
		{"15,731", ms, dec(15731, 0)},
		{"15,731", msBN, dec(15731, 3)},
		{"4.7125", id, dec(47125, 4)}, // ".7125" cannot be a group
		{"4,7125", en, dec(47125, 4)},
		{"3,5", ms, dec(35, 1)},
		{"-0,25", id, dec(-25, 2)},
		{" 15.731,50\u00a0", id, dec(157315, 1)},
		{"0", id, Decimal{}},
		{"0,000", id, Decimal{}},
		{"1.000.000", id, dec(1000000, 0)},
		{"0,123456789012345678", id, dec(123456789012345678, 18)},
	}
	for _, tt := range tests {
		got, err := ParseDecimal(tt.in, tt.tag)
		if err != nil {
			t.Errorf("ParseDecimal(%q, %v): %v", tt.in, tt.tag, err)
			continue
		}
		if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(Decimal{})); diff != "" {
			t.Errorf("ParseDecimal(%q, %v) mismatch (-want +got):\n%s", tt.in, tt.tag, diff)
		}
	}
	for _, bad := range []struct {
		in  string
		err error
	}{
		{"", ErrSyntax}, {"abc", ErrSyntax}, {"1.2.3", ErrSyntax}, {"15.731,50 Rp", ErrSyntax},
		{"1000.000", ErrSyntax}, {",5", ErrSyntax}, {"5,", ErrSyntax}, {"--5", ErrSyntax},
		{"0,1234567890123456789", ErrRange}, {"99999999999999999999", ErrRange},
	} {
		if _, err := ParseDecimal(bad.in, id); !errors.Is(err, bad.err) {
			t.Errorf("ParseDecimal(%q, id) error = %v, want %v", bad.in, err, bad.err)
		}
	}
}

func TestDecimalText(t *testing.T) {
	tests := []struct {
		d    Decimal
		text string
		id   string
		en   string
	}{
		{dec(157315, 1), "15731.5", "15.731,5", "15,731.5"},
		{dec(-25, 2), "-0.25", "-0,25", "-0.25"},
		{Decimal{}, "0", "0", "0"},
		{dec(1234567, 0), "1234567", "1.234.567", "1,234,567"},
		{dec(5, 18), "0.000000000000000005", "0,000000000000000005", "0.000000000000000005"},
	}
	for _, tt := range tests {
		if got := tt.d.String(); got != tt.text {
			t.Errorf("String() = %q, want %q", got, tt.text)
		}
		if got := tt.d.Format(id); got != tt.id {
			t.Errorf("Format(id) = %q, want %q", got, tt.id)
		}
		if got := tt.d.Format(en); got != tt.en {
			t.Errorf("Format(en) = %q, want %q", got, tt.en)
		}
		var back Decimal
		if err := back.UnmarshalText([]byte(tt.text)); err != nil || back != tt.d {
			t.Errorf("UnmarshalText(%q) = %v, %v", tt.text, back, err)
		}
	}
	for _, bad := range []string{"1,5", "1.2.3", " 1", "1e5", ""} {
		var d Decimal
		if err := d.UnmarshalText([]byte(bad)); !errors.Is(err, ErrSyntax) {
			t.Errorf("Decimal.UnmarshalText(%q) error = %v", bad, err)
		}
	}
	if b, err := json.Marshal(dec(-25, 2)); err != nil || string(b) != `"-0.25"` {
		t.Errorf("json.Marshal(Decimal) = %s, %v", b, err)
	}
	if f := dec(157315, 1).Float64(); f != 15731.5 {
		t.Errorf("Float64() = %v", f)
	}
	if _, err := NewDecimal(1, 19); !errors.Is(err, ErrRange) {
		t.Errorf("NewDecimal(1, 19) error = %v", err)
	}
	if c, s := dec(1500, 2).Coef(); c != 15 || s != 0 {
		t.Errorf("Coef() = %d, %d; want normalised 15, 0", c, s)
	}
}

func TestRateConvert(t *testing.T) {
	day := time.Date(2024, 1, 2, 15, 4, 5, 0, time.FixedZone("WIB", 7*3600))
	r, err := NewRate(currency.USD, currency.IDR, "15.731,50", id, day)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		in   Amount
		want Amount
		err  error
	}{
		{USDollar(1), idr(1573150), nil},
		{usd(1), idr(15732), nil},   // 157,315 → 157,32: the odd neighbour rounds up
		{usd(3), idr(47194), nil},   // 471,945 → 471,94: half to even
		{usd(-3), idr(-47194), nil}, // symmetric
		{usd(5), idr(78658), nil},   // 786,575 → 786,58
		{FromMinor(100, currency.XXX), idr(1573150), nil},
		{idr(1573150), usd(100), nil}, // back again
		{Rupiah(1000000), usd(6357), nil},
		{Rupiah(0), usd(0), nil},
		{Ringgit(1), Amount{}, ErrCurrencyMismatch},
		{FromMinor(math.MaxInt64, currency.USD), Amount{}, ErrOverflow},
	}
	for _, tt := range tests {
		got, err := r.Convert(tt.in)
		if !errors.Is(err, tt.err) || (tt.err == nil && err != nil) {
			t.Errorf("Convert(%v) error = %v, want %v", tt.in, err, tt.err)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Convert(%v) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
	if _, err := (Rate{From: currency.USD, To: currency.IDR}).Convert(USDollar(1)); !errors.Is(err, ErrRange) {
		t.Errorf("Convert with a zero rate: error = %v, want ErrRange", err)
	}
	// A huge rate that still fits: the 128-bit product is divided back.
	big, _ := NewRate(currency.USD, currency.IDR, "1000000000,5", id, time.Time{})
	if got, err := big.Convert(USDollar(2)); err != nil || got != idr(200000000100) {
		t.Errorf("Convert with a large rate = %v, %v", got, err)
	}
	if _, err := NewRate(currency.USD, currency.IDR, "0", id, day); !errors.Is(err, ErrRange) {
		t.Errorf("NewRate(0) error = %v", err)
	}
	if _, err := NewRate(currency.USD, currency.IDR, "15.731,50 per dolar", id, day); !errors.Is(err, ErrSyntax) {
		t.Errorf("NewRate(junk) error = %v", err)
	}
}

func TestRateText(t *testing.T) {
	r, _ := NewRate(currency.USD, currency.IDR, "15.731,50", id, time.Date(2024, 1, 2, 23, 0, 0, 0, time.UTC))
	if got, want := r.String(), "USD/IDR 15731.5 2024-01-02"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var back Rate
	if err := json.Unmarshal(b, &back); err != nil || !back.Equal(r) {
		t.Errorf("JSON round trip of %v: %v, %v", r, back, err)
	}
	undated := Rate{From: MYR, To: currency.IDR, Value: dec(33295, 1)}
	if got := undated.String(); got != "MYR/IDR 3329.5" {
		t.Errorf("undated String() = %q", got)
	}
	if err := back.UnmarshalText([]byte("MYR/IDR 3329.5")); err != nil || !back.Equal(undated) {
		t.Errorf("UnmarshalText(undated) = %v, %v", back, err)
	}
	for _, bad := range []string{"", "USD IDR 1", "USD/QQQ 1", "USD/IDR x", "USD/IDR 1 2024-13-01", "USD/IDR 1 ", "usd/idr 1"} {
		if err := back.UnmarshalText([]byte(bad)); !errors.Is(err, ErrSyntax) {
			t.Errorf("Rate.UnmarshalText(%q) error = %v", bad, err)
		}
	}
}
