package session

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strconv"

	"github.com/kerjasama/kerjasama/date"
)

// Sentinel errors wrapped by *ValidationError, for errors.Is.
var (
	// ErrMissing means a required value is empty (a forum without an ID,
	// an item without a reference or a history).
	ErrMissing = errors.New("missing value")
	// ErrInvalid means a value is out of range (a session number below 1,
	// an enumeration value that names nothing, a date that does not exist).
	ErrInvalid = errors.New("invalid value")
	// ErrDuplicate means two forums share an ID, two sessions of a forum a
	// number, or two items of a forum a reference.
	ErrDuplicate = errors.New("duplicate")
	// ErrUnknownRef means a reference resolves to nothing: a forum ID, a
	// session number, a parent forum.
	ErrUnknownRef = errors.New("unknown reference")
	// ErrDateOrder means a period ends before it starts, or lies outside
	// the period that should contain it.
	ErrDateOrder = errors.New("dates out of order")
	// ErrOutOfSequence means a session's number disagrees with its dates:
	// a later-numbered session of the same forum held earlier.
	ErrOutOfSequence = errors.New("session out of sequence")
	// ErrHistoryOrder means an item's history is not in session order.
	ErrHistoryOrder = errors.New("history out of order")
	// ErrClosedBeforeRaised means an item is recorded as done or closed
	// before the session that raised it.
	ErrClosedBeforeRaised = errors.New("item closed before it was raised")
)

// A ValidationError is one problem found by Validate. Section and Index
// locate the top-level record ("sessions", 3); Path locates the value
// inside it ("sessions[3].meetings[0].dates").
type ValidationError struct {
	Section string // "forums", "sessions" or "items"
	Index   int    // index in Section
	Path    string
	Err     error  // one of the sentinel errors
	Msg     string // what is wrong, in English
}

// Error returns the path, the record and the problem:
// "sessions[3].meetings[0].dates: meeting ends before it starts".
func (e *ValidationError) Error() string {
	return e.Path + ": " + e.Msg
}

// Unwrap returns the sentinel error.
func (e *ValidationError) Unwrap() error { return e.Err }

type validator struct {
	errs []error
}

// add records a problem of record index of section; sub locates the value
// inside the record (".meetings[0].dates"). Paths are built only here, so a
// clean dataset costs no allocation per record.
func (v *validator) add(section string, index int, sub string, err error, format string, a ...any) {
	path := section + "[" + strconv.Itoa(index) + "]" + sub
	v.errs = append(v.errs, &ValidationError{Section: section, Index: index, Path: path, Err: err, Msg: fmt.Sprintf(format, a...)})
}

// sentinel returns the sentinel error of this file that err wraps
// (ErrMissing, ErrUnknownRef, ErrInvalid), or ErrInvalid.
func sentinel(err error) error {
	for _, s := range []error{ErrMissing, ErrUnknownRef, ErrInvalid} {
		if errors.Is(err, s) {
			return s
		}
	}
	return ErrInvalid
}

// sub returns the path of element j of a list inside a record:
// sub(".history", 2, ".session") is ".history[2].session".
func sub(list string, j int, rest string) string {
	return list + "[" + strconv.Itoa(j) + "]" + rest
}

// sessionDesc, meetingDesc and itemDesc name a record in messages; they
// are formatted only when a problem is reported.
type (
	sessionDesc struct{ s *Session }
	meetingDesc struct {
		j int
		s *Session
	}
	itemDesc struct{ it *Item }
)

func (d sessionDesc) String() string { return "session " + d.s.Forum + " " + strconv.Itoa(d.s.Number) }
func (d meetingDesc) String() string {
	return "meeting " + strconv.Itoa(d.j) + " of " + sessionDesc{d.s}.String()
}
func (d itemDesc) String() string { return "item " + d.it.Forum + " " + strconv.Quote(d.it.Ref) }

// Validate checks the dataset and returns every problem at once, joined
// with errors.Join; each is a *ValidationError. It returns nil for a
// consistent dataset. Validate checks references (forums, parents,
// sessions), uniqueness, enumeration values, dates (every period valid,
// meetings that end before they start, preparatory meetings after their
// session), session numbering against dates within each forum, and item
// histories (in session order, never closed before raised).
func (d *Dataset) Validate() error {
	var v validator
	forums := v.forums(d.Forums)
	sessions := v.sessions(d.Sessions, forums)
	v.items(d.Items, forums, sessions)
	return errors.Join(v.errs...)
}

