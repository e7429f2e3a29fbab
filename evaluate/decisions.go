package evaluate

import (
	"cmp"
	"fmt"
	"github.com/kerjasama/kerjasama/internal/enum"
	"slices"

	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/session"
	"golang.org/x/text/language"
)

// A Degree is the degree to which an agreed item has been carried out, on
// the four-point ordinal scale of the Peace Accords Matrix (Kroc Institute
// for International Peace Studies, University of Notre Dame; Joshi, Quinn
// and Regan, "Annualized implementation data on comprehensive intrastate
// peace accords, 1989–2012", Journal of Peace Research 52(4), 2015):
// 0 not initiated, 1 minimal, 2 intermediate, 3 full implementation. PAM
// aggregates the scores into a percentage of full implementation, as
// Implementation.Share does.
//
// The Degree constants are offset by one so that the zero Degree means
// not recorded (labelled so: "tidak tercatat"); Score returns the 0–3
// value.
type Degree uint8

// The degrees.
const (
	NotStarted   Degree = 1 + iota // 0: not initiated
	Minimal                        // 1: minimal implementation
	Intermediate                   // 2: intermediate implementation
	Full                           // 3: full implementation
)

var degrees = newEnum("Degree", []enum.Entry{
	{ID: "unknown", En: "not recorded", In: "tidak tercatat", Ms: "tidak direkodkan"},
	NotStarted:   {ID: "not-started", En: "not started", In: "belum dimulai", Ms: "belum dimulakan", Aliases: []string{"0", "not initiated", "tidak dimulai", "belum"}},
	Minimal:      {ID: "minimal", En: "minimal", In: "minimal", Ms: "minimum", Aliases: []string{"1"}},
	Intermediate: {ID: "intermediate", En: "intermediate", In: "sebagian", Ms: "separa", Aliases: []string{"2", "partial", "sebagian besar"}},
	Full:         {ID: "full", En: "full", In: "penuh", Ms: "sepenuhnya", Aliases: []string{"3", "complete", "completed", "done", "selesai"}},
}, false)

// Score returns the level on the 0–3 scale, and false for the zero Degree.
func (l Degree) Score() (int, bool) {
	if l == 0 || l > Full {
		return 0, false
	}
	return int(l) - 1, true
}

// String returns the stable identifier of l ("not-started", "minimal",
// "intermediate", "full").
func (l Degree) String() string { return degrees.String(int(l)) }

// Label returns the name of l in the language of tag.
func (l Degree) Label(tag language.Tag) string { return degrees.Label(int(l), tag) }

// MarshalText writes the stable identifier; the zero Degree (not
// recorded) gives empty text.
func (l Degree) MarshalText() ([]byte, error) { return degrees.MarshalText(int(l)) }

// UnmarshalText reads what ParseDegree reads; empty text is the zero
// Degree.
func (l *Degree) UnmarshalText(b []byte) error {
	v, err := degrees.UnmarshalText(b)
	if err == nil {
		*l = Degree(v)
	}
	return err
}

// ParseDegree reads a level by identifier, by label in any of the three
// languages, or by its score "0" to "3".
func ParseDegree(s string) (Degree, error) {
	v, err := degrees.Parse("ParseDegree", s)
	return Degree(v), err
}

// DegreeOf is the default reading of an item's implementation on the 0–3
// scale, from its recorded status and its follow-up actions as of day d:
//
//   - Done: Full;
//   - InProgress: Intermediate when at least half of its actions were done
//     by d, Minimal otherwise;
//   - Open: Minimal when some action was done by d, NotStarted otherwise;
//   - Closed (closed without being carried out): NotStarted;
//   - no status recorded (session.Item.LastStatus): the zero Degree, not
//     recorded. The degree rests on a recorded status; an item whose
//     implementation no source states is not read as not started.
//
// DegreeOf reads the item's history as given, whatever its dates:
// Decisions passes it the item as known on d, with only the entries of
// the sessions that had taken place by then and the actions they
// assigned.
func DegreeOf(it *session.Item, d date.Date) Degree {
	st, ok := it.LastStatus()
	if !ok {
		return 0
	}
	done, n := 0, len(it.Actions)
	for _, a := range it.Actions {
		if !a.Done.IsZero() && !a.Done.After(d) {
			done++
		}
	}
	switch st {
	case session.Done:
		return Full
	case session.InProgress:
		if n > 0 && 2*done >= n {
			return Intermediate
		}
		return Minimal
	case session.Closed:
		return NotStarted
	}
	if done > 0 {
		return Minimal
	}
	return NotStarted
}

// An Implementation sums up the degrees of a set of agreed items.
type Implementation struct {
	// Items counts the agreed items; Degrees those whose implementation is
	// recorded, at each level: [0] not started … [3] full; NotRecorded
	// those whose implementation no recorded status gives.
	Items       int    `json:"items"`
	Degrees     [4]int `json:"levels"`
	NotRecorded int    `json:"not_recorded,omitempty"`
	// Share is the sum of the scores over 3 × the items whose
	// implementation is recorded (Items − NotRecorded), the PAM percentage
	// of full implementation; undefined with no such items.
	Share Ratio `json:"share"`
}

