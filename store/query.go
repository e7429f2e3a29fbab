package store

import (
	"context"
	"database/sql"
	"slices"
	"strings"

	"github.com/kerjasama/kerjasama/agreement"
	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/internal/fold"
	"github.com/kerjasama/kerjasama/region"
)

// The queries below answer what agreement.Register answers, with the
// same rules and in the same order (register order unless said
// otherwise); the tests check them against a Register holding the same
// agreements. What SQL selects well (sectors, countries, regions, ends of
// term, the chain of predecessors) is selected in SQL; the status of an
// agreement on a day, which depends on partial dates and on its
// successors, is narrowed in SQL by the days from which it counts as
// signed, terminated or renewed (derived columns written with every
// agreement) and settled by the agreement package's own rule
// (Agreement.StatusWithSuccessor), so that the store and the Register
// cannot disagree on it.

// inForceWhere narrows the agreements to those that may be in force on
// the day number $1: signed by then, not terminated or renewed by their
// own events, started, not an offer or a letter of intent, and not past a
// fixed end. Every agreement in force satisfies it.
var inForceWhere = `signed_from IS NOT NULL AND signed_from <= $1
	AND (terminated_from IS NULL OR terminated_from > $1)
	AND (renewed_from IS NULL OR renewed_from > $1)
	AND (term_start_day IS NULL OR term_start_day <= $1)
	AND (fixed_end_day IS NULL OR fixed_end_day >= $1)
	AND kind NOT IN ('` + agreement.KindOffer.String() + `', '` + agreement.KindLetterOfIntent.String() + `')`

// statuses returns the status on d of each agreement of as, as
// Register.StatusOn reports it: a successor signed by d renews it.
func statuses(ctx context.Context, tx *sql.Tx, as []agreement.Agreement, d date.Date) ([]agreement.Status, error) {
	succ, _, err := loadAgreements(ctx, tx, `predecessor IN (SELECT id FROM agreements WHERE `+inForceWhere+`)`, "pos", nullDay(d, true))
	if err != nil {
		return nil, err
	}
	renewed := agreement.Renewed(succ, d)
	out := make([]agreement.Status, len(as))
	for i := range as {
		out[i] = as[i].StatusWithSuccessor(d, renewed[as[i].ID])
	}
	return out, nil
}

// inForce returns the agreements in force on d that where (with its own
// arguments after $1) also selects, in the given order, with their
// statuses.
func (s *Store) inForce(ctx context.Context, d date.Date, where, order string, args ...any) ([]agreement.Agreement, []agreement.Status, error) {
	var as []agreement.Agreement
	var ss []agreement.Status
	err := s.read(ctx, func(tx *sql.Tx) error {
		cond := inForceWhere
		if where != "" {
			cond += " AND " + where
		}
		all, _, err := loadAgreements(ctx, tx, cond, order, append([]any{dayNumber(d)}, args...)...)
		if err != nil {
			return err
		}
		st, err := statuses(ctx, tx, all, d)
		if err != nil {
			return err
		}
		for i := range all {
			if st[i] == agreement.StatusActive || st[i] == agreement.StatusExpiringSoon {
				as = append(as, all[i])
				ss = append(ss, st[i])
			}
		}
		return nil
	})
	return as, ss, err
}

// ActiveOn returns the agreements in force on d (Register.ActiveOn).
func (s *Store) ActiveOn(ctx context.Context, d date.Date) ([]agreement.Agreement, error) {
	if !d.IsValid() {
		return nil, nil
	}
	as, _, err := s.inForce(ctx, d, "", "pos")
	return as, err
}

// ExpiringWithin returns the agreements in force on d whose term ends
// within days days of d, soonest first and in register order among equal
// ends (Register.ExpiringWithin).
func (s *Store) ExpiringWithin(ctx context.Context, d date.Date, days int) ([]agreement.Agreement, error) {
	if days < 0 || !d.IsValid() {
		return nil, nil
	}
	as, _, err := s.inForce(ctx, d, "end_day BETWEEN $1 AND $2", "end_day, pos", dayNumber(d.AddDays(days)))
	return as, err
}

// Dormant returns the agreements in force on d with no activity in the
// months months before d (Register.Dormant, Agreement.DormancyOn).
func (s *Store) Dormant(ctx context.Context, d date.Date, months int) ([]agreement.Agreement, error) {
	if months < 0 || !d.IsValid() {
		return nil, nil
	}
	as, ss, err := s.inForce(ctx, d, "", "pos")
	if err != nil {
		return nil, err
	}
	var out []agreement.Agreement
	for i := range as {
		if as[i].DormancyOn(d, months, ss[i]).Dormant {
			out = append(out, as[i])
		}
	}
	return out, nil
}

