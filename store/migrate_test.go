package store

import (
	"context"
	"database/sql"
	"errors"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/kerjasama/kerjasama/agreement"
	"github.com/kerjasama/kerjasama/session"
)

func TestMigrationsNumbered(t *testing.T) {
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) == 0 {
		t.Fatal("no migrations embedded")
	}
	for i, m := range ms {
		if m.version != i+1 {
			t.Errorf("migration %s has number %d, want %d (numbers run from 1 without gaps)", m.name, m.version, i+1)
		}
	}
}

func TestStatements(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"-- only a comment\n\n", nil},
		{"CREATE TABLE a (x TEXT);\n", []string{"CREATE TABLE a (x TEXT);"}},
		{"-- head\nCREATE TABLE a (\n\tx TEXT -- note; not the end\n);\n\nINSERT INTO a VALUES ('1');\n",
			[]string{"CREATE TABLE a (\n\tx TEXT -- note; not the end\n);", "INSERT INTO a VALUES ('1');"}},
		{"SELECT 1", []string{"SELECT 1"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, statements(tt.in)); diff != "" {
			t.Errorf("statements(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestMigrate(t *testing.T) {
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	latest := ms[len(ms)-1].version
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			ctx := context.Background()
			dsn := b.dsn(t)
			s := openTest(t, dsn)
			v, err := s.SchemaVersion(ctx)
			if err != nil || v != latest {
				t.Fatalf("SchemaVersion = %d, %v; want %d", v, err, latest)
			}
			// Opening an up-to-date database again applies nothing.
			var n int
			if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM schema_migrations`).Scan(&n); err != nil || n != len(ms) {
				t.Fatalf("schema_migrations rows = %d, %v; want %d", n, err, len(ms))
			}
			again := openTest(t, dsn)
			if err := again.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM schema_migrations`).Scan(&n); err != nil || n != len(ms) {
				t.Errorf("after a second Open, schema_migrations rows = %d, %v; want %d", n, err, len(ms))
			}
			// A database migrated by a newer program is refused.
			if _, err := s.db.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, 'from_the_future', '2999-01-01T00:00:00Z')`, latest+1); err != nil {
				t.Fatal(err)
			}
			if s2, err := Open(ctx, dsn); !errors.Is(err, ErrSchemaTooNew) {
				if s2 != nil {
					s2.Close()
				}
				t.Errorf("Open of a newer database: err = %v, want ErrSchemaTooNew", err)
			}
		})
	}
}

// TestMigrateFromOlder opens a database that an older program made,
// at the first migration, with data in it: Open applies the rest and the
// data stays.
func TestMigrateFromOlder(t *testing.T) {
	ctx := context.Background()
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) < 2 {
		t.Skip("one migration only")
	}
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			dsn := b.dsn(t)
			old, err := openDB(dsn)
			if err != nil {
				t.Fatal(err)
			}
			if err := old.migrate(ctx, ms[:1]); err != nil {
				t.Fatal(err)
			}
			if v, err := old.SchemaVersion(ctx); err != nil || v != 1 {
				t.Fatalf("old program's schema version = %d, %v; want 1", v, err)
			}
			// The rows as the program of schema 1 wrote them (this
			// program's writes name the columns of later migrations).
			want := agreement.Agreement{ID: "banten-incheon-2007", Title: "Kerja sama sister province", Signed: agreement.InYear(2007),
				Term: agreement.Term{Months: 60}}
			wantForum := session.Forum{ID: "kalbar-sarawak", Level: session.Regional, Note: "sejak 1985"}
			for _, q := range []string{
				`INSERT INTO agreements (id, pos, version, title, type, kind, name, phase, series, signed, term_start, term_end,
	term_months, term_open_ended, notice_days, predecessor, notes)
VALUES ('banten-incheon-2007', 1, 1, 'Kerja sama sister province', '', '', '', 0, '', '2007', '', '', 60, 0, 0, '', '')`,
				`UPDATE counters SET value = 1 WHERE name = 'agreements'`,
				`INSERT INTO forums (id, pos, version, level, parent, pair, founded, founded_year, note, record_complete, names, decrees,
	secretariats, sources) VALUES ('kalbar-sarawak', 1, 1, 'regional', '', '', '', 0, 'sejak 1985', '', '', '', '', '')`,
				`UPDATE counters SET value = 1 WHERE name = 'forums'`,
			} {
				if _, err := old.db.ExecContext(ctx, q); err != nil {
					t.Fatal(err)
				}
			}
			old.Close()

			s := openTest(t, dsn)
			if v, err := s.SchemaVersion(ctx); err != nil || v != len(ms) {
				t.Errorf("SchemaVersion after Open = %d, %v; want %d", v, err, len(ms))
			}
			got, _, err := s.Agreement(ctx, want.ID)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("agreement after migration mismatch (-want +got):\n%s", diff)
			}
			gotForum, _, err := s.Forum(ctx, wantForum.ID)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(wantForum, gotForum, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("forum after migration mismatch (-want +got):\n%s", diff)
			}
			if _, err := s.ImportTradeCSV(ctx, "dup.csv", strings.NewReader("periode,arus,nilai,mata_uang\n2015,ekspor,1,IDR\n2015,ekspor,1,IDR\n"), TradeOptions{}); err != nil {
				t.Errorf("import into the migrated database: %v", err)
			}
		})
	}
}

// TestMigrationRollsBack checks that a migration that fails leaves
// nothing behind: its statements run in one transaction with its record.
func TestMigrationRollsBack(t *testing.T) {
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			ctx := context.Background()
			s := openTest(t, b.dsn(t))
			conn, err := s.db.Conn(ctx)
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close()
			bad := migration{version: 999, name: "0999_bad", sql: "CREATE TABLE half_done (x TEXT);\nINSERT INTO no_such_table VALUES (1);\n"}
			if err := s.apply(ctx, conn, bad); err == nil {
				t.Fatal("apply of a failing migration succeeded")
			}
			var n int
			if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM schema_migrations WHERE version = 999`).Scan(&n); err != nil || n != 0 {
				t.Errorf("failed migration recorded: %d rows, %v", n, err)
			}
			if _, err := s.db.ExecContext(ctx, `SELECT * FROM half_done`); err == nil {
				t.Error("table of a failed migration exists")
			}
		})
	}
}

