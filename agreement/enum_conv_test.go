package agreement

import (
	"testing"

	"github.com/kerjasama/kerjasama/internal/enum"
	"github.com/kerjasama/kerjasama/internal/enum/enumtest"
)

var enumFuncs = map[string]enum.Funcs{
	"Type":   enum.FuncsOf[Type](ParseType),
	"Kind":   enum.FuncsOf[Kind](ParseKind),
	"Stage":  enum.FuncsOf[Stage](ParseStage),
	"Status": enum.FuncsOf[Status](ParseStatus),
	"Role":   enum.FuncsOf[Role](ParseRole),
	"Sector": enum.FuncsOf[Sector](ParseSector),
}

// TestEnumConvention checks every enumeration of the package against the
// convention of internal/enum.
func TestEnumConvention(t *testing.T) {
	enumtest.Convention(t, enumFuncs, typeTable, kindTable, stageTable, statusTable, roleTable, sectorTable)
}

// TestEnumBlank checks the one addition of this package to the
// convention: a register cell with no letter or digit is the zero value.
func TestEnumBlank(t *testing.T) {
	for _, s := range []string{"", "-", " – ", "?"} {
		for name, f := range enumFuncs {
			if v, err := f.Parse(s); err != nil || v != 0 {
				t.Errorf("%s: Parse(%q) = %d, %v; want 0, nil", name, s, v, err)
			}
		}
	}
}

// TestEnumAccepted checks that every spelling accepted before the move to
// internal/enum still reads as the same value.
func TestEnumAccepted(t *testing.T) {
	enumtest.Accepted(t, "testdata/enum_accepted.txt", enumFuncs)
}
