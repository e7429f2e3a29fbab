package agreement

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDormantPastDate checks that dormancy on a date d looks only at the
// activities recorded on or before d: a later activity neither hides an
// earlier one within the span nor makes an agreement look alive before it
// happened.
func TestDormantPastDate(t *testing.T) {
	// Every agreement is in force from 2018-01-01 to 2027-12-31.
	term := Term{Start: d("2018-01-01"), End: d("2027-12-31")}
	act := func(dates ...PartialDate) []Activity {
		var as []Activity
		for _, p := range dates {
			as = append(as, Activity{Date: p, Description: "kegiatan"})
		}
		return as
	}
	as := []Agreement{
		// No activity at all: dormant once the start is 12 months back.
		{ID: "none", Kind: KindMoU, Term: term},
		// Activity within the span before d, and a later one after d: the
		// earlier one counts (the defect fell back to the start).
		{ID: "before-and-after", Kind: KindMoU, Term: term, Activities: act(On(d("2022-09-01")), On(d("2024-03-01")))},
		// Only an activity after d: nothing had happened by d, so the start counts.
		{ID: "after-only", Kind: KindMoU, Term: term, Activities: act(On(d("2024-03-01")))},
		// The latest of several activities before d counts, whatever their order.
		{ID: "several-before", Kind: KindMoU, Term: term, Activities: act(On(d("2023-02-01")), On(d("2019-05-01")), On(d("2021-01-01")))},
		// Activities before d, but all older than the span.
		{ID: "old-before", Kind: KindMoU, Term: term, Activities: act(On(d("2019-05-01")), On(d("2025-01-01")))},
		// An activity on d itself counts.
		{ID: "on-d", Kind: KindMoU, Term: term, Activities: act(On(d("2023-06-01")))},
		// Known only to the year: "2023" may stand for as late as
		// 2023-12-31, so on 2023-06-01 it has not certainly happened.
		{ID: "year-only", Kind: KindMoU, Term: term, Activities: act(InYear(2023))},
		// Known to the month, before d: counts from 2022-11-30.
		{ID: "month-before", Kind: KindMoU, Term: term, Activities: act(InMonth(2022, 11))},
		// An activity without a date is not evidence of anything.
		{ID: "undated", Kind: KindMoU, Term: term, Activities: act(PartialDate{})},
		// A recent start: not dormant, whatever happened later.
		{ID: "recent-start", Kind: KindMoU, Term: Term{Start: d("2023-01-01"), End: d("2027-12-31")}, Activities: act(On(d("2025-01-01")))},
	}
	r, err := New(as)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		on     string
		months int
		want   []string
	}{
		{"2023-06-01", 12, []string{"none", "after-only", "old-before", "year-only", "undated"}},
		{"2023-06-01", 6, []string{"none", "before-and-after", "after-only", "old-before", "year-only", "month-before", "undated"}},
		{"2023-06-01", 0, []string{"none", "before-and-after", "after-only", "several-before", "old-before", "year-only", "month-before", "undated", "recent-start"}},
		{"2024-06-01", 12, []string{"none", "several-before", "old-before", "month-before", "undated", "recent-start"}}, // on-d: 2023-06-01 is not before the cutoff
		{"2025-06-01", 12, []string{"none", "before-and-after", "after-only", "several-before", "on-d", "year-only", "month-before", "undated"}},
		{"2018-06-01", 12, []string{}}, // all started within the span, or not yet
	}
	for _, tt := range tests {
		got := ids(r.Dormant(d(tt.on), tt.months))
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Dormant(%s, %d) mismatch (-want +got):\n%s", tt.on, tt.months, diff)
		}
	}
	last := []struct {
		id, on string
		want   string // "" when none
	}{
		{"before-and-after", "2023-06-01", "2022-09-01"},
		{"before-and-after", "2025-01-01", "2024-03-01"},
		{"after-only", "2023-06-01", ""},
		{"several-before", "2023-06-01", "2023-02-01"},
		{"on-d", "2023-06-01", "2023-06-01"},
		{"on-d", "2023-05-31", ""},
		{"year-only", "2023-06-01", ""},
		{"year-only", "2023-12-31", "2023-12-31"},
		{"undated", "2030-01-01", ""},
	}
	for _, tt := range last {
		a, _ := r.Get(tt.id)
		got, ok := a.LastActivityBy(d(tt.on))
		s := ""
		if ok {
			s = got.String()
		}
		if s != tt.want {
			t.Errorf("%s.LastActivityBy(%s) = %q, want %q", tt.id, tt.on, s, tt.want)
		}
	}
}
