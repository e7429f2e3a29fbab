package money

import (
	"testing"

	"github.com/kerjasama/kerjasama/internal/enum"
	"github.com/kerjasama/kerjasama/internal/enum/enumtest"
)

var enumFuncs = map[string]enum.Funcs{
	"Style":     enum.FuncsOf[Style](ParseStyle),
	"Qualifier": enum.FuncsOf[Qualifier, *Qualifier](nil),
}

// TestEnumConvention checks Style and Qualifier against the convention of
// internal/enum.
func TestEnumConvention(t *testing.T) {
	enumtest.Convention(t, enumFuncs, styles, qualifiers)
}

// TestEnumAccepted checks that every spelling ParseStyle accepted before
// the move to internal/enum still reads as the same value.
func TestEnumAccepted(t *testing.T) {
	enumtest.Accepted(t, "testdata/enum_accepted.txt", enumFuncs)
}
