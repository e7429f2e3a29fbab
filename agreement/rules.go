package agreement

import (
	"strings"

	"github.com/kerjasama/kerjasama/date"
)

// This file states, once, the rules that other packages (evaluate, report)
// apply to agreements held outside a Register: when something dated has
// happened, when an agreement in force is dormant, when a successor
// renews its predecessor, and what a register is called.

// When something dated has happened is date.Partial.HappenedBy, the one
// rule of partial dates: the whole span the date may stand for lies on or
// before the day asked about, so on 9 June 2022 an activity dated only
// "2022" has not happened yet. StatusOn, StageOn, LastActivityBy,
// DormancyOn and Renewed all count events, activities and signings by it.

// lastBy returns the last day a dated p may stand for, and whether p had
// certainly happened by d (PartialDate.HappenedBy); the zero p, which has
// no day, gives false.
func lastBy(p PartialDate, d date.Date) (date.Date, bool) {
	if p.IsZero() || !p.HappenedBy(d) {
		return date.Date{}, false
	}
	return p.Last(), true
}

// A Dormancy is the answer of Agreement.DormancyOn: whether an agreement
// has stayed "only on paper" on a day, and the dates the answer rests on.
type Dormancy struct {
	// On is the day asked about.
	On date.Date
	// Cutoff is On minus the dormant span (On itself for a span of 0
	// months). An activity dated on or after Cutoff is recent.
	Cutoff date.Date
	// Since is the day from which inactivity is counted: the latest
	// activity that had happened by On (Agreement.LastActivityBy), else
	// the agreement's start (Agreement.Start) if it is on or before On;
	// zero when neither is known.
	Since date.Date
	// SinceAsGiven is the date Since is the last day of, as the source
	// gives it, for writing "sejak 2022" rather than "sejak 31 Desember
	// 2022": the latest activity's date (the finest one when several end
	// on Since), else the start of the term or the signing date; zero
	// when Since is.
	SinceAsGiven date.Partial
	// FromActivity is true when Since is an activity's day, false when it
	// is the start or zero.
	FromActivity bool
	// Dormant is true when the agreement is in force on On (StatusActive
	// or StatusExpiringSoon) and Since is before Cutoff or unknown.
	Dormant bool
}

// Recent reports whether an activity dated p is recent on dm.On: it had
// happened by On (PartialDate.HappenedBy) and the last day it may stand
// for is on or after Cutoff. An activity without a date is never recent.
// An agreement in force that started before Cutoff is dormant exactly
// when none of its activities is recent.
func (dm Dormancy) Recent(p PartialDate) bool {
	l, ok := lastBy(p, dm.On)
	return ok && !l.Before(dm.Cutoff)
}

// DormancyOn applies the dormancy rule on day d with a span of months
// months to the agreement, whose status on d is s (Agreement.StatusOn, or
// Register.StatusOn, which also counts a signed successor): an agreement
// in force on d is dormant — "only on paper" — when its latest activity
// that had happened by d, or with none its start, lies before d minus
// months months, or when neither is known. Activities count by
// PartialDate.HappenedBy, from the last day their date may stand for, so
// an activity dated after d, or one whose month or year has not ended by
// d, does not count: on a past day the agreement is judged as it stood
// then. An activity without a date shows that something was done, not
// when, and is not counted here.
//
// An invalid d or a negative span gives a Dormancy that is not dormant.
// Register.Dormant and the evaluate package apply this rule.
func (a *Agreement) DormancyOn(d date.Date, months int, s Status) Dormancy {
	dm := Dormancy{On: d}
	if months < 0 || !d.IsValid() {
		return dm
	}
	dm.Cutoff = d.AddMonths(-months)
	if p, ok := a.latestActivityBy(d); ok {
		dm.Since, dm.SinceAsGiven, dm.FromActivity = p.Last(), p, true
	} else if start, ok := a.startBy(d); ok && start.IsValid() && !start.After(d) {
		dm.Since, dm.SinceAsGiven = start, a.startAsGiven(d)
	}
	inForce := s == StatusActive || s == StatusExpiringSoon
	dm.Dormant = inForce && (dm.Since.IsZero() || dm.Since.Before(dm.Cutoff))
	return dm
}

// RenewsBy reports whether the agreement renews or continues its
// predecessor on d: it names a Predecessor and it had been signed by d —
// its signing date, or else a signing event, had happened by d
// (PartialDate.HappenedBy). A successor whose signing date is not
// recorded renews nothing, and neither does an offer (KindOffer), which
// is not signed.
func (a *Agreement) RenewsBy(d date.Date) bool {
	if a.Predecessor == "" || a.Kind == KindOffer {
		return false
	}
	return !a.signedOnBy(d).IsZero()
}

// Renewed returns the IDs of the agreements among as that a successor
// renews on d: an agreement of as that names one as Predecessor and
// renews it by d (Agreement.RenewsBy). Such an agreement is StatusRenewed
// on d (see Agreement.StatusWithSuccessor). It returns nil when there is
// none. Register.StatusOn applies the same rule to a register.
func Renewed(as []Agreement, d date.Date) map[string]bool {
	var renewed map[string]bool
	for i := range as {
		if as[i].RenewsBy(d) {
			if renewed == nil {
				renewed = make(map[string]bool)
			}
			renewed[as[i].Predecessor] = true
		}
	}
	return renewed
}

// StatusWithSuccessor returns the status of the agreement on d when
// renewed tells whether a successor had renewed it by d (Renewed,
// Agreement.RenewsBy): StatusRenewed, unless the agreement had been
// terminated by d or is an offer (an offer taken up stays an offer);
// without a successor, Agreement.StatusOn.
func (a *Agreement) StatusWithSuccessor(d date.Date, renewed bool) Status {
	s := a.StatusOn(d)
	if renewed && s != StatusTerminated && a.Kind != KindOffer {
		return StatusRenewed
	}
	return s
}

// maxRegisterNames is how many regions RegisterName lists before "…".
const maxRegisterNames = 4

// RegisterName names a register by the Indonesian regions that are
// parties to its agreements (Role RoleRegion), each named by its region
// (Party.Region.Name) or, without one, by Party.Name, in order of first
// appearance and each once, joined by ", ": "Banten, Kota Tangerang
// Selatan, Kalimantan Timur". More than four are cut after the fourth
// with "…" ("A, B, C, D, …"). A register without such a party gives "".
func RegisterName(as []Agreement) string {
	var names []string
	seen := make(map[string]bool)
	for i := range as {
		for _, p := range as[i].Parties {
			if p.Role != RoleRegion {
				continue
			}
			name := p.Region.Name
			if name == "" {
				name = p.Name
			}
			if name == "" || seen[name] {
				continue
			}
			seen[name] = true
			names = append(names, name)
			if len(names) > maxRegisterNames {
				return strings.Join(append(names[:maxRegisterNames], "…"), ", ")
			}
		}
	}
	return strings.Join(names, ", ")
}

// Name names the register as RegisterName names its agreements.
func (r *Register) Name() string {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return RegisterName(r.items)
}
