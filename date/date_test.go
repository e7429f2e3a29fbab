package date

import (
	"encoding/json"
	"errors"
	"strconv"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestDaysAgainstTime checks the day arithmetic against package time over
// every day from 1600 to 2500 and a few far years.
func TestDaysAgainstTime(t *testing.T) {
	check := func(tm time.Time) {
		d := Of(tm)
		want := int(tm.Unix() / 86400)
		if got := d.days(); got != want {
			t.Fatalf("%v.days() = %d, want %d", d, got, want)
		}
		if got := fromDays(want); got != d {
			t.Fatalf("fromDays(%d) = %v, want %v", want, got, d)
		}
		if got := d.Weekday(); got != tm.Weekday() {
			t.Fatalf("%v.Weekday() = %v, want %v", d, got, tm.Weekday())
		}
		if !d.IsValid() && d.Year >= 1 && d.Year <= 9999 {
			t.Fatalf("%v.IsValid() = false", d)
		}
	}
	for tm := time.Date(1600, 1, 1, 0, 0, 0, 0, time.UTC); tm.Year() < 2500; tm = tm.AddDate(0, 0, 1) {
		check(tm)
	}
	for _, y := range []int{1, 2, 4, 100, 400, 9999} {
		check(time.Date(y, 2, 28, 0, 0, 0, 0, time.UTC))
		check(time.Date(y, 3, 1, 0, 0, 0, 0, time.UTC))
		check(time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC))
	}
}

func TestIsValid(t *testing.T) {
	tests := []struct {
		d    Date
		want bool
	}{
		{Date{}, false},
		{Date{2017, 9, 12}, true},
		{Date{2024, 2, 29}, true},
		{Date{2023, 2, 29}, false},
		{Date{1900, 2, 29}, false},
		{Date{2000, 2, 29}, true},
		{Date{2017, 4, 31}, false},
		{Date{2017, 13, 1}, false},
		{Date{2017, 0, 1}, false},
		{Date{2017, 1, 0}, false},
		{Date{0, 1, 1}, false},
		{Date{1, 1, 1}, true},
		{Date{9999, 12, 31}, true},
		{Date{10000, 1, 1}, false},
	}
	for _, tt := range tests {
		if got := tt.d.IsValid(); got != tt.want {
			t.Errorf("%v.IsValid() = %v, want %v", tt.d, got, tt.want)
		}
	}
}

func TestCompare(t *testing.T) {
	a, b := Date{2017, 12, 28}, Date{2018, 1, 3}
	if a.Compare(b) != -1 || b.Compare(a) != 1 || a.Compare(a) != 0 {
		t.Errorf("Compare(%v, %v) wrong", a, b)
	}
	if !a.Before(b) || a.After(b) || !b.After(a) || a.Before(a) {
		t.Errorf("Before/After(%v, %v) wrong", a, b)
	}
	if c := (Date{2017, 10, 2}); !c.Before(Date{2017, 10, 10}) || !c.After(Date{2017, 9, 30}) {
		t.Errorf("Before/After by month and day wrong")
	}
}

func TestAddDays(t *testing.T) {
	tests := []struct {
		d    Date
		n    int
		want Date
	}{
		{Date{2017, 12, 28}, 6, Date{2018, 1, 3}},
		{Date{2024, 2, 28}, 1, Date{2024, 2, 29}},
		{Date{2023, 2, 28}, 1, Date{2023, 3, 1}},
		{Date{2018, 1, 3}, -6, Date{2017, 12, 28}},
		{Date{2017, 2, 31}, 0, Date{2017, 3, 3}}, // normalized as time.Date does
		{Date{2017, 14, 1}, 0, Date{2018, 2, 1}},
		{Date{2017, 0, 1}, 0, Date{2016, 12, 1}},
		{Date{}, 0, Date{-1, 11, 30}},
	}
	for _, tt := range tests {
		if got := tt.d.AddDays(tt.n); got != tt.want {
			t.Errorf("%v.AddDays(%d) = %v, want %v", tt.d, tt.n, got, tt.want)
		}
	}
}