func (v *validator) forums(fs []Forum) map[string]*Forum {
	byID := make(map[string]*Forum, len(fs))
	for i := range fs {
		f := &fs[i]
		if f.ID == "" {
			v.add("forums", i, ".id", ErrMissing, "forum without an id")
		} else if _, dup := byID[f.ID]; dup {
			v.add("forums", i, ".id", ErrDuplicate, "forum id %q used twice", f.ID)
		} else {
			byID[f.ID] = f
		}
		if !levels.valid(int(f.Level)) {
			v.add("forums", i, ".level", ErrInvalid, "forum %q has no valid level", f.ID)
		}
		if f.Level == Regional && f.Pair.ID == "" {
			v.add("forums", i, ".pair", ErrMissing, "regional forum %q needs its border pair", f.ID)
		}
		if f.Level != Regional && f.Pair.ID != "" && levels.valid(int(f.Level)) {
			v.add("forums", i, ".pair", ErrInvalid, "only a regional forum has a border pair, not %q (%s)", f.ID, f.Level)
		}
		if f.Level == District {
			if _, err := districtsPair(f.Districts); err != nil {
				v.add("forums", i, ".districts", sentinel(err), "district forum %q: %v", f.ID, err)
			}
		} else if !f.Districts.IsZero() && levels.valid(int(f.Level)) {
			v.add("forums", i, ".districts", ErrInvalid, "only a district forum has districts, not %q (%s)", f.ID, f.Level)
		}
		if !f.Founded.IsZero() && !f.Founded.IsValid() {
			v.add("forums", i, ".founded", ErrInvalid, "forum %q founded on invalid date %s", f.ID, f.Founded)
		}
		if !f.RecordComplete.IsZero() && !f.RecordComplete.IsValid() {
			v.add("forums", i, ".record_complete", ErrInvalid, "forum %q: record complete through invalid date %s", f.ID, f.RecordComplete)
		}
		for j, s := range f.Secretariats {
			if s.Agency == "" {
				v.add("forums", i, sub(".secretariats", j, ".agency"), ErrMissing, "secretariat without an agency")
			}
			if !sides.valid(int(s.Side)) {
				v.add("forums", i, sub(".secretariats", j, ".side"), ErrInvalid, "secretariat %q has no side", s.Agency)
			}
			if s.From != 0 && s.Until != 0 && s.Until < s.From {
				v.add("forums", i, sub(".secretariats", j, ""), ErrDateOrder, "secretariat %q ends (%d) before it starts (%d)", s.Agency, s.Until, s.From)
			}
		}
		for j, dc := range f.Decrees {
			if !dc.Date.IsZero() && dc.Year != 0 && dc.Date.Year != dc.Year {
				v.add("forums", i, sub(".decrees", j, ""), ErrInvalid, "decree dated %s but of year %d", dc.Date, dc.Year)
			}
		}
	}
	for i := range fs {
		f := &fs[i]
		if f.Parent == "" {
			continue
		}
		parent, ok := byID[f.Parent]
		switch {
		case !ok:
			v.add("forums", i, ".parent", ErrUnknownRef, "forum %q reports to unknown forum %q", f.ID, f.Parent)
		case parent.Level >= f.Level && levels.valid(int(f.Level)):
			v.add("forums", i, ".parent", ErrInvalid, "forum %q (%s) cannot report to %q (%s)", f.ID, f.Level, parent.ID, parent.Level)
		case f.Level == District && parent.Level == Regional:
			// A district forum reports to the regional forum of its pair.
			if p, err := districtsPair(f.Districts); err == nil && parent.Pair.ID != "" && p != parent.Pair {
				v.add("forums", i, ".parent", ErrInvalid, "district forum %q lies in %s, not in the pair of %q (%s)", f.ID, p.ID, parent.ID, parent.Pair.ID)
			}
		}
	}
	return byID
}

// seriesKey identifies a session: its forum and number.
type seriesKey struct {
	forum  string
	number int
}