// Rated returns the number of items whose implementation is recorded,
// the base of Share.
func (m Implementation) Rated() int { return m.Items - m.NotRecorded }

func (m *Implementation) add(l Degree) {
	m.Items++
	s, ok := l.Score()
	if !ok {
		m.NotRecorded++
		return
	}
	m.Degrees[s]++
}

func (m *Implementation) finish() {
	sum := m.Degrees[1] + 2*m.Degrees[2] + 3*m.Degrees[3]
	m.Share = Share(float64(sum), float64(3*m.Rated()))
}

// A FieldImplementation is the implementation of the items of one field.
type FieldImplementation struct {
	Field session.Field `json:"field"`
	Implementation
}

// A SessionDecisions is what became of the items one session agreed.
type SessionDecisions struct {
	Number int        `json:"number"`
	Period date.Range `json:"period,omitzero"`
	// Unconfirmed reports that the session is recorded only as announced
	// or planned, none confirming it held (session.Event.Unconfirmed).
	Unconfirmed bool `json:"unconfirmed,omitempty"`
	// Recorded reports whether the dataset records what the session
	// decided about any item: an outcome of agreed, not agreed, dropped or
	// carried over (session.Outcome.Decided). When it is false, Agreed and
	// CarriedOver are zero because nothing is recorded, not because
	// nothing was agreed: show "not recorded", not 0.
	Recorded bool `json:"recorded"`
	// Agreed is the implementation of the items the session agreed.
	Agreed  Implementation        `json:"agreed"`
	ByField []FieldImplementation `json:"by_field,omitempty"`
	// CarriedOver counts the items the session carried over to the next
	// without a decision.
	CarriedOver int `json:"carried_over"`
}

// DecisionOptions configure the evaluation of decisions.
type DecisionOptions struct {
	// Degree reads an item's implementation on day d; nil means DegreeOf.
	// It is given the item as known on d (see DegreeOf); the zero Degree
	// means not recorded.
	Degree func(it *session.Item, d date.Date) Degree
}

// A DecisionsEvaluation says whether a forum's decisions are carried out.
type DecisionsEvaluation struct {
	Forum string    `json:"forum"`
	Name  string    `json:"name"`
	Date  date.Date `json:"date"`
	// Sessions are the sessions that had taken place by Date
	// (session.Dataset.SeriesBy, the sessions Forum rests on), in number
	// order, whether or not anything they decided is recorded.
	Sessions []SessionDecisions `json:"sessions"`
	// Overall and ByField cover the items agreed at any session.
	Overall Implementation        `json:"overall"`
	ByField []FieldImplementation `json:"by_field,omitempty"`
	// Open counts the agreed items whose recorded status on Date is open
	// or in progress: the decisions still open. Proposals never agreed are
	// not decisions and are never counted; agreed items without a recorded
	// status are counted in Overall.NotRecorded instead. MedianOpenDays is
	// the median of their ages in days, counted from the first day of the
	// session that agreed them (undefined ages are left out).
	Open           int     `json:"open"`
	MedianOpenDays float64 `json:"median_open_days"`
	// Through is the latest day the evaluation's records reach: the last
	// day (no later than Date) of the latest session of which an outcome
	// or a status is recorded, or the latest action of an agreed item done
	// by Date if that is later. Zero when nothing is recorded. A report
	// says "Data tercatat sampai" its month.
	Through  date.Date `json:"through,omitzero"`
	Findings []Finding `json:"findings"`
}

// itemAsOf returns the item as known on day d: the entries of its history
// for the sessions in held, and the actions assigned by one of them or by
// an unknown session, with a completion dated after d left out.
func itemAsOf(it *session.Item, held map[int]int, d date.Date) session.Item {
	c := *it
	c.History = nil
	for _, e := range it.History {
		if _, ok := held[e.Session]; ok {
			c.History = append(c.History, e)
		}
	}
	c.Actions = nil
	for _, a := range it.Actions {
		if _, ok := held[a.Session]; a.Session != 0 && !ok {
			continue
		}
		if a.Done.After(d) {
			a.Done = date.Date{}
		}
		c.Actions = append(c.Actions, a)
	}
	return c
}

