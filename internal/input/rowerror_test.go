package input

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestRowError(t *testing.T) {
	reason := errors.New("not a number")
	tests := []struct {
		file         string
		line, column int
		field        string
		err          error
		want         string
	}{
		{"trade.csv", 3, 17, "nilai", reason, "trade.csv:3:17: nilai: not a number"},
		{"", 3, 17, "nilai", reason, "3:17: nilai: not a number"},
		{"trade.csv", 3, 0, "", reason, "trade.csv:3: not a number"},
		{"trade.csv", 0, 5, "", reason, "trade.csv: not a number"},
		{"", 0, 0, "", reason, "not a number"},
		{"", 2, 1, "", nil, "2:1: invalid row"},
		{"a\x1b[31m.csv", 2, 1, "ni\rlai", errors.New("bad \x1b]0;x\a"), `a\x1b[31m.csv:2:1: ni\rlai: bad \x1b]0;x\a`},
		{"", 2, 1, "\u202enilai", errors.New("bad \xff"), `2:1: \u202enilai: bad \xff`},
	}
	var got, want []string
	for _, tt := range tests {
		got = append(got, RowError(tt.file, tt.line, tt.column, tt.field, tt.err))
		want = append(want, tt.want)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("RowError mismatch (-want +got):\n%s", diff)
	}
	more := string(AppendMore([]byte("3:17: nilai: not a number"), 25, "berat\tbersih", reason))
	if diff := cmp.Diff("3:17: nilai: not a number; column 25: berat\\tbersih: not a number", more); diff != "" {
		t.Errorf("AppendMore mismatch (-want +got):\n%s", diff)
	}
}

func TestCellText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Entikong", "Entikong"},
		{"=HYPERLINK(\"x\")", "=HYPERLINK(\"x\")"},
		{"a\x1b[2Jb", `a\x1b[2Jb`},
		{"Rp\u20035.000", "Rp\u20035.000"},
		{strings.Repeat("a", 70), strings.Repeat("a", 64) + "…"},
		{strings.Repeat("a", 63) + "é", strings.Repeat("a", 63) + "…"},
		{"\x00", `\x00`},
	}
	for _, tt := range tests {
		if got := CellText(tt.in); got != tt.want {
			t.Errorf("CellText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	long := strings.Repeat("\x1b", 50<<20)
	if got := CellText(long); len(got) > 4*MaxText+len("…") {
		t.Errorf("CellText of 50 MB = %d bytes, want at most %d", len(got), 4*MaxText+len("…"))
	}
}
