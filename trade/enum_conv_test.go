package trade

import (
	"testing"

	"github.com/kerjasama/kerjasama/internal/enum"
	"github.com/kerjasama/kerjasama/internal/enum/enumtest"
)

var enumFuncs = map[string]enum.Funcs{
	"Flow":      enum.FuncsOf[Flow](ParseFlow),
	"Basis":     enum.FuncsOf[Basis](ParseBasis),
	"Scheme":    enum.FuncsOf[Scheme](ParseScheme),
	"Status":    enum.FuncsOf[Status](ParseStatus),
	"Layout":    enum.FuncsOf[Layout](ParseLayout),
	"Dimension": {Parse: func(s string) (int, error) { d, err := ParseDimension(s); return int(d), err }, UnmarshalText: func(b []byte) (int, error) { var d Dimension; err := d.UnmarshalText(b); return int(d), err }},
}

// TestEnumConvention checks every enumeration of the package against the
// convention of internal/enum. Dimension is a set of bits, not one value,
// and is checked by its own tests.
func TestEnumConvention(t *testing.T) {
	enumtest.Convention(t, enumFuncs, flowEnum, basisEnum, schemeEnum, statusEnum, layoutEnum)
}

// TestEnumAccepted checks that every spelling accepted before the move to
// internal/enum still reads as the same value.
func TestEnumAccepted(t *testing.T) {
	enumtest.Accepted(t, "testdata/enum_accepted.txt", enumFuncs)
}
