package store

import (
	"context"
	"database/sql"
	"fmt"
	"io"

	"github.com/kerjasama/kerjasama/session"
)

// noteKey is the settings row holding session.Dataset.Note.
const noteKey = "sessions.note"

// ImportSessions stores the forums, sessions and items of d after those
// already stored, in one transaction: all or nothing. A forum, session
// or item already stored fails with ErrExists; a session or item whose
// forum is neither in d nor stored fails too. d's Note, when not empty,
// replaces the stored one. Read d with session.ReadJSON, which validates
// it; the store keeps it as it is.
func (s *Store) ImportSessions(ctx context.Context, d *session.Dataset) error {
	return s.write(ctx, func(tx *sql.Tx) error { return importSessions(ctx, tx, d) })
}

// importSessions is ImportSessions in the transaction tx.
func importSessions(ctx context.Context, tx *sql.Tx, d *session.Dataset) error {
	if d.Note != "" {
		if _, err := tx.ExecContext(ctx, `INSERT INTO settings (name, value) VALUES ($1, $2)
ON CONFLICT (name) DO UPDATE SET value = excluded.value`, noteKey, d.Note); err != nil {
			return fmt.Errorf("store: sessions note: %w", err)
		}
	}
	if err := reserveAndInsert(ctx, tx, "forums", len(d.Forums), func(i int, pos int64) error {
		return insertForum(ctx, tx, &d.Forums[i], pos)
	}); err != nil {
		return err
	}
	if err := reserveAndInsert(ctx, tx, "sessions", len(d.Sessions), func(i int, pos int64) error {
		return insertSession(ctx, tx, &d.Sessions[i], pos)
	}); err != nil {
		return err
	}
	return reserveAndInsert(ctx, tx, "items", len(d.Items), func(i int, pos int64) error {
		return insertItem(ctx, tx, &d.Items[i], pos)
	})
}

// reserveAndInsert reserves n positions of the counter name and calls
// insert for each.
func reserveAndInsert(ctx context.Context, tx *sql.Tx, name string, n int, insert func(i int, pos int64) error) error {
	if n == 0 {
		return nil
	}
	first, err := next(ctx, tx, name, int64(n))
	if err != nil {
		return err
	}
	for i := range n {
		if err := insert(i, first+int64(i)); err != nil {
			return err
		}
	}
	return nil
}

