package store

import (
	"bytes"
	"cmp"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"iter"
	"maps"
	"slices"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"

	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/internal/input"
	"github.com/kerjasama/kerjasama/money"
	"github.com/kerjasama/kerjasama/trade"
)

// A Batch is one imported trade file: where its records came from and
// how many rows were read.
type Batch struct {
	ID      int64
	Version Version
	// File is the file name as given to the import; Checksum the SHA-256
	// of its bytes, in hex.
	File     string
	Checksum string
	// Layout is "json" for a trade JSON document, else the CSV layout as
	// trade.CSVReader.Layout names it ("simple", "bps", "comtrade"; "auto"
	// when the reader detected it).
	Layout string
	// RowsRead counts the data rows of the file (records and balances of
	// a JSON document); RowsRejected those that could not be read, which
	// only an import with KeepGoing stores a batch with. RowsRead −
	// RowsRejected records and balances are stored: rows in = rows
	// stored + rows reported.
	RowsRead, RowsRejected int
	ImportedAt             time.Time // UTC
	// Note, Subject, Reporter and Post are those of a JSON document
	// (trade.Document), empty for CSV.
	Note, Subject, Reporter, Post string
	// Problems lists, in file order, the rows not read (an import with
	// KeepGoing) and the rows read with a reservation (the reader's
	// warnings).
	Problems []Problem
}

// A Problem is a row of an imported file that was not read, or was read
// with a reservation, as the reader reported it (*trade.RowError).
type Problem struct {
	// Warning is true for a row that was read and stored with a
	// reservation (trade.ErrDuplicateRow, trade.ErrRounded), false for a
	// row that was not read.
	Warning bool
	Line    int
	Column  int
	Field   string // the column's header, "" for the whole row
	// Message is the reader's message: "entikong.csv:4:25: nilai: …".
	Message string
}

// problemOf returns the Problem of a reader's error.
func problemOf(err error, warning bool) Problem {
	p := Problem{Warning: warning, Message: err.Error()}
	var re *trade.RowError
	if errors.As(err, &re) {
		p.Line, p.Column, p.Field = re.Line, re.Column, re.Field
	}
	return p
}

// TradeOptions are the options of ImportTradeCSV.
type TradeOptions struct {
	// CSV reads the file; its File is set to the file name given to the
	// import, and Strict is left to the import.
	CSV trade.CSVReader
	// KeepGoing stores the rows that were read and counts the others in
	// Batch.RowsRejected, listing them in Batch.Problems. By default a
	// file with a bad row stores nothing. The reader's warnings (CSV.Warn,
	// which is still called) are kept in Batch.Problems either way.
	KeepGoing bool
	// Now gives the import time; nil means time.Now.
	Now func() time.Time
}

// ImportTradeCSV reads the CSV file r, named file, with opt.CSV and
// stores its records as one batch, in one transaction. A bad row stores
// nothing, unless opt.KeepGoing, and the error wraps the reader's
// *trade.RowError, which names the file, line and column. The records go
// in with a prepared statement on SQLite and with COPY on PostgreSQL.
func (s *Store) ImportTradeCSV(ctx context.Context, file string, r io.Reader, opt TradeOptions) (Batch, error) {
	h := sha256.New()
	tee := io.TeeReader(r, h)
	rd := opt.CSV
	rd.File = file
	rd.Strict = false
	b := Batch{File: file, Layout: rd.Layout.String(), ImportedAt: now(opt.Now)}
	warn := rd.Warn
	rd.Warn = func(re *trade.RowError) {
		b.Problems = append(b.Problems, problemOf(re, true))
		if warn != nil {
			warn(re)
		}
	}
	var fail error
	records := func(yield func(trade.Record) bool) {
		for rec, err := range rd.Records(tee) {
			if err != nil {
				var re *trade.RowError
				if !errors.As(err, &re) || errors.Is(err, trade.ErrHeader) {
					fail = fmt.Errorf("store: import %s: nothing stored: %w", file, err)
					return
				}
				b.RowsRead++
				b.RowsRejected++
				b.Problems = append(b.Problems, problemOf(err, false))
				if !opt.KeepGoing {
					fail = fmt.Errorf("store: import %s: nothing stored: %w", file, err)
					return
				}
				continue
			}
			b.RowsRead++
			if !yield(rec) {
				return
			}
		}
		if _, err := io.Copy(io.Discard, tee); err != nil {
			fail = fmt.Errorf("store: import %s: %w", file, err)
		}
	}
	finish := func() error {
		b.Checksum = hex.EncodeToString(h.Sum(nil))
		return fail
	}
	if err := s.importBatch(ctx, &b, records, nil, finish); err != nil {
		return Batch{}, err
	}
	return b, nil
}

