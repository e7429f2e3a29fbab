package main

import (
	"database/sql"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kerjasama/kerjasama/report"
)

// postgresEnv names the variable holding the DSN of a PostgreSQL server
// for the tests (.ci/setup.d/postgresql.sh starts one and sets it).
const postgresEnv = "KERJASAMA_TEST_POSTGRES"

var dbSchemas atomic.Int64

// dbBackends returns, by name, a function giving the --db of a new empty
// database: a SQLite file always, PostgreSQL (a schema of its own) when
// KERJASAMA_TEST_POSTGRES is set.
func dbBackends(t *testing.T) map[string]func(t *testing.T) string {
	t.Helper()
	m := map[string]func(t *testing.T) string{
		"sqlite": func(t *testing.T) string { return filepath.Join(t.TempDir(), "kerjasama.db") },
	}
	base := os.Getenv(postgresEnv)
	if base == "" {
		t.Logf("PostgreSQL skipped: %s is not set", postgresEnv)
		return m
	}
	m["postgres"] = func(t *testing.T) string {
		admin, err := sql.Open("pgx", base)
		if err != nil {
			t.Fatal(err)
		}
		defer admin.Close()
		schema := fmt.Sprintf("kjs_cmd_%d_%d", os.Getpid(), dbSchemas.Add(1))
		if _, err := admin.Exec(`CREATE SCHEMA ` + schema); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() {
			if admin, err := sql.Open("pgx", base); err == nil {
				admin.Exec(`DROP SCHEMA ` + schema + ` CASCADE`)
				admin.Close()
			}
		})
		sep := "?"
		if strings.Contains(base, "?") {
			sep = "&"
		}
		return base + sep + "search_path=" + schema
	}
	return m
}

// embeddedFiles writes the files of the embedded dataset into a
// temporary directory and returns the import flags naming them.
func embeddedFiles(t *testing.T) []string {
	t.Helper()
	dir := t.TempDir()
	path := func(name string) string {
		b, err := fs.ReadFile(report.EmbeddedFS(), name)
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, filepath.Base(name))
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	f := report.EmbeddedFiles
	args := []string{"--agreements", path(f.Agreements), "--sessions", path(f.Sessions), "--history", "--welfare", path(f.Welfare)}
	for _, tr := range f.Trade {
		args = append(args, "--trade", path(tr))
	}
	return args
}

// TestDBReportGolden imports the files of the embedded dataset into a
// database and checks that "report --db" prints the golden reports, byte
// for byte.
func TestDBReportGolden(t *testing.T) {
	files := embeddedFiles(t)
	for name, newDB := range dbBackends(t) {
		t.Run(name, func(t *testing.T) {
			db := newDB(t)
			if out, stderr, code := runCLI(t, "db", "init", "--db", db); code != exitOK || !strings.Contains(out, "schema version") {
				t.Fatalf("db init: exit %d, %q, %q", code, out, stderr)
			}
			if _, stderr, code := runCLI(t, append([]string{"db", "import", "--db", db}, files...)...); code != exitOK {
				t.Fatalf("db import: exit %d: %s", code, stderr)
			}
			if out, stderr, code := runCLI(t, "db", "check", "--db", db); code != exitOK {
				t.Errorf("db check: exit %d: %s%s", code, out, stderr)
			}
			golden := []struct{ at, lang, format, file string }{
				{goldenAt, "id", "text", "embedded.id.txt"}, {goldenAt, "ms", "text", "embedded.ms.txt"}, {goldenAt, "en", "text", "embedded.en.txt"},
				{goldenAt, "id", "markdown", "embedded.id.md"}, {goldenAt, "ms", "markdown", "embedded.ms.md"}, {goldenAt, "en", "markdown", "embedded.en.md"},
				{goldenAt, "id", "json", "embedded.id.json"}, {goldenAt, "ms", "json", "embedded.ms.json"}, {goldenAt, "en", "json", "embedded.en.json"},
				{latestAt, "id", "text", "latest.id.txt"}, {latestAt, "en", "markdown", "latest.en.md"},
			}
			for _, g := range golden {
				want, err := os.ReadFile(filepath.Join("testdata", "report", g.file))
				if err != nil {
					t.Fatal(err)
				}
				got, stderr, code := runCLI(t, "report", "--db", db, "--at", g.at, "--lang", g.lang, "--format", g.format)
				if code != exitOK || stderr != "" {
					t.Fatalf("report --db %s: exit %d: %s", g.file, code, stderr)
				}
				if diff := cmp.Diff(string(want), got); diff != "" {
					t.Errorf("report --db (%s) mismatch (-want +got):\n%s", g.file, diff)
				}
			}
		})
	}
}

