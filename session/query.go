package session

import (
	"cmp"
	"slices"

	"github.com/kerjasama/kerjasama/date"
)

// Forum returns the forum with the given ID.
func (d *Dataset) Forum(id string) (*Forum, bool) {
	for i := range d.Forums {
		if d.Forums[i].ID == id {
			return &d.Forums[i], true
		}
	}
	return nil, false
}

// Session returns session number n of forum.
func (d *Dataset) Session(forum string, n int) (*Session, bool) {
	for i := range d.Sessions {
		if s := &d.Sessions[i]; s.Forum == forum && s.Number == n {
			return s, true
		}
	}
	return nil, false
}

// Series returns the sessions of forum in number order. The pointers refer
// into d.Sessions.
func (d *Dataset) Series(forum string) []*Session {
	var out []*Session
	for i := range d.Sessions {
		if d.Sessions[i].Forum == forum {
			out = append(out, &d.Sessions[i])
		}
	}
	slices.SortStableFunc(out, func(a, b *Session) int { return cmp.Compare(a.Number, b.Number) })
	return out
}

// SeriesBy returns the sessions of forum that had taken place by day at,
// in number order: the sessions a record kept on that day could hold. The
// pointers refer into d.Sessions; the zero at means no limit (Series).
//
//   - A session with exact dates counts from its first day.
//   - A session known only to the month or the year (Within) counts once
//     that whole month or year has passed, the one rule of partial dates
//     (date.Partial.HappenedBy): on 15 September 2023 a session held "in
//     September 2023" has not certainly taken place.
//   - A session recorded without any date counts once a later-numbered
//     session of the forum has taken place by at with a known date:
//     sessions are numbered in order, so it certainly came before.
//
// Unconfirmed sessions (announced or planned, none confirming them held)
// count by the same rule; callers tell them apart by Event.Unconfirmed.
// Every evaluation as of a day rests on these sessions, so that its
// sections agree on what was held.
func (d *Dataset) SeriesBy(forum string, at date.Date) []*Session {
	series := d.Series(forum)
	if at.IsZero() {
		return series
	}
	keep := make([]bool, len(series))
	later := false // a later-numbered dated session took place by at
	for i := len(series) - 1; i >= 0; i-- {
		s := series[i]
		switch p := s.Period(); {
		case !s.Dates.IsZero():
			keep[i] = s.Dates.IsValid() && !s.Dates.Start.After(at)
		case !p.IsZero():
			keep[i] = p.IsValid() && !p.End.After(at)
		default:
			keep[i] = later
		}
		later = later || (keep[i] && !s.Period().IsZero())
	}
	out := series[:0]
	for i, s := range series {
		if keep[i] {
			out = append(out, s)
		}
	}
	return out
}

// LastStatus returns the item's status after its latest session as the
// history records it, and whether any status is recorded at all: the
// last status recorded, where an entry without a status counts as Closed
// after an outcome of Dropped or NotAgreed and leaves the status unchanged
// otherwise (Proposed, Discussed, CarriedOver, Agreed). Status reads an
// item with no recorded status as Open; LastStatus tells that reading from
// a recorded one, for evaluations that must rest on what was recorded.
func (it *Item) LastStatus() (Status, bool) {
	for i := len(it.History) - 1; i >= 0; i-- {
		if s := it.History[i].effective(); s != 0 {
			return s, true
		}
	}
	return 0, false
}

// AgreedAt returns the number of the first session that agreed the item
// (an entry with outcome Agreed), or 0 if none did. Only an agreed item is
// a decision of the forum: an item that was proposed, discussed or carried
// over and never agreed is a proposal, however long it stays open.
func (it *Item) AgreedAt() int {
	for _, e := range it.History {
		if e.Outcome == Agreed {
			return e.Session
		}
	}
	return 0
}

// Item returns the item of forum with the given reference.
func (d *Dataset) Item(forum, ref string) (*Item, bool) {
	for i := range d.Items {
		if it := &d.Items[i]; it.Forum == forum && it.Ref == ref {
			return it, true
		}
	}
	return nil, false
}

// Discussed returns the items of forum that session n discussed, with the
// entry of each for that session, in the order of d.Items. A working paper
// (Kertas Kerja) of a field is the subset with that Field; the minutes
// (risalah) the subset with outcome Agreed (see Agreed).
func (d *Dataset) Discussed(forum string, n int) []ItemEntry {
	var out []ItemEntry
	for i := range d.Items {
		it := &d.Items[i]
		if it.Forum != forum {
			continue
		}
		for _, e := range it.History {
			if e.Session == n {
				out = append(out, ItemEntry{Item: it, Entry: e})
				break
			}
		}
	}
	return out
}

// An ItemEntry is an item with its entry for one session.
type ItemEntry struct {
	Item  *Item
	Entry Entry
}