// ImportTradeJSON reads the trade JSON document r (trade.ReadJSON),
// named file, and stores it as one batch: its records and balances, and
// its note, subject, reporter and post. A document with a bad record or
// balance stores nothing; the error lists every *trade.RowError, each
// naming the file, line and column.
func (s *Store) ImportTradeJSON(ctx context.Context, file string, r io.Reader) (Batch, error) {
	// A byte over the limit is read, for trade.ReadJSON to say so; the
	// toolbox's ReadAll, unlike io.ReadAll, stops on a reader that makes
	// no progress.
	data, _, err := input.ReadAll(io.LimitReader(r, trade.MaxJSONSize+1), trade.MaxJSONSize+1)
	if err != nil {
		return Batch{}, fmt.Errorf("store: import %s: %w", file, err)
	}
	doc, err := trade.ReadJSON(bytes.NewReader(data))
	if err != nil {
		for _, e := range unjoin(err) {
			var re *trade.RowError
			if errors.As(e, &re) && re.File == "" {
				re.File = file
			}
		}
		return Batch{}, fmt.Errorf("store: import %s: nothing stored: %w", file, err)
	}
	sum := sha256.Sum256(data)
	b := Batch{File: file, Checksum: hex.EncodeToString(sum[:]), Layout: "json", ImportedAt: now(nil),
		RowsRead: len(doc.Records) + len(doc.Balances), Note: doc.Note, Subject: doc.Subject, Reporter: doc.Reporter, Post: doc.Post}
	if err := s.importBatch(ctx, &b, slices.Values(doc.Records), doc.Balances, nil); err != nil {
		return Batch{}, err
	}
	return b, nil
}

// ImportTrade stores the records and balances of a document as one
// batch described by b (its File, Checksum, Layout and counts; ID,
// Version and ImportedAt are set here), in one transaction, and returns
// the batch as stored.
func (s *Store) ImportTrade(ctx context.Context, b Batch, doc *trade.Document) (Batch, error) {
	b.Note, b.Subject, b.Reporter, b.Post = doc.Note, doc.Subject, doc.Reporter, doc.Post
	if b.ImportedAt.IsZero() {
		b.ImportedAt = now(nil)
	}
	if b.RowsRead == 0 {
		b.RowsRead = len(doc.Records) + len(doc.Balances)
	}
	if err := s.importBatch(ctx, &b, slices.Values(doc.Records), doc.Balances, nil); err != nil {
		return Batch{}, err
	}
	return b, nil
}

func now(f func() time.Time) time.Time {
	if f == nil {
		f = time.Now
	}
	return f().UTC()
}

// unjoin returns the errors joined in err, or err alone.
func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// recordCols are the columns of trade_records after batch_id and seq.
var recordCols = []string{"period_start", "period_end", "flow", "reporter", "partner", "post", "basis", "scheme", "hs",
	"value_minor", "value_currency", "net_weight_milli", "net_weight_unit", "quantity_milli", "quantity_unit", "source",
	"classification", "code"}

// recordValues appends the values of r's columns (recordCols) to dst.
func recordValues(dst []any, r *trade.Record) ([]any, error) {
	var e encoder
	minor, cur := moneyCols(r.Value)
	dst = append(dst, e.text("period start", r.Period.Start), e.text("period end", r.Period.End), e.text("flow", r.Flow),
		r.Reporter, r.Partner, r.Post, e.text("basis", r.Basis), e.text("scheme", r.Scheme), e.text("hs", r.HS),
		minor, cur, r.NetWeight.Milli, r.NetWeight.Unit, r.Quantity.Milli, r.Quantity.Unit, r.Source,
		e.text("classification", r.Classification), r.Code)
	return dst, e.err
}

