package store

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
)

// postgresEnv names the variable holding the DSN of a PostgreSQL server
// for the tests; .ci/setup.d/postgresql.sh starts one and sets it.
const postgresEnv = "KERJASAMA_TEST_POSTGRES"

// A backend opens fresh stores of one database for the tests.
type backend struct {
	name string
	// dsn returns the DSN of a new, empty database (a file for SQLite, a
	// schema of its own for PostgreSQL), or skips the test.
	dsn func(t testing.TB) string
}

var schemaCount atomic.Int64

var backends = []backend{
	{"sqlite", func(t testing.TB) string {
		return filepath.Join(t.TempDir(), "kerjasama.db")
	}},
	{"postgres", func(t testing.TB) string {
		base := os.Getenv(postgresEnv)
		if base == "" {
			t.Skipf("PostgreSQL tests skipped: %s is not set (a DSN such as postgres://user@127.0.0.1:5432/db?sslmode=disable; .ci/run starts a server and sets it)", postgresEnv)
		}
		admin, err := sql.Open("pgx", base)
		if err != nil {
			t.Fatal(err)
		}
		defer admin.Close()
		schema := fmt.Sprintf("kjs_test_%d_%d", os.Getpid(), schemaCount.Add(1))
		if _, err := admin.Exec(`CREATE SCHEMA ` + schema); err != nil {
			t.Fatalf("create schema: %v", err)
		}
		t.Cleanup(func() {
			admin, err := sql.Open("pgx", base)
			if err != nil {
				t.Error(err)
				return
			}
			defer admin.Close()
			if _, err := admin.Exec(`DROP SCHEMA ` + schema + ` CASCADE`); err != nil {
				t.Errorf("drop schema: %v", err)
			}
		})
		sep := "?"
		if strings.Contains(base, "?") {
			sep = "&"
		}
		return base + sep + "search_path=" + schema
	}},
}

// eachBackend runs f as a subtest on a new store of every backend.
func eachBackend(t *testing.T, f func(t *testing.T, s *Store)) {
	t.Helper()
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			s := openTest(t, b.dsn(t))
			f(t, s)
		})
	}
}

// openTest opens the store at dsn and closes it when the test ends.
func openTest(t testing.TB, dsn string) *Store {
	t.Helper()
	s, err := Open(context.Background(), dsn)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}
