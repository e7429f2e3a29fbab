package evaluate

import (
	"cmp"
	"github.com/kerjasama/kerjasama/internal/enum"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/kerjasama/kerjasama/agreement"
	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/money"
	"golang.org/x/text/language"
)

// DefaultDormantMonths is the span without any recorded activity after
// which an agreement in force is "dormant — only on paper" (seed 002:
// "tidak sekadar hanya menjadi kesepakatan di atas kertas").
const DefaultDormantMonths = 12

// A Criterion is one part of the effectiveness score of an agreement.
type Criterion uint8

// The criteria of the score. Each is met to a degree from 0 to 1; the
// score is the weighted mean of the degrees, times 100, rounded.
//
// Credit for activity decays: only recent activities count, those within
// the dormant span before the date (AgreementOptions.DormantMonths;
// agreement.Dormancy.Recent), and the latest of them counts less the
// older it is (CriterionRecentActivity). An activity older than the span
// earns nothing, so a dormant agreement — in force, nothing recent —
// scores the in-force weight alone, and never more than any agreement in
// force that is not dormant, whatever the weights. What happened earlier
// stays in the evaluation (Activities, ActiveSectors, Realised), not in
// the score.
//
// Only agreements are scored: a Letter of Intent or an offer has no score
// (AgreementEvaluation.Scored).
const (
	// CriterionInForce: 1 when the agreement is in force on the date
	// (active or expiring soon), else 0.
	CriterionInForce Criterion = 1 + iota
	// CriterionRecentActivity: 1 − (months since the last activity) /
	// (dormant span), floored at 0; 0 with no recent activity. An
	// activity this month scores 1, one a full dormant span ago 0.
	CriterionRecentActivity
	// CriterionSectorCoverage: the share of the agreed sectors that have
	// at least one recent activity (AgreementEvaluation.RecentSectors);
	// with no sectors agreed, 1 if there is any recent activity.
	CriterionSectorCoverage
	// CriterionFrequency: recent activities divided by ActivityTarget,
	// capped at 1.
	CriterionFrequency
	// CriterionValue: value realised by recent activities against the
	// funding committed (capped at 1), in the currency of the commitment;
	// with no commitment, 1 if any recent activity reports a value. An
	// approximate value ("sekitar Rp18 miliar") counts as given.
	CriterionValue
	numCriteria
)

var criteria = newEnum("Criterion", []enum.Entry{
	{},
	CriterionInForce:        {ID: "in-force", En: "in force", In: "berlaku", Ms: "berkuat kuasa"},
	CriterionRecentActivity: {ID: "recent-activity", En: "recent activity", In: "kegiatan terkini", Ms: "aktiviti terkini"},
	CriterionSectorCoverage: {ID: "sector-coverage", En: "sector coverage", In: "cakupan bidang", Ms: "liputan bidang"},
	CriterionFrequency:      {ID: "frequency", En: "frequency of activity", In: "frekuensi kegiatan", Ms: "kekerapan aktiviti"},
	CriterionValue:          {ID: "value", En: "value realised", In: "nilai terealisasi", Ms: "nilai direalisasikan", Aliases: []string{"value realized"}},
}, false)

// String returns the stable identifier of c ("in-force", "recent-activity",
// "sector-coverage", "frequency", "value").
func (c Criterion) String() string { return criteria.String(int(c)) }

// Label returns the name of c in the language of tag.
func (c Criterion) Label(tag language.Tag) string { return criteria.Label(int(c), tag) }

// MarshalText writes the stable identifier; the zero Criterion gives
// empty text.
func (c Criterion) MarshalText() ([]byte, error) { return criteria.MarshalText(int(c)) }

// UnmarshalText reads an identifier or a label in any of the languages;
// empty text is the zero Criterion.
func (c *Criterion) UnmarshalText(b []byte) error {
	v, err := criteria.UnmarshalText(b)
	if err != nil {
		return err
	}
	*c = Criterion(v)
	return nil
}