// importBatch stores the batch b, its records (pulled once) and its
// balances in one transaction. finish, when not nil, is called once the
// records have been pulled; its error rolls everything back. The counts
// and checksum of b are written after the records, when they are known.
func (s *Store) importBatch(ctx context.Context, b *Batch, records iter.Seq[trade.Record], balances []trade.Balance, finish func() error) error {
	if finish == nil {
		finish = func() error { return nil }
	}
	b.Version = 1
	if s.d.backend == Postgres {
		return s.importBatchCopy(ctx, b, records, balances, finish)
	}
	return s.write(ctx, func(tx *sql.Tx) error {
		if err := tx.QueryRowContext(ctx, insertBatch, batchValues(b)...).Scan(&b.ID); err != nil {
			return fmt.Errorf("store: import %s: %w", b.File, err)
		}
		q := `INSERT INTO trade_records (batch_id, seq, ` + join(recordCols) + `) VALUES (` + placeholders(2+len(recordCols)) + `)`
		st, err := tx.PrepareContext(ctx, q)
		if err != nil {
			return err
		}
		defer st.Close()
		seq := int64(0)
		args := make([]any, 0, 2+len(recordCols))
		for rec := range records {
			args, err = recordValues(append(args[:0], b.ID, seq), &rec)
			if err != nil {
				return fmt.Errorf("store: import %s: record %d: %w", b.File, seq, err)
			}
			if _, err := st.ExecContext(ctx, args...); err != nil {
				return fmt.Errorf("store: import %s: record %d: %w", b.File, seq, err)
			}
			seq++
		}
		if err := finish(); err != nil {
			return err
		}
		return batchRest(b, balances, func(q string, args ...any) error {
			_, err := tx.ExecContext(ctx, q, args...)
			return err
		})
	})
}

// batchRest writes what follows the records of batch b, in the
// transaction that exec runs statements in: its balances, its problems,
// and its counts and checksum.
func batchRest(b *Batch, balances []trade.Balance, exec func(query string, args ...any) error) error {
	for i := range balances {
		args, err := balanceValues([]any{b.ID, int64(i)}, &balances[i])
		if err != nil {
			return fmt.Errorf("store: import %s: balance %d: %w", b.File, i, err)
		}
		if err := exec(insertBalance, args...); err != nil {
			return fmt.Errorf("store: import %s: balance %d: %w", b.File, i, err)
		}
	}
	for i, p := range b.Problems {
		if err := exec(insertProblem, problemValues(b.ID, i, p)...); err != nil {
			return fmt.Errorf("store: import %s: problem %d: %w", b.File, i, err)
		}
	}
	return exec(updateBatch, b.ID, b.Checksum, int64(b.RowsRead), int64(b.RowsRejected))
}

const insertProblem = `INSERT INTO trade_problems (batch_id, seq, warning, line_no, column_no, field, message)
VALUES ($1, $2, $3, $4, $5, $6, $7)`

func problemValues(id int64, seq int, p Problem) []any {
	return []any{id, int64(seq), flag(p.Warning), int64(p.Line), int64(p.Column), p.Field, p.Message}
}

const insertBatch = `INSERT INTO trade_batches (version, file, checksum, layout, rows_read, rows_rejected, imported_at, note, subject, reporter, post)
VALUES (1, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`

const updateBatch = `UPDATE trade_batches SET checksum = $2, rows_read = $3, rows_rejected = $4 WHERE id = $1`

func batchValues(b *Batch) []any {
	return []any{b.File, b.Checksum, b.Layout, int64(b.RowsRead), int64(b.RowsRejected),
		b.ImportedAt.Format(time.RFC3339Nano), b.Note, b.Subject, b.Reporter, b.Post}
}

const insertBalance = `INSERT INTO trade_balances (batch_id, seq, period_start, period_end, reporter, partner, exports_minor,
	exports_currency, imports_minor, imports_currency, net_minor, net_currency, net_only, source, no_exports, no_imports)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`

