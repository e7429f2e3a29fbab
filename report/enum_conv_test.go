package report

import (
	"testing"

	"github.com/kerjasama/kerjasama/internal/enum"
	"github.com/kerjasama/kerjasama/internal/enum/enumtest"
)

var enumFuncs = map[string]enum.Funcs{
	"Format":    enum.FuncsOf[Format](ParseFormat),
	"Section":   enum.FuncsOf[Section, *Section](nil),
	"BlockKind": enum.FuncsOf[BlockKind, *BlockKind](nil),
}

// TestEnumConvention checks Format, Section and BlockKind against the convention of
// internal/enum.
func TestEnumConvention(t *testing.T) {
	enumtest.Convention(t, enumFuncs, formats, sections, blockKinds)
}

// TestEnumAccepted checks that every spelling ParseFormat and
// Section.UnmarshalText accepted before the move to internal/enum still
// reads as the same value.
func TestEnumAccepted(t *testing.T) {
	enumtest.Accepted(t, "testdata/enum_accepted.txt", enumFuncs)
}
