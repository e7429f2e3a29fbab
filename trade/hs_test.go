package trade

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kerjasama/kerjasama/date"
	"golang.org/x/text/language"
)

func TestParseHS(t *testing.T) {
	type result struct {
		Digits, Chapter                     int
		String, Dotted, Heading, Subheading string
	}
	tests := []struct {
		in   string
		want result
		err  error
	}{
		{"01", result{2, 1, "01", "01", "", ""}, nil},
		{"27", result{2, 27, "27", "27", "", ""}, nil},
		{"0101", result{4, 1, "0101", "0101", "0101", ""}, nil},
		{"0101.21", result{6, 1, "010121", "0101.21", "0101", "010121"}, nil},
		{"010121", result{6, 1, "010121", "0101.21", "0101", "010121"}, nil},
		{"1511.10.00", result{8, 15, "15111000", "1511.10.00", "1511", "151110"}, nil},
		{"HS 2701.12.10.00", result{10, 27, "2701121000", "2701.12.10.00", "2701", "270112"}, nil},
		{"hs:1511", result{4, 15, "1511", "1511", "1511", ""}, nil},
		{" 4407 10 ", result{6, 44, "440710", "4407.10", "4407", "440710"}, nil},
		{"4407\u00a010", result{6, 44, "440710", "4407.10", "4407", "440710"}, nil},
		{"4407\u202f10", result{6, 44, "440710", "4407.10", "4407", "440710"}, nil},
		{"9999", result{4, 99, "9999", "9999", "9999", ""}, nil},
		{"101", result{}, ErrSyntax},         // leading zero lost
		{"0101.2", result{}, ErrSyntax},      // odd
		{"00", result{}, ErrRange},           // no chapter 00
		{"7701", result{}, ErrRange},         // reserved chapter
		{"010121000011", result{}, ErrRange}, // 12 digits
		{"", result{}, ErrSyntax},            // empty
		{"HS", result{}, ErrSyntax},          // no digits
		{"01..01", result{}, ErrSyntax},      // double separator
		{".0101", result{}, ErrSyntax},       // leading separator
		{"0101.", result{}, ErrSyntax},       // trailing separator
		{"01a1", result{}, ErrSyntax},        // letter
		{"Total", result{}, ErrSyntax},       // a total row
		{"0101 21 00 00 00 00", result{}, ErrRange},
		{"01010101010101010101010101010101010101", result{}, ErrSyntax}, // too long
	}
	for _, tt := range tests {
		h, err := ParseHS(tt.in)
		if !errors.Is(err, tt.err) || (tt.err == nil) != (err == nil) {
			t.Errorf("ParseHS(%q) error = %v, want %v", tt.in, err, tt.err)
			continue
		}
		if err != nil {
			if !h.IsZero() {
				t.Errorf("ParseHS(%q) = %v with an error, want the zero HS", tt.in, h)
			}
			continue
		}
		got := result{h.Digits(), h.Chapter(), h.String(), h.Dotted(), h.Heading().String(), h.Subheading().String()}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ParseHS(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
		if !h.IsValid() {
			t.Errorf("ParseHS(%q) = %v, not valid", tt.in, h)
		}
	}
}

func TestHSRelations(t *testing.T) {
	ch, head, sub, line := MustParseHS("15"), MustParseHS("1511"), MustParseHS("1511.10"), MustParseHS("1511.10.00")
	if !ch.Contains(line) || !head.Contains(sub) || !sub.Contains(sub) || line.Contains(sub) || MustParseHS("27").Contains(line) || (HS{}).Contains(line) {
		t.Error("HS.Contains gives wrong answers")
	}
	if ch.Compare(head) >= 0 || head.Compare(ch) <= 0 || sub.Compare(sub) != 0 || MustParseHS("0201").Compare(MustParseHS("15")) >= 0 {
		t.Error("HS.Compare gives wrong answers")
	}
	if line.ChapterCode() != ch || line.Truncate(5) != (HS{}) || ch.Truncate(4) != (HS{}) {
		t.Error("HS.Truncate gives wrong answers")
	}
	if (HS{}).String() != "" || (HS{}).Chapter() != 0 || (HS{}).IsValid() || (HS{}).Dotted() != "" {
		t.Error("zero HS misbehaves")
	}
	if got := line.GoString(); got != `trade.MustParseHS("15111000")` {
		t.Errorf("GoString() = %s", got)
	}
	var h HS
	if err := h.UnmarshalText([]byte("1511.10")); err != nil || h != sub {
		t.Errorf("UnmarshalText: %v, %v", h, err)
	}
	if err := h.UnmarshalText(nil); err != nil || !h.IsZero() {
		t.Errorf("UnmarshalText(empty): %v, %v", h, err)
	}
	if err := h.UnmarshalText([]byte("x")); err == nil {
		t.Error("UnmarshalText(x): no error")
	}
}

func FuzzParseHS(f *testing.F) {
	for _, s := range []string{"0101", "1511.10.00", "HS 2701.12", "2701", "101", "7701", "00", "4407\u00a010", "TOTAL"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		h, err := ParseHS(s)
		if err != nil {
			return
		}
		if !h.IsValid() {
			t.Fatalf("ParseHS(%q) = invalid %#v", s, h)
		}
		for _, text := range []string{h.String(), h.Dotted()} {
			g, err := ParseHS(text)
			if err != nil || g != h {
				t.Fatalf("ParseHS(%q) = %v; ParseHS(%q) = %v, %v", s, h, text, g, err)
			}
		}
	})
}

