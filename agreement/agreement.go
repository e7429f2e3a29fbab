package agreement

import (
	"errors"
	"fmt"
	"strings"

	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/money"
	"github.com/kerjasama/kerjasama/region"
)

// DefaultNoticeDays is the notice period used when an agreement states
// none: StatusOn reports StatusExpiringSoon from this many days before the
// last day of the term (as Register.ExpiringWithin(d, 90) counts).
const DefaultNoticeDays = 90

// An Agreement is one cooperation agreement as a cooperation office keeps
// it, from first contact to renewal or termination.
//
// Its status is never stored: StatusOn derives it from Signed, Term and
// Events. Slices belong to the Agreement; values returned by a Register
// share them and must not be modified.
type Agreement struct {
	ID    string `json:"id"`              // the register's identifier; unique within a Register
	Title string `json:"title,omitempty"` // the title as written

	Type   Type   `json:"type,omitempty"`     // cooperation scheme (PP 28/2018)
	Kind   Kind   `json:"document,omitempty"` // kind of document
	Name   string `json:"name,omitempty"`     // the document's own name besides its kind ("Friendship Cooperation")
	Phase  int    `json:"phase,omitempty"`    // the phase or round ("Tahap III" is 3); 0 when not stated
	Series Kind   `json:"series,omitempty"`   // a kind the document continues: the LoI of "MOU … (LoI Tahap III)"

	Parties      []Party  `json:"parties,omitempty"`
	Sectors      []Sector `json:"sectors,omitempty"`
	OtherSectors []string `json:"other_sectors,omitempty"` // sector text ParseSectors did not recognise, kept as written

	Signed     PartialDate `json:"signed,omitzero"`       // when it was signed, to the day, month or year
	Term       Term        `json:"term,omitzero"`         // when it is in force
	NoticeDays int         `json:"notice_days,omitempty"` // days before the end of term from which it is "expiring soon"; 0: DefaultNoticeDays

	Predecessor string `json:"predecessor,omitempty"` // ID of the agreement this one renews or continues (earlier phase)

	Events     []Event    `json:"events,omitempty"`
	Funding    []Funding  `json:"funding,omitempty"`
	Activities []Activity `json:"activities,omitempty"`

	Notes   string   `json:"notes,omitempty"` // remarks (Keterangan)
	Sources []Source `json:"sources,omitempty"`
}

// A Party is one side of an agreement: an Indonesian region, a foreign
// local government, or a named organisation.
type Party struct {
	Role Role
	// Region is the party when it is a region the region package knows (or
	// that a user defined there); zero otherwise.
	Region region.Region
	// Name is the party as the source writes it ("Pemerintah Kota Timra",
	// "Konsulat Jenderal Jepang di Surabaya"). It is kept even when Region
	// is set, and is the only identification of an organisation.
	Name string
	// Country is the ISO 3166-1 alpha-2 code of the party's country. When
	// Region is set, Region.Country takes precedence.
	Country   string
	Signatory string // who signed for the party, with title
}

// CountryCode returns the party's country: the region's when Region is
// set, Country otherwise.
func (p Party) CountryCode() string {
	if p.Region.IsValid() && p.Region.Country != "" {
		return p.Region.Country
	}
	return strings.ToUpper(p.Country)
}

// IsForeign reports whether the party's country is known and is not
// Indonesia.
func (p Party) IsForeign() bool {
	c := p.CountryCode()
	return c != "" && c != "ID"
}

// Label returns the region's name when Region is set, else Name.
func (p Party) Label() string {
	if p.Name != "" {
		return p.Name
	}
	if p.Region.IsValid() {
		return p.Region.Name
	}
	return ""
}

// An Event is a dated stage in the life of an agreement. A zero Date means
// the stage is known to have happened but not when; it counts as having
// happened on every day.
type Event struct {
	Stage Stage       `json:"stage"`
	Date  PartialDate `json:"date,omitzero"`
	Note  string      `json:"note,omitempty"`
}

// A Funding is a commitment of money to an agreement, or the money an
// offer (KindOffer) puts on the table.
type Funding struct {
	Amount money.Amount `json:"amount"`
	// Ceiling is true when Amount is an upper limit ("maksimal Rp1,3 miliar").
	Ceiling bool     `json:"ceiling,omitempty"`
	Source  string   `json:"source,omitempty"` // who provides it ("Konsulat Jenderal Jepang di Surabaya", "APBD")
	Purpose []Sector `json:"purpose,omitempty"`
	// Restrictions are conditions on its use, as written ("tidak boleh untuk
	// honor", "tidak boleh untuk perjalanan dinas").
	Restrictions []string `json:"restrictions,omitempty"`
	// Apply says how to take up an offer, as written: who prepares and
	// submits what, to whom, by when ("disiapkan dan diajukan oleh
	// daerah"); empty when the source does not say.
	Apply string `json:"apply,omitempty"`
}