func balanceValues(dst []any, bal *trade.Balance) ([]any, error) {
	var e encoder
	xm, xc := moneyCols(bal.Exports)
	mm, mc := moneyCols(bal.Imports)
	nm, nc := moneyCols(bal.Net)
	dst = append(dst, e.text("period start", bal.Period.Start), e.text("period end", bal.Period.End), bal.Reporter, bal.Partner,
		xm, xc, mm, mc, nm, nc, flag(bal.NetOnly), bal.Source, flag(bal.NoExports), flag(bal.NoImports))
	return dst, e.err
}

// importBatchCopy is importBatch on PostgreSQL: the records go in with
// COPY (pgx's CopyFrom), in a transaction of the connection's own.
func (s *Store) importBatchCopy(ctx context.Context, b *Batch, records iter.Seq[trade.Record], balances []trade.Balance, finish func() error) error {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	return conn.Raw(func(dc any) error {
		pc := dc.(*stdlib.Conn).Conn()
		tx, err := pc.Begin(ctx)
		if err != nil {
			return err
		}
		defer tx.Rollback(context.WithoutCancel(ctx))
		if err := tx.QueryRow(ctx, insertBatch, batchValues(b)...).Scan(&b.ID); err != nil {
			return fmt.Errorf("store: import %s: %w", b.File, err)
		}
		next, stop := iter.Pull(records)
		defer stop()
		src := &recordSource{batch: b.ID, next: next}
		cols := append([]string{"batch_id", "seq"}, recordCols...)
		if _, err := tx.CopyFrom(ctx, pgx.Identifier{"trade_records"}, cols, src); err != nil {
			if src.err != nil {
				return fmt.Errorf("store: import %s: record %d: %w", b.File, src.seq, src.err)
			}
			return fmt.Errorf("store: import %s: %w", b.File, err)
		}
		stop()
		if err := finish(); err != nil {
			return err
		}
		err = batchRest(b, balances, func(q string, args ...any) error {
			_, err := tx.Exec(ctx, q, args...)
			return err
		})
		if err != nil {
			return err
		}
		return tx.Commit(ctx)
	})
}

// recordSource feeds records to CopyFrom (pgx.CopyFromSource).
type recordSource struct {
	batch int64
	next  func() (trade.Record, bool)
	seq   int64
	vals  []any
	err   error
}

func (r *recordSource) Next() bool {
	rec, ok := r.next()
	if !ok {
		return false
	}
	if r.vals != nil {
		r.seq++
	}
	r.vals, r.err = recordValues(append(r.vals[:0], r.batch, r.seq), &rec)
	return r.err == nil
}

func (r *recordSource) Values() ([]any, error) { return r.vals, r.err }

func (r *recordSource) Err() error { return r.err }

func join(cols []string) string {
	var b bytes.Buffer
	for i, c := range cols {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(c)
	}
	return b.String()
}

func placeholders(n int) string {
	var b bytes.Buffer
	for i := 1; i <= n; i++ {
		if i > 1 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "$%d", i)
	}
	return b.String()
}

// TradeBatches returns the stored batches in the order they were
// imported.
func (s *Store) TradeBatches(ctx context.Context) ([]Batch, error) {
	var bs []Batch
	err := s.read(ctx, func(tx *sql.Tx) error {
		var err error
		bs, err = loadBatches(ctx, tx, "1 = 1")
		return err
	})
	return bs, err
}

func loadBatches(ctx context.Context, tx *sql.Tx, where string, args ...any) ([]Batch, error) {
	var bs []Batch
	err := scanAll(ctx, tx, "trade batches", `SELECT id, version, file, checksum, layout, rows_read, rows_rejected, imported_at,
	note, subject, reporter, post FROM trade_batches WHERE `+where+` ORDER BY id`, args, func(rows *sql.Rows) error {
		var b Batch
		var v, read, rejected int64
		var at string
		if err := rows.Scan(&b.ID, &v, &b.File, &b.Checksum, &b.Layout, &read, &rejected, &at, &b.Note, &b.Subject, &b.Reporter, &b.Post); err != nil {
			return err
		}
		t, err := time.Parse(time.RFC3339Nano, at)
		if err != nil {
			return fmt.Errorf("batch %d: imported_at: %w", b.ID, err)
		}
		b.Version, b.RowsRead, b.RowsRejected, b.ImportedAt = Version(v), int(read), int(rejected), t
		bs = append(bs, b)
		return nil
	})
	if err != nil || len(bs) == 0 {
		return bs, err
	}
	at := make(map[int64]*Batch, len(bs))
	for i := range bs {
		at[bs[i].ID] = &bs[i]
	}
	err = scanAll(ctx, tx, "trade problems", `SELECT batch_id, warning, line_no, column_no, field, message FROM trade_problems
WHERE batch_id IN (SELECT id FROM trade_batches WHERE `+where+`) ORDER BY batch_id, seq`, args, func(rows *sql.Rows) error {
		var id, warning, line, col int64
		var p Problem
		if err := rows.Scan(&id, &warning, &line, &col, &p.Field, &p.Message); err != nil {
			return err
		}
		p.Warning, p.Line, p.Column = warning != 0, int(line), int(col)
		at[id].Problems = append(at[id].Problems, p)
		return nil
	})
	return bs, err
}