// Weights gives the weight of each criterion of the score.
type Weights struct {
	InForce, RecentActivity, SectorCoverage, Frequency, Value int
}

// DefaultWeights are the weights used when AgreementOptions.Weights is
// zero: 20 in force, 30 recent activity, 20 sector coverage, 15 frequency,
// 15 value — 100 in all. Recent activity weighs most because the question
// officials ask (seed 002) is whether an agreement is more than paper.
var DefaultWeights = Weights{InForce: 20, RecentActivity: 30, SectorCoverage: 20, Frequency: 15, Value: 15}

func (w Weights) of(c Criterion) int {
	switch c {
	case CriterionInForce:
		return w.InForce
	case CriterionRecentActivity:
		return w.RecentActivity
	case CriterionSectorCoverage:
		return w.SectorCoverage
	case CriterionFrequency:
		return w.Frequency
	case CriterionValue:
		return w.Value
	}
	return 0
}

// AgreementOptions configure the evaluation of agreements. The zero value
// uses the defaults.
type AgreementOptions struct {
	// DormantMonths is the span in whole months without activity after
	// which an agreement in force is dormant; 0 means DefaultDormantMonths.
	DormantMonths int
	// ActivityTarget is the number of activities within the dormant span
	// that earns full marks for frequency; 0 means 2.
	ActivityTarget int
	// Weights of the score; the zero Weights means DefaultWeights. Negative
	// weights count as 0.
	Weights Weights
	// Subject names the register in the roll-up finding ("Provinsi
	// Banten").
	Subject string
}

func (o AgreementOptions) norm() AgreementOptions {
	if o.DormantMonths <= 0 {
		o.DormantMonths = DefaultDormantMonths
	}
	if o.ActivityTarget <= 0 {
		o.ActivityTarget = 2
	}
	if o.Weights == (Weights{}) {
		o.Weights = DefaultWeights
	}
	return o
}

// A ScorePart is one criterion's contribution to a score.
type ScorePart struct {
	Criterion Criterion `json:"criterion"`
	Weight    int       `json:"weight"`
	Degree    float64   `json:"degree"` // how far the criterion is met, 0 to 1
	Points    float64   `json:"points"` // Weight × Degree, scaled so that the weights sum to 100
}

// A Score is the effectiveness of an agreement from 0 to 100, with the
// criteria and weights it was computed from: no black box.
type Score struct {
	Value int         `json:"value"`
	Parts []ScorePart `json:"parts"`
}

// Sectors is a list of sectors that writes itself in a language.
type Sectors []agreement.Sector

// Label returns the sectors' names in the language of tag, separated by
// commas.
func (s Sectors) Label(tag language.Tag) string {
	parts := make([]string, len(s))
	for i, x := range s {
		parts[i] = x.Label(tag)
	}
	return strings.Join(parts, ", ")
}

