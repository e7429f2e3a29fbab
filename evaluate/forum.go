package evaluate

import (
	"fmt"
	"math"
	"slices"

	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/session"
	"golang.org/x/text/language"
)

// ForumOptions configure a forum-regularity evaluation.
type ForumOptions struct {
	// Window is the period evaluated, in whole calendar years: from its
	// start year to its end year. The zero Window runs from the year of the
	// first recorded session (held or only announced) to the year of the
	// last one, or to the last whole year before At if that is later.
	Window date.Range
	// At is the day of the evaluation: only the sessions that had taken
	// place by then count (session.Dataset.SeriesBy), and a year that has
	// not ended by then is never a year missed. The zero Date means no
	// limit.
	At date.Date
}

// A ForumYear is one calendar year of a forum's record.
type ForumYear struct {
	Year int `json:"year"`
	// Sessions are the numbers of the sessions held that year (confirmed
	// ones only).
	Sessions []int `json:"sessions,omitempty"`
	// Virtual reports that every session that year was held online.
	Virtual bool `json:"virtual,omitempty"`
	// Unconfirmed are sessions that sources announce or imply for the year
	// but none confirms; they do not count as held.
	Unconfirmed []int `json:"unconfirmed,omitempty"`
	// Ongoing reports that the year had not ended on At: without a session
	// it is not a year missed, and it is left out of the regularity.
	Ongoing bool `json:"ongoing,omitempty"`
	// NotMet reports that the forum did not meet that year: no session is
	// recorded for it and the forum's record is declared complete through
	// the year's end (session.Forum.RecordComplete). A year without a
	// session and without NotMet is one for which no session is recorded,
	// which is not the same: public records are rarely complete.
	NotMet bool `json:"not_met,omitempty"`
}

// A Run is a stretch of consecutive years.
type Run struct {
	From  int `json:"from"`
	To    int `json:"to"`
	Years int `json:"years"`
}

// A ForumEvaluation measures the regularity of a forum's sessions — the
// confidence-building measure of seed 003: meeting every year, even when
// relations are tense. It rests on the sessions recorded as taken place
// by the day of the evaluation (session.Dataset.SeriesBy), the same ones
// Decisions rests on, and tells apart what the record shows: sessions
// held, sessions only announced, sessions without a date, years without
// any session recorded, and — only where the record is declared complete
// — years in which the forum did not meet.
type ForumEvaluation struct {
	Forum  string     `json:"forum"` // the forum's ID
	Name   string     `json:"name"`  // its Indonesian name
	Window date.Range `json:"window"`
	// Years has one entry per year of the window, in order.
	Years []ForumYear `json:"years"`
	// Held counts the years with at least one session held; Sessions the
	// sessions held in the window.
	Held     int `json:"held"`
	Sessions int `json:"sessions"`
	// Regularity is Held divided by the number of years of the window,
	// leaving out a year that had not ended on At and had no session yet.
	Regularity Ratio `json:"regularity"`
	// Missed lists the years (ended by At) without a session held: years
	// for which no session is recorded, years with sessions only
	// announced, and the years of NotMet.
	Missed []int `json:"missed,omitempty"`
	// NotMet lists the years of Missed in which the forum did not meet:
	// the record is declared complete through them, no session is recorded
	// for them, and no session recorded without a date can have fallen in
	// them.
	NotMet []int `json:"not_met,omitempty"`
	// LongestRun is the longest run of consecutive years with a session
	// (the latest of runs equally long).
	LongestRun Run `json:"longest_run"`
	// NumberGaps lists session numbers absent from the record between the
	// lowest and highest known by At: sessions not held, or not yet found
	// in sources.
	NumberGaps []int `json:"number_gaps,omitempty"`
	// Undated lists the sessions recorded by At without a known year (no
	// date, or dates that span two years without exact days): they count
	// in the numbering but in no year.
	Undated []int `json:"undated,omitempty"`
	// VirtualYears lists the years in which the forum met only online.
	VirtualYears []int `json:"virtual_years,omitempty"`
	// Through is the latest day the evaluation's records reach: the last
	// day of the latest session it counts (held or announced; no later
	// than At), or Complete if that is later. Zero when no dated session
	// is counted. A report says "Data tercatat sampai" its month.
	Through date.Date `json:"through,omitzero"`
	// Complete is the day through which the forum's record is declared
	// complete (session.Forum.RecordComplete), no later than At; zero when
	// the record is not declared complete.
	Complete date.Date `json:"complete,omitzero"`
	Findings []Finding `json:"findings"`
}

