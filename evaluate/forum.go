package evaluate

import (
	"fmt"
	"slices"

	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/session"
	"golang.org/x/text/language"
)

// ForumOptions configure a forum-regularity evaluation.
type ForumOptions struct {
	// Window is the period evaluated, in whole calendar years: from its
	// start year to its end year. The zero Window runs from the year of the
	// first recorded session to the year of the last one, or to the last
	// whole year before At if that is later.
	Window date.Range
	// At is the day of the evaluation: sessions after it are left out.
	// The zero Date means no limit.
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
}

// A Run is a stretch of consecutive years.
type Run struct {
	From  int `json:"from"`
	To    int `json:"to"`
	Years int `json:"years"`
}

// A ForumEvaluation measures the regularity of a forum's sessions — the
// confidence-building measure of seed 003: meeting every year, even when
// relations are tense.
type ForumEvaluation struct {
	Forum  string     `json:"forum"` // the forum's ID
	Name   string     `json:"name"`  // its Indonesian name
	Window date.Range `json:"window"`
	// Years has one entry per year of the window, in order.
	Years []ForumYear `json:"years"`
	// Held counts the years with at least one session; Sessions the
	// sessions held in the window.
	Held     int `json:"held"`
	Sessions int `json:"sessions"`
	// Regularity is Held divided by the number of years in the window.
	Regularity Ratio `json:"regularity"`
	// Missed lists the years without a session.
	Missed []int `json:"missed,omitempty"`
	// LongestRun is the longest run of consecutive years with a session
	// (the latest of runs equally long).
	LongestRun Run `json:"longest_run"`
	// NumberGaps lists session numbers absent from the record between the
	// lowest and highest known: sessions not held, or not yet found in
	// sources.
	NumberGaps []int `json:"number_gaps,omitempty"`
	// VirtualYears lists the years in which the forum met only online.
	VirtualYears []int     `json:"virtual_years,omitempty"`
	Findings     []Finding `json:"findings"`
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

// Forum evaluates how regularly the forum with the given ID met:
// sessions per year over the window, years missed, the longest unbroken
// run, gaps in the numbering and years met only online. Sessions whose
// year is unknown are left out of the yearly count (but not of the
// numbering). It is an error if the dataset has no such forum or the
// window is invalid.
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
	series := d.Series(forum)
	first, last := opt.Window.Start.Year, opt.Window.End.Year
	if opt.Window.IsZero() {
		first, last = 0, 0
		for _, s := range series {
			if y := s.Year(); y != 0 && !s.Unconfirmed && (opt.At.IsZero() || !s.Period().Start.After(opt.At)) {
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
	if first == 0 {
		add(ForumNoData, Warning, opt.Window)
		return ev, nil
	}
	ev.Window = date.Range{Start: date.YearRange(first).Start, End: date.YearRange(last).End}
	ev.Years = make([]ForumYear, last-first+1)
	virtual := make([]bool, len(ev.Years))
	for i := range ev.Years {
		ev.Years[i].Year = first + i
		virtual[i] = true
	}
	for _, s := range series {
		y := s.Year()
		if y < first || y > last || !opt.At.IsZero() && s.Period().Start.After(opt.At) {
			continue
		}
		fy := &ev.Years[y-first]
		if s.Unconfirmed {
			fy.Unconfirmed = append(fy.Unconfirmed, s.Number)
			continue
		}
		fy.Sessions = append(fy.Sessions, s.Number)
		ev.Sessions++
		if s.Mode != session.Virtual {
			virtual[y-first] = false
		}
	}
	run := Run{}
	for i := range ev.Years {
		fy := &ev.Years[i]
		if len(fy.Sessions) == 0 {
			ev.Missed = append(ev.Missed, fy.Year)
			run = Run{}
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
	ev.Regularity = Share(float64(ev.Held), float64(len(ev.Years)))
	ev.NumberGaps = d.Missing(forum)

	if len(ev.Missed) == 0 {
		add(ForumRegular, Info, ev.Window, fig("sessions", ev.Sessions), fig("years", len(ev.Years)))
	} else {
		sev := Warning
		if ev.Missed[len(ev.Missed)-1] == last {
			sev = Critical // the latest year of the window passed without a session
		}
		add(ForumMissed, sev, ev.Window, fig("missed", slices.Clone(ev.Missed)), fig("count", len(ev.Missed)), fig("years", len(ev.Years)))
		if ev.LongestRun.Years > 0 {
			add(ForumLongestRun, Info, ev.Window, fig("run", ev.LongestRun.Years),
				fig("run_period", date.Range{Start: date.YearRange(ev.LongestRun.From).Start, End: date.YearRange(ev.LongestRun.To).End}))
		}
	}
	if len(ev.NumberGaps) > 0 {
		add(ForumNumbering, Warning, ev.Window, fig("numbers", slices.Clone(ev.NumberGaps)))
	}
	if len(ev.VirtualYears) > 0 {
		add(ForumVirtual, Info, ev.Window, fig("years", slices.Clone(ev.VirtualYears)))
	}
	return ev, nil
}
