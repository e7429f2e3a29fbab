package enum

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kerjasama/kerjasama/internal/fold"
	"golang.org/x/text/language"
)

// testError is the error a package builds from a Failure.
type testError struct{ f Failure }

func (e *testError) Error() string { return e.f.Func + ": " + e.f.Msg }

func failure(err error) (Failure, bool) {
	var te *testError
	if errors.As(err, &te) {
		return te.f, true
	}
	return Failure{}, false
}

func newError(f Failure) error { return &testError{f} }

// color is a test enumeration; the zero value means "not set".
type color uint8

var colors = New(Config{Type: "Color", MaxLen: 40, Err: newError}, []Entry{
	{ID: "unknown", En: "unknown", In: "tidak diketahui", Ms: "tidak diketahui"},
	{ID: "red", En: "red", In: "merah", Ms: "merah", Aliases: []string{"R"}},
	{ID: "light-blue", En: "light blue", In: "biru muda", Ms: "biru cair", MsBN: "biru muda",
		Aliases: []string{"LB", "Staff Blue Committee"}},
	{ID: "pale", En: "pale", In: "pucat", Ms: "pucat", Aliases: []string{"Jum'at"}},
}).Refuse("B", `"B" may be blue or black`)

func (c color) String() string               { return colors.String(int(c)) }
func (c color) Label(t language.Tag) string  { return colors.Label(int(c), t) }
func (c color) MarshalText() ([]byte, error) { return colors.MarshalText(int(c)) }
func (c *color) UnmarshalText(b []byte) error {
	v, err := colors.UnmarshalText(b)
	*c = color(v)
	return err
}
func parseColor(s string) (color, error) {
	v, err := colors.Parse("ParseColor", s)
	return color(v), err
}

// shape is a test enumeration whose zero value has no names.
type shape uint8

var shapes = New(Config{Type: "Shape", Err: newError}, []Entry{
	{},
	{ID: "round", En: "round", In: "bulat", Ms: "bulat"},
})

func (s shape) String() string               { return shapes.String(int(s)) }
func (s shape) Label(t language.Tag) string  { return shapes.Label(int(s), t) }
func (s shape) MarshalText() ([]byte, error) { return shapes.MarshalText(int(s)) }
func (s *shape) UnmarshalText(b []byte) error {
	v, err := shapes.UnmarshalText(b)
	*s = shape(v)
	return err
}

// level is a test enumeration whose zero value is a value.
type level uint8

var levels = New(Config{Type: "Level", ZeroIsValue: true, Err: newError}, []Entry{
	{ID: "none", En: "none", In: "tidak ada", Ms: "tiada"},
	{ID: "high", En: "high", In: "tinggi", Ms: "tinggi"},
})

func (l level) String() string               { return levels.String(int(l)) }
func (l level) Label(t language.Tag) string  { return levels.Label(int(l), t) }
func (l level) MarshalText() ([]byte, error) { return levels.MarshalText(int(l)) }
func (l *level) UnmarshalText(b []byte) error {
	v, err := levels.UnmarshalText(b)
	*l = level(v)
	return err
}