// An AgreementEvaluation is the state of one agreement on a date: an
// agreement, or one of the records a register keeps that are not
// agreements, a Letter of Intent or an offer (see Kind).
type AgreementEvaluation struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	// Kind is the kind of the document. A Letter of Intent
	// (agreement.KindLetterOfIntent) and an offer (agreement.KindOffer)
	// are not agreements (agreement.Kind.IsAgreement): their status is
	// their own (agreement.StatusIntent, agreement.StatusOffered, or
	// expired, terminated, renewed), they are never in force or dormant,
	// and they are not scored (Scored).
	Kind   agreement.Kind   `json:"document,omitempty"`
	Date   date.Date        `json:"date"`
	Stage  agreement.Stage  `json:"stage"` // the latest stage reached by Date
	Status agreement.Status `json:"status"`
	// End is the last day of the term, zero when open-ended or unknown;
	// DaysLeft counts from Date to End (negative once expired).
	End      date.Date `json:"end,omitzero"`
	DaysLeft int       `json:"days_left,omitempty"`
	// Countries are the partners' countries (ISO 3166-1).
	Countries []string `json:"countries,omitempty"`
	// Sectors are the agreed sectors; ActiveSectors those with at least
	// one activity by Date; IdleSectors the agreed ones without;
	// RecentSectors the agreed ones with at least one recent activity,
	// which CriterionSectorCoverage counts.
	Sectors       Sectors `json:"sectors,omitempty"`
	ActiveSectors Sectors `json:"active_sectors,omitempty"`
	IdleSectors   Sectors `json:"idle_sectors,omitempty"`
	RecentSectors Sectors `json:"recent_sectors,omitempty"`
	// Activities counts the activities that had happened by Date
	// (date.Partial.HappenedBy: a date known to the month or year counts
	// once that whole month or year has passed; an undated one always
	// counts); Recent those within the dormant span before Date
	// (agreement.Dormancy.Recent). ActiveSectors and Realised are of the
	// same activities.
	Activities int `json:"activities"`
	Recent     int `json:"recent_activities"`
	// Realised sums the values of the activities, one amount per currency.
	// RealisedApprox, as long as Realised, is true where the sum includes
	// an approximate value (agreement.Activity.Approximate: "sekitar Rp18
	// miliar"), to be written as approximate ("sekitar Rp18.000.000.000",
	// "about …").
	Realised       []money.Amount `json:"realised,omitempty"`
	RealisedApprox []bool         `json:"realised_approximate,omitempty"`
	// LastActivity is the date of the latest activity by Date (the last
	// day a partial date such as "June 2022" stands for, which is never
	// after Date); zero when none. MonthsSince counts whole months from it
	// (or, with no activity, from the start of the agreement) to Date; -1
	// when neither is known.
	LastActivity date.Date `json:"last_activity,omitzero"`
	MonthsSince  int       `json:"months_since"`
	// Dormant: in force, and the latest activity (or, with none, the
	// start) lies before Date minus the dormant span, or neither is known
	// — "only on paper". The rule is agreement.Agreement.DormancyOn's, the
	// one agreement.Register.Dormant applies. A Letter of Intent or an
	// offer is never dormant.
	Dormant bool `json:"dormant"`
	// Score is the effectiveness score of an agreement (see Criterion);
	// zero, and left out of JSON, for a Letter of Intent or an offer,
	// which are not scored (Scored).
	Score    Score     `json:"score,omitzero"`
	Findings []Finding `json:"findings,omitempty"`
}

// InForce reports whether the agreement is active or expiring soon. A
// Letter of Intent or an offer never is.
func (e *AgreementEvaluation) InForce() bool {
	return e.Status == agreement.StatusActive || e.Status == agreement.StatusExpiringSoon
}

// Scored reports whether the evaluation carries an effectiveness score:
// an agreement's does, in force or not; a Letter of Intent's or an
// offer's does not, and its Score is zero, without parts.
func (e *AgreementEvaluation) Scored() bool { return e.Kind.IsAgreement() }

// monthsBetween returns the whole months from a to b (0 if b is before a).
func monthsBetween(a, b date.Date) int {
	m := (b.Year-a.Year)*12 + int(b.Month) - int(a.Month)
	if b.Day < a.Day {
		m--
	}
	return max(m, 0)
}

type sectorSet [4]uint64

func (s *sectorSet) add(x agreement.Sector)      { s[x>>6] |= 1 << (x & 63) }
func (s *sectorSet) has(x agreement.Sector) bool { return s[x>>6]&(1<<(x&63)) != 0 }

// Agreement evaluates one agreement on day d.
func Agreement(a *agreement.Agreement, d date.Date, opt AgreementOptions) AgreementEvaluation {
	opt = opt.norm()
	var e AgreementEvaluation
	evaluateAgreement(&e, a, d, opt)
	return e
}

func evaluateAgreement(e *AgreementEvaluation, a *agreement.Agreement, d date.Date, opt AgreementOptions) {
	evaluateWithSuccessor(e, a, d, opt, false, nil)
}

