package session

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/kerjasama/kerjasama/date"
)

// TestWithinJSON checks that "within" is read in the form written now
// ("2023-09", "2025") and in the interval form written before, when that
// interval is exactly one month or one year, and written in the new form.
func TestWithinJSON(t *testing.T) {
	const in = `{
"forums": [{"id": "kalbar-sarawak", "level": "regional", "pair": "kalbar-sarawak"}],
"sessions": [
 {"forum": "kalbar-sarawak", "number": 34, "within": "2019"},
 {"forum": "kalbar-sarawak", "number": 36, "within": "2023-09-01/2023-09-30",
  "meetings": [{"kind": "technical", "within": "2023-09-01/2023-09-30"}, {"kind": "preparatory", "within": "2023-08"}]},
 {"forum": "kalbar-sarawak", "number": 37, "within": "2024-11"},
 {"forum": "kalbar-sarawak", "number": 38, "within": "2025-01-01/2025-12-31", "dates": "2025-10-30/2025-10-31"}
]}`
	d, err := ReadJSON(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	type when struct {
		Number int
		Within date.Partial
		Dates  date.Range
		Year   int
	}
	var got []when
	for _, s := range d.Sessions {
		got = append(got, when{s.Number, s.Within, s.Dates, s.Year()})
	}
	want := []when{
		{34, date.InYear(2019), date.Range{}, 2019},
		{36, date.InMonth(2023, time.September), date.Range{}, 2023},
		{37, date.InMonth(2024, time.November), date.Range{}, 2024},
		{38, date.InYear(2025), span(day(2025, 10, 30), day(2025, 10, 31)), 2025},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ReadJSON sessions mismatch (-want +got):\n%s", diff)
	}
	ms := d.Sessions[1].Meetings
	if len(ms) != 2 || ms[0].Within != date.InMonth(2023, time.September) || ms[0].Kind != Technical || ms[1].Within != date.InMonth(2023, time.August) {
		t.Errorf("meetings of the 36th = %+v", ms)
	}
	if p := d.Sessions[1].Period(); p != date.MonthRange(2023, time.September) {
		t.Errorf("Period() = %v, want the whole of September 2023", p)
	}

	// Written in the new form, and read back equal.
	var buf bytes.Buffer
	if err := d.WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, s := range []string{`"within": "2023-09"`, `"within": "2019"`, `"within": "2025"`} {
		if !strings.Contains(out, s) {
			t.Errorf("WriteJSON does not write %s:\n%s", s, out)
		}
	}
	if strings.Contains(out, "2023-09-01/2023-09-30") {
		t.Errorf("WriteJSON writes the old interval form:\n%s", out)
	}
	back, err := ReadJSON(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(d, back); diff != "" {
		t.Errorf("WriteJSON → ReadJSON mismatch (-want +got):\n%s", diff)
	}
}

func TestWithinJSONErrors(t *testing.T) {
	tests := []struct {
		in   string
		want string
		is   error
	}{
		// An interval that is not one month or one year says neither.
		{"{\"sessions\":[\n {\"forum\":\"x\",\"number\":38,\n  \"within\":\"2025-10-22/2025-11-04\"}]}",
			`3:12: date.UnmarshalText("2025-10-22/2025-11-04"): within is a month (2023-09) or a year (2025), not a period of other days: ` +
				`give exact days in dates, or the month or year that holds them`, date.ErrSyntax},
		{"{\"sessions\":[{\"forum\":\"x\",\"number\":21,\"meetings\":[\n{\"kind\":\"technical\",\"within\":\"2025-08-04/2025-08-08\"}]}]}",
			`2:30: date.UnmarshalText("2025-08-04/2025-08-08"): within is a month (2023-09) or a year (2025), not a period of other days: ` +
				`give exact days in dates, or the month or year that holds them`, date.ErrSyntax},
		{"{\"sessions\":[{\"forum\":\"x\",\"number\":1,\"within\":\"2023-09-30/2023-09-01\"}]}",
			`1:47: date.UnmarshalText("2023-09-30/2023-09-01"): range ends before it starts (at "2023-09-01")`, date.ErrRange},
		{"{\"sessions\":[{\"forum\":\"x\",\"number\":1,\"within\":\"September 2023\"}]}",
			`1:47: date.UnmarshalText("September 2023"): want YYYY, YYYY-MM or YYYY-MM-DD`, date.ErrSyntax},
		{"{\"sessions\":[{\"forum\":\"x\",\"number\":1,\"within\":\"2023-13\"}]}",
			`1:47: date.UnmarshalText("2023-13"): month 13 out of range (at "13")`, date.ErrRange},
		// Type errors name the JSON keys, not the Go types they are read into.
		{"{\"sessions\":[{\"forum\":\"x\",\"number\":1,\"meetings\":[{\"kind\":\"technical\",\"number\":\"5\"}]}]}",
			`1:70: syntax error: meetings.number is string, want int`, ErrSyntax},
		{"{\"sessions\":[{\"forum\":\"x\",\"number\":1,\"host\":5}]}",
			`1:38: syntax error: host is number, want string`, ErrSyntax},
	}
	for _, tt := range tests {
		_, err := ReadJSON(strings.NewReader(tt.in))
		if err == nil {
			t.Errorf("ReadJSON(%q): no error", tt.in)
			continue
		}
		if got := err.Error(); got != tt.want {
			t.Errorf("ReadJSON(%q) error = %q, want %q", tt.in, got, tt.want)
		}
		if !errors.Is(err, tt.is) {
			t.Errorf("ReadJSON(%q) error %v does not wrap %v", tt.in, err, tt.is)
		}
	}
}

func TestWithinValidate(t *testing.T) {
	type problem struct {
		Path string
		Err  error
	}
	tests := []struct {
		name string
		e    Event
		want []problem
	}{
		{"a month", Event{Within: date.InMonth(2023, 9)}, nil},
		{"a year", Event{Within: date.InYear(2025)}, nil},
		{"dates in the month", Event{Within: date.InMonth(2023, 9), Dates: span(day(2023, 9, 20), day(2023, 9, 21))}, nil},
		{"a day is not within", Event{Within: date.PartialOf(day(2023, 9, 20))}, []problem{{"sessions[0].within", ErrInvalid}}},
		{"an invalid month", Event{Within: date.Partial{Year: 2023, Month: 13}}, []problem{{"sessions[0].within", ErrInvalid}}},
		{"dates outside the month", Event{Within: date.InMonth(2023, 9), Dates: span(day(2023, 9, 30), day(2023, 10, 1))},
			[]problem{{"sessions[0].dates", ErrDateOrder}}},
	}
	for _, tt := range tests {
		d := &Dataset{Forums: []Forum{{ID: "c", Level: Central}}, Sessions: []Session{{Forum: "c", Number: 1, Event: tt.e}}}
		var got []problem
		for _, e := range unjoin(d.Validate()) {
			var ve *ValidationError
			if errors.As(e, &ve) {
				p := problem{Path: ve.Path}
				for _, s := range []error{ErrInvalid, ErrDateOrder} {
					if errors.Is(ve, s) {
						p.Err = s
					}
				}
				got = append(got, p)
			}
		}
		if diff := cmp.Diff(tt.want, got, cmp.Comparer(func(a, b error) bool { return a == b })); diff != "" {
			t.Errorf("%s: Validate mismatch (-want +got):\n%s", tt.name, diff)
		}
	}
}
