package money

import (
	"errors"
	"testing"

	"golang.org/x/text/currency"
	"golang.org/x/text/language"
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

// TestParseKeepsNothing pins that Parse and ParseDefault do not keep their
// text (an error holds a copy): the string of a byte slice passed to them,
// up to 32 bytes, is then made on the caller's stack, and reading a value
// cell straight from a reader's buffer allocates nothing (package trade's
// lane does this).
func TestParseKeepsNothing(t *testing.T) {
	if testing.CoverMode() != "" {
		t.Skip("coverage instrumentation allocates")
	}
	for _, tt := range realTexts {
		if tt.err != nil || len(tt.in) > 32 {
			continue
		}
		b := []byte(tt.in)
		if n := testing.AllocsPerRun(100, func() { sinkAmount, _ = Parse(string(b), tt.tag) }); n != 0 {
			t.Errorf("Parse(string(%q), %v): %v allocs, want 0", tt.in, tt.tag, n)
		}
		if n := testing.AllocsPerRun(100, func() { sinkAmount, _ = ParseDefault(string(b), tt.tag, currency.XXX) }); n != 0 {
			t.Errorf("ParseDefault(string(%q), %v): %v allocs, want 0", tt.in, tt.tag, n)
		}
		pr := NewParser(tt.tag, currency.XXX)
		if n := testing.AllocsPerRun(100, func() { sinkAmount, _ = pr.Parse(string(b)) }); n != 0 {
			t.Errorf("Parser.Parse(string(%q)) in %v: %v allocs, want 0", tt.in, tt.tag, n)
		}
	}
	// An error keeps a copy, not the caller's bytes.
	b := []byte("Rp 12,3,4")
	_, err := Parse(string(b), language.Indonesian)
	copy(b, "XXXXXXXXX")
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Input != "Rp 12,3,4" {
		t.Errorf("Parse error after its bytes changed: %v, want its input kept as read", err)
	}
}