// An arena hands out the small slices of many evaluations from a few
// large allocations, so that evaluating a register of 100,000 agreements
// does not make a million small objects. A nil arena allocates normally.
type arena struct {
	parts    []ScorePart
	sectors  []agreement.Sector
	findings []Finding
	figs     []Figure
	strs     []string
	amounts  []money.Amount
	flags    []bool
	// chunk is the length of each large allocation: arenaChunk, or less
	// for a small register (newArena).
	chunk int
}

func take[T any](pool *[]T, n, chunk int) []T {
	if len(*pool) < n {
		*pool = make([]T, max(n, chunk))
	}
	s := (*pool)[:0:n]
	*pool = (*pool)[n:]
	return s
}

const arenaChunk = 1 << 14

// newArena returns an arena for evaluating n agreements: chunks sized to
// about 8 elements per agreement, from 64 to arenaChunk, so that a small
// register does not allocate for a large one.
func newArena(n int) arena { return arena{chunk: min(arenaChunk, max(64, 8*n))} }

func (ar *arena) takeParts(n int) []ScorePart {
	if ar == nil {
		return make([]ScorePart, 0, n)
	}
	return take(&ar.parts, n, ar.chunk)
}

func (ar *arena) takeSectors(n int) []agreement.Sector {
	if ar == nil {
		return make([]agreement.Sector, 0, n)
	}
	return take(&ar.sectors, n, ar.chunk)
}

func (ar *arena) takeFindings(n int) []Finding {
	if ar == nil {
		return make([]Finding, 0, n)
	}
	return take(&ar.findings, n, ar.chunk)
}

// countries returns the countries of a's foreign parties, each once, as
// agreement.Agreement.Countries does.
func (ar *arena) countries(a *agreement.Agreement) []string {
	if ar == nil {
		return a.Countries()
	}
	var cs []string
	for _, p := range a.Parties {
		if c := p.CountryCode(); p.IsForeign() && !slices.Contains(cs, c) {
			if cs == nil {
				cs = take(&ar.strs, 2, ar.chunk)
			}
			cs = append(cs, c)
		}
	}
	return cs
}

func (ar *arena) takeAmounts(n int) []money.Amount {
	if ar == nil {
		return make([]money.Amount, 0, n)
	}
	return take(&ar.amounts, n, ar.chunk)
}

func (ar *arena) takeFlags(n int) []bool {
	if ar == nil {
		return make([]bool, 0, n)
	}
	return take(&ar.flags, n, ar.chunk)
}

func (ar *arena) takeFigs(figs []Figure) []Figure {
	if ar == nil {
		return figs
	}
	return append(take(&ar.figs, len(figs), ar.chunk), figs...)
}

