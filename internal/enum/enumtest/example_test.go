package enumtest_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/kerjasama/kerjasama/internal/enum"
	"github.com/kerjasama/kerjasama/internal/enum/enumtest"
	"golang.org/x/text/language"
)

type side uint8

var sides = enum.New(enum.Config{Type: "Side", Err: func(f enum.Failure) error {
	return fmt.Errorf("%s(%q): %s: %w", f.Func, f.Input, f.Msg, errors.ErrUnsupported)
}}, []enum.Entry{
	{},
	{ID: "indonesia", En: "Indonesia", In: "Indonesia", Ms: "Indonesia", Aliases: []string{"ri"}},
	{ID: "malaysia", En: "Malaysia", In: "Malaysia", Ms: "Malaysia", Aliases: []string{"my"}},
})

func (s side) String() string               { return sides.String(int(s)) }
func (s side) Label(t language.Tag) string  { return sides.Label(int(s), t) }
func (s side) MarshalText() ([]byte, error) { return sides.MarshalText(int(s)) }
func (s *side) UnmarshalText(b []byte) error {
	v, err := sides.UnmarshalText(b)
	*s = side(v)
	return err
}

func parseSide(s string) (side, error) {
	v, err := sides.Parse("ParseSide", s)
	return side(v), err
}

// recorder stands in for the *testing.T of a package's test and prints
// what would fail it.
type recorder struct{ testing.TB }

func (recorder) Helper()                           {}
func (recorder) Error(args ...any)                 { fmt.Println("error:", fmt.Sprint(args...)) }
func (recorder) Errorf(format string, args ...any) { fmt.Printf("error: "+format+"\n", args...) }

// A package's enum_conv_test.go checks its tables against the convention
// in one call; here the table passes, and a missing parser is reported.
func ExampleConvention() {
	enumtest.Convention(recorder{}, map[string]enum.Funcs{"Side": enum.FuncsOf[side](parseSide)}, sides)
	enumtest.Convention(recorder{}, map[string]enum.Funcs{}, sides)
	// Output:
	// error: Side: no parser given
}
