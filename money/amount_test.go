package money

import (
	"encoding/json"
	"errors"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/currency"
)

func TestConstructors(t *testing.T) {
	tests := []struct {
		name  string
		got   Amount
		minor int64
		cur   currency.Unit
	}{
		{"Rupiah", Rupiah(100387357175), 10038735717500, currency.IDR},
		{"Ringgit", Ringgit(-600), -60000, MYR},
		{"USDollar", USDollar(330), 33000, currency.USD},
		{"FromMinor", FromMinor(172599, MYR), 172599, MYR},
		{"zero", Amount{}, 0, currency.XXX},
	}
	for _, tt := range tests {
		if tt.got.Minor() != tt.minor || tt.got.Currency() != tt.cur {
			t.Errorf("%s = %v (%d %v), want %d %v", tt.name, tt.got, tt.got.Minor(), tt.got.Currency(), tt.minor, tt.cur)
		}
	}
	if _, err := FromMajor(math.MaxInt64/100+1, currency.IDR); !errors.Is(err, ErrRange) {
		t.Errorf("FromMajor(MaxInt64/100+1) error = %v, want ErrRange", err)
	}
	if a, err := FromMajor(-math.MaxInt64/100, currency.IDR); err != nil || a.Minor() != -math.MaxInt64/100*100 {
		t.Errorf("FromMajor(-MaxInt64/100) = %v, %v", a, err)
	}
	mustPanic(t, "Rupiah(MaxInt64)", func() { Rupiah(math.MaxInt64) })
	mustPanic(t, "FromMinor(MinInt64)", func() { FromMinor(math.MinInt64, currency.IDR) })
}

func mustPanic(t *testing.T, name string, f func()) {
	t.Helper()
	defer func() {
		if recover() == nil {
			t.Errorf("%s did not panic", name)
		}
	}()
	f()
}

func TestArithmetic(t *testing.T) {
	max := FromMinor(math.MaxInt64, currency.IDR)
	min := FromMinor(-math.MaxInt64, currency.IDR)
	tests := []struct {
		op   string
		a, b Amount
		want Amount
		err  error
	}{
		{"Add", Rupiah(5000), Rupiah(250), Rupiah(5250), nil},
		{"Add", Amount{}, Ringgit(3), Ringgit(3), nil},
		{"Add", Ringgit(3), Amount{}, Ringgit(3), nil},
		{"Add", Amount{}, Amount{}, Amount{}, nil},
		{"Add", Rupiah(1), Ringgit(1), Amount{}, ErrCurrencyMismatch},
		{"Add", max, FromMinor(1, currency.IDR), Amount{}, ErrOverflow},
		{"Add", min, FromMinor(-1, currency.IDR), Amount{}, ErrOverflow}, // would be MinInt64
		{"Add", max, min, Rupiah(0), nil},
		{"Sub", Rupiah(5000), Rupiah(7500), Rupiah(-2500), nil},
		{"Sub", Amount{}, USDollar(2), USDollar(-2), nil},
		{"Sub", min, FromMinor(1, currency.IDR), Amount{}, ErrOverflow},
		{"Sub", max, FromMinor(-1, currency.IDR), Amount{}, ErrOverflow},
		{"Sub", Rupiah(1), USDollar(1), Amount{}, ErrCurrencyMismatch},
	}
	for _, tt := range tests {
		var got Amount
		var err error
		if tt.op == "Add" {
			got, err = tt.a.Add(tt.b)
		} else {
			got, err = tt.a.Sub(tt.b)
		}
		if !errors.Is(err, tt.err) || (tt.err == nil && err != nil) {
			t.Errorf("%v.%s(%v) error = %v, want %v", tt.a, tt.op, tt.b, err, tt.err)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%v.%s(%v) mismatch (-want +got):\n%s", tt.a, tt.op, tt.b, diff)
		}
	}
}