// inserted turns the result of an INSERT … ON CONFLICT DO NOTHING into
// ErrExists when nothing was inserted.
func inserted(res sql.Result, err error, what string) error {
	if err != nil {
		return fmt.Errorf("store: add %s: %w", what, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return err
	}
	if n == 0 {
		return fmt.Errorf("store: add %s: %w", what, ErrExists)
	}
	return nil
}

func forumColumns(f *session.Forum) ([]any, error) {
	var e encoder
	cols := []any{
		e.text("level", f.Level), f.Parent, e.text("pair", f.Pair), e.text("founded", f.Founded), int64(f.FoundedYear),
		f.Note, e.text("record_complete", f.RecordComplete),
		e.json("names", f.Names, len(f.Names) == 0), e.json("decrees", f.Decrees, len(f.Decrees) == 0),
		e.json("secretariats", f.Secretariats, len(f.Secretariats) == 0), e.json("sources", f.Sources, len(f.Sources) == 0),
		f.Districts.Indonesian, f.Districts.Malaysian,
	}
	if e.err != nil {
		return nil, fmt.Errorf("store: forum %q: %w", f.ID, e.err)
	}
	return cols, nil
}

func insertForum(ctx context.Context, tx *sql.Tx, f *session.Forum, pos int64) error {
	cols, err := forumColumns(f)
	if err != nil {
		return err
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO forums (id, pos, version, level, parent, pair, founded, founded_year, note,
	record_complete, names, decrees, secretariats, sources, district_indonesian, district_malaysian)
VALUES ($1, $2, 1, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) ON CONFLICT (id) DO NOTHING`, append([]any{f.ID, pos}, cols...)...)
	return inserted(res, err, fmt.Sprintf("forum %q", f.ID))
}

func sessionColumns(s *session.Session) ([]any, error) {
	var e encoder
	cols := []any{
		int64(s.Second), e.text("dates start", s.Dates.Start), e.text("dates end", s.Dates.End), e.text("within", s.Within),
		e.text("host_side", s.HostSide), s.Host, s.City, s.Venue, e.text("mode", s.Mode), flag(s.Unconfirmed), s.Note,
		e.json("chairs", s.Chairs, len(s.Chairs) == 0), e.json("sources", s.Sources, len(s.Sources) == 0),
		e.json("meetings", s.Meetings, len(s.Meetings) == 0), e.json("delegations", s.Delegations, len(s.Delegations) == 0),
		e.json("minutes", s.Minutes, isZeroMinutes(s.Minutes)),
	}
	if e.err != nil {
		return nil, fmt.Errorf("store: session %s %d: %w", s.Forum, s.Number, e.err)
	}
	return cols, nil
}

func isZeroMinutes(m session.Minutes) bool {
	return m.Signed.IsZero() && m.Place == "" && len(m.Signers) == 0 && m.Source.IsZero()
}

const sessionCols = `second, dates_start, dates_end, within, host_side, host, city, venue, mode, unconfirmed, note,
	chairs, sources, meetings, delegations, minutes`

func insertSession(ctx context.Context, tx *sql.Tx, s *session.Session, pos int64) error {
	cols, err := sessionColumns(s)
	if err != nil {
		return err
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO sessions (forum, number, pos, version, `+sessionCols+`)
VALUES ($1, $2, $3, 1, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
ON CONFLICT (forum, number) DO NOTHING`, append([]any{s.Forum, int64(s.Number), pos}, cols...)...)
	return inserted(res, err, fmt.Sprintf("session %s %d", s.Forum, s.Number))
}

func itemColumns(it *session.Item) ([]any, error) {
	var e encoder
	cols := []any{it.Title, e.text("field", it.Field), e.text("proposer", it.Proposer), it.Note}
	if e.err != nil {
		return nil, fmt.Errorf("store: item %s %s: %w", it.Forum, it.Ref, e.err)
	}
	return cols, nil
}

func insertItem(ctx context.Context, tx *sql.Tx, it *session.Item, pos int64) error {
	cols, err := itemColumns(it)
	if err != nil {
		return err
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO items (forum, ref, pos, version, title, field, proposer, note)
VALUES ($1, $2, $3, 1, $4, $5, $6, $7) ON CONFLICT (forum, ref) DO NOTHING`, append([]any{it.Forum, it.Ref, pos}, cols...)...)
	if err := inserted(res, err, fmt.Sprintf("item %s %s", it.Forum, it.Ref)); err != nil {
		return err
	}
	return insertItemParts(ctx, tx, it)
}

func insertItemParts(ctx context.Context, tx *sql.Tx, it *session.Item) error {
	var e encoder
	var rows []row
	for i, h := range it.History {
		rows = append(rows, row{`INSERT INTO item_history (forum, ref, seq, session, outcome, status, note)
VALUES ($1, $2, $3, $4, $5, $6, $7)`, []any{it.Forum, it.Ref, i, int64(h.Session), e.text("outcome", h.Outcome), e.text("status", h.Status), h.Note}})
	}
	for i, a := range it.Actions {
		rows = append(rows, row{`INSERT INTO item_actions (forum, ref, seq, agency, side, task, due, done, session)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`, []any{it.Forum, it.Ref, i, a.Agency, e.text("side", a.Side), a.Task,
			e.text("due", a.Due), e.text("done", a.Done), int64(a.Session)}})
	}
	if e.err != nil {
		return fmt.Errorf("store: item %s %s: %w", it.Forum, it.Ref, e.err)
	}
	for _, r := range rows {
		if _, err := tx.ExecContext(ctx, r.query, r.args...); err != nil {
			return fmt.Errorf("store: item %s %s: %w", it.Forum, it.Ref, err)
		}
	}
	return nil
}

// Sessions returns the stored forums, sessions and items, each in the
// order they were stored, with the stored note: the dataset that was
// imported.
func (s *Store) Sessions(ctx context.Context) (*session.Dataset, error) {
	var d session.Dataset
	err := s.read(ctx, func(tx *sql.Tx) error {
		var err error
		if err = tx.QueryRowContext(ctx, `SELECT value FROM settings WHERE name = $1`, noteKey).Scan(&d.Note); err != nil && err != sql.ErrNoRows {
			return fmt.Errorf("store: sessions note: %w", err)
		}
		if d.Forums, _, err = loadForums(ctx, tx, "1 = 1"); err != nil {
			return err
		}
		if d.Sessions, _, err = loadSessions(ctx, tx, "1 = 1"); err != nil {
			return err
		}
		d.Items, _, err = loadItems(ctx, tx, "1 = 1")
		return err
	})
	if err != nil {
		return nil, err
	}
	return &d, nil
}

// ExportSessions writes the stored dataset as session's WriteJSON does;
// session.ReadJSON reads it back.
func (s *Store) ExportSessions(ctx context.Context, w io.Writer) error {
	d, err := s.Sessions(ctx)
	if err != nil {
		return err
	}
	return d.WriteJSON(w)
}

// Forum returns the forum id and its version.
func (s *Store) Forum(ctx context.Context, id string) (session.Forum, Version, error) {
	var fs []session.Forum
	var vs []Version
	err := s.read(ctx, func(tx *sql.Tx) error {
		var err error
		fs, vs, err = loadForums(ctx, tx, "id = $1", id)
		return err
	})
	if err == nil && len(fs) == 0 {
		err = fmt.Errorf("store: forum %q: %w", id, ErrNotFound)
	}
	if err != nil {
		return session.Forum{}, 0, err
	}
	return fs[0], vs[0], nil
}

// UpdateForum replaces the stored forum f.ID, read at version v, and
// returns its new version (ErrConflict, ErrNotFound as UpdateAgreement).
func (s *Store) UpdateForum(ctx context.Context, f session.Forum, v Version) (Version, error) {
	err := s.write(ctx, func(tx *sql.Tx) error {
		if err := bump(ctx, tx, "forums", "id = $1", v, f.ID); err != nil {
			return fmt.Errorf("store: update forum %q: %w", f.ID, err)
		}
		cols, err := forumColumns(&f)
		if err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `UPDATE forums SET level = $2, parent = $3, pair = $4, founded = $5, founded_year = $6,
	note = $7, record_complete = $8, names = $9, decrees = $10, secretariats = $11, sources = $12,
	district_indonesian = $13, district_malaysian = $14 WHERE id = $1`, append([]any{f.ID}, cols...)...)
		return err
	})
	if err != nil {
		return 0, err
	}
	return v + 1, nil
}

// Session returns the session number n of forum and its version.
func (s *Store) Session(ctx context.Context, forum string, n int) (session.Session, Version, error) {
	var ss []session.Session
	var vs []Version
	err := s.read(ctx, func(tx *sql.Tx) error {
		var err error
		ss, vs, err = loadSessions(ctx, tx, "forum = $1 AND number = $2", forum, int64(n))
		return err
	})
	if err == nil && len(ss) == 0 {
		err = fmt.Errorf("store: session %s %d: %w", forum, n, ErrNotFound)
	}
	if err != nil {
		return session.Session{}, 0, err
	}
	return ss[0], vs[0], nil
}

// UpdateSession replaces the stored session of sn.Forum numbered
// sn.Number, read at version v, and returns its new version (ErrConflict,
// ErrNotFound as UpdateAgreement).
func (s *Store) UpdateSession(ctx context.Context, sn session.Session, v Version) (Version, error) {
	err := s.write(ctx, func(tx *sql.Tx) error {
		if err := bump(ctx, tx, "sessions", "forum = $1 AND number = $2", v, sn.Forum, int64(sn.Number)); err != nil {
			return fmt.Errorf("store: update session %s %d: %w", sn.Forum, sn.Number, err)
		}
		cols, err := sessionColumns(&sn)
		if err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `UPDATE sessions SET second = $3, dates_start = $4, dates_end = $5, within = $6,
	host_side = $7, host = $8, city = $9, venue = $10, mode = $11, unconfirmed = $12, note = $13, chairs = $14,
	sources = $15, meetings = $16, delegations = $17, minutes = $18 WHERE forum = $1 AND number = $2`,
			append([]any{sn.Forum, int64(sn.Number)}, cols...)...)
		return err
	})
	if err != nil {
		return 0, err
	}
	return v + 1, nil
}

// Item returns the item ref of forum, with its history and actions, and
// its version.
func (s *Store) Item(ctx context.Context, forum, ref string) (session.Item, Version, error) {
	var its []session.Item
	var vs []Version
	err := s.read(ctx, func(tx *sql.Tx) error {
		var err error
		its, vs, err = loadItems(ctx, tx, "forum = $1 AND ref = $2", forum, ref)
		return err
	})
	if err == nil && len(its) == 0 {
		err = fmt.Errorf("store: item %s %s: %w", forum, ref, ErrNotFound)
	}
	if err != nil {
		return session.Item{}, 0, err
	}
	return its[0], vs[0], nil
}

// UpdateItem replaces the stored item it.Forum, it.Ref, read at version
// v, with its history and actions, and returns its new version
// (ErrConflict, ErrNotFound as UpdateAgreement). Recording what a new
// session did with an item is an UpdateItem with one more History entry.
func (s *Store) UpdateItem(ctx context.Context, it session.Item, v Version) (Version, error) {
	err := s.write(ctx, func(tx *sql.Tx) error {
		if err := bump(ctx, tx, "items", "forum = $1 AND ref = $2", v, it.Forum, it.Ref); err != nil {
			return fmt.Errorf("store: update item %s %s: %w", it.Forum, it.Ref, err)
		}
		cols, err := itemColumns(&it)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE items SET title = $3, field = $4, proposer = $5, note = $6 WHERE forum = $1 AND ref = $2`,
			append([]any{it.Forum, it.Ref}, cols...)...); err != nil {
			return err
		}
		for _, t := range []string{"item_history", "item_actions"} {
			if _, err := tx.ExecContext(ctx, `DELETE FROM `+t+` WHERE forum = $1 AND ref = $2`, it.Forum, it.Ref); err != nil {
				return err
			}
		}
		return insertItemParts(ctx, tx, &it)
	})
	if err != nil {
		return 0, err
	}
	return v + 1, nil
}

