package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/kerjasama/kerjasama/agreement"
	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/internal/fold"
	"github.com/kerjasama/kerjasama/region"
)

// AddAgreements stores new agreements after those already stored, in one
// transaction: either all are stored or none. An agreement whose ID is
// empty fails with agreement.ErrMissing, one whose ID is already stored
// (or given twice) with ErrExists; the error names the agreement. Each
// starts at version 1.
func (s *Store) AddAgreements(ctx context.Context, as ...agreement.Agreement) error {
	return s.write(ctx, func(tx *sql.Tx) error { return addAgreements(ctx, tx, as) })
}

// addAgreements is AddAgreements in the transaction tx.
func addAgreements(ctx context.Context, tx *sql.Tx, as []agreement.Agreement) error {
	if len(as) == 0 {
		return nil
	}
	first, err := next(ctx, tx, "agreements", int64(len(as)))
	if err != nil {
		return err
	}
	for i := range as {
		a := &as[i]
		if strings.TrimSpace(a.ID) == "" {
			return fmt.Errorf("store: agreement %d (%q): id: %w", i, a.Title, agreement.ErrMissing)
		}
		if err := insertAgreement(ctx, tx, a, first+int64(i)); err != nil {
			return err
		}
	}
	return nil
}

// Agreement returns the agreement id and its version; ErrNotFound when
// it is not stored.
func (s *Store) Agreement(ctx context.Context, id string) (agreement.Agreement, Version, error) {
	var as []agreement.Agreement
	var vs []Version
	err := s.read(ctx, func(tx *sql.Tx) error {
		var err error
		as, vs, err = loadAgreements(ctx, tx, "id = $1", "pos", id)
		return err
	})
	if err != nil {
		return agreement.Agreement{}, 0, err
	}
	if len(as) == 0 {
		return agreement.Agreement{}, 0, fmt.Errorf("store: agreement %q: %w", id, ErrNotFound)
	}
	return as[0], vs[0], nil
}

// UpdateAgreement replaces the stored agreement a.ID, read at version v,
// with a, and returns its new version. It fails with ErrConflict when the
// stored version is no longer v (another writer changed it: read it
// again, reapply the change, retry) and with ErrNotFound when it is not
// stored. The agreement keeps its place in the register.
func (s *Store) UpdateAgreement(ctx context.Context, a agreement.Agreement, v Version) (Version, error) {
	err := s.write(ctx, func(tx *sql.Tx) error {
		if err := bump(ctx, tx, "agreements", "id = $1", v, a.ID); err != nil {
			return fmt.Errorf("store: update agreement %q: %w", a.ID, err)
		}
		if err := deleteAgreementParts(ctx, tx, a.ID); err != nil {
			return err
		}
		cols, err := agreementColumns(&a)
		if err != nil {
			return err
		}
		q := `UPDATE agreements SET ` + agreementSet + ` WHERE id = $1`
		if _, err := tx.ExecContext(ctx, q, cols...); err != nil {
			return fmt.Errorf("store: update agreement %q: %w", a.ID, err)
		}
		return insertAgreementParts(ctx, tx, &a)
	})
	if err != nil {
		return 0, err
	}
	return v + 1, nil
}

// DeleteAgreement removes the agreement id, read at version v. It fails
// with ErrConflict when the stored version is no longer v and with
// ErrNotFound when it is not stored. Agreements naming it as predecessor
// keep the name.
func (s *Store) DeleteAgreement(ctx context.Context, id string, v Version) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		if err := bump(ctx, tx, "agreements", "id = $1", v, id); err != nil {
			return fmt.Errorf("store: delete agreement %q: %w", id, err)
		}
		if err := deleteAgreementParts(ctx, tx, id); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `DELETE FROM agreements WHERE id = $1`, id)
		return err
	})
}

// Agreements returns every stored agreement in register order, the
// order in which they were added.
func (s *Store) Agreements(ctx context.Context) ([]agreement.Agreement, error) {
	return s.agreementsWhere(ctx, "1 = 1", "pos")
}

// agreementsWhere returns the agreements for which the condition on the
// agreements table holds, in the given order.
func (s *Store) agreementsWhere(ctx context.Context, where, order string, args ...any) ([]agreement.Agreement, error) {
	var as []agreement.Agreement
	err := s.read(ctx, func(tx *sql.Tx) error {
		var err error
		as, _, err = loadAgreements(ctx, tx, where, order, args...)
		return err
	})
	return as, err
}

