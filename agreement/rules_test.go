package agreement

import (
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/region"
)

func TestHappenedBy(t *testing.T) {
	tests := []struct {
		p    PartialDate
		on   string
		want bool
	}{
		{On(d("2022-06-02")), "2022-06-09", true},
		{On(d("2022-06-09")), "2022-06-09", true}, // on the day itself
		{On(d("2022-06-10")), "2022-06-09", false},
		{InMonth(2022, time.May), "2022-06-09", true},
		{InMonth(2022, time.June), "2022-06-09", false}, // June has not ended
		{InMonth(2022, time.June), "2022-06-30", true},
		{InYear(2021), "2022-06-09", true},
		{InYear(2022), "2022-06-09", false}, // the week before 9 June, but dated only "2022"
		{InYear(2022), "2022-12-31", true},
		{PartialDate{}, "2000-01-01", true},                               // happened, when unknown
		{PartialDate{Year: 2022, Month: 2, Day: 30}, "2030-01-01", false}, // invalid: never
		{PartialDate{Year: 2022, Month: 13}, "2030-01-01", false},
	}
	for _, tt := range tests {
		if got := tt.p.HappenedBy(d(tt.on)); got != tt.want {
			t.Errorf("%v.HappenedBy(%s) = %v, want %v", tt.p, tt.on, got, tt.want)
		}
	}
}