// scanAll runs q and calls scan for each row.
func scanAll(ctx context.Context, tx *sql.Tx, what, q string, args []any, scan func(*sql.Rows) error) error {
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("store: read %s: %w", what, err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			return fmt.Errorf("store: read %s: %w", what, err)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: read %s: %w", what, err)
	}
	return nil
}

func loadForums(ctx context.Context, tx *sql.Tx, where string, args ...any) ([]session.Forum, []Version, error) {
	var fs []session.Forum
	var vs []Version
	var d decoder
	err := scanAll(ctx, tx, "forums", `SELECT id, version, level, parent, pair, founded, founded_year, note, record_complete,
	names, decrees, secretariats, sources, district_indonesian, district_malaysian FROM forums WHERE `+where+` ORDER BY pos`, args, func(rows *sql.Rows) error {
		var f session.Forum
		var v, year int64
		var level, pair, founded, complete, names, decrees, secs, sources string
		if err := rows.Scan(&f.ID, &v, &level, &f.Parent, &pair, &founded, &year, &f.Note, &complete, &names, &decrees, &secs, &sources,
			&f.Districts.Indonesian, &f.Districts.Malaysian); err != nil {
			return err
		}
		d.text("level", level, &f.Level)
		d.text("pair", pair, &f.Pair)
		f.Founded = d.date("founded", founded)
		f.FoundedYear = int(year)
		f.RecordComplete = d.date("record_complete", complete)
		d.json("names", names, &f.Names)
		d.json("decrees", decrees, &f.Decrees)
		d.json("secretariats", secs, &f.Secretariats)
		d.json("sources", sources, &f.Sources)
		fs = append(fs, f)
		vs = append(vs, Version(v))
		return nil
	})
	if err == nil {
		err = d.err
	}
	return fs, vs, err
}

