package evaluate

import (
	"testing"

	"github.com/kerjasama/kerjasama/internal/enum"
	"github.com/kerjasama/kerjasama/internal/enum/enumtest"
)

var enumFuncs = map[string]enum.Funcs{
	"Criterion": enum.FuncsOf[Criterion, *Criterion](nil),
	"Degree":    enum.FuncsOf[Degree](ParseDegree),
	"Severity":  enum.FuncsOf[Severity](ParseSeverity),
}

// TestEnumConvention checks every enumeration of the package against the
// convention of internal/enum.
func TestEnumConvention(t *testing.T) {
	enumtest.Convention(t, enumFuncs, criteria, degrees, severities)
}

// TestEnumAccepted checks that every spelling accepted before the move to
// internal/enum still reads as the same value.
func TestEnumAccepted(t *testing.T) {
	enumtest.Accepted(t, "testdata/enum_accepted.txt", enumFuncs)
}
