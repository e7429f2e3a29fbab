// Package enumtest holds the tests that every package's enumerations share:
// the convention of package enum, and the spellings each parser accepted
// before the move to it. A package's enum_conv_test.go calls them.
package enumtest

import (
	"os"
	"testing"

	"github.com/kerjasama/kerjasama/internal/enum"
)

// A Table is an enumeration table as a package holds it: an *enum.Table or
// a type that embeds one.
type Table interface {
	Type() string
	Check(enum.Funcs) []string
}

// Convention reports, as test errors, every way in which the tables depart
// from the convention of package enum; funcs gives each table's exported
// parser and text unmarshaller by type name.
func Convention(t testing.TB, funcs map[string]enum.Funcs, tables ...Table) {
	t.Helper()
	for _, tab := range tables {
		f, ok := funcs[tab.Type()]
		if !ok {
			t.Errorf("%s: no parser given", tab.Type())
			continue
		}
		for _, p := range tab.Check(f) {
			t.Error(p)
		}
	}
}

// Accepted checks that every spelling listed in the file at path (written
// before the move to package enum) still reads as the same value.
func Accepted(t testing.TB, path string, funcs map[string]enum.Funcs) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	probs, n, err := enum.CheckAccepted(f, funcs)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range probs {
		t.Error(p)
	}
	if n == 0 {
		t.Errorf("%s: no spellings checked", path)
	}
}