// evaluateWithSuccessor evaluates a; renewed says a successor renewed it
// by d (agreement.Renewed), which makes it StatusRenewed as in
// agreement.Register.StatusOn. Everything is read as known on d: events,
// activities and the signing that had happened by then
// (date.Partial.HappenedBy), and the end of the term as known then
// (agreement.Agreement.EndBy).
func evaluateWithSuccessor(e *AgreementEvaluation, a *agreement.Agreement, d date.Date, opt AgreementOptions, renewed bool, ar *arena) {
	*e = AgreementEvaluation{ID: a.ID, Title: a.Title, Kind: a.Kind, Date: d, Status: a.StatusWithSuccessor(d, renewed), Stage: a.StageOn(d), MonthsSince: -1}
	if e.Title == "" {
		e.Title = a.ID
	}
	if end, ok := a.EndBy(d); ok {
		e.End = end
		e.DaysLeft = end.DaysSince(d)
	}
	e.Countries = ar.countries(a)
	e.Sectors = Sectors(a.Sectors)

	// Dormancy, recency and what counts by d are agreement's rules: an
	// activity counts once it has certainly happened (the whole span of its
	// date lies on or before d), and is recent from the last day it may
	// stand for.
	dm := a.DormancyOn(d, opt.DormantMonths, e.Status)
	committed := commitment(a)
	var c credit
	var active sectorSet
	for i := range a.Activities {
		act := &a.Activities[i]
		if !act.Date.HappenedBy(d) {
			continue // after d, not yet certain by d, or an invalid date
		}
		e.Activities++
		recent := dm.Recent(act.Date)
		if recent {
			e.Recent++
			if act.Sector != 0 {
				c.sectors.add(act.Sector)
			}
			c.add(act.Value, committed)
		}
		if act.Sector != 0 {
			active.add(act.Sector)
		}
		if act.Value.Sign() != 0 {
			if e.Realised == nil {
				e.Realised, e.RealisedApprox = ar.takeAmounts(1), ar.takeFlags(1)
			}
			e.Realised, e.RealisedApprox = addByCurrency(e.Realised, e.RealisedApprox, act.Value, act.Approximate)
		}
	}
	if dm.FromActivity {
		e.LastActivity = dm.Since
	}
	// Activities recorded after signing mean the agreement is being
	// implemented, whether or not an implementation event was entered.
	if e.Activities > 0 && e.Stage >= agreement.StageSigning && e.Stage < agreement.StageImplementation {
		e.Stage = agreement.StageImplementation
	}
	if len(a.Sectors) > 0 {
		e.ActiveSectors, e.IdleSectors, e.RecentSectors = splitSectors(a.Sectors, &active, &c.sectors, ar)
	}
	if !dm.Since.IsZero() {
		e.MonthsSince = monthsBetween(dm.Since, d)
	}
	inForce := e.InForce()
	e.Dormant = dm.Dormant && e.Scored()

	if e.Scored() {
		e.Score = score(e, &c, committed, opt, ar)
	}
	subject := e.Title
	add := func(c Code, s Severity, figs ...Figure) {
		if e.Findings == nil {
			e.Findings = ar.takeFindings(4)
		}
		e.Findings = append(e.Findings, newFinding(c, s, subject, date.Range{Start: d, End: d}, ar.takeFigs(figs)...))
	}
	switch e.Status {
	case agreement.StatusExpired:
		add(AgreementExpired, Info, fig("end", e.End))
	case agreement.StatusExpiringSoon:
		add(AgreementExpiring, Warning, fig("end", e.End), fig("days_left", e.DaysLeft))
	case agreement.StatusIntent:
		add(AgreementIntent, Info)
	case agreement.StatusOffered:
		add(AgreementOffer, Info)
	}
	if inForce {
		switch {
		case e.Activities == 0 && e.MonthsSince >= 0:
			sev := Info
			if e.Dormant {
				sev = Warning
			}
			add(AgreementNoActivity, sev, fig("since", dm.SinceAsGiven), fig("months", e.MonthsSince))
		case e.Dormant && e.Activities > 0:
			// Since as the source gives it: "sejak 2022", not "sejak 31
			// Desember 2022", though the months count from that last day.
			add(AgreementDormant, Warning, fig("months", e.MonthsSince), fig("since", dm.SinceAsGiven))
		}
		if e.Activities > 0 && len(e.IdleSectors) > 0 {
			add(AgreementIdleSector, Info, fig("idle", len(e.IdleSectors)), fig("agreed", len(e.Sectors)), fig("sectors", e.IdleSectors))
		}
		add(AgreementScore, Info, fig("score", e.Score.Value))
	}
}

// splitSectors returns the agreed sectors with an activity, those
// without, and those with a recent one, in the order agreed, from one
// buffer: active then idle, then recent.
func splitSectors(agreed []agreement.Sector, active, recent *sectorSet, ar *arena) (act, idle, rec Sectors) {
	n := len(agreed)
	nActive, nRecent := 0, 0
	for _, s := range agreed {
		if active.has(s) {
			nActive++
		}
		if recent.has(s) {
			nRecent++
		}
	}
	buf := ar.takeSectors(n + nRecent)[:n+nRecent]
	j, k, r := 0, nActive, n
	for _, s := range agreed {
		if active.has(s) {
			buf[j] = s
			j++
		} else {
			buf[k] = s
			k++
		}
		if recent.has(s) {
			buf[r] = s
			r++
		}
	}
	if nActive > 0 {
		act = buf[:nActive:nActive]
	}
	if nActive < n {
		idle = buf[nActive:n:n]
	}
	if nRecent > 0 {
		rec = buf[n:]
	}
	return act, idle, rec
}

