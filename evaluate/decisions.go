package evaluate

import (
	"cmp"
	"fmt"
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
// unknown; Score returns the 0–3 value.
type Degree uint8

// The degrees.
const (
	NotStarted   Degree = 1 + iota // 0: not initiated
	Minimal                        // 1: minimal implementation
	Intermediate                   // 2: intermediate implementation
	Full                           // 3: full implementation
)

var degrees = newEnum("Degree",
	[]string{"unknown", "not-started", "minimal", "intermediate", "full"},
	[][4]string{ // en, id, ms, ms-BN
		{"unknown", "tidak diketahui", "tidak diketahui", "tidak diketahui"},
		{"not started", "belum dimulai", "belum dimulakan", "belum dimulakan"},
		{"minimal", "minimal", "minimum", "minimum"},
		{"intermediate", "sebagian", "separa", "separa"},
		{"full", "penuh", "sepenuhnya", "sepenuhnya"},
	}, map[string]int{
		"0": int(NotStarted), "1": int(Minimal), "2": int(Intermediate), "3": int(Full),
		"not initiated": int(NotStarted), "tidak dimulai": int(NotStarted), "belum": int(NotStarted),
		"partial": int(Intermediate), "sebagian besar": int(Intermediate),
		"complete": int(Full), "completed": int(Full), "done": int(Full), "selesai": int(Full),
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
func (l Degree) String() string { return degrees.str(int(l)) }

// Label returns the name of l in the language of tag.
func (l Degree) Label(tag language.Tag) string { return degrees.label(int(l), tag) }

// MarshalText writes the stable identifier.
func (l Degree) MarshalText() ([]byte, error) { return degrees.marshal(int(l)) }

// UnmarshalText reads what ParseDegree reads.
func (l *Degree) UnmarshalText(b []byte) error {
	v, err := ParseDegree(string(b))
	if err == nil {
		*l = v
	}
	return err
}

// ParseDegree reads a level by identifier, by label in any of the three
// languages, or by its score "0" to "3".
func ParseDegree(s string) (Degree, error) {
	v, err := degrees.parse(s)
	return Degree(v), err
}

// DegreeOf is the default reading of an item's implementation on the 0–3
// scale, from its status and its follow-up actions as of day d:
//
//   - Done: Full;
//   - InProgress: Intermediate when at least half of its actions were done
//     by d, Minimal otherwise;
//   - Open: Minimal when some action was done by d, NotStarted otherwise;
//   - Closed (closed without being carried out): NotStarted.
func DegreeOf(it *session.Item, d date.Date) Degree {
	done, n := 0, len(it.Actions)
	for _, a := range it.Actions {
		if !a.Done.IsZero() && !a.Done.After(d) {
			done++
		}
	}
	switch it.Status() {
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
	Items int `json:"items"`
	// Degrees counts the items at each level: [0] not started … [3] full.
	Degrees [4]int `json:"levels"`
	// Share is the sum of the scores over 3 × Items, the PAM percentage of
	// full implementation; undefined with no items.
	Share Ratio `json:"share"`
}

func (m *Implementation) add(l Degree) {
	s, ok := l.Score()
	if !ok {
		return
	}
	m.Items++
	m.Degrees[s]++
}

func (m *Implementation) finish() {
	sum := m.Degrees[1] + 2*m.Degrees[2] + 3*m.Degrees[3]
	m.Share = Share(float64(sum), float64(3*m.Items))
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
	Degree func(it *session.Item, d date.Date) Degree
}

// A DecisionsEvaluation says whether a forum's decisions are carried out.
type DecisionsEvaluation struct {
	Forum    string             `json:"forum"`
	Name     string             `json:"name"`
	Date     date.Date          `json:"date"`
	Sessions []SessionDecisions `json:"sessions"` // in number order
	// Overall and ByField cover the items agreed at any session.
	Overall Implementation        `json:"overall"`
	ByField []FieldImplementation `json:"by_field,omitempty"`
	// Open counts the items still open on Date; MedianOpenDays is the
	// median of their ages in days, counted from the first day of the
	// session that raised them (undefined ages are left out).
	Open           int       `json:"open"`
	MedianOpenDays float64   `json:"median_open_days"`
	Findings       []Finding `json:"findings"`
}

// Decisions evaluates the implementation of the items the forum's
// sessions agreed, as of day d: per session and per field, the share of
// the agreed items carried out on the 0–3 scale (see Degree), the number
// carried over, and the median age of the items still open. Sessions after
// d are left out.
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
	starts := map[int]date.Date{}
	for _, s := range ds.Series(forum) {
		p := s.Period()
		if !p.IsZero() && p.Start.After(d) {
			continue
		}
		idx[s.Number] = len(ev.Sessions)
		starts[s.Number] = p.Start
		ev.Sessions = append(ev.Sessions, SessionDecisions{Number: s.Number, Period: p})
	}
	byField := map[session.Field]*Implementation{}
	perSession := make([]map[session.Field]*Implementation, len(ev.Sessions))
	var ages []float64
	for i := range ds.Items {
		it := &ds.Items[i]
		if it.Forum != forum {
			continue
		}
		var l Degree
		for _, e := range it.History {
			j, ok := idx[e.Session]
			if !ok {
				continue
			}
			sd := &ev.Sessions[j]
			switch e.Outcome {
			case session.Agreed:
				if l == 0 {
					l = level(it, d)
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
		if l != 0 {
			ev.Overall.add(l)
			fieldImpl(byField, it.Field).add(l)
		}
		if it.IsOpen() {
			if _, ok := idx[it.Raised()]; ok {
				ev.Open++
				if s := starts[it.Raised()]; !s.IsZero() {
					ages = append(ages, float64(d.DaysSince(s)))
				}
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

	add := func(c Code, sev Severity, subject string, period date.Range, figs ...Figure) {
		fd := newFinding(c, sev, subject, period, figs...)
		if subject == ev.Name {
			fd.Names = names
		}
		ev.Findings = append(ev.Findings, fd)
	}
	for _, sd := range ev.Sessions {
		if sd.Agreed.Items == 0 && sd.CarriedOver == 0 {
			continue
		}
		s, _ := ds.Session(forum, sd.Number)
		sev := Info
		if v, ok := sd.Agreed.Share.Value(); ok && v < 0.5 {
			sev = Warning
		}
		fd := newFinding(DecisionsCarriedOut, sev, s.Title(f, language.Indonesian), sd.Period,
			fig("share", sd.Agreed.Share), fig("agreed", sd.Agreed.Items), fig("full", sd.Agreed.Degrees[3]), fig("carried_over", sd.CarriedOver))
		fd.Names = map[string]string{"id": s.Title(f, language.Indonesian), "ms": s.Title(f, language.Malay), "en": s.Title(f, language.English)}
		ev.Findings = append(ev.Findings, fd)
	}
	if ev.Open > 0 {
		add(DecisionsOpen, Info, ev.Name, date.Range{Start: d, End: d}, fig("open", ev.Open), fig("median_days", ev.MedianOpenDays))
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