func TestParse(t *testing.T) {
	type result struct {
		V    int
		Kind Kind
		Msg  string
	}
	tests := []struct {
		in   string
		want result
	}{
		{"red", result{V: 1}},
		{"MERAH", result{V: 1}},
		{"  Biru-Muda ", result{V: 2}},
		{"biru cair", result{V: 2}},
		{"LB", result{V: 2}},
		{"light-blue", result{V: 2}},
		{"Light Blue (LB)", result{V: 2}},
		{"Sky (LB)", result{V: 2}},
		{"Staff Blue Committee (SBC)", result{V: 2}},
		{"jum’at", result{V: 3}},
		{"JUMAT", result{V: 3}},
		{"unknown", result{V: 0}},
		{"Tidak Diketahui", result{V: 0}},
		{"B", result{Kind: Ambiguous, Msg: `"B" may be blue or black`}},
		{"b.", result{Kind: Ambiguous, Msg: `"B" may be blue or black`}},
		{"", result{Kind: Empty, Msg: "empty color"}},
		{" - ", result{Kind: Empty, Msg: "empty color"}},
		{"green", result{Kind: Unknown, Msg: "unknown color"}},
		{"Sky (LB) extra", result{Kind: Unknown, Msg: "unknown color"}},
		{strings.Repeat("r", 41), result{Kind: TooLong, Msg: "color too long"}},
	}
	for _, tt := range tests {
		v, err := colors.Parse("ParseColor", tt.in)
		got := result{V: v}
		if err != nil {
			f, ok := failure(err)
			if !ok {
				t.Fatalf("Parse(%q) error %v is not the package's", tt.in, err)
			}
			got.Kind, got.Msg = f.Kind, f.Msg
			if f.Func != "ParseColor" || f.Input != tt.in {
				t.Errorf("Parse(%q) failure names %q(%q)", tt.in, f.Func, f.Input)
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Parse(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestText(t *testing.T) {
	type row struct {
		String string
		Label  [4]string
		Text   string
		Err    bool
	}
	tags := [4]language.Tag{language.English, language.Indonesian, language.Malay, language.MustParse("ms-BN")}
	get := func(v int, tab *Table) row {
		var r row
		r.String = tab.String(v)
		for i, tag := range tags {
			r.Label[i] = tab.Label(v, tag)
		}
		b, err := tab.MarshalText(v)
		r.Text, r.Err = string(b), err != nil
		return r
	}
	tests := []struct {
		tab  *Table
		v    int
		want row
	}{
		{colors, 0, row{"", [4]string{"unknown", "tidak diketahui", "tidak diketahui", "tidak diketahui"}, "", false}},
		{shapes, 0, row{"", [4]string{"", "", "", ""}, "", false}},
		{shapes, 1, row{"round", [4]string{"round", "bulat", "bulat", "bulat"}, "round", false}},
		{colors, 2, row{"light-blue", [4]string{"light blue", "biru muda", "biru cair", "biru muda"}, "light-blue", false}},
		{colors, 4, row{"%!Color(4)", [4]string{"%!Color(4)", "%!Color(4)", "%!Color(4)", "%!Color(4)"}, "", true}},
		{colors, -1, row{"%!Color(-1)", [4]string{"%!Color(-1)", "%!Color(-1)", "%!Color(-1)", "%!Color(-1)"}, "", true}},
		{levels, 0, row{"none", [4]string{"none", "tidak ada", "tiada", "tiada"}, "none", false}},
		{levels, 1, row{"high", [4]string{"high", "tinggi", "tinggi", "tinggi"}, "high", false}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, get(tt.v, tt.tab)); diff != "" {
			t.Errorf("%s(%d) mismatch (-want +got):\n%s", tt.tab.Type(), tt.v, diff)
		}
	}
	if _, err := colors.MarshalText(9); err == nil {
		t.Error("MarshalText(9) gave no error")
	} else if f, _ := failure(err); f.Kind != Range || f.Func != "Color.MarshalText" || f.Input != "%!Color(9)" {
		t.Errorf("MarshalText(9) failure = %+v", f)
	}
	if b, err := colors.AppendText([]byte("c="), 1); err != nil || string(b) != "c=red" {
		t.Errorf("AppendText = %q, %v", b, err)
	}
	if v, err := colors.UnmarshalText(nil); v != 0 || err != nil {
		t.Errorf("UnmarshalText(nil) = %d, %v", v, err)
	}
	if _, err := colors.UnmarshalText([]byte("green")); err == nil {
		t.Error("UnmarshalText(green) gave no error")
	} else if f, _ := failure(err); f.Func != "Color.UnmarshalText" {
		t.Errorf("UnmarshalText failure names %q", f.Func)
	}
}

func TestCheck(t *testing.T) {
	if probs := colors.Check(FuncsOf[color](parseColor)); len(probs) > 0 {
		t.Errorf("colors: %q", probs)
	}
	if probs := shapes.Check(FuncsOf[shape, *shape](nil)); len(probs) > 0 {
		t.Errorf("shapes: %q", probs)
	}
	if probs := levels.Check(FuncsOf[level, *level](nil)); len(probs) > 0 {
		t.Errorf("levels: %q", probs)
	}
	// A type that breaks the convention is caught.
	broken := FuncsOf[color](parseColor)
	broken.String = func(v int) string { return fmt.Sprint(v) }
	broken.MarshalText = func(v int) ([]byte, error) { return []byte("x"), nil }
	probs := colors.Check(broken)
	want := []string{
		`Color: String(0) = "0", want ""`,
		`Color: MarshalText(0) = "x", <nil>; want "", nil`,
		`Color: String(4) = "4", want "%!Color(4)"`,
		`Color: MarshalText(4) = "x", nil; want an error`,
	}
	for _, w := range want {
		found := false
		for _, p := range probs {
			found = found || p == w
		}
		if !found {
			t.Errorf("Check did not report %q; reported %q", w, probs)
		}
	}
}

func TestCheckAccepted(t *testing.T) {
	in := "# comment\nColor\tparse\t\"merah\"\t1\nColor\tunmarshal\t\"\"\t0\nColor\tparse\t\"hijau\"\t2\n"
	probs, n, err := CheckAccepted(strings.NewReader(in), map[string]Funcs{"Color": FuncsOf[color](parseColor)})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{`Color parse("hijau") = 0, ParseColor: unknown color; want 2`}
	if diff := cmp.Diff(want, probs); diff != "" || n != 3 {
		t.Errorf("CheckAccepted: n = %d, mismatch (-want +got):\n%s", n, diff)
	}
	if _, _, err := CheckAccepted(strings.NewReader("Color\tparse\tmerah\t1\n"), nil); err == nil {
		t.Error("CheckAccepted read an unquoted input")
	}
}

func TestNewPanics(t *testing.T) {
	tests := []struct {
		name    string
		entries []Entry
	}{
		{"duplicate label", []Entry{{}, {ID: "a", En: "same"}, {ID: "b", En: "SAME"}}},
		{"duplicate after folding", []Entry{{}, {ID: "a", Aliases: []string{"Jum'at"}}, {ID: "b", Aliases: []string{"jumat"}}}},
		{"no identifier", []Entry{{}, {En: "x"}}},
		{"zero value without identifier", nil},
		{"too long", []Entry{{}, {ID: "a", En: strings.Repeat("x", DefaultMaxLen+1)}}},
	}
	for _, tt := range tests {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s: neither New nor the first Lookup panicked", tt.name)
				}
			}()
			if tt.entries == nil {
				New(Config{Type: "T", ZeroIsValue: true, Err: newError}, []Entry{{En: "none"}})
			}
			New(Config{Type: "T", Err: newError}, tt.entries).Lookup("a")
		}()
	}
}

// TestIndexOnFirstUse checks that a table builds its index of names on
// first use, once, whichever goroutines read it first (run with -race),
// that the names Refuse takes out stay out, and that Refuse after a read
// panics instead of changing a table in use.
func TestIndexOnFirstUse(t *testing.T) {
	entries := []Entry{{}, {ID: "left", En: "Left", In: "Kiri", Aliases: []string{"L", "PLB"}}, {ID: "right", En: "Right", In: "Kanan"}}
	tab := New(Config{Type: "Side", Err: newError}, entries).Refuse("PLB", "could be either")
	if tab.keys != nil {
		t.Fatal("New built the index")
	}
	entries[1].En = "changed" // New keeps its own copy
	inputs := []string{"left", "LEFT", "kiri", "l", "Kanan", "right (R)", "PLB", "up"}
	want := []string{"1 <nil>", "1 <nil>", "1 <nil>", "1 <nil>", "2 <nil>", "2 <nil>", "0 could be either", "0 unknown side"}
	var wg sync.WaitGroup
	got := make([][]string, 8)
	for g := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, s := range inputs {
				v, err := tab.Parse("ParseSide", s)
				msg := "<nil>"
				if err != nil {
					msg = err.(*testError).f.Msg
				}
				got[g] = append(got[g], fmt.Sprint(v, " ", msg))
			}
		}()
	}
	wg.Wait()
	for g := range got {
		if diff := cmp.Diff(want, got[g]); diff != "" {
			t.Errorf("goroutine %d (-want +got):\n%s", g, diff)
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("Refuse after a read did not panic")
		}
	}()
	tab.Refuse("L", "too short")
}