// An Activity is something carried out under an agreement.
type Activity struct {
	Date        PartialDate  `json:"date,omitzero"`
	Sector      Sector       `json:"sector,omitempty"`
	Description string       `json:"description,omitempty"`
	Value       money.Amount `json:"value,omitzero"` // value reported; zero (in any currency) when none
	// Approximate is true when the value is approximate ("sekitar Rp18 miliar").
	Approximate bool `json:"approximate,omitempty"`
}

// A Source names where a fact comes from.
type Source struct {
	Document string `json:"document"`        // a file name, URL or citation
	Quote    string `json:"quote,omitempty"` // the sentence relied on
}

// SignedOn returns when the agreement was signed: Signed, or else the date
// of its first signing event.
func (a *Agreement) SignedOn() PartialDate {
	if !a.Signed.IsZero() {
		return a.Signed
	}
	for _, e := range a.Events {
		if e.Stage == StageSigning {
			return e.Date
		}
	}
	return PartialDate{}
}

// Start returns the first day the agreement is in force: Term.Start, else
// the last day its signing may have happened. ok is false when neither is
// known.
func (a *Agreement) Start() (d date.Date, ok bool) {
	if !a.Term.Start.IsZero() {
		return a.Term.Start, true
	}
	if s := a.SignedOn(); s.IsValid() {
		return s.Last(), true
	}
	return date.Date{}, false
}

// End returns the last day of the term: Term.End, or the day before the
// stated duration has passed since the start (Term.Start, else the first
// day the signing may have happened, so that an expiry is never missed).
// ok is false for an open-ended term or one whose end is not known.
func (a *Agreement) End() (d date.Date, ok bool) {
	if a.Term.OpenEnded {
		return date.Date{}, false
	}
	if !a.Term.End.IsZero() {
		return a.Term.End, true
	}
	if a.Term.Months > 0 || a.Term.Days > 0 {
		start := a.Term.Start
		if start.IsZero() {
			start = a.SignedOn().First()
		}
		if start.IsValid() {
			return start.AddMonths(a.Term.Months).AddDays(a.Term.Days - 1), true
		}
	}
	return date.Date{}, false
}

// notice returns the notice period in days.
func (a *Agreement) notice() int {
	if a.NoticeDays > 0 {
		return a.NoticeDays
	}
	return DefaultNoticeDays
}

// StatusOn returns the status of the agreement on day d, derived from what
// had happened by d (date.Partial.HappenedBy: a date known only to the
// month or year counts from the last day of that month or year, the day
// by which it has certainly happened; an event without a date counts as
// having happened). Nothing dated after d, nor a signing whose month or
// year has not ended by d, changes the answer:
//
//   - StatusTerminated once a termination event has happened;
//   - an offer (KindOffer) is StatusOffered, or StatusExpired once a known
//     end of its term has passed: never draft, in force or renewed;
//   - StatusRenewed once a renewal event has happened (a Register also
//     reports StatusRenewed once a successor has been signed);
//   - not yet signed by d, StatusExpired once a stated last day of the
//     term (Term.End) has passed (a register row that gives only the end,
//     "Berakhir: 2017", is over, not a draft), else StatusInPreparation if
//     any stage after the initiative has happened, StatusDraft otherwise. It counts as signed
//     by d when its signing date or a signing event has happened by d, an
//     implementation, monitoring or evaluation event has (an agreement
//     being carried out has been signed), or its term has begun;
//   - signed, StatusInPreparation before the term starts, StatusExpired
//     after it ends (Agreement.EndBy), StatusExpiringSoon within the
//     notice period before the end (NoticeDays, default
//     DefaultNoticeDays), StatusActive otherwise (also when the term is
//     open-ended or its end is unknown);
//   - but a signed Letter of Intent (KindLetterOfIntent) is StatusIntent
//     where an agreement would be in preparation, active or expiring
//     soon: it declares an intent and is never in force.
func (a *Agreement) StatusOn(d date.Date) Status {
	for _, e := range a.Events {
		if e.Stage == StageTermination && e.Date.HappenedBy(d) {
			return StatusTerminated
		}
	}
	if a.Kind == KindOffer {
		if end, ok := a.EndBy(d); ok && d.After(end) {
			return StatusExpired
		}
		return StatusOffered
	}
	for _, e := range a.Events {
		if e.Stage == StageRenewal && e.Date.HappenedBy(d) {
			return StatusRenewed
		}
	}
	if !a.signedBy(d) {
		// A record whose stated last day has passed is over, signed or
		// not: a register row with only "Berakhir: 2017" is not a draft
		// in 2026.
		if !a.Term.End.IsZero() && !a.Term.OpenEnded && d.After(a.Term.End) {
			return StatusExpired
		}
		for _, e := range a.Events {
			if e.Stage > StageInitiative && e.Stage != StageSigning && e.Date.HappenedBy(d) {
				return StatusInPreparation
			}
		}
		return StatusDraft
	}
	intent := a.Kind == KindLetterOfIntent
	if !a.Term.Start.IsZero() && d.Before(a.Term.Start) {
		if intent {
			return StatusIntent
		}
		return StatusInPreparation
	}
	end, ok := a.EndBy(d)
	switch {
	case ok && d.After(end):
		return StatusExpired
	case intent:
		return StatusIntent
	case ok && end.DaysSince(d) <= a.notice():
		return StatusExpiringSoon
	}
	return StatusActive
}