func TestCmpSignNegAbs(t *testing.T) {
	cmps := []struct {
		a, b Amount
		want int
		err  error
	}{
		{Rupiah(1), Rupiah(2), -1, nil},
		{Rupiah(2), Rupiah(2), 0, nil},
		{Rupiah(3), Rupiah(2), 1, nil},
		{Amount{}, Rupiah(1), -1, nil},
		{Amount{}, Rupiah(0), 0, nil},
		{Amount{}, Ringgit(-1), 1, nil},
		{Rupiah(1), Ringgit(1), 0, ErrCurrencyMismatch},
	}
	for _, tt := range cmps {
		got, err := tt.a.Cmp(tt.b)
		if got != tt.want || !errors.Is(err, tt.err) || (tt.err == nil && err != nil) {
			t.Errorf("%v.Cmp(%v) = %d, %v; want %d, %v", tt.a, tt.b, got, err, tt.want, tt.err)
		}
	}
	for _, tt := range []struct {
		a        Amount
		sign     int
		neg, abs Amount
	}{
		{Rupiah(5), 1, Rupiah(-5), Rupiah(5)},
		{Rupiah(-5), -1, Rupiah(5), Rupiah(5)},
		{Amount{}, 0, Amount{}, Amount{}},
		{FromMinor(-math.MaxInt64, MYR), -1, FromMinor(math.MaxInt64, MYR), FromMinor(math.MaxInt64, MYR)},
	} {
		if tt.a.Sign() != tt.sign || tt.a.Neg() != tt.neg || tt.a.Abs() != tt.abs {
			t.Errorf("%v: Sign %d Neg %v Abs %v; want %d %v %v", tt.a, tt.a.Sign(), tt.a.Neg(), tt.a.Abs(), tt.sign, tt.neg, tt.abs)
		}
		if tt.a.IsZero() != (tt.a == Amount{}) {
			t.Errorf("%v.IsZero() = %v", tt.a, tt.a.IsZero())
		}
	}
	// A zero in a currency is a figure, not the zero Amount: omitzero
	// keeps it, and it reads back with its currency.
	for _, a := range []Amount{Rupiah(0), FromMinor(0, MYR)} {
		if a.IsZero() || a.Sign() != 0 {
			t.Errorf("%v: IsZero %v, Sign %d; want false, 0", a, a.IsZero(), a.Sign())
		}
		type doc struct {
			V Amount `json:"v,omitzero"`
		}
		b, err := json.Marshal(doc{a})
		if err != nil {
			t.Fatal(err)
		}
		var back doc
		if err := json.Unmarshal(b, &back); err != nil || back.V != a {
			t.Errorf("%v: JSON %s reads back as %v, %v", a, b, back.V, err)
		}
	}
	if b, _ := json.Marshal(struct {
		V Amount `json:"v,omitzero"`
	}{}); string(b) != "{}" {
		t.Errorf("the zero Amount with omitzero: %s, want {}", b)
	}
	if w, h := FromMinor(-12345, MYR).Whole(); w != -123 || h != -45 {
		t.Errorf("Whole() = %d, %d; want -123, -45", w, h)
	}
	if Rupiah(1).HasCurrency() != true || (Amount{}).HasCurrency() {
		t.Errorf("HasCurrency wrong")
	}
}

func TestMul(t *testing.T) {
	tests := []struct {
		a    Amount
		n    int64
		want Amount
		err  error
	}{
		{Ringgit(600), 12, Ringgit(7200), nil},
		{Ringgit(600), -3, Ringgit(-1800), nil},
		{Ringgit(-600), -3, Ringgit(1800), nil},
		{Rupiah(0), math.MinInt64, Rupiah(0), nil},
		{FromMinor(1, MYR), math.MinInt64, Amount{}, ErrOverflow},
		{FromMinor(math.MaxInt64, MYR), 1, FromMinor(math.MaxInt64, MYR), nil},
		{FromMinor(math.MaxInt64, MYR), -1, FromMinor(-math.MaxInt64, MYR), nil},
		{FromMinor(math.MaxInt64/2+1, MYR), 2, Amount{}, ErrOverflow},
		{FromMinor(1<<32, MYR), 1 << 32, Amount{}, ErrOverflow},
		{FromMinor(1<<62, MYR), -2, Amount{}, ErrOverflow}, // -1<<63 is out of range
	}
	for _, tt := range tests {
		got, err := tt.a.Mul(tt.n)
		if !errors.Is(err, tt.err) || (tt.err == nil && err != nil) {
			t.Errorf("%v.Mul(%d) error = %v, want %v", tt.a, tt.n, err, tt.err)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%v.Mul(%d) mismatch (-want +got):\n%s", tt.a, tt.n, diff)
		}
	}
}