func TestAddMonths(t *testing.T) {
	tests := []struct {
		d    Date
		n    int
		want Date
	}{
		{Date{2017, 9, 12}, 6, Date{2018, 3, 12}},
		{Date{2024, 1, 31}, 1, Date{2024, 2, 29}},
		{Date{2023, 1, 31}, 1, Date{2023, 2, 28}},
		{Date{2017, 8, 31}, 6, Date{2018, 2, 28}},
		{Date{2017, 3, 31}, -1, Date{2017, 2, 28}},
		{Date{2017, 1, 15}, -1, Date{2016, 12, 15}},
		{Date{2017, 1, 15}, -13, Date{2015, 12, 15}},
		{Date{2017, 12, 15}, 1, Date{2018, 1, 15}},
		{Date{2017, 5, 31}, 60, Date{2022, 5, 31}},
		{Date{2024, 2, 29}, 12, Date{2025, 2, 28}},
	}
	for _, tt := range tests {
		if got := tt.d.AddMonths(tt.n); got != tt.want {
			t.Errorf("%v.AddMonths(%d) = %v, want %v", tt.d, tt.n, got, tt.want)
		}
	}
}

func TestDaysSince(t *testing.T) {
	if got := (Date{2017, 10, 25}).DaysSince(Date{2017, 10, 23}); got != 2 {
		t.Errorf("DaysSince = %d, want 2", got)
	}
	if got := (Date{2018, 1, 3}).DaysSince(Date{2017, 12, 28}); got != 6 {
		t.Errorf("DaysSince = %d, want 6", got)
	}
	if got := (Date{2017, 12, 28}).DaysSince(Date{2018, 1, 3}); got != -6 {
		t.Errorf("DaysSince = %d, want -6", got)
	}
}

func TestOfIn(t *testing.T) {
	wib := time.FixedZone("WIB", 7*3600)
	tm := time.Date(2019, 8, 7, 23, 30, 0, 0, wib)
	if got, want := Of(tm), (Date{2019, 8, 7}); got != want {
		t.Errorf("Of(%v) = %v, want %v", tm, got, want)
	}
	if got, want := Of(tm.UTC()), (Date{2019, 8, 7}); got != want {
		t.Errorf("Of(%v) = %v, want %v", tm.UTC(), got, want)
	}
	d := Date{2019, 8, 7}
	if got, want := d.In(wib), time.Date(2019, 8, 7, 0, 0, 0, 0, wib); !got.Equal(want) {
		t.Errorf("In(WIB) = %v, want %v", got, want)
	}
	if got, want := d.In(nil), time.Date(2019, 8, 7, 0, 0, 0, 0, time.UTC); !got.Equal(want) {
		t.Errorf("In(nil) = %v, want %v", got, want)
	}
}

func TestString(t *testing.T) {
	tests := []struct {
		d    Date
		want string
	}{
		{Date{2017, 9, 12}, "2017-09-12"},
		{Date{1, 1, 1}, "0001-01-01"},
		{Date{}, "0000-00-00"},
		{Date{2017, 2, 31}, "2017-02-31"},
		{Date{-5, 1, 1}, "-0005-01-01"},
		{Date{12345, 1, 1}, "12345-01-01"},
	}
	for _, tt := range tests {
		if got := tt.d.String(); got != tt.want {
			t.Errorf("%#v.String() = %q, want %q", tt.d, got, tt.want)
		}
	}
}