// signedBy reports whether the agreement had been signed by d, on what
// had happened by then: its signing date or a signing event (an undated
// one always), an implementation, monitoring or evaluation event, or the
// start of its term.
func (a *Agreement) signedBy(d date.Date) bool {
	if !a.Signed.IsZero() && a.Signed.HappenedBy(d) {
		return true
	}
	for _, e := range a.Events {
		if (e.Stage == StageSigning || e.Stage >= StageImplementation && e.Stage <= StageEvaluation) && e.Date.HappenedBy(d) {
			return true
		}
	}
	return a.Term.Start.IsValid() && !a.Term.Start.After(d)
}

// signedOnBy returns the signing date as known on d: Signed if it had
// happened by d, else the date of the first signing event that had
// happened by d (zero for an undated one), else zero. It is SignedOn of
// the agreement cut to what had happened by d.
func (a *Agreement) signedOnBy(d date.Date) PartialDate {
	if !a.Signed.IsZero() && a.Signed.HappenedBy(d) {
		return a.Signed
	}
	for _, e := range a.Events {
		if e.Stage == StageSigning && e.Date.HappenedBy(d) {
			return e.Date
		}
	}
	return PartialDate{}
}

// EndBy returns the last day of the term as known on d: Term.End, or the
// day before the stated duration has passed since Term.Start, or, without
// a start, since the first day a signing that had happened by d may have
// happened. It is End on what was known on d: a signing dated after d, or
// in a month or year not ended by d, gives no end yet. ok is false for an
// open-ended term or one whose end is not known on d.
func (a *Agreement) EndBy(d date.Date) (end date.Date, ok bool) {
	if a.Term.OpenEnded {
		return date.Date{}, false
	}
	if !a.Term.End.IsZero() {
		return a.Term.End, true
	}
	if a.Term.Months > 0 || a.Term.Days > 0 {
		start := a.Term.Start
		if start.IsZero() {
			start = a.signedOnBy(d).First()
		}
		if start.IsValid() {
			return start.AddMonths(a.Term.Months).AddDays(a.Term.Days - 1), true
		}
	}
	return date.Date{}, false
}

// startBy returns Start as known on d: Term.Start, else the last day a
// signing that had happened by d may have happened.
func (a *Agreement) startBy(d date.Date) (date.Date, bool) {
	if !a.Term.Start.IsZero() {
		return a.Term.Start, true
	}
	if s := a.signedOnBy(d); s.IsValid() {
		return s.Last(), true
	}
	return date.Date{}, false
}

// KnownBy reports whether the agreement was known on d: something dated
// in it (its signing, an event, an activity) had happened by d
// (date.Partial.HappenedBy), or nothing in it is dated at all, so that
// nothing says when it was made. The term is not a step: a record whose
// dated steps all lie after d did not exist yet. The evaluate package
// evaluates a register on d over the agreements known by d.
func (a *Agreement) KnownBy(d date.Date) bool {
	dated := false
	check := func(p PartialDate) bool {
		if p.IsZero() {
			return false
		}
		dated = true
		return p.HappenedBy(d)
	}
	if check(a.Signed) {
		return true
	}
	for _, e := range a.Events {
		if check(e.Date) {
			return true
		}
	}
	for _, act := range a.Activities {
		if check(act.Date) {
			return true
		}
	}
	return !dated
}

