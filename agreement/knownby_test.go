package agreement

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/kerjasama/kerjasama/date"
)

func TestKindIsAgreement(t *testing.T) {
	tests := []struct {
		k    Kind
		want bool
	}{
		{0, true}, // the kind is not stated: Zhejiang's agreement
		{KindLetterOfIntent, false},
		{KindOffer, false},
		{KindMoU, true},
		{KindCooperationAgreement, true},
		{KindJointAgreement, true},
		{KindAddendum, true},
	}
	for _, tt := range tests {
		if got := tt.k.IsAgreement(); got != tt.want {
			t.Errorf("%v.IsAgreement() = %v, want %v", tt.k, got, tt.want)
		}
	}
	for _, s := range []string{"offer", "Tawaran", "tawaran kerja sama", "Peluang Kerja Sama", "penawaran"} {
		if k, err := ParseKind(s); err != nil || k != KindOffer {
			t.Errorf("ParseKind(%q) = %v, %v; want offer", s, k, err)
		}
	}
	for _, s := range []string{"pernyataan kehendak", "intent", "tawaran", "offered"} {
		if _, err := ParseStatus(s); err != nil {
			t.Errorf("ParseStatus(%q): %v", s, err)
		}
	}
}

func TestKnownBy(t *testing.T) {
	tests := []struct {
		name string
		a    Agreement
		on   string
		want bool
	}{
		{"nothing dated: nothing says when it was made", Agreement{ID: "a", Term: Term{Start: d("2030-01-01")}}, "2020-01-01", true},
		{"signed that day", Agreement{ID: "b", Signed: On(d("2020-01-01"))}, "2020-01-01", true},
		{"signed the day after", Agreement{ID: "c", Signed: On(d("2020-01-02"))}, "2020-01-01", false},
		{"signed in a year not ended", Agreement{ID: "d", Signed: InYear(2020)}, "2020-12-30", false},
		{"signed in a year ended", Agreement{ID: "e", Signed: InYear(2020)}, "2020-12-31", true},
		{"an event happened, the signing not yet", Agreement{ID: "f", Signed: InYear(2021),
			Events: []Event{{Stage: StageExploration, Date: InMonth(2020, time.March)}}}, "2020-04-01", true},
		{"an activity only, later", Agreement{ID: "g", Activities: []Activity{{Date: On(d("2021-01-01"))}}}, "2020-04-01", false},
		{"an undated event and a later activity", Agreement{ID: "h", Events: []Event{{Stage: StageSigning}},
			Activities: []Activity{{Date: On(d("2021-01-01"))}}}, "2020-04-01", false},
	}
	for _, tt := range tests {
		if got := tt.a.KnownBy(d(tt.on)); got != tt.want {
			t.Errorf("%s: KnownBy(%s) = %v, want %v", tt.name, tt.on, got, tt.want)
		}
	}
}

func TestEndBy(t *testing.T) {
	tests := []struct {
		name string
		a    Agreement
		on   string
		want string // "" when unknown
	}{
		{"end of term", Agreement{Term: Term{Start: d("2015-01-01"), End: d("2016-12-31")}}, "2010-01-01", "2016-12-31"},
		{"duration from the start", Agreement{Term: Term{Start: d("2019-07-01"), Months: 60}}, "2010-01-01", "2024-06-30"},
		{"duration from a signing not yet known", Agreement{Signed: On(d("2019-07-01")), Term: Term{Months: 60}}, "2019-06-30", ""},
		{"duration from a signing known", Agreement{Signed: On(d("2019-07-01")), Term: Term{Months: 60}}, "2019-07-01", "2024-06-30"},
		{"duration from a year of signing, once ended", Agreement{Signed: InYear(2013), Term: Term{Months: 24}}, "2013-12-31", "2014-12-31"},
		{"duration from a signing event", Agreement{Term: Term{Months: 12}, Events: []Event{{Stage: StageSigning, Date: On(d("2020-03-01"))}}}, "2020-03-01", "2021-02-28"},
		{"open-ended", Agreement{Signed: On(d("2019-07-01")), Term: Term{OpenEnded: true}}, "2030-01-01", ""},
	}
	for _, tt := range tests {
		end, ok := tt.a.EndBy(d(tt.on))
		got := ""
		if ok {
			got = end.String()
		}
		if got != tt.want {
			t.Errorf("%s: EndBy(%s) = %q, want %q", tt.name, tt.on, got, tt.want)
		}
	}
}