// FuzzStatements checks the splitting of migrations on any text: no
// statement is empty, each is trimmed and found in the text, and every
// one but the last ends with a semicolon.
func FuzzStatements(f *testing.F) {
	ms, err := migrations()
	if err != nil {
		f.Fatal(err)
	}
	for _, m := range ms {
		f.Add(m.sql)
	}
	f.Add("CREATE TABLE a (x TEXT); -- trailing\nSELECT 1;\n  \n-- end")
	f.Add(";\n;\n")
	f.Fuzz(func(t *testing.T, text string) {
		st := statements(text)
		for i, s := range st {
			if s == "" || s != strings.TrimSpace(s) {
				t.Fatalf("statement %d is %q: empty or not trimmed", i, s)
			}
			if !strings.Contains(text, s) {
				t.Fatalf("statement %d %q is not in the text", i, s)
			}
			if i < len(st)-1 && !strings.HasSuffix(s, ";") {
				t.Fatalf("statement %d %q does not end with a semicolon", i, s)
			}
		}
	})
}

// TestConcurrentOpen opens a new database from several goroutines at
// once: each migration is applied once and every Open succeeds.
func TestConcurrentOpen(t *testing.T) {
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			dsn := b.dsn(t)
			const n = 4
			errs := make([]error, n)
			stores := make([]*Store, n)
			var wg sync.WaitGroup
			for i := range n {
				wg.Go(func() { stores[i], errs[i] = Open(context.Background(), dsn) })
			}
			wg.Wait()
			for i := range n {
				if errs[i] != nil {
					t.Errorf("Open %d: %v", i, errs[i])
					continue
				}
				defer stores[i].Close()
			}
			if t.Failed() {
				return
			}
			ms, _ := migrations()
			var rows int
			if err := stores[0].db.QueryRow(`SELECT COUNT(*) FROM schema_migrations`).Scan(&rows); err != nil || rows != len(ms) {
				t.Errorf("schema_migrations has %d rows (%v), want %d", rows, err, len(ms))
			}
		})
	}
}

// TestOpenWaitsForLock opens a new SQLite file while another connection
// holds it exclusively for a moment, as a second process would: Open waits
// instead of failing, and the file ends in write-ahead logging.
func TestOpenWaitsForLock(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kerjasama.db")
	other, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	conn, err := other.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	for _, q := range []string{`CREATE TABLE other (x INTEGER)`, `BEGIN EXCLUSIVE`, `INSERT INTO other VALUES (1)`} {
		if _, err := conn.ExecContext(context.Background(), q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}

	time.AfterFunc(200*time.Millisecond, func() {
		if _, err := conn.ExecContext(context.Background(), `COMMIT`); err != nil {
			t.Errorf("COMMIT: %v", err)
		}
	})
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatalf("Open while another connection held the lock for 200 ms: %v", err)
	}
	defer s.Close()
	var mode string
	if err := s.DB().QueryRow(`PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode = %q (%v), want wal", mode, err)
	}
}