func TestSum(t *testing.T) {
	max := FromMinor(math.MaxInt64, currency.IDR)
	one := FromMinor(1, currency.IDR)
	tests := []struct {
		in   []Amount
		want Amount
		err  error
	}{
		{nil, Amount{}, nil},
		{[]Amount{Rupiah(1), Rupiah(2), Amount{}, Rupiah(3)}, Rupiah(6), nil},
		{[]Amount{Amount{}, Ringgit(2)}, Ringgit(2), nil},
		{[]Amount{max, one, one.Neg()}, max, nil}, // intermediate overflow is fine
		{[]Amount{max, one}, Amount{}, ErrOverflow},
		{[]Amount{max.Neg(), one.Neg()}, Amount{}, ErrOverflow},
		{[]Amount{max, max, max.Neg(), max.Neg()}, Rupiah(0), nil},
		{[]Amount{Rupiah(1), Ringgit(1)}, Amount{}, ErrCurrencyMismatch},
	}
	for _, tt := range tests {
		got, err := Sum(tt.in...)
		if !errors.Is(err, tt.err) || (tt.err == nil && err != nil) {
			t.Errorf("Sum(%v) error = %v, want %v", tt.in, err, tt.err)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Sum(%v) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestRatio(t *testing.T) {
	r, err := Rupiah(150).Ratio(Rupiah(100))
	if err != nil || r != 1.5 {
		t.Errorf("Ratio = %v, %v; want 1.5", r, err)
	}
	if r, err := Rupiah(1).Ratio(Rupiah(0)); err != nil || !math.IsInf(r, 1) {
		t.Errorf("Ratio by zero = %v, %v; want +Inf", r, err)
	}
	if _, err := Rupiah(1).Ratio(Ringgit(1)); !errors.Is(err, ErrCurrencyMismatch) {
		t.Errorf("Ratio of IDR and MYR error = %v", err)
	}
}

func TestErrorMessages(t *testing.T) {
	_, err := Rupiah(5000).Add(Ringgit(10))
	if got, want := err.Error(), "money: IDR 5000 Add MYR 10: currency mismatch"; got != want {
		t.Errorf("error = %q, want %q", got, want)
	}
	_, err = FromMinor(math.MaxInt64, MYR).Mul(3)
	if got, want := err.Error(), "money: MYR 92233720368547758.07 Mul 3: overflow"; got != want {
		t.Errorf("error = %q, want %q", got, want)
	}
}

func TestText(t *testing.T) {
	tests := []struct {
		a    Amount
		text string
	}{
		{Rupiah(100387357175), "IDR 100387357175"},
		{FromMinor(172599, MYR), "MYR 1725.99"},
		{FromMinor(-50, currency.USD), "USD -0.50"},
		{FromMinor(5, currency.USD), "USD 0.05"},
		{Amount{}, "0"},
		{FromMinor(1250, currency.XXX), "12.50"},
		{FromMinor(math.MaxInt64, BND), "BND 92233720368547758.07"},
		{FromMinor(-math.MaxInt64, SGD), "SGD -92233720368547758.07"},
		{FromMinor(100, currency.EUR), "EUR 1"},
	}
	for _, tt := range tests {
		if got := tt.a.String(); got != tt.text {
			t.Errorf("%#v.String() = %q, want %q", tt.a, got, tt.text)
		}
		var back Amount
		if err := back.UnmarshalText([]byte(tt.text)); err != nil {
			t.Errorf("UnmarshalText(%q): %v", tt.text, err)
		} else if diff := cmp.Diff(tt.a, back); diff != "" {
			t.Errorf("UnmarshalText(%q) mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
	type row struct {
		Value Amount `json:"value"`
	}
	b, err := json.Marshal(row{FromMinor(172599, MYR)})
	if err != nil || string(b) != `{"value":"MYR 1725.99"}` {
		t.Errorf("json.Marshal = %s, %v", b, err)
	}
	var r row
	if err := json.Unmarshal(b, &r); err != nil || r.Value != FromMinor(172599, MYR) {
		t.Errorf("json.Unmarshal = %v, %v", r.Value, err)
	}
}

func TestUnmarshalTextErrors(t *testing.T) {
	tests := []struct {
		in     string
		offset int
		err    error
	}{
		{"", 0, ErrSyntax},
		{"IDR", 0, ErrSyntax},
		{"IDR ", 4, ErrSyntax},
		{"QQQ 5", 0, ErrSyntax},
		{"idr 5", 0, ErrSyntax},
		{"IDR 5.", 6, ErrSyntax},
		{"IDR 5.123", 8, ErrRange},
		{"IDR 5,000", 5, ErrSyntax},
		{"IDR 92233720368547758.08", 4, ErrRange},
		{"IDR 922337203685477580000", 4, ErrRange},
		{"IDR  5", 4, ErrSyntax},
		{"Rp5.000", 0, ErrSyntax},
	}
	for _, tt := range tests {
		var a Amount
		err := a.UnmarshalText([]byte(tt.in))
		var pe *ParseError
		if !errors.As(err, &pe) || !errors.Is(err, tt.err) || pe.Offset != tt.offset {
			t.Errorf("UnmarshalText(%q) error = %v, want offset %d and %v", tt.in, err, tt.offset, tt.err)
		}
	}
	for _, ok := range []string{"IDR 5000.00", "MYR 0.5", "MYR 00012"} {
		var a Amount
		if err := a.UnmarshalText([]byte(ok)); err != nil {
			t.Errorf("UnmarshalText(%q): %v", ok, err)
		}
	}
}

func TestStyle(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Style
	}{{"words", Words}, {"Terbilang", Words}, {" compact ", Compact}, {"ringkas", Compact}, {"standard", Standard}, {"baku", Standard}} {
		got, err := ParseStyle(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseStyle(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
		b, _ := got.MarshalText()
		var back Style
		if err := back.UnmarshalText(b); err != nil || back != got {
			t.Errorf("Style text round trip of %v = %v, %v", got, back, err)
		}
	}
	if _, err := ParseStyle("fancy"); !errors.Is(err, ErrSyntax) {
		t.Errorf("ParseStyle(fancy) error = %v", err)
	}
	if s := Style(7).String(); s != "%!Style(7)" {
		t.Errorf("Style(7).String() = %q", s)
	}
	if _, err := Style(-1).MarshalText(); err == nil {
		t.Errorf("Style(-1).MarshalText() did not fail")
	}
}

func TestSQL(t *testing.T) {
	a := FromMinor(172599, MYR)
	v, err := a.Value()
	if err != nil || v != "MYR 1725.99" {
		t.Errorf("Value() = %v, %v", v, err)
	}
	for _, src := range []any{"MYR 1725.99", []byte("MYR 1725.99")} {
		var b Amount
		if err := b.Scan(src); err != nil || b != a {
			t.Errorf("Scan(%#v) = %v, %v", src, b, err)
		}
	}
	b := Rupiah(5)
	if err := b.Scan(nil); err != nil || b != (Amount{}) {
		t.Errorf("Scan(nil) = %v, %v", b, err)
	}
	if err := b.Scan(int64(5)); !errors.Is(err, ErrSyntax) {
		t.Errorf("Scan(int64) error = %v", err)
	}
}
