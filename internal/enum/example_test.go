package enum_test

import (
	"errors"
	"fmt"

	"github.com/kerjasama/kerjasama/internal/enum"
	"golang.org/x/text/language"
)

// A package defines its type, its table and its error constructor once,
// and its methods are one line each.
type Mode uint8

var errUnknown = errors.New("unknown label")

var modes = enum.New(enum.Config{Type: "Mode", Err: func(f enum.Failure) error {
	return fmt.Errorf("%s(%q): %s: %w", f.Func, f.Input, f.Msg, errUnknown)
}}, []enum.Entry{
	{},
	{ID: "in-person", En: "in person", In: "tatap muka", Ms: "bersemuka", Aliases: []string{"luring"}},
	{ID: "virtual", En: "virtual", In: "daring", Ms: "dalam talian", Aliases: []string{"online"}},
})

func (m Mode) String() string               { return modes.String(int(m)) }
func (m Mode) Label(t language.Tag) string  { return modes.Label(int(m), t) }
func (m Mode) MarshalText() ([]byte, error) { return modes.MarshalText(int(m)) }

func ParseMode(s string) (Mode, error) {
	v, err := modes.Parse("ParseMode", s)
	return Mode(v), err
}

func Example() {
	for _, s := range []string{"Daring", "dalam talian", "Tatap Muka (luring)", "by pigeon"} {
		m, err := ParseMode(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(m, m.Label(language.Indonesian), m.Label(language.Malay))
	}
	var zero Mode
	text, _ := zero.MarshalText()
	fmt.Printf("%q %q %q\n", zero.String(), zero.Label(language.Indonesian), text)
	fmt.Println(Mode(7))
	// Output:
	// virtual daring dalam talian
	// virtual daring dalam talian
	// in-person tatap muka bersemuka
	// ParseMode("by pigeon"): unknown mode: unknown label
	// "" "" ""
	// %!Mode(7)
}