func (v *validator) event(section string, i int, p string, what fmt.Stringer, e *Event) {
	if !e.Dates.IsZero() && !e.Dates.IsValid() {
		if e.Dates.Start.IsValid() && e.Dates.End.IsValid() {
			v.add(section, i, p+".dates", ErrDateOrder, "%s ends (%s) before it starts (%s)", what, e.Dates.End, e.Dates.Start)
		} else {
			v.add(section, i, p+".dates", ErrInvalid, "%s has invalid dates %s", what, e.Dates)
		}
	}
	switch {
	case e.Within.IsZero():
	case !e.Within.IsValid():
		v.add(section, i, p+".within", ErrInvalid, "%s has an invalid month or year %s", what, e.Within)
	case e.Within.Precision() == date.PrecisionDay:
		v.add(section, i, p+".within", ErrInvalid, "%s is known to the day %s: give it in dates, not within", what, e.Within)
	case e.Dates.IsValid() && (!e.Within.Span().Contains(e.Dates.Start) || !e.Within.Span().Contains(e.Dates.End)):
		v.add(section, i, p+".dates", ErrDateOrder, "%s dates %s fall outside %s", what, e.Dates, e.Within)
	}
	if e.HostSide != 0 && !sides.valid(int(e.HostSide)) {
		v.add(section, i, p+".host_side", ErrInvalid, "%s has an invalid host side", what)
	}
	if e.Mode != 0 && !modes.valid(int(e.Mode)) {
		v.add(section, i, p+".mode", ErrInvalid, "%s has an invalid mode", what)
	}
	if e.Host != "" && !knownRegion(e.Host) {
		v.add(section, i, p+".host", ErrUnknownRef, "%s hosted by unknown region %q", what, e.Host)
	}
}

func (v *validator) sessions(ss []Session, forums map[string]*Forum) map[seriesKey]*Session {
	byKey := make(map[seriesKey]*Session, len(ss))
	perForum := map[string][]int{}
	for i := range ss {
		s := &ss[i]
		what := sessionDesc{s}
		if _, ok := forums[s.Forum]; !ok {
			v.add("sessions", i, ".forum", ErrUnknownRef, "%s: unknown forum %q", what, s.Forum)
		}
		if s.Number < 1 {
			v.add("sessions", i, ".number", ErrInvalid, "%s: number must be 1 or more", what)
		} else if _, dup := byKey[seriesKey{s.Forum, s.Number}]; dup {
			v.add("sessions", i, ".number", ErrDuplicate, "%s listed twice", what)
		} else {
			byKey[seriesKey{s.Forum, s.Number}] = s
			perForum[s.Forum] = append(perForum[s.Forum], i)
		}
		if s.Second < 0 {
			v.add("sessions", i, ".second", ErrInvalid, "%s: second count must not be negative", what)
		}
		v.event("sessions", i, "", what, &s.Event)
		start := s.Period().Start
		for j := range s.Meetings {
			m := &s.Meetings[j]
			mw := meetingDesc{j, s}
			if !meetingKinds.valid(int(m.Kind)) {
				v.add("sessions", i, sub(".meetings", j, ".kind"), ErrInvalid, "%s has no valid kind", mw)
			}
			if m.Field != 0 && !m.Field.IsValid() {
				v.add("sessions", i, sub(".meetings", j, ".field"), ErrInvalid, "%s has an invalid field", mw)
			}
			v.event("sessions", i, sub(".meetings", j, ""), mw, &m.Event)
			if (m.Kind == Preparatory || m.Kind == WorkingPaperEvaluation) && s.Dates.IsValid() && m.Dates.IsValid() && m.Dates.Start.After(s.Dates.End) {
				v.add("sessions", i, sub(".meetings", j, ".dates"), ErrDateOrder, "%s (%s) starts %s, after the session ended %s", mw, m.Kind, m.Dates.Start, s.Dates.End)
			}
		}
		if sg := s.Minutes.Signed; !sg.IsZero() {
			if !sg.IsValid() {
				v.add("sessions", i, ".minutes.signed", ErrInvalid, "%s: minutes signed on invalid date %s", what, sg)
			} else if start.IsValid() && sg.Before(start) {
				v.add("sessions", i, ".minutes.signed", ErrDateOrder, "%s: minutes signed %s, before the session opened %s", what, sg, start)
			}
		}
		for j, dl := range s.Delegations {
			if !sides.valid(int(dl.Side)) {
				v.add("sessions", i, sub(".delegations", j, ".side"), ErrInvalid, "%s: delegation without a side", what)
			}
		}
	}
	// Numbers must follow dates within each forum.
	for _, list := range perForum {
		slices.SortFunc(list, func(a, b int) int { return cmp.Compare(ss[a].Number, ss[b].Number) })
		last := -1 // index of the latest-numbered session with a known start so far
		for _, i := range list {
			st := ss[i].Period()
			if !st.IsValid() {
				continue
			}
			if last >= 0 {
				prev := ss[last].Period()
				if st.End.Before(prev.Start) || (!ss[i].Dates.IsZero() && !ss[last].Dates.IsZero() && st.Start.Before(prev.Start)) {
					v.add("sessions", i, ".number", ErrOutOfSequence,
						"session %s %d (%s) is held before session %d (%s)", ss[i].Forum, ss[i].Number, st, ss[last].Number, prev)
				}
			}
			last = i
		}
	}
	return byKey
}