// commitment returns the funding committed to a: the sum of its positive
// amounts in the currency of the first, zero when there is none.
func commitment(a *agreement.Agreement) money.Amount {
	var committed money.Amount
	for _, f := range a.Funding {
		if f.Amount.Sign() > 0 && (!committed.HasCurrency() || committed.Currency() == f.Amount.Currency()) {
			committed, _ = committed.Add(f.Amount)
		}
	}
	return committed
}

// A credit gathers what the score counts of the recent activities: their
// sectors and values.
type credit struct {
	sectors sectorSet
	// value sums the recent values in the currency of the commitment;
	// anyValue is true when a recent activity reports a value at all.
	value    money.Amount
	anyValue bool
}

func (c *credit) add(v, committed money.Amount) {
	if v.Sign() == 0 {
		return
	}
	c.anyValue = true
	if committed.Sign() > 0 && v.Currency() == committed.Currency() {
		if t, err := c.value.Add(v); err == nil {
			c.value = t
		}
	}
}

// addByCurrency adds v to the sum of its currency in sums, or appends it,
// and marks that sum approximate when approx is.
func addByCurrency(sums []money.Amount, approx []bool, v money.Amount, isApprox bool) ([]money.Amount, []bool) {
	for i, s := range sums {
		if s.Currency() == v.Currency() {
			if t, err := s.Add(v); err == nil {
				sums[i] = t
				approx[i] = approx[i] || isApprox
			}
			return sums, approx
		}
	}
	return append(sums, v), append(approx, isApprox)
}

// score computes the score of an agreement from its evaluation and the
// credit of its recent activities (the rules of Criterion).
func score(e *AgreementEvaluation, c *credit, committed money.Amount, opt AgreementOptions, ar *arena) Score {
	var deg [numCriteria]float64
	if e.InForce() {
		deg[CriterionInForce] = 1
	}
	if e.Recent > 0 && !e.LastActivity.IsZero() {
		deg[CriterionRecentActivity] = max(0, 1-float64(e.MonthsSince)/float64(opt.DormantMonths))
	}
	switch {
	case len(e.Sectors) > 0:
		deg[CriterionSectorCoverage] = float64(len(e.RecentSectors)) / float64(len(e.Sectors))
	case e.Recent > 0:
		deg[CriterionSectorCoverage] = 1
	}
	deg[CriterionFrequency] = min(1, float64(e.Recent)/float64(opt.ActivityTarget))
	switch {
	case committed.Sign() > 0:
		deg[CriterionValue] = min(1, max(0, float64(c.value.Minor())/float64(committed.Minor())))
	case c.anyValue:
		deg[CriterionValue] = 1
	}
	total := 0
	for c := CriterionInForce; c < numCriteria; c++ {
		total += max(0, opt.Weights.of(c))
	}
	s := Score{Parts: ar.takeParts(int(numCriteria - 1))}
	var sum float64
	for c := CriterionInForce; c < numCriteria; c++ {
		w := max(0, opt.Weights.of(c))
		p := ScorePart{Criterion: c, Weight: w, Degree: deg[c]}
		if total > 0 {
			p.Points = float64(w) * deg[c] * 100 / float64(total)
		}
		sum += p.Points
		s.Parts = append(s.Parts, p)
	}
	s.Value = int(sum + 0.5)
	return s
}

// parallelMin is the number of agreements below which a register is
// evaluated on one goroutine (a variable so that tests can lower it).
var parallelMin = 20000