// Decisions evaluates the implementation of the items the forum's
// sessions agreed, as of day d: per session and per field, the share of
// the agreed items carried out on the 0–3 scale (see Degree), the number
// carried over, and the median age of the decisions still open.
//
// Only what was known on d counts: the sessions that had taken place by
// then (session.Dataset.SeriesBy, the same sessions Forum counts), the
// entries of items' histories for those sessions, and the actions they
// assigned, done by d. An item done in October 2021 is not done on 15
// January 2021. Only agreed items are decisions; an item only proposed,
// discussed or carried over is not. A session whose decisions are not
// recorded, and agreed items without a recorded status, are said to be
// not recorded (DecisionsNotRecorded, DecisionsStatusNotRecorded), never
// counted as nothing agreed or nothing done.
func Decisions(ds *session.Dataset, forum string, d date.Date, opt DecisionOptions) (DecisionsEvaluation, error) {
	f, ok := ds.Forum(forum)
	if !ok {
		return DecisionsEvaluation{}, fmt.Errorf("evaluate: no forum %q in the dataset", forum)
	}
	level := opt.Degree
	if level == nil {
		level = DegreeOf
	}
	names := forumNames(f)
	ev := DecisionsEvaluation{Forum: forum, Name: names["id"], Date: d}
	idx := map[int]int{}
	for _, s := range ds.SeriesBy(forum, d) {
		idx[s.Number] = len(ev.Sessions)
		ev.Sessions = append(ev.Sessions, SessionDecisions{Number: s.Number, Period: s.Period(), Unconfirmed: s.Unconfirmed})
	}
	byField := map[session.Field]*Implementation{}
	perSession := make([]map[session.Field]*Implementation, len(ev.Sessions))
	var ages []float64
	for i := range ds.Items {
		if ds.Items[i].Forum != forum {
			continue
		}
		it := itemAsOf(&ds.Items[i], idx, d)
		if len(it.History) == 0 {
			continue
		}
		var l Degree
		agreed := false
		for _, e := range it.History {
			j := idx[e.Session]
			sd := &ev.Sessions[j]
			if (e.Outcome.Decided() || e.Status != 0) && sd.Period.IsValid() {
				ev.Through = latestOf(ev.Through, clipTo(sd.Period.End, d))
			}
			if e.Outcome.Decided() {
				sd.Recorded = true
			}
			switch e.Outcome {
			case session.Agreed:
				if !agreed {
					l, agreed = level(&it, d), true
				}
				sd.Agreed.add(l)
				m := perSession[j]
				if m == nil {
					m = map[session.Field]*Implementation{}
					perSession[j] = m
				}
				fieldImpl(m, it.Field).add(l)
			case session.CarriedOver:
				sd.CarriedOver++
			}
		}
		if !agreed {
			continue
		}
		for _, a := range it.Actions {
			if a.Done.IsValid() {
				ev.Through = latestOf(ev.Through, a.Done)
			}
		}
		ev.Overall.add(l)
		fieldImpl(byField, it.Field).add(l)
		if st, ok := it.LastStatus(); ok && !st.Final() {
			ev.Open++
			if s := ev.Sessions[idx[it.AgreedAt()]].Period.Start; s.IsValid() {
				ages = append(ages, float64(d.DaysSince(s)))
			}
		}
	}
	for j := range ev.Sessions {
		ev.Sessions[j].Agreed.finish()
		ev.Sessions[j].ByField = sortedFields(perSession[j])
	}
	ev.Overall.finish()
	ev.ByField = sortedFields(byField)
	ev.MedianOpenDays, _ = median(ages)

	var notRecorded []int
	for _, sd := range ev.Sessions {
		if !sd.Recorded {
			notRecorded = append(notRecorded, sd.Number)
			continue
		}
		if sd.Agreed.Rated() == 0 && sd.CarriedOver == 0 {
			continue
		}
		s, _ := ds.Session(forum, sd.Number)
		sev := Info
		if v, ok := sd.Agreed.Share.Value(); ok && v < 0.5 {
			sev = Warning
		}
		fd := newFinding(DecisionsCarriedOut, sev, s.Title(f, language.Indonesian), sd.Period,
			fig("share", sd.Agreed.Share), fig("agreed", sd.Agreed.Rated()), fig("full", sd.Agreed.Degrees[3]), fig("carried_over", sd.CarriedOver))
		fd.Names = map[string]string{"id": s.Title(f, language.Indonesian), "ms": s.Title(f, language.Malay), "en": s.Title(f, language.English)}
		ev.Findings = append(ev.Findings, fd)
	}
	add := func(c Code, sev Severity, period date.Range, figs ...Figure) {
		fd := newFinding(c, sev, ev.Name, period, figs...)
		fd.Names = names
		ev.Findings = append(ev.Findings, fd)
	}
	if ev.Overall.NotRecorded > 0 {
		add(DecisionsStatusNotRecorded, Warning, date.Range{Start: d, End: d}, fig("not_recorded", ev.Overall.NotRecorded), fig("agreed", ev.Overall.Items))
	}
	if len(notRecorded) > 0 {
		add(DecisionsNotRecorded, Warning, date.Range{Start: d, End: d}, fig("numbers", notRecorded), fig("count", len(notRecorded)))
	}
	if ev.Open > 0 {
		add(DecisionsOpen, Info, date.Range{Start: d, End: d}, fig("open", ev.Open), fig("median_days", ev.MedianOpenDays))
	}
	return ev, nil
}

func fieldImpl(m map[session.Field]*Implementation, f session.Field) *Implementation {
	p := m[f]
	if p == nil {
		p = &Implementation{}
		m[f] = p
	}
	return p
}

func sortedFields(m map[session.Field]*Implementation) []FieldImplementation {
	out := make([]FieldImplementation, 0, len(m))
	for f, p := range m {
		p.finish()
		out = append(out, FieldImplementation{Field: f, Implementation: *p})
	}
	slices.SortFunc(out, func(a, b FieldImplementation) int { return cmp.Compare(a.Field, b.Field) })
	return out
}