// forumNames returns a forum's name in each language: Indonesian from the
// Indonesian side, Malay from the Malaysian side.
func forumNames(f *session.Forum) map[string]string {
	return map[string]string{
		"id": f.Name(session.Indonesia, language.Indonesian),
		"ms": f.Name(session.Malaysia, language.Malay),
		"en": f.Name(session.Indonesia, language.English),
	}
}

// sessionYear returns the year a session was held in: the year of its
// first day when its days are known, else Event.Year (0 when unknown).
func sessionYear(s *session.Session) int {
	if s.Dates.IsValid() {
		return s.Dates.Start.Year
	}
	return s.Year()
}

// clipTo returns d, or at if d is after it; the zero at means no limit.
func clipTo(d, at date.Date) date.Date {
	if !at.IsZero() && d.After(at) {
		return at
	}
	return d
}

// latestOf returns the later of a and b.
func latestOf(a, b date.Date) date.Date {
	if b.After(a) {
		return b
	}
	return a
}

// Forum evaluates how regularly the forum with the given ID met, as of
// opt.At: sessions per year over the window, years missed, the longest
// unbroken run, gaps in the numbering and years met only online.
//
// It reads the record as evidence. A year without a session recorded is
// "not recorded" (ForumMissed, a warning), not a year in which the forum
// did not meet: that reading (ForumNotMet, critical when it is the latest
// year) needs the forum's record declared complete through the year
// (session.Forum.RecordComplete). Sessions only announced count in no
// year and are named (ForumUnconfirmed); sessions without a known year
// count in the numbering only and are named too (ForumUndated).
//
// It is an error if the dataset has no such forum or the window is
// invalid.
func Forum(d *session.Dataset, forum string, opt ForumOptions) (ForumEvaluation, error) {
	f, ok := d.Forum(forum)
	if !ok {
		return ForumEvaluation{}, fmt.Errorf("evaluate: no forum %q in the dataset", forum)
	}
	if !opt.Window.IsZero() && !opt.Window.IsValid() {
		return ForumEvaluation{}, fmt.Errorf("evaluate: window %s is not valid", opt.Window)
	}
	names := forumNames(f)
	ev := ForumEvaluation{Forum: forum, Name: names["id"]}
	if c := f.RecordComplete; c.IsValid() {
		ev.Complete = clipTo(c, opt.At)
	}
	series := d.SeriesBy(forum, opt.At)
	first, last := opt.Window.Start.Year, opt.Window.End.Year
	if opt.Window.IsZero() {
		first, last = 0, 0
		for _, s := range series {
			if y := sessionYear(s); y != 0 {
				if first == 0 || y < first {
					first = y
				}
				last = max(last, y)
			}
		}
		if first != 0 && !opt.At.IsZero() {
			last = max(last, opt.At.Year-1)
		}
	}
	add := func(c Code, sev Severity, period date.Range, figs ...Figure) {
		fd := newFinding(c, sev, ev.Name, period, figs...)
		fd.Names = names
		ev.Findings = append(ev.Findings, fd)
	}
	// The years a session recorded without a year may have fallen in:
	// from the year of the session numbered before it to that of the one
	// numbered after it (open-ended where there is none).
	type span struct{ from, to int }
	var undated []span
	prevYear := 0
	for i, s := range series {
		if sessionYear(s) != 0 {
			prevYear = sessionYear(s)
			continue
		}
		sp := span{prevYear, math.MaxInt}
		for _, t := range series[i+1:] {
			if y := sessionYear(t); y != 0 {
				sp.to = y
				break
			}
		}
		if first == 0 || (sp.to >= first && sp.from <= last) {
			ev.Undated = append(ev.Undated, s.Number)
			undated = append(undated, sp)
		}
	}
	if first == 0 {
		if len(ev.Undated) > 0 {
			add(ForumUndated, Info, opt.Window, fig("numbers", slices.Clone(ev.Undated)), fig("count", len(ev.Undated)))
		} else {
			add(ForumNoData, Warning, opt.Window)
		}
		return ev, nil
	}
	ev.Window = date.Range{Start: date.YearRange(first).Start, End: date.YearRange(last).End}
	ev.Years = make([]ForumYear, last-first+1)
	virtual := make([]bool, len(ev.Years))
	for i := range ev.Years {
		y := first + i
		ev.Years[i].Year = y
		ev.Years[i].Ongoing = !opt.At.IsZero() && date.YearRange(y).End.After(opt.At)
		virtual[i] = true
	}
	var unconfirmed, unconfirmedYears []int
	for _, s := range series {
		y := sessionYear(s)
		if y == 0 || y < first || y > last {
			continue
		}
		if p := s.Period(); p.IsValid() {
			ev.Through = latestOf(ev.Through, clipTo(p.End, opt.At))
		}
		fy := &ev.Years[y-first]
		if s.Unconfirmed {
			fy.Unconfirmed = append(fy.Unconfirmed, s.Number)
			unconfirmed = append(unconfirmed, s.Number)
			if !slices.Contains(unconfirmedYears, y) {
				unconfirmedYears = append(unconfirmedYears, y)
			}
			continue
		}
		fy.Sessions = append(fy.Sessions, s.Number)
		ev.Sessions++
		if s.Mode != session.Virtual {
			virtual[y-first] = false
		}
	}
	ev.Through = latestOf(ev.Through, ev.Complete)

	var notRecorded []int
	run := Run{}
	counted, lastCounted := 0, 0
	for i := range ev.Years {
		fy := &ev.Years[i]
		if len(fy.Sessions) == 0 && fy.Ongoing {
			continue // the year may still bring its session
		}
		counted++
		lastCounted = fy.Year
		if len(fy.Sessions) == 0 {
			ev.Missed = append(ev.Missed, fy.Year)
			run = Run{}
			possible := slices.ContainsFunc(undated, func(sp span) bool { return sp.from <= fy.Year && fy.Year <= sp.to })
			switch {
			case len(fy.Unconfirmed) > 0:
			case !ev.Complete.IsZero() && !date.YearRange(fy.Year).End.After(ev.Complete) && !possible:
				fy.NotMet = true
				ev.NotMet = append(ev.NotMet, fy.Year)
			default:
				notRecorded = append(notRecorded, fy.Year)
			}
			continue
		}
		ev.Held++
		fy.Virtual = virtual[i]
		if fy.Virtual {
			ev.VirtualYears = append(ev.VirtualYears, fy.Year)
		}
		if run.Years == 0 {
			run.From = fy.Year
		}
		run.To, run.Years = fy.Year, run.Years+1
		if run.Years >= ev.LongestRun.Years {
			ev.LongestRun = run
		}
	}
	ev.Regularity = Share(float64(ev.Held), float64(counted))
	for i := 1; i < len(series); i++ {
		for n := series[i-1].Number + 1; n < series[i].Number; n++ {
			ev.NumberGaps = append(ev.NumberGaps, n)
		}
	}

	if len(ev.Missed) == 0 && ev.Held > 0 {
		add(ForumRegular, Info, ev.Window, fig("sessions", ev.Sessions), fig("years", counted))
	}
	if len(ev.NotMet) > 0 {
		sev := Warning
		if ev.NotMet[len(ev.NotMet)-1] == lastCounted {
			sev = Critical // the latest year of the window passed without a session
		}
		add(ForumNotMet, sev, ev.Window, fig("years", slices.Clone(ev.NotMet)), fig("count", len(ev.NotMet)), fig("total", counted), fig("complete", ev.Complete))
	}
	if len(notRecorded) > 0 {
		add(ForumMissed, Warning, ev.Window, fig("missed", notRecorded), fig("count", len(notRecorded)), fig("years", counted))
	}
	if len(unconfirmed) > 0 {
		add(ForumUnconfirmed, Warning, ev.Window, fig("numbers", unconfirmed), fig("years", unconfirmedYears), fig("count", len(unconfirmed)))
	}
	if len(ev.Missed) > 0 && ev.LongestRun.Years > 0 {
		add(ForumLongestRun, Info, ev.Window, fig("run", ev.LongestRun.Years),
			fig("run_period", date.Range{Start: date.YearRange(ev.LongestRun.From).Start, End: date.YearRange(ev.LongestRun.To).End}))
	}
	if len(ev.Undated) > 0 {
		add(ForumUndated, Info, ev.Window, fig("numbers", slices.Clone(ev.Undated)), fig("count", len(ev.Undated)))
	}
	if len(ev.NumberGaps) > 0 {
		add(ForumNumbering, Warning, ev.Window, fig("numbers", slices.Clone(ev.NumberGaps)), fig("count", len(ev.NumberGaps)))
	}
	if len(ev.VirtualYears) > 0 {
		add(ForumVirtual, Info, ev.Window, fig("years", slices.Clone(ev.VirtualYears)))
	}
	return ev, nil
}