func TestAppendKey(t *testing.T) {
	for _, s := range []string{"Kab. Sanggau", "  Re-Export ", "Jum'at", "P.L.B.", "a`b", "", "--", "X1 y2"} {
		got, ok := AppendKey(nil, s)
		if !ok {
			t.Errorf("AppendKey(%q) reported non-ASCII", s)
		}
		if want := fold.Key(s); string(got) != want {
			t.Errorf("AppendKey(%q) = %q, fold.Key = %q", s, got, want)
		}
	}
	if _, ok := AppendKey(nil, "Timrå"); ok {
		t.Error("AppendKey(Timrå) reported ASCII")
	}
}

func TestParseNoAllocs(t *testing.T) {
	for _, s := range []string{"light blue", "MERAH", "Biru-Muda"} {
		if n := testing.AllocsPerRun(100, func() { _, _ = colors.Parse("ParseColor", s) }); n != 0 {
			t.Errorf("Parse(%q) allocates %v times", s, n)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"red", "Light Blue (LB)", "biru muda", "B", "", "Jum’at", "( LB )", "x (", "\xff(", "unknown", strings.Repeat("r", 41)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := colors.Parse("ParseColor", s)
		if err != nil {
			if _, ok := failure(err); !ok {
				t.Fatalf("Parse(%q) error %v is not built by Config.Err", s, err)
			}
			if v != 0 {
				t.Errorf("Parse(%q) = %d with an error", s, v)
			}
			return
		}
		if !colors.InRange(v) {
			t.Fatalf("Parse(%q) = %d, out of range", s, v)
		}
		// Whatever reads as a value reads the same through Lookup, and the
		// value's identifier reads back as it.
		if w, ok := colors.Lookup(s); !ok || w != v {
			t.Errorf("Lookup(%q) = %d, %v; Parse gave %d", s, w, ok, v)
		}
		text, err := colors.MarshalText(v)
		if err != nil {
			t.Fatalf("MarshalText(%d): %v", v, err)
		}
		if w, err := colors.UnmarshalText(text); err != nil || w != v {
			t.Errorf("UnmarshalText(MarshalText(%d)) = %d, %v", v, w, err)
		}
	})
}

func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_, _ = colors.Parse("ParseColor", "Biru Muda")
	}
}

func TestUnmarshalNoAllocs(t *testing.T) {
	text := []byte("Biru-Muda")
	if n := testing.AllocsPerRun(100, func() { _, _ = colors.UnmarshalText(text) }); n != 0 {
		t.Errorf("UnmarshalText(%q) allocates %v times", text, n)
	}
}
