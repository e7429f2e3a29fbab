package money

import (
	"testing"

	"golang.org/x/text/currency"
)

// TestNoAllocs pins the allocation-free paths: Append in every style and
// language, and Parse of real strings that succeed.
func TestNoAllocs(t *testing.T) {
	if testing.CoverMode() != "" {
		t.Skip("coverage instrumentation allocates")
	}
	buf := make([]byte, 0, 512)
	amounts := []Amount{Rupiah(100387357175), FromMinor(-172599, MYR), FromMinor(12345, currency.JPY), {}}
	for _, tag := range tags {
		for _, st := range []Style{Standard, Compact, Words} {
			f := Formatter{Lang: tag, Style: st}
			for _, a := range amounts {
				if n := testing.AllocsPerRun(100, func() { buf = f.Append(buf[:0], a) }); n != 0 {
					t.Errorf("%+v.Append(%v): %v allocs, want 0", f, a, n)
				}
			}
		}
	}
	for _, a := range amounts {
		if n := testing.AllocsPerRun(100, func() { buf = a.AppendText(buf[:0]) }); n != 0 {
			t.Errorf("%v.AppendText: %v allocs, want 0", a, n)
		}
	}
	for _, tt := range parseTests {
		if n := testing.AllocsPerRun(100, func() { sinkAmount, _ = Parse(tt.in, tt.tag) }); n != 0 {
			t.Errorf("Parse(%q, %v): %v allocs, want 0", tt.in, tt.tag, n)
		}
	}
	for _, tt := range realTexts {
		if tt.err != nil {
			continue
		}
		if n := testing.AllocsPerRun(100, func() { sinkAmount, _ = Parse(tt.in, tt.tag) }); n != 0 {
			t.Errorf("Parse(%q, %v): %v allocs, want 0", tt.in, tt.tag, n)
		}
	}
}