// evaluateAll evaluates as into out, splitting large registers into
// contiguous parts evaluated on up to GOMAXPROCS goroutines, each with its
// own arena. The result does not depend on the split.
func evaluateAll(out []AgreementEvaluation, as []agreement.Agreement, d date.Date, opt AgreementOptions, renewed map[string]bool) {
	run := func(lo, hi int) {
		ar := newArena(hi - lo)
		for i := lo; i < hi; i++ {
			evaluateWithSuccessor(&out[i], &as[i], d, opt, renewed[as[i].ID], &ar)
		}
	}
	workers := min(runtime.GOMAXPROCS(0), len(as)/parallelMin)
	if workers <= 1 {
		run(0, len(as))
		return
	}
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := len(as)*w/workers, len(as)*(w+1)/workers
		wg.Go(func() { run(lo, hi) })
	}
	wg.Wait()
}

// A GroupCount counts the records of one group (a country, a sector):
// agreements, and apart from them letters of intent and offers.
type GroupCount struct {
	Key      string `json:"key"`   // ISO country code or sector identifier
	Total    int    `json:"total"` // agreements, neither letters of intent nor offers
	InForce  int    `json:"in_force"`
	Dormant  int    `json:"dormant"`
	Expiring int    `json:"expiring"`
	Intents  int    `json:"intents"` // letters of intent
	Offers   int    `json:"offers"`  // offers
}

// A StatusCount counts the records of one status.
type StatusCount struct {
	Status agreement.Status `json:"status"`
	Count  int              `json:"count"`
}

// A RegisterEvaluation rolls the evaluations of a register up on a date.
type RegisterEvaluation struct {
	Subject string    `json:"subject,omitempty"`
	Date    date.Date `json:"date"`
	// Agreements are the evaluations of the records known on Date
	// (agreement.Agreement.KnownBy), in register order: agreements,
	// letters of intent and offers (AgreementEvaluation.Kind).
	Agreements []AgreementEvaluation `json:"agreements"`
	// Total counts the agreements; Intents the letters of intent and
	// Offers the offers, which are no agreements and are counted apart:
	// Total + Intents + Offers = len(Agreements). InForce, Dormant,
	// Expiring and MeanScore are of agreements only, as no letter of
	// intent or offer is ever in force.
	Total    int `json:"total"`
	Intents  int `json:"intents"`
	Offers   int `json:"offers"`
	InForce  int `json:"in_force"` // active or expiring soon
	Dormant  int `json:"dormant"`  // in force but without activity for the dormant span
	Expiring int `json:"expiring"` // expiring soon
	// ByStatus counts every record by status (agreement.StatusIntent and
	// agreement.StatusOffered among them), so that its counts sum to
	// len(Agreements).
	ByStatus  []StatusCount `json:"by_status"`
	ByCountry []GroupCount  `json:"by_country"`
	BySector  []GroupCount  `json:"by_sector"`
	// MeanScore is the mean score of the agreements in force (NaN-free:
	// 0 when none is).
	MeanScore     float64   `json:"mean_score"`
	DormantMonths int       `json:"dormant_months"`
	Findings      []Finding `json:"findings"`
}

