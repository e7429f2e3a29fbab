package evaluate

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/session"
	"golang.org/x/text/language"
)

// recordedSessions returns the numbers of the sessions a forum evaluation
// rests on: held, only announced, or without a year.
func recordedSessions(ev ForumEvaluation) []int {
	out := slices.Clone(ev.Undated)
	for _, y := range ev.Years {
		out = append(out, y.Sessions...)
		out = append(out, y.Unconfirmed...)
	}
	slices.Sort(out)
	return out
}

func decidedSessions(ev DecisionsEvaluation) []int {
	var out []int
	for _, s := range ev.Sessions {
		out = append(out, s.Number)
	}
	return out
}

// TestForumAndDecisionsAgree checks, on the embedded public record, that
// the regularity and the decisions of a forum rest on the same sessions
// on any day, and what the regularity says on 7 August 2019, the day of
// the golden reports: the 33rd Kalimantan Barat–Sarawak session (23–25
// October 2017, Singkawang) is recorded as planned, not as held, and
// nothing is recorded for 2018.
func TestForumAndDecisionsAgree(t *testing.T) {
	d := session.History()
	for _, at := range []date.Date{dayOf(2017, 10, 22), dayOf(2017, 10, 23), dayOf(2019, 8, 7), dayOf(2023, 9, 30), dayOf(2024, 12, 1), dayOf(2026, 1, 31)} {
		for _, f := range d.Forums {
			fe, err := Forum(d, f.ID, ForumOptions{At: at})
			if err != nil {
				t.Fatal(err)
			}
			de, err := Decisions(d, f.ID, at, DecisionOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(decidedSessions(de), recordedSessions(fe)); diff != "" {
				t.Errorf("%s on %s: sessions of the decisions (-) and of the regularity (+) differ:\n%s", f.ID, at, diff)
			}
		}
	}
	at := dayOf(2019, 8, 7)
	fe, _ := Forum(d, "kalbar-sarawak", ForumOptions{At: at})
	de, _ := Decisions(d, "kalbar-sarawak", at, DecisionOptions{})
	if diff := cmp.Diff([]ForumYear{{Year: 2017, Unconfirmed: []int{33}}, {Year: 2018}}, fe.Years); diff != "" {
		t.Errorf("years on %s mismatch (-want +got):\n%s", at, diff)
	}
	type row struct {
		Number                int
		Period                date.Range
		Unconfirmed, Recorded bool
	}
	var rows []row
	for _, s := range de.Sessions {
		rows = append(rows, row{s.Number, s.Period, s.Unconfirmed, s.Recorded})
	}
	if diff := cmp.Diff([]row{{33, daysOf(2017, time.October, 23, 25), true, false}}, rows); diff != "" {
		t.Errorf("decisions on %s mismatch (-want +got):\n%s", at, diff)
	}
	var got []string
	for _, f := range fe.Findings {
		got = append(got, f.Message(language.Indonesian))
	}
	want := []string{
		"Tidak ada sidang " + kbID + " yang tercatat pada 2018 (1 dari 2 tahun pada 2017–2018)",
		"Sidang ke-33 " + kbID + " hanya tercatat sebagai rencana (2017); pelaksanaannya tidak tercatat",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("findings on %s mismatch (-want +got):\n%s", at, diff)
	}
	if fe.Through != dayOf(2017, 10, 25) {
		t.Errorf("through on %s = %s, want 2017-10-25", at, fe.Through)
	}
}

// cutAt returns what of d was known on day at, written independently of
// session.Dataset.SeriesBy from the rules of the design ("Time"): a
// session with exact days once it has begun, one known to the month or
// year once that span has ended, one without a date once a later-numbered
// session of its forum is known with a date; the entries of items'
// histories for those sessions (an item with none left is not known);
// the actions assigned by a known session or by none, without a completion
// after at; a record declared complete no further than at.
func cutAt(d *session.Dataset, at date.Date) *session.Dataset {
	c := &session.Dataset{Note: d.Note}
	for _, f := range d.Forums {
		if f.RecordComplete.After(at) {
			f.RecordComplete = at
		}
		c.Forums = append(c.Forums, f)
	}
	type key struct {
		forum string
		n     int
	}
	known := map[key]bool{}
	byForum := map[string][]session.Session{}
	for _, s := range d.Sessions {
		byForum[s.Forum] = append(byForum[s.Forum], s)
	}
	for _, ss := range byForum {
		slices.SortFunc(ss, func(a, b session.Session) int { return b.Number - a.Number }) // newest first
		laterDated := false
		for _, s := range ss {
			var ok bool
			switch {
			case !s.Dates.IsZero():
				ok = !at.Before(s.Dates.Start)
			case !s.Within.IsZero():
				ok = !at.Before(s.Within.Last())
			default:
				ok = laterDated
			}
			if ok {
				known[key{s.Forum, s.Number}] = true
				if !s.Dates.IsZero() || !s.Within.IsZero() {
					laterDated = true
				}
			}
		}
	}
	for _, s := range d.Sessions {
		if known[key{s.Forum, s.Number}] {
			c.Sessions = append(c.Sessions, s)
		}
	}
	for _, it := range d.Items {
		var h []session.Entry
		for _, e := range it.History {
			if known[key{it.Forum, e.Session}] {
				h = append(h, e)
			}
		}
		if len(h) == 0 {
			continue
		}
		var acts []session.Action
		for _, a := range it.Actions {
			if a.Session != 0 && !known[key{it.Forum, a.Session}] {
				continue
			}
			if a.Done.After(at) {
				a.Done = date.Date{}
			}
			acts = append(acts, a)
		}
		it.History, it.Actions = h, acts
		c.Items = append(c.Items, it)
	}
	return c
}

// genDataset generates a valid dataset of two forums: numbered sessions in
// date order, some with exact days, some known only to the month or the
// year, some without a date, some only announced, with gaps in the
// numbering; items with histories of every outcome and status, and
// follow-up actions; records declared complete or not.
func genDataset(r *rand.Rand) *session.Dataset {
	d := &session.Dataset{Forums: session.History().Forums}
	var forums []string
	for i := range d.Forums {
		f := &d.Forums[i]
		f.RecordComplete = date.Date{}
		if f.ID != "kalbar-sarawak" && f.ID != "central" {
			continue
		}
		forums = append(forums, f.ID)
		if r.IntN(3) == 0 {
			f.RecordComplete = dayOf(2010, 1, 1).AddDays(r.IntN(15 * 365))
		}
	}
	for _, id := range forums {
		f, _ := d.Forum(id)
		cursor := dayOf(2009, 1, 1).AddDays(r.IntN(700))
		n := 1 + r.IntN(5)
		var numbers []int
		var starts []date.Date
		for range 2 + r.IntN(9) {
			s := session.Session{Forum: f.ID, Number: n}
			switch k := r.IntN(10); {
			case k < 6:
				s.Dates = date.Range{Start: cursor, End: cursor.AddDays(r.IntN(4))}
			case k < 8:
				s.Within = date.InMonth(cursor.Year, cursor.Month)
			case k < 9 && cursor.Month == time.January:
				s.Within = date.InYear(cursor.Year)
			}
			s.Unconfirmed = r.IntN(6) == 0
			s.Mode = session.Mode(r.IntN(4))
			d.Sessions = append(d.Sessions, s)
			numbers = append(numbers, n)
			starts = append(starts, cursor)
			n += 1 + r.IntN(4)/3
			// Past the end of the month, and of the year when the session
			// was known only to the year.
			next := cursor.AddDays(62 + r.IntN(600))
			if !s.Within.IsZero() && s.Within.Month == 0 {
				next = dayOf(cursor.Year+1, time.February, 1).AddDays(r.IntN(300))
			}
			cursor = next
		}
		for i := range r.IntN(8) {
			it := session.Item{Forum: f.ID, Ref: f.ID + "-" + string(rune('a'+i)), Field: session.Field(1 + r.IntN(3))}
			j := r.IntN(len(numbers))
			raised := j
			for ; j < len(numbers); j += 1 + r.IntN(2) {
				e := session.Entry{Session: numbers[j], Outcome: session.Outcome(r.IntN(7))}
				if r.IntN(2) == 0 {
					e.Status = session.Status(1 + r.IntN(4))
				}
				it.History = append(it.History, e)
			}
			for range r.IntN(4) {
				a := session.Action{Agency: "Dinas"}
				if r.IntN(3) > 0 {
					a.Session = numbers[raised+r.IntN(len(numbers)-raised)]
				}
				if r.IntN(2) == 0 {
					a.Done = starts[raised].AddDays(5 + r.IntN(2000))
				}
				it.Actions = append(it.Actions, a)
			}
			d.Items = append(d.Items, it)
		}
	}
	return d
}

// TestEvaluationsUseOnlyWhatWasKnown is the property of the design's rule
// "Time": evaluating at D equals evaluating at D the dataset cut to what
// was known at D — for Forum and Decisions, on generated datasets and on
// days around every session — and on every day the regularity and the
// decisions rest on the same sessions.
func TestEvaluationsUseOnlyWhatWasKnown(t *testing.T) {
	r := rand.New(rand.NewPCG(2017, 1023))
	runs := 300
	if testing.Short() {
		runs = 50
	}
	for run := range runs {
		d := genDataset(r)
		if err := d.Validate(); err != nil {
			t.Fatalf("run %d: generated dataset not valid: %v", run, err)
		}
		days := []date.Date{dayOf(2008, 12, 31), dayOf(2035, 1, 1)}
		for _, s := range d.Sessions {
			p := s.Period()
			if p.IsZero() {
				continue
			}
			days = append(days, p.Start.AddDays(-1), p.Start, p.End, p.End.AddDays(1))
		}
		for _, f := range d.Forums {
			days = append(days, f.RecordComplete, date.YearRange(f.RecordComplete.Year).End)
		}
		for range 5 {
			days = append(days, dayOf(2009, 1, 1).AddDays(r.IntN(20*365)))
		}
		for _, at := range days {
			if !at.IsValid() {
				continue
			}
			cut := cutAt(d, at)
			for _, f := range []string{"kalbar-sarawak", "central"} {
				full, err := Forum(d, f, ForumOptions{At: at})
				if err != nil {
					t.Fatal(err)
				}
				known, err := Forum(cut, f, ForumOptions{At: at})
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(known, full) { // cmp.Diff says how, below; DeepEqual is quicker
					t.Fatalf("run %d, %s on %s: Forum of the cut (-) and of the whole (+) differ:\n%s", run, f, at, cmp.Diff(known, full))
				}
				fullD, err := Decisions(d, f, at, DecisionOptions{})
				if err != nil {
					t.Fatal(err)
				}
				knownD, err := Decisions(cut, f, at, DecisionOptions{})
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(knownD, fullD) {
					t.Fatalf("run %d, %s on %s: Decisions of the cut (-) and of the whole (+) differ:\n%s", run, f, at, cmp.Diff(knownD, fullD))
				}
				if ds, fs := decidedSessions(fullD), recordedSessions(full); !slices.Equal(ds, fs) {
					t.Fatalf("run %d, %s on %s: sessions of the decisions %v and of the regularity %v differ", run, f, at, ds, fs)
				}
			}
		}
	}
}
