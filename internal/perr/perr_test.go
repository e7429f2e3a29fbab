package perr

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var errSyntax = errors.New("invalid syntax")

func TestFormat(t *testing.T) {
	long := strings.Repeat("ab", 100)
	tests := []struct {
		name   string
		pkg    string
		fn     string
		input  string
		offset int
		msg    string
		err    error
		want   string
	}{
		{"msg and place", "trade", "ParseHS", "0101.2", 5, "odd number of digits", errSyntax, `trade.ParseHS("0101.2"): odd number of digits (at "2")`},
		{"no place at start", "date", "Parse", "31 Februari", 0, "day out of range", errSyntax, `date.Parse("31 Februari"): day out of range`},
		{"offset past end", "date", "Parse", "x", 9, "bad", errSyntax, `date.Parse("x"): bad`},
		{"negative offset", "date", "Parse", "x", -1, "bad", errSyntax, `date.Parse("x"): bad`},
		{"err text when no msg", "agreement", "ParseKind", "surat", 0, "", errSyntax, `agreement.ParseKind("surat"): invalid syntax`},
		{"neither", "money", "Parse", "", 0, "", nil, `money.Parse(""): invalid input`},
		{"controls quoted", "session", "ParseLevel", "a\x1b[31mb\n", 0, "unknown level", nil, `session.ParseLevel("a\x1b[31mb\n"): unknown level`},
		{"invalid utf-8", "region", "Find", "\xff", 0, "", errSyntax, `region.Find("\xff"): invalid syntax`},
		{"long input cut", "money", "Parse", long, 190, "junk", errSyntax,
			`money.Parse("` + long[:MaxQuote] + `…"): junk (at "` + long[190:] + `")`},
		{"no package", "", "F", "x", 0, "m", nil, `F("x"): m`},
	}
	for _, tt := range tests {
		got := Format(tt.pkg, tt.fn, tt.input, tt.offset, tt.msg, tt.err)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: Format mismatch (-want +got):\n%s", tt.name, diff)
		}
	}
}

func TestClip(t *testing.T) {
	tests := []struct{ in, want string }{
		{"short", "short"},
		{strings.Repeat("a", MaxQuote), strings.Repeat("a", MaxQuote)},
		{strings.Repeat("a", MaxQuote+1), strings.Repeat("a", MaxQuote) + "…"},
		// A two-byte rune straddling the cut is not split.
		{strings.Repeat("a", MaxQuote-1) + "é" + "z", strings.Repeat("a", MaxQuote-1) + "…"},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, Clip(tt.in)); diff != "" {
			t.Errorf("Clip(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestFormatBounded(t *testing.T) {
	in := strings.Repeat("\x00", 1<<20)
	if n := len(Format("money", "Parse", in, 1<<19, "junk", nil)); n > 1000 {
		t.Errorf("message of a 1 MiB input is %d bytes long", n)
	}
}

func ExampleFormat() {
	fmt.Println(Format("trade", "ParseHS", "0101.2", 5, "odd number of digits", nil))
	fmt.Println(Format("session", "ParseOutcome", "maybe\n", 0, "unknown outcome", nil))
	// Output:
	// trade.ParseHS("0101.2"): odd number of digits (at "2")
	// session.ParseOutcome("maybe\n"): unknown outcome
}