// StatusOn returns the status of the agreement id on d
// (Register.StatusOn); the zero Status when it is not stored.
func (s *Store) StatusOn(ctx context.Context, id string, d date.Date) (agreement.Status, error) {
	var st agreement.Status
	err := s.read(ctx, func(tx *sql.Tx) error {
		as, _, err := loadAgreements(ctx, tx, "id = $1", "pos", id)
		if err != nil || len(as) == 0 {
			return err
		}
		succ, _, err := loadAgreements(ctx, tx, "predecessor = $1", "pos", id)
		if err != nil {
			return err
		}
		st = as[0].StatusWithSuccessor(d, agreement.Renewed(succ, d)[id])
		return nil
	})
	return st, err
}

// ByCountry returns the agreements with a party of the given country, by
// ISO 3166-1 alpha-2 code or by a name the region package knows
// (Register.ByCountry).
func (s *Store) ByCountry(ctx context.Context, country string) ([]agreement.Agreement, error) {
	code := strings.ToUpper(strings.TrimSpace(country))
	if len(code) != 2 {
		reg, err := region.Find(country)
		if err != nil || reg.Country == "" {
			return nil, nil
		}
		code = reg.Country
	}
	return s.agreementsWhere(ctx, `id IN (SELECT agreement_id FROM agreement_parties WHERE country_code = $1)`, "pos", code)
}

// ByPartner returns the agreements with a party that is the given region
// or lies within it, or, for a name region.Find does not know, a party of
// that name (Register.ByPartner).
func (s *Store) ByPartner(ctx context.Context, name string) ([]agreement.Agreement, error) {
	if reg, err := region.Find(name); err == nil && reg.IsValid() {
		return s.agreementsWhere(ctx, `id IN (SELECT agreement_id FROM agreement_regions WHERE code = $1)`, "pos", reg.Code)
	}
	key := fold.Key(name)
	if key == "" {
		return nil, nil
	}
	return s.agreementsWhere(ctx, `id IN (SELECT agreement_id FROM agreement_parties WHERE name_key = $1)`, "pos", key)
}

// BySector returns the agreements that list sector sec (Register.BySector).
func (s *Store) BySector(ctx context.Context, sec agreement.Sector) ([]agreement.Agreement, error) {
	t, err := sec.MarshalText()
	if err != nil {
		return nil, err
	}
	return s.agreementsWhere(ctx, `id IN (SELECT agreement_id FROM agreement_sectors WHERE sector = $1)`, "pos", string(t))
}

// Successors returns the agreements that name id as their predecessor
// (Register.Successors).
func (s *Store) Successors(ctx context.Context, id string) ([]agreement.Agreement, error) {
	if id == "" {
		return nil, nil
	}
	return s.agreementsWhere(ctx, "predecessor = $1", "pos", id)
}

// chainWhere selects the agreement $1, its predecessors back to the first
// and its successors at every depth. UNION keeps each once, so a loop
// ends.
const chainWhere = `id IN (
	WITH RECURSIVE back(id) AS (
		SELECT predecessor FROM agreements WHERE id = $1 AND predecessor <> ''
		UNION
		SELECT a.predecessor FROM agreements a JOIN back b ON a.id = b.id WHERE a.predecessor <> ''
	), fwd(id) AS (
		SELECT id FROM agreements WHERE id = $1
		UNION
		SELECT a.id FROM agreements a JOIN fwd f ON a.predecessor = f.id
	)
	SELECT id FROM back UNION SELECT id FROM fwd)`

// Chain returns the renewal and phase chain of the agreement id, oldest
// first: its predecessors back to the first, the agreement itself, then
// its successors and theirs, breadth first and in register order among
// siblings (Register.Chain). The members are found by a recursive query;
// they are put in that order here.
func (s *Store) Chain(ctx context.Context, id string) ([]agreement.Agreement, error) {
	as, err := s.agreementsWhere(ctx, chainWhere, "pos", id)
	if err != nil || len(as) == 0 {
		return nil, err
	}
	byID := make(map[string]int, len(as))
	for i := range as {
		byID[as[i].ID] = i
	}
	i, ok := byID[id]
	if !ok {
		return nil, nil
	}
	seen := map[int]bool{i: true}
	var back []int
	for p := as[i].Predecessor; p != ""; {
		j, ok := byID[p]
		if !ok || seen[j] {
			break
		}
		seen[j] = true
		back = append(back, j)
		p = as[j].Predecessor
	}
	slices.Reverse(back)
	out := make([]agreement.Agreement, 0, len(as))
	for _, j := range back {
		out = append(out, as[j])
	}
	out = append(out, as[i])
	queue := []int{i}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		for j := range as { // as is in register order
			if !seen[j] && as[j].Predecessor == as[cur].ID {
				seen[j] = true
				out = append(out, as[j])
				queue = append(queue, j)
			}
		}
	}
	return out, nil
}