func TestDormancyOn(t *testing.T) {
	term := Term{Start: d("2018-01-01"), End: d("2027-12-31")}
	act := func(ps ...PartialDate) []Activity {
		var as []Activity
		for _, p := range ps {
			as = append(as, Activity{Date: p})
		}
		return as
	}
	tests := []struct {
		name   string
		a      Agreement
		on     string
		months int
		s      Status // zero: the agreement's own StatusOn
		want   Dormancy
	}{
		{
			name: "activity within the span", on: "2023-06-01", months: 12,
			a:    Agreement{Term: term, Activities: act(On(d("2022-09-01")))},
			want: Dormancy{On: d("2023-06-01"), Cutoff: d("2022-06-01"), Since: d("2022-09-01"), SinceAsGiven: On(d("2022-09-01")), FromActivity: true},
		},
		{
			name: "activity on the cutoff is within the span", on: "2023-06-01", months: 12,
			a:    Agreement{Term: term, Activities: act(On(d("2022-06-01")))},
			want: Dormancy{On: d("2023-06-01"), Cutoff: d("2022-06-01"), Since: d("2022-06-01"), SinceAsGiven: On(d("2022-06-01")), FromActivity: true},
		},
		{
			name: "activity the day before the cutoff", on: "2023-06-01", months: 12,
			a:    Agreement{Term: term, Activities: act(On(d("2022-05-31")))},
			want: Dormancy{On: d("2023-06-01"), Cutoff: d("2022-06-01"), Since: d("2022-05-31"), SinceAsGiven: On(d("2022-05-31")), FromActivity: true, Dormant: true},
		},
		{
			name: "latest of several, whatever their order", on: "2023-06-01", months: 12,
			a:    Agreement{Term: term, Activities: act(On(d("2023-02-01")), On(d("2019-05-01")), On(d("2021-01-01")))},
			want: Dormancy{On: d("2023-06-01"), Cutoff: d("2022-06-01"), Since: d("2023-02-01"), SinceAsGiven: On(d("2023-02-01")), FromActivity: true},
		},
		{
			name: "a later activity does not count", on: "2023-06-01", months: 12,
			a:    Agreement{Term: term, Activities: act(On(d("2019-05-01")), On(d("2024-03-01")))},
			want: Dormancy{On: d("2023-06-01"), Cutoff: d("2022-06-01"), Since: d("2019-05-01"), SinceAsGiven: On(d("2019-05-01")), FromActivity: true, Dormant: true},
		},
		{
			name: "a year not yet ended does not count: the start does", on: "2023-06-01", months: 12,
			a:    Agreement{Term: term, Activities: act(InYear(2023))},
			want: Dormancy{On: d("2023-06-01"), Cutoff: d("2022-06-01"), Since: d("2018-01-01"), SinceAsGiven: On(d("2018-01-01")), Dormant: true},
		},
		{
			name: "a year that has ended counts from its last day", on: "2024-02-29", months: 12,
			a:    Agreement{Term: term, Activities: act(InYear(2022))},
			want: Dormancy{On: d("2024-02-29"), Cutoff: d("2023-02-28"), Since: d("2022-12-31"), SinceAsGiven: InYear(2022), FromActivity: true, Dormant: true},
		},
		{
			name: "a month counts from its last day", on: "2023-06-01", months: 6,
			a:    Agreement{Term: term, Activities: act(InMonth(2022, time.November))},
			want: Dormancy{On: d("2023-06-01"), Cutoff: d("2022-12-01"), Since: d("2022-11-30"), SinceAsGiven: InMonth(2022, time.November), FromActivity: true, Dormant: true},
		},
		{
			name: "as given: of dates ending the same day, the finest", on: "2024-02-29", months: 12,
			a:    Agreement{Term: term, Activities: act(InYear(2022), InMonth(2022, time.December), InMonth(2022, time.June))},
			want: Dormancy{On: d("2024-02-29"), Cutoff: d("2023-02-28"), Since: d("2022-12-31"), SinceAsGiven: InMonth(2022, time.December), FromActivity: true, Dormant: true},
		},
		{
			name: "as given: a year-only signing is the start", on: "2016-06-01", months: 12,
			a:    Agreement{Signed: InYear(2013)},
			want: Dormancy{On: d("2016-06-01"), Cutoff: d("2015-06-01"), Since: d("2013-12-31"), SinceAsGiven: InYear(2013), Dormant: true},
		},
		{
			name: "an undated activity gives no day", on: "2023-06-01", months: 12,
			a:    Agreement{Term: term, Activities: act(PartialDate{})},
			want: Dormancy{On: d("2023-06-01"), Cutoff: d("2022-06-01"), Since: d("2018-01-01"), SinceAsGiven: On(d("2018-01-01")), Dormant: true},
		},
		{
			name: "recent start", on: "2023-06-01", months: 12,
			a:    Agreement{Term: Term{Start: d("2023-01-01"), End: d("2027-12-31")}},
			want: Dormancy{On: d("2023-06-01"), Cutoff: d("2022-06-01"), Since: d("2023-01-01"), SinceAsGiven: On(d("2023-01-01"))},
		},
		{
			name: "start from the signing: the last day of its month", on: "2023-06-01", months: 12,
			a:    Agreement{Signed: InMonth(2022, time.June)},
			want: Dormancy{On: d("2023-06-01"), Cutoff: d("2022-06-01"), Since: d("2022-06-30"), SinceAsGiven: InMonth(2022, time.June)},
		},
		{
			name: "in force, neither activity nor start known", on: "2023-06-01", months: 12,
			a:    Agreement{Events: []Event{{Stage: StageImplementation, Date: InYear(2020)}}},
			want: Dormancy{On: d("2023-06-01"), Cutoff: d("2022-06-01"), Dormant: true},
		},
		{
			name: "not in force: never dormant, Since still given", on: "2030-06-01", months: 12,
			a:    Agreement{Term: term},
			want: Dormancy{On: d("2030-06-01"), Cutoff: d("2029-06-01"), Since: d("2018-01-01"), SinceAsGiven: On(d("2018-01-01"))},
		},
		{
			name: "renewed by a successor: the status given decides", on: "2023-06-01", months: 12, s: StatusRenewed,
			a:    Agreement{Term: term},
			want: Dormancy{On: d("2023-06-01"), Cutoff: d("2022-06-01"), Since: d("2018-01-01"), SinceAsGiven: On(d("2018-01-01"))},
		},
		{
			name: "a start after the day is no start yet", on: "2023-06-01", months: 12, s: StatusActive,
			a:    Agreement{Term: Term{Start: d("2024-01-01")}},
			want: Dormancy{On: d("2023-06-01"), Cutoff: d("2022-06-01"), Dormant: true},
		},
		{
			name: "a span of 0 months: anything before the day", on: "2023-06-01", months: 0,
			a:    Agreement{Term: term, Activities: act(On(d("2023-05-31")))},
			want: Dormancy{On: d("2023-06-01"), Cutoff: d("2023-06-01"), Since: d("2023-05-31"), SinceAsGiven: On(d("2023-05-31")), FromActivity: true, Dormant: true},
		},
		{
			name: "a negative span", on: "2023-06-01", months: -1,
			a:    Agreement{Term: term},
			want: Dormancy{On: d("2023-06-01")},
		},
		{
			name: "an invalid day", on: "", months: 12,
			a:    Agreement{Term: term},
			want: Dormancy{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var on date.Date
			if tt.on != "" {
				on = d(tt.on)
			}
			s := tt.s
			if s == 0 {
				s = tt.a.StatusOn(on)
			}
			got := tt.a.DormancyOn(on, tt.months, s)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("DormancyOn mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestDormancyRecent(t *testing.T) {
	var a Agreement
	dm := a.DormancyOn(d("2023-06-01"), 12, StatusActive)
	tests := []struct {
		p    PartialDate
		want bool
	}{
		{On(d("2023-06-01")), true},
		{On(d("2022-06-01")), true}, // the cutoff itself
		{On(d("2022-05-31")), false},
		{On(d("2023-06-02")), false}, // after the day
		{InMonth(2022, time.June), true},
		{InMonth(2022, time.May), false},
		{InMonth(2023, time.June), false}, // not yet ended
		{InYear(2022), true},
		{InYear(2023), false},
		{PartialDate{}, false},
		{PartialDate{Year: 2023, Month: 2, Day: 30}, false},
	}
	for _, tt := range tests {
		if got := dm.Recent(tt.p); got != tt.want {
			t.Errorf("Recent(%v) = %v, want %v", tt.p, got, tt.want)
		}
	}
}

// TestDormantIsNoRecentActivity checks the two halves of the rule against
// each other on generated agreements: an agreement in force that started
// before the cutoff is dormant exactly when none of its activities is
// recent.
func TestDormantIsNoRecentActivity(t *testing.T) {
	seed := uint64(7)
	next := func(n int) int {
		seed ^= seed << 13
		seed ^= seed >> 7
		seed ^= seed << 17
		return int(seed % uint64(n))
	}
	on := d("2023-06-15")
	for i := range 2000 {
		a := Agreement{ID: fmt.Sprint(i), Term: Term{Start: d("2015-01-01"), OpenEnded: true}}
		for range next(4) {
			var p PartialDate
			switch next(4) {
			case 0:
				p = InYear(2020 + next(5))
			case 1:
				p = InMonth(2021+next(3), time.Month(1+next(12)))
			case 2:
				p = On(d("2021-01-01").AddDays(next(1000)))
			}
			a.Activities = append(a.Activities, Activity{Date: p})
		}
		dm := a.DormancyOn(on, 12, a.StatusOn(on))
		recent := false
		for _, act := range a.Activities {
			recent = recent || dm.Recent(act.Date)
		}
		if dm.Dormant == recent {
			t.Fatalf("agreement %v: dormant %v, recent activity %v", a.Activities, dm.Dormant, recent)
		}
	}
}

func TestRenewed(t *testing.T) {
	as := []Agreement{
		{ID: "loi-1", Signed: InYear(2011), Term: Term{OpenEnded: true}},
		{ID: "loi-2", Signed: InYear(2013), Predecessor: "loi-1", Term: Term{OpenEnded: true}},
		{ID: "mou", Signed: On(d("2016-02-21")), Predecessor: "loi-2", Term: Term{OpenEnded: true}},
		{ID: "ended", Signed: On(d("2010-01-01")), Term: Term{OpenEnded: true},
			Events: []Event{{Stage: StageTermination, Date: On(d("2012-01-01"))}}},
		{ID: "after-end", Signed: On(d("2014-01-01")), Predecessor: "ended"},
		{ID: "undated-successor", Predecessor: "mou", Events: []Event{{Stage: StageSigning}}},
	}
	tests := []struct {
		on          string
		wantRenewed map[string]bool
		wantStatus  []Status // in the order of as
	}{
		{"2012-06-01", nil, []Status{StatusActive, StatusDraft, StatusDraft, StatusTerminated, StatusDraft, StatusActive}},
		// "2013" has not ended on 1 June 2013: loi-2's signing is not known
		// yet, and nothing else of it has happened.
		{"2013-06-01", nil, []Status{StatusActive, StatusDraft, StatusDraft, StatusTerminated, StatusDraft, StatusActive}},
		{"2014-01-01", map[string]bool{"loi-1": true, "ended": true}, []Status{StatusRenewed, StatusActive, StatusDraft, StatusTerminated, StatusActive, StatusActive}},
		{"2016-02-21", map[string]bool{"loi-1": true, "loi-2": true, "ended": true}, []Status{StatusRenewed, StatusRenewed, StatusActive, StatusTerminated, StatusActive, StatusActive}},
	}
	r, err := New(as)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		on := d(tt.on)
		got := Renewed(as, on)
		if diff := cmp.Diff(tt.wantRenewed, got); diff != "" {
			t.Errorf("Renewed(%s) mismatch (-want +got):\n%s", tt.on, diff)
		}
		var status, regStatus []Status
		for i := range as {
			status = append(status, as[i].StatusWithSuccessor(on, got[as[i].ID]))
			regStatus = append(regStatus, r.StatusOn(as[i].ID, on))
		}
		if diff := cmp.Diff(tt.wantStatus, status); diff != "" {
			t.Errorf("StatusWithSuccessor(%s) mismatch (-want +got):\n%s", tt.on, diff)
		}
		if diff := cmp.Diff(tt.wantStatus, regStatus); diff != "" {
			t.Errorf("Register.StatusOn(%s) mismatch (-want +got):\n%s", tt.on, diff)
		}
	}
}

func TestRegisterName(t *testing.T) {
	banten, _ := region.Lookup("36")
	tangsel, _ := region.Lookup("36.74")
	kaltim, _ := region.Lookup("64")
	incheon, _ := region.Lookup("KR-28")
	reg := func(r region.Region) Party { return Party{Role: RoleRegion, Region: r, Name: "as written"} }
	named := func(s string) Party { return Party{Role: RoleRegion, Name: s} }
	agr := func(ps ...Party) Agreement { return Agreement{ID: fmt.Sprint(len(ps), ps), Parties: ps} }
	tests := []struct {
		name string
		as   []Agreement
		want string
	}{
		{"none", nil, ""},
		{"no region party", []Agreement{agr(Party{Role: RolePartner, Region: incheon})}, ""},
		{"region name before the name as written", []Agreement{agr(reg(banten), Party{Role: RolePartner, Region: incheon})}, banten.Name},
		{"name when no region", []Agreement{agr(named("Pemerintah Kabupaten Contoh"))}, "Pemerintah Kabupaten Contoh"},
		{"each once, in order of first appearance",
			[]Agreement{agr(reg(banten)), agr(reg(tangsel)), agr(reg(banten)), agr(reg(kaltim), reg(tangsel))},
			banten.Name + ", " + tangsel.Name + ", " + kaltim.Name},
		{"four: all", []Agreement{agr(named("A"), named("B")), agr(named("C"), named("D"))}, "A, B, C, D"},
		{"five: cut after the fourth", []Agreement{agr(named("A"), named("B")), agr(named("C"), named("D"), named("E"))}, "A, B, C, D, …"},
		{"many", []Agreement{agr(named("A"), named("B"), named("C"), named("D"), named("E"), named("F"))}, "A, B, C, D, …"},
		{"a party without a name is skipped", []Agreement{agr(Party{Role: RoleRegion}, named("A"))}, "A"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, RegisterName(tt.as)); diff != "" {
				t.Errorf("RegisterName mismatch (-want +got):\n%s", diff)
			}
			var r Register
			for _, a := range tt.as {
				_ = r.Add(a) // duplicate IDs are left out, names are unaffected
			}
			if diff := cmp.Diff(RegisterName(r.All()), r.Name()); diff != "" {
				t.Errorf("Register.Name mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