// TradeDocument returns the batch id as a trade document: its records
// and balances in file order, with the note, subject, reporter and post
// of a JSON document. ErrNotFound when there is no such batch.
func (s *Store) TradeDocument(ctx context.Context, id int64) (*trade.Document, error) {
	var doc *trade.Document
	err := s.read(ctx, func(tx *sql.Tx) error {
		bs, err := loadBatches(ctx, tx, "id = $1", id)
		if err != nil {
			return err
		}
		if len(bs) == 0 {
			return fmt.Errorf("store: trade batch %d: %w", id, ErrNotFound)
		}
		b := bs[0]
		doc = &trade.Document{Note: b.Note, Subject: b.Subject, Reporter: b.Reporter, Post: b.Post}
		if doc.Records, err = loadRecords(ctx, tx, "batch_id = $1", id); err != nil {
			return err
		}
		doc.Balances, err = loadBalances(ctx, tx, id)
		return err
	})
	return doc, err
}

// ExportTradeJSON writes the batch id as trade.WriteJSON writes a
// document; trade.ReadJSON reads it back.
func (s *Store) ExportTradeJSON(ctx context.Context, w io.Writer, id int64) error {
	doc, err := s.TradeDocument(ctx, id)
	if err != nil {
		return err
	}
	return trade.WriteJSON(w, doc)
}

// TradeRecords returns the records of every batch, batch by batch in
// the order they were imported, each in file order.
func (s *Store) TradeRecords(ctx context.Context) ([]trade.Record, error) {
	var recs []trade.Record
	err := s.read(ctx, func(tx *sql.Tx) error {
		var err error
		recs, err = loadRecords(ctx, tx, "1 = 1")
		return err
	})
	return recs, err
}

// DeleteTradeBatch removes the batch id, read at version v, with its
// records and balances (ErrConflict, ErrNotFound as UpdateAgreement).
func (s *Store) DeleteTradeBatch(ctx context.Context, id int64, v Version) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		if err := bump(ctx, tx, "trade_batches", "id = $1", v, id); err != nil {
			return fmt.Errorf("store: delete trade batch %d: %w", id, err)
		}
		for _, q := range []string{`DELETE FROM trade_records WHERE batch_id = $1`, `DELETE FROM trade_balances WHERE batch_id = $1`,
			`DELETE FROM trade_problems WHERE batch_id = $1`, `DELETE FROM trade_batches WHERE id = $1`} {
			if _, err := tx.ExecContext(ctx, q, id); err != nil {
				return err
			}
		}
		return nil
	})
}

func loadRecords(ctx context.Context, tx *sql.Tx, where string, args ...any) ([]trade.Record, error) {
	var recs []trade.Record
	var d decoder
	err := scanAll(ctx, tx, "trade records", `SELECT `+join(recordCols)+` FROM trade_records WHERE `+where+` ORDER BY batch_id, seq`, args, func(rows *sql.Rows) error {
		var r trade.Record
		var start, end, flow, basis, scheme, hs, cur, class string
		var minor int64
		if err := rows.Scan(&start, &end, &flow, &r.Reporter, &r.Partner, &r.Post, &basis, &scheme, &hs, &minor, &cur,
			&r.NetWeight.Milli, &r.NetWeight.Unit, &r.Quantity.Milli, &r.Quantity.Unit, &r.Source, &class, &r.Code); err != nil {
			return err
		}
		d.text("classification", class, &r.Classification)
		r.Period = date.Range{Start: d.date("period_start", start), End: d.date("period_end", end)}
		d.text("flow", flow, &r.Flow)
		d.text("basis", basis, &r.Basis)
		d.text("scheme", scheme, &r.Scheme)
		d.text("hs", hs, &r.HS)
		r.Value = d.money("value", minor, cur)
		recs = append(recs, r)
		return nil
	})
	if err == nil {
		err = d.err
	}
	return recs, err
}