// TestDBExportImport checks that export, import into a new database and
// export again give the same bytes, for every part.
func TestDBExportImport(t *testing.T) {
	files := embeddedFiles(t)
	for name, newDB := range dbBackends(t) {
		t.Run(name, func(t *testing.T) {
			export := func(db string) map[string]string {
				dir := t.TempDir()
				args := []string{"db", "export", "--db", db}
				for _, part := range []string{"agreements", "sessions", "welfare", "trade"} {
					args = append(args, "--"+part, filepath.Join(dir, part+".json"))
				}
				if _, stderr, code := runCLI(t, args...); code != exitOK {
					t.Fatalf("db export: exit %d: %s", code, stderr)
				}
				out := map[string]string{}
				names, _ := filepath.Glob(filepath.Join(dir, "*.json"))
				for _, n := range names {
					b, err := os.ReadFile(n)
					if err != nil {
						t.Fatal(err)
					}
					out[filepath.Base(n)] = string(b)
				}
				return out
			}
			first := newDB(t)
			if _, stderr, code := runCLI(t, append([]string{"db", "import", "--db", first}, files...)...); code != exitOK {
				t.Fatalf("db import: exit %d: %s", code, stderr)
			}
			if _, stderr, code := runCLI(t, "db", "export", "--db", first, "--trade", "-"); code != exitInput || !strings.Contains(stderr, "2 trade batches") {
				t.Errorf("db export of two batches to standard output: exit %d, %q; want %d", code, stderr, exitInput)
			}
			one := export(first)
			if len(one) != 5 { // agreements, sessions, welfare and two trade batches
				t.Fatalf("db export wrote %d files, want 5: %v", len(one), one)
			}
			second := newDB(t)
			args := []string{"db", "import", "--db", second}
			for _, part := range []string{"agreements", "sessions", "welfare"} {
				args = append(args, "--"+part, writeFile(t, part+".json", one[part+".json"]))
			}
			for _, n := range []string{"trade.1.json", "trade.2.json"} {
				args = append(args, "--trade", writeFile(t, n, one[n]))
			}
			if _, stderr, code := runCLI(t, args...); code != exitOK {
				t.Fatalf("db import of the export: exit %d: %s", code, stderr)
			}
			if diff := cmp.Diff(one, export(second)); diff != "" {
				t.Errorf("export, import, export mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestDBImportBadRow checks that a file with a bad row stores nothing,
// the good files given with it included, names the row and exits 1.
func TestDBImportBadRow(t *testing.T) {
	bad := writeFile(t, "rusak.csv", "periode,arus,nilai,mata_uang\n2015,ekspor,1,IDR\n2016,ekspor,12abc,IDR\n")
	good := writeFile(t, "ok.json", `{"agreements": [{"id": "ok-1", "title": "Baik"}]}`)
	for name, newDB := range dbBackends(t) {
		t.Run(name, func(t *testing.T) {
			db := newDB(t)
			_, stderr, code := runCLI(t, "db", "import", "--db", db, "--agreements", good, "--trade", bad)
			if code != exitInput || !strings.Contains(stderr, bad+", line 3, column") {
				t.Errorf("db import of a bad row: exit %d, stderr %q; want %d and the row's position", code, stderr, exitInput)
			}
			out, stderr, code := runCLI(t, "db", "export", "--db", db, "--agreements", "-", "--trade", "-")
			if code != exitOK || strings.Contains(out, "ok-1") || strings.Contains(out, "records") {
				t.Errorf("after a failed import, db export: exit %d, %s\n%s", code, stderr, out)
			}
		})
	}
}

func TestDBUsage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "k.db")
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"db"}, exitUsage, "subcommand"},
		{[]string{"db", "init"}, exitUsage, "--db is required"},
		{[]string{"db", "frob", "--db", db}, exitUsage, `unknown subcommand "frob"`},
		{[]string{"db", "import", "--db", db}, exitUsage, "give --agreements"},
		{[]string{"db", "export", "--db", db}, exitUsage, "give --agreements"},
		{[]string{"db", "init", "--db", db, "extra"}, exitUsage, `unexpected argument "extra"`},
		{[]string{"db", "import", "--db", db, "--trade", filepath.Join(t.TempDir(), "none.csv")}, exitInput, "none.csv"},
		{[]string{"db", "-h"}, exitOK, "--db"},
		{[]string{"report", "--db", db, "--trade", "entikong.csv"}, exitUsage, "--db evaluates what the database holds"},
		{[]string{"report", "--db", filepath.Join(t.TempDir(), "no-dir", "k.db")}, exitInput, "no-dir"},
	}
	for _, tt := range tests {
		_, stderr, code := runCLI(t, tt.args...)
		if code != tt.code || !strings.Contains(stderr, tt.want) {
			t.Errorf("%q: exit %d, stderr %q; want %d and %q", tt.args, code, stderr, tt.code, tt.want)
		}
	}
}
