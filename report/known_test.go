package report

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/kerjasama/kerjasama/agreement"
	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/evaluate"
	"github.com/kerjasama/kerjasama/money"
	"github.com/kerjasama/kerjasama/region"
	"github.com/kerjasama/kerjasama/session"
	"github.com/kerjasama/kerjasama/trade"
)

// cutTo is the test's own statement of what was known on day at,
// written apart from KnownBy: it lists the dates each record rests on and
// keeps a record only when each of them is over by at.
func cutTo(d *Dataset, at date.Date) *Dataset {
	over := func(last date.Date) bool { return !last.After(at) }
	c := &Dataset{Title: d.Title, AgreementOptions: d.AgreementOptions, Forums: d.Forums}
	for _, ts := range d.Trade {
		s := TradeSeries{Options: ts.Options}
		for _, b := range ts.Balances {
			if over(b.Period.End) {
				s.Balances = append(s.Balances, b)
			}
		}
		if ts.Groups != nil {
			s.Groups = []trade.Group{}
			for _, g := range ts.Groups {
				if over(g.Key.Period.End) {
					s.Groups = append(s.Groups, g)
				}
			}
		}
		c.Trade = append(c.Trade, s)
	}
	if d.Agreements != nil {
		c.Agreements = []agreement.Agreement{}
	}
	for _, a := range d.Agreements {
		var lasts []date.Date // the last day of every dated step
		if !a.Signed.IsZero() {
			lasts = append(lasts, a.Signed.Last())
		}
		b := a
		b.Events, b.Activities = nil, nil
		for _, e := range a.Events {
			if !e.Date.IsZero() {
				lasts = append(lasts, e.Date.Last())
			}
			if e.Date.IsZero() || over(e.Date.Last()) {
				b.Events = append(b.Events, e)
			}
		}
		for _, act := range a.Activities {
			if !act.Date.IsZero() {
				lasts = append(lasts, act.Date.Last())
			}
			if act.Date.IsZero() || over(act.Date.Last()) {
				b.Activities = append(b.Activities, act)
			}
		}
		exists := len(lasts) == 0
		for _, l := range lasts {
			exists = exists || over(l)
		}
		if !exists {
			continue
		}
		if !a.Signed.IsZero() && !over(a.Signed.Last()) {
			b.Signed = agreement.PartialDate{}
		}
		c.Agreements = append(c.Agreements, b)
	}
	for _, s := range d.Spending {
		if over(s.Period.End) {
			c.Spending = append(c.Spending, s)
		}
	}
	if d.Sessions != nil {
		ds := &session.Dataset{Note: d.Sessions.Note}
		for _, f := range d.Sessions.Forums {
			founded := f.Founded
			if founded.IsZero() && f.FoundedYear != 0 {
				founded = date.YearRange(f.FoundedYear).End
			}
			if founded.IsZero() || over(founded) {
				ds.Forums = append(ds.Forums, f)
			}
		}
		tookPlace := func(s session.Session) bool {
			switch {
			case !s.Dates.IsZero():
				return over(s.Dates.Start)
			case !s.Period().IsZero():
				return over(s.Period().End)
			}
			return false
		}
		held := func(forum string, n int) bool {
			for _, s := range d.Sessions.Sessions {
				if s.Forum != forum || s.Number < n {
					continue
				}
				if s.Number == n && tookPlace(s) {
					return true
				}
				if s.Number > n && tookPlace(s) && d.sessionUndated(forum, n) {
					return true
				}
			}
			return false
		}
		known := map[string]bool{}
		for _, f := range ds.Forums {
			known[f.ID] = true
		}
		for _, s := range d.Sessions.Sessions {
			if !known[s.Forum] || !held(s.Forum, s.Number) {
				continue
			}
			t := s
			t.Meetings = nil
			for _, m := range s.Meetings {
				first := m.Dates.Start
				if m.Dates.IsZero() {
					first = m.Period().End
				}
				if first.IsZero() || over(first) {
					t.Meetings = append(t.Meetings, m)
				}
			}
			ds.Sessions = append(ds.Sessions, t)
		}
		for _, it := range d.Sessions.Items {
			if !known[it.Forum] {
				continue
			}
			t := it
			t.History = nil
			for _, e := range it.History {
				if held(it.Forum, e.Session) {
					t.History = append(t.History, e)
				}
			}
			if len(t.History) > 0 {
				ds.Items = append(ds.Items, t)
			}
		}
		c.Sessions = ds
	}
	return c
}

// sessionUndated reports whether session n of forum has no recorded dates.
func (d *Dataset) sessionUndated(forum string, n int) bool {
	for _, s := range d.Sessions.Sessions {
		if s.Forum == forum && s.Number == n {
			return s.Period().IsZero()
		}
	}
	return false
}

// evaluations are the parts of a report compared by the property.
func evaluations(r *Report) any {
	return []any{r.Trade, r.Register, r.Forums, r.Decisions, r.Welfare}
}

var reportCmp = []cmp.Option{
	cmpopts.EquateEmpty(),
	cmp.Comparer(func(a, b money.Amount) bool { return a == b }),
	cmp.Comparer(func(a, b evaluate.Ratio) bool { return a.String() == b.String() }),
	cmp.Comparer(func(a, b region.Region) bool { return a.Code == b.Code && a.Name == b.Name }),
}