// genPartial returns a date known to the day, month or year, or (one time
// in ten) the zero date of something undated.
func genPartial(r *rand.Rand) PartialDate {
	y := 2012 + r.IntN(10)
	switch r.IntN(10) {
	case 0:
		return PartialDate{}
	case 1, 2:
		return InYear(y)
	case 3, 4, 5:
		return InMonth(y, time.Month(1+r.IntN(12)))
	}
	return On(date.Date{Year: y, Month: time.Month(1 + r.IntN(12)), Day: 1 + r.IntN(28)})
}

// cutAt returns a as it was known on at, written from the design's rule
// "Time" independently of KnownBy: the events and activities that had
// happened by at (an undated one always has), the signing if it had;
// ok is false when a has dated steps and none had happened.
func cutAt(a Agreement, at date.Date) (Agreement, bool) {
	dated, happened := false, false
	known := func(p PartialDate) bool {
		if p.IsZero() {
			return true
		}
		dated = true
		if !p.Last().After(at) {
			happened = true
			return true
		}
		return false
	}
	if !known(a.Signed) {
		a.Signed = PartialDate{}
	}
	var evs []Event
	for _, e := range a.Events {
		if known(e.Date) {
			evs = append(evs, e)
		}
	}
	var acts []Activity
	for _, x := range a.Activities {
		if known(x.Date) {
			acts = append(acts, x)
		}
	}
	a.Events, a.Activities = evs, acts
	return a, !dated || happened
}

// TestRulesUseOnlyWhatWasKnown checks the rules of this package against
// the design's rule "Time" on generated agreements: on day D, an agreement
// known on D has the status, stage, end, dormancy and renewals of the
// agreement cut to what was known on D, and its end as known on D is the
// end of the cut (EndBy against End).
func TestRulesUseOnlyWhatWasKnown(t *testing.T) {
	r := rand.New(rand.NewPCG(2013, 2016))
	kinds := []Kind{0, KindLetterOfIntent, KindMoU, KindCooperationAgreement, KindOffer}
	checked := 0
	for run := range 3000 {
		var as []Agreement
		for i := range 1 + r.IntN(4) {
			a := Agreement{ID: fmt.Sprint(i), Kind: kinds[r.IntN(len(kinds))]}
			if r.IntN(4) > 0 {
				a.Signed = genPartial(r)
			}
			start := date.Date{Year: 2012 + r.IntN(10), Month: time.Month(1 + r.IntN(12)), Day: 1 + r.IntN(28)}
			switch r.IntN(5) {
			case 1:
				a.Term = Term{Start: start, End: start.AddDays(100 + r.IntN(1500))}
			case 2:
				a.Term = Term{Months: 6 + r.IntN(48)}
			case 3:
				a.Term = Term{Start: start, Months: 6 + r.IntN(48)}
			case 4:
				a.Term = Term{OpenEnded: true}
			}
			for range r.IntN(4) {
				a.Events = append(a.Events, Event{Stage: Stage(1 + r.IntN(14)), Date: genPartial(r)})
			}
			for range r.IntN(4) {
				a.Activities = append(a.Activities, Activity{Date: genPartial(r)})
			}
			if i > 0 && r.IntN(3) == 0 {
				a.Predecessor = fmt.Sprint(r.IntN(i))
			}
			as = append(as, a)
		}
		for range 8 {
			at := date.Date{Year: 2011, Month: time.June, Day: 1}.AddDays(r.IntN(12 * 365))
			var cut []Agreement
			for _, a := range as {
				c, ok := cutAt(a, at)
				if ok != a.KnownBy(at) {
					t.Fatalf("run %d: %+v: KnownBy(%s) = %v, the cut says %v", run, a, at, a.KnownBy(at), ok)
				}
				if ok {
					cut = append(cut, c)
				}
			}
			renewed, renewedCut := Renewed(as, at), Renewed(cut, at)
			for _, c := range cut {
				var a Agreement
				for _, x := range as {
					if x.ID == c.ID {
						a = x
					}
				}
				type view struct {
					Status   Status
					Stage    Stage
					End      date.Date
					EndOK    bool
					Dormancy Dormancy
					Renews   bool
				}
				see := func(x *Agreement, renewed map[string]bool, end func() (date.Date, bool)) view {
					s := x.StatusWithSuccessor(at, renewed[x.ID])
					e, ok := end()
					return view{s, x.StageOn(at), e, ok, x.DormancyOn(at, 12, s), x.RenewsBy(at)}
				}
				got := see(&a, renewed, func() (date.Date, bool) { return a.EndBy(at) })
				want := see(&c, renewedCut, c.End)
				if diff := cmp.Diff(want, got); diff != "" {
					t.Fatalf("run %d on %s: %+v\nthe cut (-) and the whole (+) differ:\n%s", run, at, a, diff)
				}
				checked++
			}
		}
	}
	if checked == 0 {
		t.Error("no agreement was known on any day: the data do not exercise the rule")
	}
}
