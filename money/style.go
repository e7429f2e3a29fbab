package money

import (
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"github.com/kerjasama/kerjasama/internal/lang"
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

var styleNames = [...]string{"standard", "compact", "words"}

// String returns the English identifier of s ("standard", "compact",
// "words"), or "Style(n)" for a value outside the constants.
func (s Style) String() string {
	if s >= 0 && int(s) < len(styleNames) {
		return styleNames[s]
	}
	return "Style(" + strconv.Itoa(int(s)) + ")"
}

// Label returns the name of s in the language of tag: "standar",
// "ringkas", "terbilang" in Indonesian; "piawai", "ringkas", "perkataan" in
// Malay; "standard", "compact", "words" in English (also for unsupported
// tags). A value outside the constants gives its String.
func (s Style) Label(tag language.Tag) string {
	if s < 0 || int(s) >= len(styleNames) {
		return s.String()
	}
	switch lang.Of(tag) {
	case lang.Indonesian:
		return [...]string{"standar", "ringkas", "terbilang"}[s]
	case lang.Malay, lang.MalayBrunei:
		return [...]string{"piawai", "ringkas", "perkataan"}[s]
	}
	return styleNames[s]
}

// MarshalText returns the English identifier of s. It fails for a value
// outside the constants.
func (s Style) MarshalText() ([]byte, error) {
	if s < 0 || int(s) >= len(styleNames) {
		return nil, &ParseError{Func: "Style.MarshalText", Input: s.String(), Msg: "unknown style", Err: ErrRange}
	}
	return []byte(styleNames[s]), nil
}

// UnmarshalText sets s from a name accepted by [ParseStyle].
func (s *Style) UnmarshalText(text []byte) error {
	v, err := ParseStyle(string(text))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// ParseStyle reads the name of a style, in any case, in English, Indonesian
// or Malay: "standard" (also "standar", "baku", "piawai"), "compact"
// ("ringkas", "singkat", "padat"), "words" ("word", "terbilang", "kata",
// "perkataan").
func ParseStyle(s string) (Style, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "standard", "standar", "baku", "piawai", "std":
		return Standard, nil
	case "compact", "ringkas", "singkat", "padat", "short":
		return Compact, nil
	case "words", "word", "terbilang", "kata", "kata-kata", "perkataan", "spelled", "spell-out":
		return Words, nil
	}
	return 0, &ParseError{Func: "ParseStyle", Input: s, Msg: "unknown style (want standard, compact or words)", Err: ErrSyntax}
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