// The columns of the agreements table in the order agreementColumns
// gives their values, after id; pos and version are set on insert.
const agreementCols = `title, type, kind, name, phase, series, signed, term_start, term_end, term_months, term_open_ended,
	notice_days, predecessor, notes, end_day, fixed_end_day, term_start_day, signed_from, terminated_from, renewed_from, term_days`

const agreementSet = `title = $2, type = $3, kind = $4, name = $5, phase = $6, series = $7, signed = $8,
	term_start = $9, term_end = $10, term_months = $11, term_open_ended = $12, notice_days = $13,
	predecessor = $14, notes = $15, end_day = $16, fixed_end_day = $17, term_start_day = $18,
	signed_from = $19, terminated_from = $20, renewed_from = $21, term_days = $22`

// agreementColumns returns the values of the agreements row of a: id,
// then the columns of agreementCols.
func agreementColumns(a *agreement.Agreement) ([]any, error) {
	var e encoder
	t := a.Term
	end, endOK := a.End()
	fixedEnd, fixedOK := date.Date{}, false
	if !t.OpenEnded && (!t.End.IsZero() || (t.Months > 0 || t.Days > 0) && !t.Start.IsZero()) {
		fixedEnd, fixedOK = end, endOK
	}
	cols := []any{
		a.ID, a.Title, e.text("type", a.Type), e.text("document", a.Kind), a.Name, int64(a.Phase),
		e.text("series", a.Series), e.text("signed", a.Signed), e.text("term start", t.Start), e.text("term end", t.End),
		int64(t.Months), flag(t.OpenEnded), int64(a.NoticeDays), a.Predecessor, a.Notes,
		nullDay(end, endOK), nullDay(fixedEnd, fixedOK), nullDay(t.Start, true),
		signedFrom(a), eventFrom(a, agreement.StageTermination), eventFrom(a, agreement.StageRenewal), int64(t.Days),
	}
	if e.err != nil {
		return nil, fmt.Errorf("store: agreement %q: %w", a.ID, e.err)
	}
	return cols, nil
}

// undated is the day number by which something recorded without a date
// has happened: before every date (date.Partial.HappenedBy).
const undated = -1

// happenedFrom returns the first day number from which p has happened
// (date.Partial.HappenedBy): undated for the zero Partial, the last day
// it may stand for otherwise; ok is false for an invalid p, which never
// happens.
func happenedFrom(p date.Partial) (int64, bool) {
	if p.IsZero() {
		return undated, true
	}
	l := p.Last()
	if !l.IsValid() {
		return 0, false
	}
	return dayNumber(l), true
}

// minDay keeps the smallest of the day numbers offered.
type minDay struct {
	day int64
	ok  bool
}

func (m *minDay) offer(day int64, ok bool) {
	if ok && (!m.ok || day < m.day) {
		m.day, m.ok = day, true
	}
}

func (m minDay) value() any {
	if !m.ok {
		return nil
	}
	return m.day
}

// signedFrom returns the first day number from which the agreement counts
// as signed (the rule of Agreement.StatusOn): its signing date, a signing,
// implementation, monitoring or evaluation event, or the start of its
// term; nil when none of them is known.
func signedFrom(a *agreement.Agreement) any {
	var m minDay
	if !a.Signed.IsZero() {
		m.offer(happenedFrom(a.Signed))
	}
	for _, e := range a.Events {
		if e.Stage == agreement.StageSigning || e.Stage >= agreement.StageImplementation && e.Stage <= agreement.StageEvaluation {
			m.offer(happenedFrom(e.Date))
		}
	}
	if a.Term.Start.IsValid() {
		m.offer(dayNumber(a.Term.Start), true)
	}
	return m.value()
}

// eventFrom returns the first day number from which an event of stage st
// has happened, nil when there is none.
func eventFrom(a *agreement.Agreement, st agreement.Stage) any {
	var m minDay
	for _, e := range a.Events {
		if e.Stage == st {
			m.offer(happenedFrom(e.Date))
		}
	}
	return m.value()
}