// TestKnownByProperty checks the rule of time as a property: a report on
// day D equals the report on D of the data cut to what was known on D,
// for the embedded dataset on days from 2005 to 2027 and for generated
// datasets; and nothing in a report ends after its day.
func TestKnownByProperty(t *testing.T) {
	check := func(name string, d *Dataset, at date.Date) {
		t.Helper()
		got, err := Build(d, at)
		if err != nil {
			t.Fatalf("%s at %s: %v", name, at, err)
		}
		want, err := Build(cutTo(d, at), at)
		if err != nil {
			t.Fatalf("%s at %s, cut: %v", name, at, err)
		}
		if diff := cmp.Diff(evaluations(want), evaluations(got), reportCmp...); diff != "" {
			t.Fatalf("%s at %s: report differs from the report of the data known then (-cut +report):\n%s", name, at, diff)
		}
		for _, te := range got.Trade {
			for _, p := range te.Periods {
				if p.Period.End.After(at) {
					t.Errorf("%s at %s: trade period %s has not ended", name, at, p.Period)
				}
			}
		}
		for _, w := range got.Welfare {
			for _, p := range w.Periods {
				if p.Spending.Period.End.After(at) {
					t.Errorf("%s at %s: welfare period %s has not ended", name, at, p.Spending.Period)
				}
			}
		}
		for _, f := range got.Forums {
			for _, y := range f.Years {
				if y.Year > at.Year && len(y.Sessions) > 0 {
					t.Errorf("%s at %s: sessions in %d", name, at, y.Year)
				}
			}
		}
	}
	emb := Embedded()
	for at := (date.Date{Year: 2005, Month: time.January, Day: 1}); at.Year < 2028; at = at.AddDays(37) {
		check("embedded", emb, at)
	}
	for _, at := range []date.Date{
		{Year: 2016, Month: 12, Day: 30}, {Year: 2016, Month: 12, Day: 31}, {Year: 2022, Month: 11, Day: 30},
		{Year: 2022, Month: 12, Day: 1}, {Year: 2022, Month: 6, Day: 1}, {Year: 2022, Month: 6, Day: 2},
		{Year: 2017, Month: 10, Day: 22}, {Year: 2017, Month: 10, Day: 23},
	} {
		check("embedded", emb, at)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 200 {
		d := generated(rng)
		at := date.Date{Year: 2010 + rng.IntN(16), Month: time.Month(1 + rng.IntN(12)), Day: 1 + rng.IntN(28)}
		check("generated "+string(rune('A'+i%26)), d, at)
	}
}

// generated returns a random dataset: balances and records over 2010–2025
// (whole years, part years, months), agreements with dates known to the
// day, month or year, and welfare figures.
func generated(rng *rand.Rand) *Dataset {
	partial := func() agreement.PartialDate {
		y := 2010 + rng.IntN(16)
		switch rng.IntN(4) {
		case 0:
			return agreement.InYear(y)
		case 1:
			return agreement.InMonth(y, time.Month(1+rng.IntN(12)))
		case 2:
			return agreement.PartialDate{}
		}
		return agreement.On(date.Date{Year: y, Month: time.Month(1 + rng.IntN(12)), Day: 1 + rng.IntN(28)})
	}
	period := func(y int) date.Range {
		switch rng.IntN(3) {
		case 0:
			return date.Range{Start: date.Date{Year: y, Month: 1, Day: 1}, End: date.MonthRange(y, time.Month(1+rng.IntN(11))).End}
		case 1:
			return date.MonthRange(y, time.Month(1+rng.IntN(12)))
		}
		return date.YearRange(y)
	}
	d := &Dataset{}
	var balances []trade.Balance
	var agg trade.Aggregator
	agg.By = evaluate.GroupDims
	for y := 2010; y < 2026; y++ {
		if rng.IntN(3) == 0 {
			continue
		}
		p := date.YearRange(y)
		if rng.IntN(4) == 0 && y == 2025 {
			p = period(y)
		}
		b, _ := trade.NewBalance(p, money.Rupiah(int64(1+rng.IntN(1000))), money.Rupiah(int64(1+rng.IntN(1000))))
		balances = append(balances, b)
		for m := 1; m <= 12; m++ {
			if rng.IntN(2) == 0 {
				continue
			}
			rec := trade.Record{Period: date.MonthRange(y, time.Month(m)), Flow: trade.Flow(1 + rng.IntN(2)), Value: money.Rupiah(int64(rng.IntN(500)))}
			_ = agg.Add(&rec)
		}
	}
	d.Trade = []TradeSeries{
		{Options: evaluate.TradeOptions{Subject: "A"}, Balances: balances},
		{Options: evaluate.TradeOptions{Subject: "B"}, Groups: agg.Groups()},
	}
	banten, _ := region.Lookup("36")
	for i := range 1 + rng.IntN(6) {
		a := agreement.Agreement{ID: string(rune('a' + i)), Title: "Kerja sama " + string(rune('A'+i)),
			Kind: agreement.KindMoU, Parties: []agreement.Party{{Role: agreement.RoleRegion, Region: banten}}}
		a.Signed = partial()
		if rng.IntN(2) == 0 && !a.Signed.IsZero() {
			a.Term = agreement.Term{Months: 12 * (1 + rng.IntN(5))}
		}
		for range rng.IntN(4) {
			a.Activities = append(a.Activities, agreement.Activity{Date: partial(), Description: "kegiatan"})
		}
		d.Agreements = append(d.Agreements, a)
	}
	kalbar, _ := region.Lookup("61")
	for y := 2014; y < 2026; y++ {
		if rng.IntN(2) == 0 {
			d.Spending = append(d.Spending, evaluate.Spending{Region: kalbar, Period: date.YearRange(y), PerCapitaMonthly: money.Rupiah(int64(800000 + rng.IntN(500000)))})
		}
	}
	return d
}