func loadSessions(ctx context.Context, tx *sql.Tx, where string, args ...any) ([]session.Session, []Version, error) {
	var ss []session.Session
	var vs []Version
	var d decoder
	err := scanAll(ctx, tx, "sessions", `SELECT forum, number, version, `+sessionCols+` FROM sessions WHERE `+where+` ORDER BY pos`, args, func(rows *sql.Rows) error {
		var s session.Session
		var number, v, second, unconfirmed int64
		var start, end, within, hostSide, mode, chairs, sources, meetings, delegations, minutes string
		if err := rows.Scan(&s.Forum, &number, &v, &second, &start, &end, &within, &hostSide, &s.Host, &s.City, &s.Venue, &mode,
			&unconfirmed, &s.Note, &chairs, &sources, &meetings, &delegations, &minutes); err != nil {
			return err
		}
		s.Number, s.Second, s.Unconfirmed = int(number), int(second), unconfirmed != 0
		s.Dates.Start = d.date("dates_start", start)
		s.Dates.End = d.date("dates_end", end)
		s.Within = d.partial("within", within)
		d.text("host_side", hostSide, &s.HostSide)
		d.text("mode", mode, &s.Mode)
		d.json("chairs", chairs, &s.Chairs)
		d.json("sources", sources, &s.Sources)
		d.json("meetings", meetings, &s.Meetings)
		d.json("delegations", delegations, &s.Delegations)
		d.json("minutes", minutes, &s.Minutes)
		ss = append(ss, s)
		vs = append(vs, Version(v))
		return nil
	})
	if err == nil {
		err = d.err
	}
	return ss, vs, err
}

