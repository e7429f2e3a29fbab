package report

import (
	"github.com/kerjasama/kerjasama/agreement"
	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/evaluate"
	"github.com/kerjasama/kerjasama/session"
	"github.com/kerjasama/kerjasama/trade"
)

// KnownBy returns the part of d that was known on day at: what a report
// on that day can rest on. Build evaluates KnownBy(at), so that a report
// for a past date says what could be said then, and nothing that happened
// later. The rules:
//
//   - A trade figure or a welfare figure is known once its period has
//     ended: an annual 2016 figure does not exist on 30 June 2016, a
//     January–November figure exists from 1 December.
//   - An agreement exists once something dated in it has happened (signing,
//     an event, an activity: a date known only to the year or month has
//     happened when its whole span has, date.Partial.HappenedBy); its
//     events and activities after at are not known. An agreement with no
//     date at all is kept: nothing says when it was made.
//   - A forum exists from its founding; a session once it has taken place
//     (session.Dataset.SeriesBy, the rule every forum evaluation uses: from
//     its first day, or once the month or year it is known to has passed,
//     or, undated, once a later session has taken place). An item's
//     history keeps the entries of known sessions, and an item with none
//     left is not known.
//   - A source is kept when the fact it supports is.
//
// d is not modified; the result shares no slice that KnownBy changed.
func (d *Dataset) KnownBy(at date.Date) *Dataset {
	k := *d
	k.Trade = nil
	for _, ts := range d.Trade {
		c := ts
		c.Balances = keep(ts.Balances, func(b *trade.Balance) bool { return ended(b.Period, at) })
		c.Groups = keep(ts.Groups, func(g *trade.Group) bool { return ended(g.Key.Period, at) })
		if ts.Groups != nil && c.Groups == nil {
			c.Groups = []trade.Group{} // still a series of groups, now empty
		}
		k.Trade = append(k.Trade, c)
	}
	k.Agreements = nil
	for _, a := range d.Agreements {
		if c, ok := agreementKnownBy(a, at); ok {
			k.Agreements = append(k.Agreements, c)
		}
	}
	if d.Agreements != nil && k.Agreements == nil {
		k.Agreements = []agreement.Agreement{}
	}
	if d.Sessions != nil {
		k.Sessions = sessionsKnownBy(d.Sessions, at)
	}
	k.Spending = keep(d.Spending, func(s *evaluate.Spending) bool { return ended(s.Period, at) })
	k.Sources = keep(d.Sources, func(s *Source) bool { return s.Known.IsZero() || ended(s.Known, at) })
	return &k
}

// ended reports whether the period r has ended by at.
func ended(r date.Range, at date.Date) bool { return !r.IsZero() && !r.End.After(at) }

// keep returns the elements of xs for which ok is true, in a new slice
// (nil when none is).
func keep[T any](xs []T, ok func(*T) bool) []T {
	var out []T
	for i := range xs {
		if ok(&xs[i]) {
			out = append(out, xs[i])
		}
	}
	return out
}

// agreementKnownBy returns a as it was known on at, and whether it existed.
func agreementKnownBy(a agreement.Agreement, at date.Date) (agreement.Agreement, bool) {
	dated, happened := false, false
	note := func(p agreement.PartialDate) bool {
		if p.IsZero() {
			return true
		}
		dated = true
		if p.HappenedBy(at) {
			happened = true
			return true
		}
		return false
	}
	signed := note(a.Signed)
	a.Events = keep(a.Events, func(e *agreement.Event) bool { return note(e.Date) })
	a.Activities = keep(a.Activities, func(act *agreement.Activity) bool { return note(act.Date) })
	if dated && !happened {
		return a, false
	}
	if !signed {
		a.Signed = agreement.PartialDate{}
	}
	return a, true
}

// sessionsKnownBy returns the forums, sessions and items of ds known on at.
func sessionsKnownBy(ds *session.Dataset, at date.Date) *session.Dataset {
	k := *ds
	k.Forums = keep(ds.Forums, func(f *session.Forum) bool {
		switch {
		case !f.Founded.IsZero():
			return !f.Founded.After(at)
		case f.FoundedYear != 0:
			return f.FoundedYear < at.Year || (f.FoundedYear == at.Year && at.Month == 12 && at.Day == 31)
		}
		return true
	})
	forums := map[string]bool{}
	for _, f := range k.Forums {
		forums[f.ID] = true
	}
	type ref struct {
		forum string
		n     int
	}
	held := map[ref]bool{}
	for _, f := range k.Forums {
		for _, s := range ds.SeriesBy(f.ID, at) {
			held[ref{s.Forum, s.Number}] = true
		}
	}
	k.Sessions = nil
	for _, s := range ds.Sessions {
		if !held[ref{s.Forum, s.Number}] {
			continue
		}
		s.Meetings = keep(s.Meetings, func(m *session.Meeting) bool { return m.Period().IsZero() || begun(m.Event, at) })
		k.Sessions = append(k.Sessions, s)
	}
	k.Items = nil
	for _, it := range ds.Items {
		if !forums[it.Forum] {
			continue
		}
		it.History = keep(it.History, func(e *session.Entry) bool { return held[ref{it.Forum, e.Session}] })
		if len(it.History) > 0 {
			k.Items = append(k.Items, it)
		}
	}
	return &k
}

// begun reports whether the event had begun by at: its first day, when
// its days are recorded; when only the month or year is, once that whole
// span has passed.
func begun(e session.Event, at date.Date) bool {
	if !e.Dates.IsZero() {
		return !e.Dates.Start.After(at)
	}
	p := e.Period()
	return !p.IsZero() && !p.End.After(at)
}