// ActiveOn reports whether the agreement is in force on d (StatusActive or
// StatusExpiringSoon).
func (a *Agreement) ActiveOn(d date.Date) bool {
	s := a.StatusOn(d)
	return s == StatusActive || s == StatusExpiringSoon
}

// LastActivity returns the date of the latest activity (by the last day it
// may stand for) and whether there is one with a date.
func (a *Agreement) LastActivity() (date.Date, bool) {
	var last date.Date
	for _, act := range a.Activities {
		if l := act.Date.Last(); l.IsValid() && l.After(last) {
			last = l
		}
	}
	return last, !last.IsZero()
}

// LastActivityBy returns the last day of the latest activity that had
// certainly happened by d (PartialDate.HappenedBy: the last day it may
// stand for is on or before d), and whether there is one.
// Activities after d, or whose span reaches past d ("2023" asked on
// 2023-06-01), are not counted: on a past date the register knows only
// what had happened by then. Activities without a date give no day.
func (a *Agreement) LastActivityBy(d date.Date) (date.Date, bool) {
	p, ok := a.latestActivityBy(d)
	return p.Last(), ok
}

// latestActivityBy returns the date of the latest activity that had
// certainly happened by d, by the last day it may stand for; of several
// that end on the same day, the finest ("9 Juni 2022" before "Juni 2022").
func (a *Agreement) latestActivityBy(d date.Date) (PartialDate, bool) {
	var best PartialDate
	var last date.Date
	for i := range a.Activities {
		p := a.Activities[i].Date
		l, ok := lastBy(p, d)
		if ok && (l.After(last) || l == last && p.Precision() > best.Precision()) {
			best, last = p, l
		}
	}
	return best, !last.IsZero()
}

// startAsGiven returns the date startBy(d) is the first day in force of,
// as the source gives it: the start of the term to the day, else the
// signing date as recorded ("2013"); zero when it is unknown on d.
func (a *Agreement) startAsGiven(d date.Date) PartialDate {
	if !a.Term.Start.IsZero() {
		return On(a.Term.Start)
	}
	if s := a.signedOnBy(d); s.IsValid() {
		return s
	}
	return PartialDate{}
}

// Countries returns the country codes of the foreign parties, each once,
// in party order.
func (a *Agreement) Countries() []string {
	var cs []string
	for _, p := range a.Parties {
		if c := p.CountryCode(); p.IsForeign() && !contains(cs, c) {
			cs = append(cs, c)
		}
	}
	return cs
}

// HasSector reports whether s is among the agreement's sectors.
func (a *Agreement) HasSector(s Sector) bool { return contains(a.Sectors, s) }

func contains[T comparable](xs []T, x T) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// Sentinel errors of validation, wrapped by *Problem for errors.Is.
var (
	ErrTermOrder          = errors.New("term ends before it starts")
	ErrSignedAfterTerm    = errors.New("signed after the term ends")
	ErrNoForeignParty     = errors.New("foreign cooperation without a foreign party")
	ErrForeignParty       = errors.New("domestic cooperation with a foreign party")
	ErrNoRegion           = errors.New("no Indonesian party")
	ErrLoIFunding         = errors.New("letter of intent carries a funding commitment")
	ErrUnknownPredecessor = errors.New("unknown predecessor")
	ErrPredecessorCycle   = errors.New("predecessor chain loops")
	ErrChainOrder         = errors.New("successor precedes its predecessor")
	ErrDuplicateID        = errors.New("duplicate agreement ID")
	ErrInvalidDate        = errors.New("invalid date")
	ErrNegativeAmount     = errors.New("negative amount")
	ErrBadPhase           = errors.New("phase out of range")
)

// A Problem is one thing wrong with an agreement. It wraps one of the
// validation sentinels (ErrTermOrder, ErrLoIFunding, …) or ErrMissing.
type Problem struct {
	ID     string // the agreement's ID
	Field  string // the field at fault: "term", "signed", "parties", "funding[0]", …
	Err    error  // the sentinel
	Detail string // specifics, may be empty
}

// Error names the agreement, the field and the problem.
func (p *Problem) Error() string {
	id := p.ID
	if id == "" {
		id = "(no ID)"
	}
	s := fmt.Sprintf("agreement %s: %s: %v", id, p.Field, p.Err)
	if p.Detail != "" {
		s += " (" + p.Detail + ")"
	}
	return s
}

// Unwrap returns the sentinel.
func (p *Problem) Unwrap() error { return p.Err }