func loadItems(ctx context.Context, tx *sql.Tx, where string, args ...any) ([]session.Item, []Version, error) {
	var its []session.Item
	var vs []Version
	var d decoder
	type key struct{ forum, ref string }
	err := scanAll(ctx, tx, "items", `SELECT forum, ref, version, title, field, proposer, note FROM items WHERE `+where+` ORDER BY pos`, args, func(rows *sql.Rows) error {
		var it session.Item
		var v int64
		var field, proposer string
		if err := rows.Scan(&it.Forum, &it.Ref, &v, &it.Title, &field, &proposer, &it.Note); err != nil {
			return err
		}
		d.text("field", field, &it.Field)
		d.text("proposer", proposer, &it.Proposer)
		its = append(its, it)
		vs = append(vs, Version(v))
		return nil
	})
	if err != nil || len(its) == 0 {
		return its, vs, err
	}
	at := make(map[key]*session.Item, len(its))
	for i := range its {
		at[key{its[i].Forum, its[i].Ref}] = &its[i]
	}
	in := ` WHERE (forum, ref) IN (SELECT forum, ref FROM items WHERE ` + where + `) ORDER BY forum, ref, seq`
	err = scanAll(ctx, tx, "item history", `SELECT forum, ref, session, outcome, status, note FROM item_history`+in, args, func(rows *sql.Rows) error {
		var k key
		var e session.Entry
		var n int64
		var outcome, status string
		if err := rows.Scan(&k.forum, &k.ref, &n, &outcome, &status, &e.Note); err != nil {
			return err
		}
		e.Session = int(n)
		d.text("outcome", outcome, &e.Outcome)
		d.text("status", status, &e.Status)
		it := at[k]
		it.History = append(it.History, e)
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	err = scanAll(ctx, tx, "item actions", `SELECT forum, ref, agency, side, task, due, done, session FROM item_actions`+in, args, func(rows *sql.Rows) error {
		var k key
		var a session.Action
		var n int64
		var side, due, done string
		if err := rows.Scan(&k.forum, &k.ref, &a.Agency, &side, &a.Task, &due, &done, &n); err != nil {
			return err
		}
		d.text("side", side, &a.Side)
		a.Due = d.date("due", due)
		a.Done = d.date("done", done)
		a.Session = int(n)
		it := at[k]
		it.Actions = append(it.Actions, a)
		return nil
	})
	if err == nil {
		err = d.err
	}
	return its, vs, err
}
