package money

import (
	"golang.org/x/text/language"

	"github.com/kerjasama/kerjasama/internal/enum"
)

// A Style selects how a [Formatter] writes an amount.
//
// Unlike the domain enumerations of kerjasama, the zero Style is not
// "unknown" but Standard, so that the zero Formatter is useful (it writes
// English in the standard style), as the zero value of a formatting option
// should be.
type Style int

// The styles.
const (
	// Standard writes every digit with the symbol of the currency, the
	// grouping and decimal separators of the language, and hundredths only
	// when there are any (unless Formatter.Full is set): "Rp100.387.357.175",
	// "Rp5.000,50", "RM1,725.99". It is exact.
	Standard Style = iota
	// Compact writes the amount with a scale word and at most a few
	// fraction digits: "Rp18 miliar", "Rp1,3 miliar", "RM1.2 bilion",
	// "Rp1.3 billion". It rounds, so it is not exact.
	Compact
	// Words spells the amount out (terbilang): "seratus miliar … rupiah",
	// "lima ribu rupiah lima puluh sen". It is exact.
	Words
)

// styles is the table of Style. The zero Style, Standard, is a value like
// the others: it marshals to "standard".
var styles = enum.New(enum.Config{Type: "Style", ZeroIsValue: true, MaxLen: 32, Err: enumError}, []enum.Entry{
	Standard: {ID: "standard", En: "standard", In: "standar", Ms: "piawai", Aliases: []string{"baku", "std"}},
	Compact:  {ID: "compact", En: "compact", In: "ringkas", Ms: "ringkas", Aliases: []string{"singkat", "padat", "short"}},
	Words: {ID: "words", En: "words", In: "terbilang", Ms: "perkataan",
		Aliases: []string{"word", "kata", "kata-kata", "spelled", "spell-out"}},
})

// enumError turns a refusal of the enumeration engine into a *ParseError.
func enumError(f enum.Failure) error {
	err := ErrSyntax
	if f.Kind == enum.Range {
		err = ErrRange
	}
	return &ParseError{Func: f.Func, Input: f.Input, Offset: f.Offset, Msg: f.Msg, Err: err}
}

// String returns the English identifier of s ("standard", "compact",
// "words"), or "%!Style(n)" for a value outside the constants.
func (s Style) String() string { return styles.String(int(s)) }

// Label returns the name of s in the language of tag: "standar",
// "ringkas", "terbilang" in Indonesian; "piawai", "ringkas", "perkataan" in
// Malay; "standard", "compact", "words" in English (also for unsupported
// tags). A value outside the constants gives its String.
func (s Style) Label(tag language.Tag) string { return styles.Label(int(s), tag) }

// MarshalText returns the English identifier of s. It fails for a value
// outside the constants.
func (s Style) MarshalText() ([]byte, error) { return styles.MarshalText(int(s)) }

// UnmarshalText sets s from a name accepted by [ParseStyle]; empty text is
// the zero Style, Standard.
func (s *Style) UnmarshalText(text []byte) error {
	v, err := styles.UnmarshalText(text)
	if err != nil {
		return err
	}
	*s = Style(v)
	return nil
}

// ParseStyle reads the name of a style, in any case, in English, Indonesian
// or Malay: "standard" (also "standar", "baku", "piawai"), "compact"
// ("ringkas", "singkat", "padat"), "words" ("word", "terbilang", "kata",
// "perkataan").
func ParseStyle(s string) (Style, error) {
	v, err := styles.Parse("ParseStyle", s)
	return Style(v), err
}

// A Formatter writes amounts for people in one language and style. The zero
// Formatter writes English in the Standard style. A Formatter is a small
// value: build it once or on the fly, and share it freely between
// goroutines.
//
// Lang is matched to Indonesian (id), Malay of Malaysia (ms, ms-MY), Malay
// of Brunei (ms-BN) or English with an x/text language.Matcher; any other
// tag writes English.
type Formatter struct {
	// Lang is the language of the text.
	Lang language.Tag
	// Style is Standard (the zero value), Compact or Words.
	Style Style
	// Code makes Standard and Compact write the ISO 4217 code and a space
	// instead of the symbol, as international documents do: "IDR 5.000",
	// "USD 2,41 miliar". By default they write the symbol: "Rp5.000".
	Code bool
	// Full makes Standard always write two digits of hundredths
	// ("Rp5.000,00"), and Words always name the hundredths ("… nol sen").
	// By default they appear only when they are not zero.
	Full bool
	// Digits is the largest number of fraction digits Compact writes after
	// scaling, trailing zeros trimmed: 0 means the default of 2
	// ("Rp100,39 miliar", "Rp1,3 miliar"), a negative value means none
	// ("Rp100 miliar"), and values above 6 count as 6. Compact rounds half
	// to even.
	Digits int
}