func (v *validator) items(items []Item, forums map[string]*Forum, sessions map[seriesKey]*Session) {
	type fr struct{ forum, ref string }
	seen := make(map[fr]bool, len(items))
	for i := range items {
		it := &items[i]
		what := itemDesc{it}
		if _, ok := forums[it.Forum]; !ok {
			v.add("items", i, ".forum", ErrUnknownRef, "%s: unknown forum %q", what, it.Forum)
		}
		if it.Ref == "" {
			v.add("items", i, ".ref", ErrMissing, "item without a reference")
		} else if seen[fr{it.Forum, it.Ref}] {
			v.add("items", i, ".ref", ErrDuplicate, "%s listed twice", what)
		} else {
			seen[fr{it.Forum, it.Ref}] = true
		}
		if it.Field != 0 && !it.Field.IsValid() {
			v.add("items", i, ".field", ErrInvalid, "%s has an invalid field", what)
		}
		if it.Proposer != 0 && !sides.valid(int(it.Proposer)) {
			v.add("items", i, ".proposer", ErrInvalid, "%s has an invalid proposer", what)
		}
		if len(it.History) == 0 {
			v.add("items", i, ".history", ErrMissing, "%s has no history: no session raised it", what)
			continue
		}
		raised := it.History[0].Session
		for j, e := range it.History {
			if _, ok := sessions[seriesKey{it.Forum, e.Session}]; !ok {
				v.add("items", i, sub(".history", j, ".session"), ErrUnknownRef, "%s: no session %d in forum %q", what, e.Session, it.Forum)
			}
			if e.Outcome != 0 && !outcomes.valid(int(e.Outcome)) {
				v.add("items", i, sub(".history", j, ".outcome"), ErrInvalid, "%s: invalid outcome", what)
			}
			if e.Status != 0 && !statuses.valid(int(e.Status)) {
				v.add("items", i, sub(".history", j, ".status"), ErrInvalid, "%s: invalid status", what)
			}
			if j > 0 && e.Session <= it.History[j-1].Session {
				if e.effective().Final() && e.Session < raised {
					v.add("items", i, sub(".history", j, ""), ErrClosedBeforeRaised, "%s closed at session %d, before session %d raised it", what, e.Session, raised)
				} else {
					v.add("items", i, sub(".history", j, ".session"), ErrHistoryOrder, "%s: session %d listed after session %d", what, e.Session, it.History[j-1].Session)
				}
			}
		}
		rs := sessions[seriesKey{it.Forum, raised}]
		for j, a := range it.Actions {
			if a.Agency == "" {
				v.add("items", i, sub(".actions", j, ".agency"), ErrMissing, "%s: action without a responsible agency", what)
			}
			if !a.Due.IsZero() && !a.Due.IsValid() {
				v.add("items", i, sub(".actions", j, ".due"), ErrInvalid, "%s: invalid due date %s", what, a.Due)
			}
			if !a.Done.IsZero() && !a.Done.IsValid() {
				v.add("items", i, sub(".actions", j, ".done"), ErrInvalid, "%s: invalid done date %s", what, a.Done)
			}
			if a.Session != 0 {
				if _, ok := sessions[seriesKey{it.Forum, a.Session}]; !ok {
					v.add("items", i, sub(".actions", j, ".session"), ErrUnknownRef, "%s: action assigned by unknown session %d", what, a.Session)
				} else if a.Session < raised {
					v.add("items", i, sub(".actions", j, ".session"), ErrClosedBeforeRaised, "%s: action assigned by session %d, before session %d raised it", what, a.Session, raised)
				}
			}
			if rs != nil && a.Done.IsValid() {
				if start := rs.Period().Start; start.IsValid() && a.Done.Before(start) {
					v.add("items", i, sub(".actions", j, ".done"), ErrClosedBeforeRaised, "%s: action done %s, before session %d opened %s", what, a.Done, raised, start)
				}
			}
		}
	}
}
