package region

import (
	"testing"

	"github.com/kerjasama/kerjasama/internal/enum"
	"github.com/kerjasama/kerjasama/internal/enum/enumtest"
)

var enumFuncs = map[string]enum.Funcs{
	"Level":    enum.FuncsOf[Level](ParseLevel),
	"PostKind": enum.FuncsOf[PostKind](ParsePostKind),
	"Mode":     enum.FuncsOf[Mode](ParseMode),
}

// TestEnumConvention checks Level, PostKind and Mode against the
// convention of internal/enum.
func TestEnumConvention(t *testing.T) {
	enumtest.Convention(t, enumFuncs, levels, postKinds, modes)
}

// TestEnumAccepted checks that every spelling accepted before the move to
// internal/enum still reads as the same value.
func TestEnumAccepted(t *testing.T) {
	enumtest.Accepted(t, "testdata/enum_accepted.txt", enumFuncs)
}
