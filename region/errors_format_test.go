package region

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseErrorFormat(t *testing.T) {
	tests := []struct {
		err  *ParseError
		want string
	}{
		{&ParseError{Func: "ParseLevel", Input: "desa\x00x", Err: ErrSyntax}, `region.ParseLevel("desa\x00x"): invalid syntax`},
		{&ParseError{Func: "ParsePostKind", Input: "kab. x", Err: ErrSyntax}, `region.ParsePostKind("kab. x"): invalid syntax`},
		{&ParseError{Func: "Find", Input: "Kab. Sanggau!", Offset: 12, Msg: "unexpected character", Err: ErrSyntax}, `region.Find("Kab. Sanggau!"): unexpected character (at "!")`},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, tt.err.Error()); diff != "" {
			t.Errorf("Error() mismatch (-want +got):\n%s", diff)
		}
	}
}