func TestParseQuantity(t *testing.T) {
	tests := []struct {
		in   string
		tag  language.Tag
		want Quantity
		err  error
	}{
		{"1.234,5 kg", language.Indonesian, Quantity{1234500, "kg"}, nil},
		{"1,234.5 kg", language.English, Quantity{1234500, "kg"}, nil},
		{"1,234.5 kg", language.Malay, Quantity{1234500, "kg"}, nil},
		{"12345.678", language.English, Quantity{12345678, ""}, nil},
		{"12.345", language.Indonesian, Quantity{12345000, ""}, nil},
		{"12.345", language.English, Quantity{12345, ""}, nil},
		{"0,5 ton", language.Indonesian, Quantity{500, "ton"}, nil},
		{"-3", language.English, Quantity{-3000, ""}, nil},
		{"7 u", language.English, Quantity{7000, "u"}, nil},
		{"1.2345", language.English, Quantity{}, ErrRange},
		{"1.23.4", language.Indonesian, Quantity{}, ErrSyntax},
		{"1234.567", language.Indonesian, Quantity{}, ErrSyntax},
		{"9223372036854775807", language.English, Quantity{}, ErrRange},
		{"kg", language.English, Quantity{}, ErrSyntax},
		{"1,", language.Indonesian, Quantity{}, ErrSyntax},
	}
	for _, tt := range tests {
		got, err := ParseQuantity(tt.in, tt.tag)
		if !errors.Is(err, tt.err) || (tt.err == nil) != (err == nil) {
			t.Errorf("ParseQuantity(%q, %v) error = %v, want %v", tt.in, tt.tag, err, tt.err)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ParseQuantity(%q, %v) mismatch (-want +got):\n%s", tt.in, tt.tag, diff)
		}
	}
	for _, q := range []Quantity{Kilograms(1500), {1234500, "kg"}, {-1, "l"}, {7000, "u"}, {}} {
		b, err := q.MarshalText()
		var g Quantity
		if err == nil {
			err = g.UnmarshalText(b)
		}
		if err != nil || g != q {
			t.Errorf("Quantity %#v: text %q gives %#v, %v", q, b, g, err)
		}
	}
	if got := (Quantity{1234500, "kg"}).String(); got != "1234.5 kg" {
		t.Errorf("String() = %q, want 1234.5 kg", got)
	}
}

func TestParsePeriod(t *testing.T) {
	d := date.MustParseISO
	tests := []struct {
		in    string
		want  date.Range
		short string
		err   error
	}{
		{"2015", date.YearRange(2015), "2015", nil},
		{"2022-11", date.Range{Start: d("2022-11-01"), End: d("2022-11-30")}, "2022-11", nil},
		{"2022-01/2022-11", date.Range{Start: d("2022-01-01"), End: d("2022-11-30")}, "2022-01/2022-11", nil},
		{"2015/2016", date.Range{Start: d("2015-01-01"), End: d("2016-12-31")}, "2015/2016", nil},
		{"2017-10-23/2017-10-25", date.Range{Start: d("2017-10-23"), End: d("2017-10-25")}, "2017-10-23/2017-10-25", nil},
		{"2024-02", date.Range{Start: d("2024-02-01"), End: d("2024-02-29")}, "2024-02", nil},
		{"", date.Range{}, "", nil},
		{"2022-13", date.Range{}, "", ErrSyntax},
		{"2022-11/2022-01", date.Range{}, "", ErrRange},
		{"2022/2022-11", date.Range{}, "", ErrSyntax},
		{"+201", date.Range{}, "", ErrSyntax},
		{"0000", date.Range{}, "", ErrSyntax},
	}
	for _, tt := range tests {
		got, err := ParsePeriod(tt.in)
		if !errors.Is(err, tt.err) || (tt.err == nil) != (err == nil) {
			t.Errorf("ParsePeriod(%q) error = %v, want %v", tt.in, err, tt.err)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ParsePeriod(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
		if s := Period(got).String(); err == nil && s != tt.short {
			t.Errorf("Period(ParsePeriod(%q)).String() = %q, want %q", tt.in, s, tt.short)
		}
	}
}

func FuzzParseQuantity(f *testing.F) {
	for _, s := range []string{"1.234,5 kg", "1,234.5 kg", "1.500.000", "25.000,5", "1500.5", "-3 u", "0,5 ton", "12345.678"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, tag := range []language.Tag{language.Indonesian, language.English} {
			q, err := ParseQuantity(s, tag)
			if err != nil {
				continue
			}
			b, err := q.MarshalText()
			if err != nil {
				t.Fatalf("ParseQuantity(%q) = %#v; MarshalText: %v", s, q, err)
			}
			var g Quantity
			if err := g.UnmarshalText(b); err != nil || g != q {
				if q.Unit == "" && q.Milli == 0 {
					continue // "0" has the zero Quantity's empty text
				}
				t.Fatalf("ParseQuantity(%q, %v) = %#v; text %q gives %#v, %v", s, tag, q, b, g, err)
			}
		}
	})
}

func FuzzParsePeriod(f *testing.F) {
	for _, s := range []string{"2015", "2022-11", "2022-01/2022-11", "2015/2016", "2017-10-23/2017-10-25", "2024-02"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := ParsePeriod(s)
		if err != nil || r.IsZero() {
			return
		}
		if !r.IsValid() {
			t.Fatalf("ParsePeriod(%q) = invalid %v", s, r)
		}
		text := Period(r).String()
		g, err := ParsePeriod(text)
		if err != nil || g != r {
			t.Fatalf("ParsePeriod(%q) = %v; ParsePeriod(%q) = %v, %v", s, r, text, g, err)
		}
	})
}