// WorkingPaper returns the items of field f that session n of forum
// discussed: the content of Kertas Kerja f.Team() at that session.
func (d *Dataset) WorkingPaper(forum string, n int, f Field) []ItemEntry {
	var out []ItemEntry
	for _, ie := range d.Discussed(forum, n) {
		if ie.Item.Field == f {
			out = append(out, ie)
		}
	}
	return out
}

// Agreed returns the items that session n of forum agreed: what its
// minutes (risalah) record.
func (d *Dataset) Agreed(forum string, n int) []*Item {
	var out []*Item
	for _, ie := range d.Discussed(forum, n) {
		if ie.Entry.Outcome == Agreed {
			out = append(out, ie.Item)
		}
	}
	return out
}

// sessionOrder ranks every session from oldest to newest. Sessions are
// ordered by start date; a session without a known date takes the date of
// the nearest earlier-numbered dated session of its forum, so it stays in
// number order within its forum. Ties go by forum ID and number.
func (d *Dataset) sessionOrder() map[seriesKey]int {
	type ranked struct {
		key  seriesKey
		when date.Date
	}
	rs := make([]ranked, 0, len(d.Sessions))
	byForum := map[string][]*Session{}
	for i := range d.Sessions {
		s := &d.Sessions[i]
		byForum[s.Forum] = append(byForum[s.Forum], s)
	}
	for _, ss := range byForum {
		slices.SortStableFunc(ss, func(a, b *Session) int { return cmp.Compare(a.Number, b.Number) })
		var when date.Date
		for _, s := range ss {
			if p := s.Period(); p.Start.IsValid() {
				when = p.Start
			}
			rs = append(rs, ranked{seriesKey{s.Forum, s.Number}, when})
		}
	}
	slices.SortFunc(rs, func(a, b ranked) int {
		if c := a.when.Compare(b.when); c != 0 {
			return c
		}
		if c := cmp.Compare(a.key.forum, b.key.forum); c != 0 {
			return c
		}
		return cmp.Compare(a.key.number, b.key.number)
	})
	order := make(map[seriesKey]int, len(rs))
	for i, r := range rs {
		order[r.key] = i
	}
	return order
}

// OpenItems returns the items still open (neither done nor closed), oldest
// first: ordered by the session that raised them (by its date, across
// forums), then in the order of d.Items. An empty forum selects every forum.
// Open items are proposals still awaiting a decision as well as decisions
// awaiting their implementation; Item.AgreedAt tells the decisions apart.
// Items raised by a session missing from the dataset come last. The
// pointers refer into d.Items.
//
// OpenItems runs in time linear in the number of items plus the sessions'
// sort: it is meant for datasets of hundreds of thousands of items.
func (d *Dataset) OpenItems(forum string) []*Item {
	order := d.sessionOrder()
	unknown := len(order)
	// Ranks by forum, then by number, so that the look-up per item hashes
	// an int rather than a string.
	byForum := map[string]map[int]int{}
	for k, r := range order {
		m := byForum[k.forum]
		if m == nil {
			m = map[int]int{}
			byForum[k.forum] = m
		}
		m[k.number] = r
	}
	counts := make([]int, unknown+2)
	rank := make([]int32, len(d.Items))
	var (
		lastForum string
		ranks     map[int]int
	)
	n := 0
	for i := range d.Items {
		it := &d.Items[i]
		rank[i] = -1
		if (forum != "" && it.Forum != forum) || !it.IsOpen() {
			continue
		}
		if ranks == nil || it.Forum != lastForum {
			lastForum, ranks = it.Forum, byForum[it.Forum]
		}
		r, ok := ranks[it.Raised()]
		if !ok {
			r = unknown
		}
		rank[i] = int32(r)
		counts[r+1]++
		n++
	}
	for i := 1; i < len(counts); i++ {
		counts[i] += counts[i-1]
	}
	out := make([]*Item, n)
	for i := range d.Items {
		if r := rank[i]; r >= 0 {
			out[counts[r]] = &d.Items[i]
			counts[r]++
		}
	}
	return out
}

// Years returns the years in which forum held at least one session, in
// order, and for each the sessions held that year. Sessions whose year is
// unknown are left out.
func (d *Dataset) Years(forum string) (years []int, byYear map[int][]*Session) {
	byYear = map[int][]*Session{}
	for _, s := range d.Series(forum) {
		y := s.Year()
		if y == 0 {
			continue
		}
		if _, ok := byYear[y]; !ok {
			years = append(years, y)
		}
		byYear[y] = append(byYear[y], s)
	}
	slices.Sort(years)
	return years, byYear
}

// Missing returns the session numbers of forum absent from the dataset
// between its lowest and highest known numbers: gaps in the record, which
// may be sessions not held or sessions not yet found in sources.
func (d *Dataset) Missing(forum string) []int {
	ss := d.Series(forum)
	var out []int
	for i := 1; i < len(ss); i++ {
		for n := ss[i-1].Number + 1; n < ss[i].Number; n++ {
			out = append(out, n)
		}
	}
	return out
}