func loadBalances(ctx context.Context, tx *sql.Tx, id int64) ([]trade.Balance, error) {
	var bs []trade.Balance
	var d decoder
	err := scanAll(ctx, tx, "trade balances", `SELECT period_start, period_end, reporter, partner, exports_minor, exports_currency,
	imports_minor, imports_currency, net_minor, net_currency, net_only, source, no_exports, no_imports FROM trade_balances
	WHERE batch_id = $1 ORDER BY seq`,
		[]any{id}, func(rows *sql.Rows) error {
			var b trade.Balance
			var start, end, xc, mc, nc string
			var xm, mm, nm, netOnly, noX, noM int64
			if err := rows.Scan(&start, &end, &b.Reporter, &b.Partner, &xm, &xc, &mm, &mc, &nm, &nc, &netOnly, &b.Source, &noX, &noM); err != nil {
				return err
			}
			b.NoExports, b.NoImports = noX != 0, noM != 0
			b.Period = date.Range{Start: d.date("period_start", start), End: d.date("period_end", end)}
			b.Exports = d.money("exports", xm, xc)
			b.Imports = d.money("imports", mm, mc)
			b.Net = d.money("net", nm, nc)
			b.NetOnly = netOnly != 0
			bs = append(bs, b)
			return nil
		})
	if err == nil {
		err = d.err
	}
	return bs, err
}

// A TradeFilter selects trade records for TradeTotals; its zero fields
// select everything.
type TradeFilter struct {
	Flow     trade.Flow
	Reporter string
	Partner  string
	Post     string
	// Within keeps the records whose period lies within it.
	Within date.Range
}

// TradeTotals sums the values of the records f selects, one total per
// currency, in the order of the currency codes. The database returns the
// amounts in hundredths; they are added here with money's checks, so a
// total that would overflow is an error wrapping money.ErrOverflow, never
// a rounded or wrapped figure.
func (s *Store) TradeTotals(ctx context.Context, f TradeFilter) ([]money.Amount, error) {
	where, args := "1 = 1", []any{}
	add := func(col string, v any) {
		args = append(args, v)
		where += fmt.Sprintf(" AND %s = $%d", col, len(args))
	}
	if f.Flow != 0 {
		t, err := f.Flow.MarshalText()
		if err != nil {
			return nil, err
		}
		add("flow", string(t))
	}
	if f.Reporter != "" {
		add("reporter", f.Reporter)
	}
	if f.Partner != "" {
		add("partner", f.Partner)
	}
	if f.Post != "" {
		add("post", f.Post)
	}
	if !f.Within.IsZero() {
		args = append(args, f.Within.Start.String(), f.Within.End.String())
		where += fmt.Sprintf(" AND period_start >= $%d AND period_end <= $%d", len(args)-1, len(args))
	}
	totals := map[string]money.Amount{}
	var d decoder
	err := s.read(ctx, func(tx *sql.Tx) error {
		return scanAll(ctx, tx, "trade records", `SELECT value_minor, value_currency FROM trade_records WHERE `+where, args, func(rows *sql.Rows) error {
			var minor int64
			var cur string
			if err := rows.Scan(&minor, &cur); err != nil {
				return err
			}
			sum, err := totals[cur].Add(d.money("value", minor, cur))
			if err != nil {
				return fmt.Errorf("total in %s: %w", cmp.Or(cur, "no currency"), err)
			}
			totals[cur] = sum
			return nil
		})
	})
	if err == nil {
		err = d.err
	}
	if err != nil {
		return nil, err
	}
	out := make([]money.Amount, 0, len(totals))
	for _, k := range slices.Sorted(maps.Keys(totals)) {
		out = append(out, totals[k])
	}
	return out, nil
}
