package date

import (
	"testing"

	"github.com/kerjasama/kerjasama/internal/enum"
	"github.com/kerjasama/kerjasama/internal/enum/enumtest"
)

var enumFuncs = map[string]enum.Funcs{
	"Style":     enum.FuncsOf[Style](ParseStyle),
	"Precision": enum.FuncsOf[Precision](ParsePrecision),
}

// TestEnumConvention checks Style and Precision against the convention of
// internal/enum.
func TestEnumConvention(t *testing.T) {
	enumtest.Convention(t, enumFuncs, styles, precisions)
}

// TestEnumAccepted checks that every spelling accepted before the move to
// internal/enum still reads as the same value.
func TestEnumAccepted(t *testing.T) {
	enumtest.Accepted(t, "testdata/enum_accepted.txt", enumFuncs)
}