// Problems returns the *Problem values in err, as Validate and
// Register.Validate join them; nil for a nil err.
func Problems(err error) []*Problem {
	var out []*Problem
	var walk func(error)
	walk = func(e error) {
		if e == nil {
			return
		}
		if p, ok := e.(*Problem); ok {
			out = append(out, p)
			return
		}
		if j, ok := e.(interface{ Unwrap() []error }); ok {
			for _, x := range j.Unwrap() {
				walk(x)
			}
			return
		}
		if u := errors.Unwrap(e); u != nil {
			walk(u)
		}
	}
	walk(err)
	return out
}

// Validate checks the agreement on its own and returns every problem at
// once, joined with errors.Join, each a *Problem: a missing ID, an invalid
// date, a term that ends before it starts, a signing after the end of the
// term, a foreign type (KSDPL, KSDLL) without a foreign party or a KSDD
// with one, no Indonesian party, a Letter of Intent carrying a funding
// commitment, a negative amount or phase. Problems that need the other
// agreements (unknown predecessor, duplicate IDs, loops) are checked by
// Register.Validate. Validate returns nil when all is well.
func (a *Agreement) Validate() error {
	var errs []error
	add := func(field string, err error, detail string, args ...any) {
		if len(args) > 0 {
			detail = fmt.Sprintf(detail, args...)
		}
		errs = append(errs, &Problem{ID: a.ID, Field: field, Err: err, Detail: detail})
	}
	if strings.TrimSpace(a.ID) == "" {
		add("id", ErrMissing, "")
	}
	if a.Phase < 0 || a.Phase > 100 {
		add("phase", ErrBadPhase, "%d", a.Phase)
	}
	if !a.Signed.IsZero() && !a.Signed.IsValid() {
		add("signed", ErrInvalidDate, "%s", a.Signed)
	}
	t := a.Term
	if !t.Start.IsZero() && !t.Start.IsValid() {
		add("term", ErrInvalidDate, "start %s", t.Start)
	}
	if !t.End.IsZero() && !t.End.IsValid() {
		add("term", ErrInvalidDate, "end %s", t.End)
	}
	if t.Months < 0 {
		add("term", ErrRange, "duration %d months", t.Months)
	}
	if t.Days < 0 {
		add("term", ErrRange, "duration %d days", t.Days)
	}
	if t.Start.IsValid() && t.End.IsValid() && t.End.Before(t.Start) {
		add("term", ErrTermOrder, "%s to %s", t.Start, t.End)
	}
	if s := a.SignedOn(); s.IsValid() {
		if end, ok := a.End(); ok && end.IsValid() && s.First().After(end) {
			add("signed", ErrSignedAfterTerm, "signed %s, term ends %s", s, end)
		}
	}
	hasForeign, hasRegion := false, false
	for _, p := range a.Parties {
		if p.IsForeign() && (p.Role == RolePartner || p.Role == 0) {
			hasForeign = true // a foreign witness, facilitator or funder is not a partner
		}
		if p.Role == RoleRegion || (p.Role == 0 && p.CountryCode() == "ID") {
			hasRegion = true
		}
	}
	if len(a.Parties) > 0 && !hasRegion {
		add("parties", ErrNoRegion, "")
	}
	if a.Type.IsForeign() && !hasForeign {
		add("parties", ErrNoForeignParty, "type %s", a.Type)
	}
	if a.Type.Scheme() == KSDD {
		for _, p := range a.Parties {
			if p.IsForeign() && (p.Role == RolePartner || p.Role == RoleRegion) {
				add("parties", ErrForeignParty, "%s (%s)", p.Label(), p.CountryCode())
			}
		}
	}
	for i, f := range a.Funding {
		if a.Kind == KindLetterOfIntent && f.Amount.Sign() != 0 {
			add(fmt.Sprintf("funding[%d]", i), ErrLoIFunding, "%s", f.Amount)
		}
		if f.Amount.Sign() < 0 {
			add(fmt.Sprintf("funding[%d]", i), ErrNegativeAmount, "%s", f.Amount)
		}
	}
	for i, e := range a.Events {
		if !e.Date.IsZero() && !e.Date.IsValid() {
			add(fmt.Sprintf("events[%d]", i), ErrInvalidDate, "%s", e.Date)
		}
	}
	for i, act := range a.Activities {
		if !act.Date.IsZero() && !act.Date.IsValid() {
			add(fmt.Sprintf("activities[%d]", i), ErrInvalidDate, "%s", act.Date)
		}
		if act.Value.Sign() < 0 {
			add(fmt.Sprintf("activities[%d]", i), ErrNegativeAmount, "%s", act.Value)
		}
	}
	return errors.Join(errs...)
}