// insertAgreement inserts a at position pos, version 1.
func insertAgreement(ctx context.Context, tx *sql.Tx, a *agreement.Agreement, pos int64) error {
	cols, err := agreementColumns(a)
	if err != nil {
		return err
	}
	args := append([]any{pos}, cols...)
	res, err := tx.ExecContext(ctx, `INSERT INTO agreements (pos, version, id, `+agreementCols+`)
VALUES ($1, 1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23)
ON CONFLICT (id) DO NOTHING`, args...)
	if err != nil {
		return fmt.Errorf("store: add agreement %q: %w", a.ID, err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return err
	} else if n == 0 {
		return fmt.Errorf("store: add agreement %q: %w", a.ID, ErrExists)
	}
	return insertAgreementParts(ctx, tx, a)
}

// agreementParts are the child tables of agreements, children before
// parents, for deletion.
var agreementParts = []string{
	"agreement_funding_purposes", "agreement_funding_restrictions", "agreement_funding",
	"agreement_parties", "agreement_regions", "agreement_sectors", "agreement_other_sectors",
	"agreement_events", "agreement_activities", "agreement_sources",
}

func deleteAgreementParts(ctx context.Context, tx *sql.Tx, id string) error {
	for _, t := range agreementParts {
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+t+` WHERE agreement_id = $1`, id); err != nil {
			return fmt.Errorf("store: agreement %q: %s: %w", id, t, err)
		}
	}
	return nil
}

// regionsOf returns the code of r and the codes of every region that
// contains it, as region.Within walks them.
func regionsOf(r region.Region) []string {
	codes := []string{r.Code}
	p := r.Parent
	for range 8 {
		if p == "" {
			break
		}
		codes = append(codes, p)
		up, ok := region.Lookup(p)
		if !ok || up.Code != p {
			break
		}
		p = up.Parent
	}
	return codes
}

// insertAgreementParts inserts the rows of a's lists.
func insertAgreementParts(ctx context.Context, tx *sql.Tx, a *agreement.Agreement) error {
	var e encoder
	var rows []row
	add := func(q string, args ...any) { rows = append(rows, row{q, args}) }
	regions := map[string]bool{}
	for i, p := range a.Parties {
		r := p.Region
		add(`INSERT INTO agreement_parties (agreement_id, seq, role, region_code, region_iso, region_name, region_level,
	region_country, region_parent, name, country, signatory, country_code, name_key)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
			a.ID, i, e.text("party role", p.Role), r.Code, r.ISO, r.Name, e.text("party region level", r.Level),
			r.Country, r.Parent, p.Name, p.Country, p.Signatory, p.CountryCode(), fold.Key(p.Name))
		if r.IsValid() {
			for _, c := range regionsOf(r) {
				if !regions[c] {
					regions[c] = true
					add(`INSERT INTO agreement_regions (agreement_id, code) VALUES ($1, $2)`, a.ID, c)
				}
			}
		}
	}
	for i, sec := range a.Sectors {
		add(`INSERT INTO agreement_sectors (agreement_id, seq, sector) VALUES ($1, $2, $3)`, a.ID, i, e.text("sector", sec))
	}
	for i, t := range a.OtherSectors {
		add(`INSERT INTO agreement_other_sectors (agreement_id, seq, text) VALUES ($1, $2, $3)`, a.ID, i, t)
	}
	for i, ev := range a.Events {
		add(`INSERT INTO agreement_events (agreement_id, seq, stage, date, note) VALUES ($1, $2, $3, $4, $5)`,
			a.ID, i, e.text("event stage", ev.Stage), e.text("event date", ev.Date), ev.Note)
	}
	for i, f := range a.Funding {
		minor, cur := moneyCols(f.Amount)
		add(`INSERT INTO agreement_funding (agreement_id, seq, amount_minor, amount_currency, ceiling, source, apply)
VALUES ($1, $2, $3, $4, $5, $6, $7)`, a.ID, i, minor, cur, flag(f.Ceiling), f.Source, f.Apply)
		for j, sec := range f.Purpose {
			add(`INSERT INTO agreement_funding_purposes (agreement_id, funding_seq, seq, sector) VALUES ($1, $2, $3, $4)`,
				a.ID, i, j, e.text("funding purpose", sec))
		}
		for j, t := range f.Restrictions {
			add(`INSERT INTO agreement_funding_restrictions (agreement_id, funding_seq, seq, text) VALUES ($1, $2, $3, $4)`,
				a.ID, i, j, t)
		}
	}
	for i, act := range a.Activities {
		minor, cur := moneyCols(act.Value)
		add(`INSERT INTO agreement_activities (agreement_id, seq, date, sector, description, value_minor, value_currency, approximate)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, a.ID, i, e.text("activity date", act.Date), e.text("activity sector", act.Sector),
			act.Description, minor, cur, flag(act.Approximate))
	}
	for i, src := range a.Sources {
		add(`INSERT INTO agreement_sources (agreement_id, seq, document, quote) VALUES ($1, $2, $3, $4)`, a.ID, i, src.Document, src.Quote)
	}
	if e.err != nil {
		return fmt.Errorf("store: agreement %q: %w", a.ID, e.err)
	}
	for _, r := range rows {
		if _, err := tx.ExecContext(ctx, r.query, r.args...); err != nil {
			return fmt.Errorf("store: agreement %q: %w", a.ID, err)
		}
	}
	return nil
}