// Register evaluates the register on day d and rolls the results up: how
// many agreements are in force, dormant and expiring, by status, by
// partner country and by sector (sorted by agreements, then letters of
// intent and offers, then key). Letters of intent and offers are
// evaluated and counted apart (Intents, Offers), never as agreements.
//
// Only what was known on d is used: a record none of whose dated steps
// (signing, events, activities) had happened by d is left out
// (agreement.Agreement.KnownBy), and of the others only the events,
// activities and signing that had happened by d count
// (date.Partial.HappenedBy), so that evaluating on d the register cut to
// what was known on d gives the same result. As in agreement.Register, an
// agreement whose successor (an agreement naming it as Predecessor) was
// signed by d is StatusRenewed (agreement.Renewed).
//
// A register of tens of thousands of agreements is evaluated on up to
// GOMAXPROCS goroutines; the result is the same. The agreements are only
// read. The agreements' own findings stay in their evaluations; the
// register's Findings hold the summary and, when there are any, the count
// of letters of intent and offers.
func Register(agreements []agreement.Agreement, d date.Date, opt AgreementOptions) RegisterEvaluation {
	opt = opt.norm()
	agreements = knownBy(agreements, d)
	r := RegisterEvaluation{Subject: opt.Subject, Date: d, DormantMonths: opt.DormantMonths,
		Agreements: make([]AgreementEvaluation, len(agreements))}
	var byStatus [16]int
	countries := map[string]*GroupCount{}
	var sectors [256]GroupCount
	var scoreSum float64
	evaluateAll(r.Agreements, agreements, d, opt, agreement.Renewed(agreements, d))
	for i := range r.Agreements {
		e := &r.Agreements[i]
		byStatus[e.Status&15]++
		inForce, expiring := e.InForce(), e.Status == agreement.StatusExpiringSoon
		switch e.Kind {
		case agreement.KindLetterOfIntent:
			r.Intents++
		case agreement.KindOffer:
			r.Offers++
		default:
			r.Total++
		}
		if inForce {
			r.InForce++
			scoreSum += float64(e.Score.Value)
		}
		if e.Dormant {
			r.Dormant++
		}
		if expiring {
			r.Expiring++
		}
		bump := func(g *GroupCount) {
			switch e.Kind {
			case agreement.KindLetterOfIntent:
				g.Intents++
			case agreement.KindOffer:
				g.Offers++
			default:
				g.Total++
			}
			if inForce {
				g.InForce++
			}
			if e.Dormant {
				g.Dormant++
			}
			if expiring {
				g.Expiring++
			}
		}
		for _, c := range e.Countries {
			g := countries[c]
			if g == nil {
				g = &GroupCount{Key: c}
				countries[c] = g
			}
			bump(g)
		}
		for _, s := range e.Sectors {
			bump(&sectors[s])
		}
	}
	for s, n := range byStatus {
		if n > 0 {
			r.ByStatus = append(r.ByStatus, StatusCount{Status: agreement.Status(s), Count: n})
		}
	}
	for _, g := range countries {
		r.ByCountry = append(r.ByCountry, *g)
	}
	for s := range sectors {
		if g := sectors[s]; g.Total+g.Intents+g.Offers > 0 {
			g.Key = agreement.Sector(s).String()
			r.BySector = append(r.BySector, g)
		}
	}
	byTotal := func(a, b GroupCount) int {
		return cmp.Or(cmp.Compare(b.Total, a.Total), cmp.Compare(b.Intents+b.Offers, a.Intents+a.Offers), cmp.Compare(a.Key, b.Key))
	}
	slices.SortFunc(r.ByCountry, byTotal)
	slices.SortFunc(r.BySector, byTotal)
	if r.InForce > 0 {
		r.MeanScore = scoreSum / float64(r.InForce)
	}
	sev := Info
	if r.Dormant > 0 || r.Expiring > 0 {
		sev = Warning
	}
	on := date.Range{Start: d, End: d}
	r.Findings = append(r.Findings, newFinding(RegisterSummary, sev, opt.Subject, on,
		fig("scope", WordOf), fig("total", r.Total), fig("in_force", r.InForce), fig("dormant", r.Dormant),
		fig("expiring", r.Expiring), fig("dormant_months", opt.DormantMonths)))
	if r.Intents+r.Offers > 0 {
		r.Findings = append(r.Findings, newFinding(RegisterNotAgreements, Info, opt.Subject, on,
			fig("scope", WordOf), fig("intents", r.Intents), fig("offers", r.Offers)))
	}
	return r
}

// knownBy returns the agreements known on d (agreement.Agreement.KnownBy),
// in order: as itself when all are.
func knownBy(as []agreement.Agreement, d date.Date) []agreement.Agreement {
	for i := range as {
		if !as[i].KnownBy(d) {
			out := as[:i:i] // full: append copies
			for j := i + 1; j < len(as); j++ {
				if as[j].KnownBy(d) {
					out = append(out, as[j])
				}
			}
			return out
		}
	}
	return as
}