func TestParseISO(t *testing.T) {
	tests := []struct {
		in      string
		want    Date
		wantErr error
	}{
		{"2017-09-12", Date{2017, 9, 12}, nil},
		{"0001-01-01", Date{1, 1, 1}, nil},
		{"2024-02-29", Date{2024, 2, 29}, nil},
		{"2023-02-29", Date{}, ErrRange},
		{"2017-13-01", Date{}, ErrRange},
		{"0000-01-01", Date{}, ErrRange},
		{"2017-9-12", Date{}, ErrSyntax},
		{"2017/09/12", Date{}, ErrSyntax},
		{" 2017-09-12", Date{}, ErrSyntax},
		{"2017-09-1x", Date{}, ErrSyntax},
		{"+017-09-12", Date{}, ErrSyntax},
		{"", Date{}, ErrSyntax},
	}
	for _, tt := range tests {
		got, err := ParseISO(tt.in)
		if !errors.Is(err, tt.wantErr) || (err == nil) != (tt.wantErr == nil) {
			t.Errorf("ParseISO(%q) error = %v, want %v", tt.in, err, tt.wantErr)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ParseISO(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestParseISORange(t *testing.T) {
	tests := []struct {
		in      string
		want    Range
		wantErr error
	}{
		{"2017-10-23/2017-10-25", Range{Date{2017, 10, 23}, Date{2017, 10, 25}}, nil},
		{"2017-12-28/2018-01-03", Range{Date{2017, 12, 28}, Date{2018, 1, 3}}, nil},
		{"2017-10-23/25", Range{Date{2017, 10, 23}, Date{2017, 10, 25}}, nil},
		{"2017-09-30/10-02", Range{Date{2017, 9, 30}, Date{2017, 10, 2}}, nil},
		{"2017-10-23/2017-10-23", Range{Date{2017, 10, 23}, Date{2017, 10, 23}}, nil},
		{"2017-10-25/2017-10-23", Range{}, ErrRange},
		{"2017-10-25/23", Range{}, ErrRange},
		{"2017-10-23/2017-02-30", Range{}, ErrRange},
		{"2017-10-23/32", Range{}, ErrRange},
		// A single date is the range of that day (session files write them).
		{"2017-10-23", Range{Date{2017, 10, 23}, Date{2017, 10, 23}}, nil},
		{"2017-10-32", Range{}, ErrRange},
		{"2017-10", Range{}, ErrSyntax},
		{"2017-10-23/", Range{}, ErrSyntax},
		{"2017-10-23/2017-10-25/", Range{}, ErrSyntax},
		{"2017-10-23 / 2017-10-25", Range{}, ErrSyntax},
	}
	for _, tt := range tests {
		got, err := ParseISORange(tt.in)
		if !errors.Is(err, tt.wantErr) || (err == nil) != (tt.wantErr == nil) {
			t.Errorf("ParseISORange(%q) error = %v, want %v", tt.in, err, tt.wantErr)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ParseISORange(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestParseErrorMessage(t *testing.T) {
	_, err := ParseISO("2023-02-29")
	want := `date.ParseISO("2023-02-29"): day 29 out of range for February 2023 (at "29")`
	if err == nil || err.Error() != want {
		t.Errorf("ParseISO error = %v, want %s", err, want)
	}
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Offset != 8 || pe.Input != "2023-02-29" {
		t.Errorf("ParseISO error = %#v, want *ParseError at offset 8", err)
	}
}

func TestTextMarshal(t *testing.T) {
	type rec struct {
		Signed Date  `json:"signed"`
		Term   Range `json:"term"`
		None   Date  `json:"none"`
	}
	in := rec{Signed: Date{2017, 9, 12}, Term: Range{Date{2017, 10, 23}, Date{2017, 10, 25}}}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"signed":"2017-09-12","term":"2017-10-23/2017-10-25","none":""}`
	if string(b) != want {
		t.Errorf("json.Marshal = %s, want %s", b, want)
	}
	var out rec
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(in, out); diff != "" {
		t.Errorf("json round trip mismatch (-want +got):\n%s", diff)
	}
	if _, err := (Date{2017, 2, 30}).MarshalText(); err == nil {
		t.Errorf("MarshalText of invalid date: no error")
	}
	if _, err := (Range{Date{2017, 10, 25}, Date{2017, 10, 23}}).MarshalText(); err == nil {
		t.Errorf("MarshalText of backwards range: no error")
	}
	var d Date
	if err := d.UnmarshalText([]byte("12 September 2017")); !errors.Is(err, ErrSyntax) {
		t.Errorf("UnmarshalText(human form) = %v, want ErrSyntax", err)
	}
}

func TestSQL(t *testing.T) {
	d := Date{2017, 9, 12}
	v, err := d.Value()
	if err != nil || v != "2017-09-12" {
		t.Errorf("Value() = %v, %v", v, err)
	}
	if v, err := (Date{}).Value(); v != nil || err != nil {
		t.Errorf("zero Value() = %v, %v; want nil, nil", v, err)
	}
	if _, err := (Date{2017, 2, 30}).Value(); err == nil {
		t.Errorf("invalid Value(): no error")
	}
	tests := []struct {
		src  any
		want Date
		ok   bool
	}{
		{"2017-09-12", d, true},
		{[]byte("2017-09-12"), d, true},
		{"2017-09-12 00:00:00", d, true},
		{"2017-09-12T00:00:00Z", d, true},
		{time.Date(2017, 9, 12, 0, 0, 0, 0, time.UTC), d, true},
		{nil, Date{}, true},
		{"", Date{}, true},
		{int64(20170912), Date{}, false},
		{"12/09/2017", Date{}, false},
	}
	for _, tt := range tests {
		got := Date{1, 1, 1}
		err := got.Scan(tt.src)
		if (err == nil) != tt.ok {
			t.Errorf("Scan(%v) error = %v", tt.src, err)
			continue
		}
		if tt.ok && got != tt.want {
			t.Errorf("Scan(%v) = %v, want %v", tt.src, got, tt.want)
		}
	}
}

func TestRange(t *testing.T) {
	oct := Range{Date{2017, 10, 23}, Date{2017, 10, 25}}
	if got := oct.Days(); got != 3 {
		t.Errorf("Days = %d, want 3", got)
	}
	if !oct.Contains(Date{2017, 10, 23}) || !oct.Contains(Date{2017, 10, 25}) || oct.Contains(Date{2017, 10, 26}) || oct.Contains(Date{2017, 10, 22}) {
		t.Errorf("Contains wrong")
	}
	if got := (Range{Date{2017, 10, 25}, Date{2017, 10, 23}}).Days(); got != 0 {
		t.Errorf("Days of backwards range = %d, want 0", got)
	}
	other := Range{Date{2017, 10, 25}, Date{2017, 11, 1}}
	if !oct.Overlaps(other) || !other.Overlaps(oct) {
		t.Errorf("Overlaps touching at one day = false")
	}
	if got, want := oct.Intersect(other), (Range{Date{2017, 10, 25}, Date{2017, 10, 25}}); got != want {
		t.Errorf("Intersect = %v, want %v", got, want)
	}
	if got := oct.Intersect(Range{Date{2017, 10, 26}, Date{2017, 10, 27}}); !got.IsZero() {
		t.Errorf("Intersect disjoint = %v, want zero", got)
	}
	if got, want := YearRange(2022).Intersect(QuarterRange(2022, 4)), QuarterRange(2022, 4); got != want {
		t.Errorf("Intersect inside = %v, want %v", got, want)
	}
	if got := YearRange(2024).Days(); got != 366 {
		t.Errorf("YearRange(2024).Days() = %d", got)
	}
	if got, want := MonthRange(2024, time.February), (Range{Date{2024, 2, 1}, Date{2024, 2, 29}}); got != want {
		t.Errorf("MonthRange = %v, want %v", got, want)
	}
	if got, want := QuarterRange(2022, 4), (Range{Date{2022, 10, 1}, Date{2022, 12, 31}}); got != want {
		t.Errorf("QuarterRange = %v, want %v", got, want)
	}
	if !QuarterRange(2022, 0).IsZero() || !QuarterRange(2022, 5).IsZero() || !MonthRange(2022, 13).IsZero() {
		t.Errorf("out-of-range constructors not zero")
	}
	if !YearRange(2013).IsWholeYear() || !YearRange(2013).IsWholeYears() {
		t.Errorf("YearRange not whole year")
	}
	two := Range{YearRange(2015).Start, YearRange(2016).End}
	if two.IsWholeYear() || !two.IsWholeYears() {
		t.Errorf("2015-2016 whole year = %v, whole years = %v", two.IsWholeYear(), two.IsWholeYears())
	}
	toNov := Range{Date{2022, 1, 1}, Date{2022, 11, 30}}
	if toNov.IsWholeYear() || !toNov.IsWholeMonths() || toNov.IsWholeMonth() {
		t.Errorf("2022 to November: whole year %v, months %v, month %v", toNov.IsWholeYear(), toNov.IsWholeMonths(), toNov.IsWholeMonth())
	}
	if !MonthRange(2017, 10).IsWholeMonth() || oct.IsWholeMonth() {
		t.Errorf("IsWholeMonth wrong")
	}
	if got := oct.String(); got != "2017-10-23/2017-10-25" {
		t.Errorf("String = %q", got)
	}
}

// TestExtremes checks that fields far out of range neither panic nor loop.
func TestExtremes(t *testing.T) {
	const maxInt, minInt = int(^uint(0) >> 1), -int(^uint(0)>>1) - 1
	for _, d := range []Date{{maxInt, 12, 31}, {minInt, 1, 1}, {2017, 1 << 40, 1}, {2017, -(1 << 40), minInt}, {0, 0, maxInt}} {
		_ = d.String()
		_ = d.AddDays(maxInt)
		_ = d.AddMonths(minInt)
		_ = d.Weekday()
		_ = d.DaysSince(Date{2017, 1, 1})
		_ = d.IsValid()
		_, _ = d.MarshalText()
		_, _ = d.Value()
		for _, s := range []Style{Long, Full, Medium, Short, -1, 99} {
			_ = Formatter{Lang: tagID, Style: s}.Format(d)
			_ = Formatter{Lang: tagID, Style: s}.FormatRange(Range{d, d})
			_ = Formatter{Lang: tagID, Style: s}.FormatRange(Range{Date{2017, 1, 1}, d})
		}
		r := Range{d, Date{2017, 1, 1}}
		_ = r.Days()
		_ = r.String()
		_ = r.Intersect(YearRange(2017))
		_ = r.IsWholeMonths()
	}
	if got := (Date{minInt, 1, 1}).String(); got != strconv.Itoa(minInt)+"-01-01" {
		t.Errorf("String of the least year = %q", got)
	}
}

// TestRangeTextRoundTrip checks that a range of one day, written by
// MarshalText as an interval, reads back, and that the plain date that
// other packages write reads as the same range.
func TestRangeTextRoundTrip(t *testing.T) {
	for _, r := range []Range{
		{Date{2017, 9, 12}, Date{2017, 9, 12}},
		{Date{2017, 10, 23}, Date{2017, 10, 25}},
		{Date{2017, 12, 28}, Date{2018, 1, 3}},
		YearRange(2022),
		{},
	} {
		b, err := r.MarshalText()
		if err != nil {
			t.Fatalf("%v.MarshalText: %v", r, err)
		}
		var got Range
		if err := got.UnmarshalText(b); err != nil {
			t.Fatalf("UnmarshalText(%q): %v", b, err)
		}
		if diff := cmp.Diff(r, got); diff != "" {
			t.Errorf("UnmarshalText(%q) mismatch (-want +got):\n%s", b, diff)
		}
		if r.IsZero() || r.Start != r.End {
			continue
		}
		var plain Range
		if err := plain.UnmarshalText([]byte(r.Start.String())); err != nil {
			t.Fatalf("UnmarshalText(%q): %v", r.Start.String(), err)
		}
		if diff := cmp.Diff(r, plain); diff != "" {
			t.Errorf("UnmarshalText(%q) mismatch (-want +got):\n%s", r.Start.String(), diff)
		}
	}
}