// A row is one statement with its arguments.
type row struct {
	query string
	args  []any
}

// loadAgreements reads the agreements for which the condition where on
// the agreements table holds, in the given order, with their lists, and
// their versions.
func loadAgreements(ctx context.Context, tx *sql.Tx, where, order string, args ...any) ([]agreement.Agreement, []Version, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, version, title, type, kind, name, phase, series, signed, term_start, term_end,
	term_months, term_days, term_open_ended, notice_days, predecessor, notes
FROM agreements WHERE `+where+` ORDER BY `+order, args...)
	if err != nil {
		return nil, nil, fmt.Errorf("store: read agreements: %w", err)
	}
	var as []agreement.Agreement
	var vs []Version
	var d decoder
	for rows.Next() {
		var a agreement.Agreement
		var v, phase, months, days, open, notice int64
		var typ, kind, series, signed, start, end string
		if err := rows.Scan(&a.ID, &v, &a.Title, &typ, &kind, &a.Name, &phase, &series, &signed, &start, &end,
			&months, &days, &open, &notice, &a.Predecessor, &a.Notes); err != nil {
			rows.Close()
			return nil, nil, fmt.Errorf("store: read agreements: %w", err)
		}
		d.text("type", typ, &a.Type)
		d.text("kind", kind, &a.Kind)
		d.text("series", series, &a.Series)
		a.Signed = d.partial("signed", signed)
		a.Term = agreement.Term{Start: d.date("term_start", start), End: d.date("term_end", end), Months: int(months), Days: int(days),
			OpenEnded: open != 0}
		a.Phase, a.NoticeDays = int(phase), int(notice)
		as = append(as, a)
		vs = append(vs, Version(v))
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, nil, fmt.Errorf("store: read agreements: %w", err)
	}
	if d.err != nil {
		return nil, nil, d.err
	}
	if len(as) == 0 {
		return nil, nil, nil
	}
	byID := make(map[string]*agreement.Agreement, len(as))
	for i := range as {
		byID[as[i].ID] = &as[i]
	}
	in := ` WHERE agreement_id IN (SELECT id FROM agreements WHERE ` + where + `) ORDER BY agreement_id, `
	// funding returns the funding commitment seq of agreement id, read
	// before its purposes and restrictions.
	funding := func(id string, seq int64) (*agreement.Funding, error) {
		a := byID[id]
		if seq < 0 || seq >= int64(len(a.Funding)) {
			return nil, fmt.Errorf("agreement %q: no funding %d", id, seq)
		}
		return &a.Funding[seq], nil
	}
	parts := []struct {
		query string
		scan  func(rows *sql.Rows) error
	}{
		{`SELECT agreement_id, role, region_code, region_iso, region_name, region_level, region_country, region_parent,
	name, country, signatory FROM agreement_parties` + in + `seq`, func(rows *sql.Rows) error {
			var id, role, level string
			var p agreement.Party
			r := &p.Region
			if err := rows.Scan(&id, &role, &r.Code, &r.ISO, &r.Name, &level, &r.Country, &r.Parent, &p.Name, &p.Country, &p.Signatory); err != nil {
				return err
			}
			d.text("role", role, &p.Role)
			d.text("region_level", level, &r.Level)
			a := byID[id]
			a.Parties = append(a.Parties, p)
			return nil
		}},
		{`SELECT agreement_id, sector FROM agreement_sectors` + in + `seq`, func(rows *sql.Rows) error {
			var id, sec string
			if err := rows.Scan(&id, &sec); err != nil {
				return err
			}
			var s agreement.Sector
			d.text("sector", sec, &s)
			byID[id].Sectors = append(byID[id].Sectors, s)
			return nil
		}},
		{`SELECT agreement_id, text FROM agreement_other_sectors` + in + `seq`, func(rows *sql.Rows) error {
			var id, t string
			if err := rows.Scan(&id, &t); err != nil {
				return err
			}
			byID[id].OtherSectors = append(byID[id].OtherSectors, t)
			return nil
		}},
		{`SELECT agreement_id, stage, date, note FROM agreement_events` + in + `seq`, func(rows *sql.Rows) error {
			var id, stage, dt string
			var ev agreement.Event
			if err := rows.Scan(&id, &stage, &dt, &ev.Note); err != nil {
				return err
			}
			d.text("stage", stage, &ev.Stage)
			ev.Date = d.partial("event date", dt)
			byID[id].Events = append(byID[id].Events, ev)
			return nil
		}},
		{`SELECT agreement_id, seq, amount_minor, amount_currency, ceiling, source, apply FROM agreement_funding` + in + `seq`, func(rows *sql.Rows) error {
			var id, cur string
			var seq, minor, ceiling int64
			var f agreement.Funding
			if err := rows.Scan(&id, &seq, &minor, &cur, &ceiling, &f.Source, &f.Apply); err != nil {
				return err
			}
			f.Amount = d.money("amount", minor, cur)
			f.Ceiling = ceiling != 0
			a := byID[id]
			if seq != int64(len(a.Funding)) {
				return fmt.Errorf("agreement %q: funding %d out of order", id, seq)
			}
			a.Funding = append(a.Funding, f)
			return nil
		}},
		{`SELECT agreement_id, funding_seq, sector FROM agreement_funding_purposes` + in + `funding_seq, seq`, func(rows *sql.Rows) error {
			var id, sec string
			var fs int64
			if err := rows.Scan(&id, &fs, &sec); err != nil {
				return err
			}
			var s agreement.Sector
			d.text("purpose", sec, &s)
			f, err := funding(id, fs)
			if err != nil {
				return err
			}
			f.Purpose = append(f.Purpose, s)
			return nil
		}},
		{`SELECT agreement_id, funding_seq, text FROM agreement_funding_restrictions` + in + `funding_seq, seq`, func(rows *sql.Rows) error {
			var id, t string
			var fs int64
			if err := rows.Scan(&id, &fs, &t); err != nil {
				return err
			}
			f, err := funding(id, fs)
			if err != nil {
				return err
			}
			f.Restrictions = append(f.Restrictions, t)
			return nil
		}},
		{`SELECT agreement_id, date, sector, description, value_minor, value_currency, approximate FROM agreement_activities` + in + `seq`, func(rows *sql.Rows) error {
			var id, dt, sec, cur string
			var minor, approx int64
			var act agreement.Activity
			if err := rows.Scan(&id, &dt, &sec, &act.Description, &minor, &cur, &approx); err != nil {
				return err
			}
			act.Date = d.partial("activity date", dt)
			d.text("activity sector", sec, &act.Sector)
			act.Value = d.money("value", minor, cur)
			act.Approximate = approx != 0
			byID[id].Activities = append(byID[id].Activities, act)
			return nil
		}},
		{`SELECT agreement_id, document, quote FROM agreement_sources` + in + `seq`, func(rows *sql.Rows) error {
			var id string
			var src agreement.Source
			if err := rows.Scan(&id, &src.Document, &src.Quote); err != nil {
				return err
			}
			byID[id].Sources = append(byID[id].Sources, src)
			return nil
		}},
	}
	for _, p := range parts { // in order: funding before its purposes and restrictions
		rows, err := tx.QueryContext(ctx, p.query, args...)
		if err != nil {
			return nil, nil, fmt.Errorf("store: read agreements: %w", err)
		}
		for rows.Next() {
			if err := p.scan(rows); err != nil {
				rows.Close()
				return nil, nil, fmt.Errorf("store: read agreements: %w", err)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, nil, fmt.Errorf("store: read agreements: %w", err)
		}
	}
	if d.err != nil {
		return nil, nil, d.err
	}
	return as, vs, nil
}

// ImportAgreements stores the agreements of a load (agreement.ReadJSON,
// agreement.ReadCSV) after those already stored, in one transaction. A
// load with a rejected row stores nothing and returns the rejected rows,
// each naming its file, line and column; so does an agreement whose ID is
// already stored (ErrExists).
func (s *Store) ImportAgreements(ctx context.Context, l *agreement.Load) error {
	if len(l.Rejected) > 0 {
		errs := make([]error, len(l.Rejected))
		for i, e := range l.Rejected {
			errs[i] = e
		}
		return fmt.Errorf("store: import agreements: nothing stored: %w", errors.Join(errs...))
	}
	return s.AddAgreements(ctx, l.Agreements...)
}

// ExportAgreements writes every stored agreement, in register order, as
// agreement.WriteJSON writes them; agreement.ReadJSON reads them back.
func (s *Store) ExportAgreements(ctx context.Context, w io.Writer) error {
	as, err := s.Agreements(ctx)
	if err != nil {
		return err
	}
	return agreement.WriteJSON(w, as)
}
