package date

import (
	"github.com/kerjasama/kerjasama/internal/enum"
	"golang.org/x/text/language"
)

// A Style chooses how a Formatter writes a date. The zero Style is Long.
type Style int

// The styles, shown for 12 September 2017 in Indonesian, Malay and English.
const (
	Long   Style = iota // 12 September 2017; 12 September 2017; 12 September 2017
	Full                // Selasa, 12 September 2017; Selasa, 12 September 2017; Tuesday, 12 September 2017
	Medium              // 12 Sep 2017; 12 Sep 2017; 12 Sep 2017 (August: Agu, Ogo, Aug)
	Short               // 12/09/2017 in every language: day first, four-digit year
)

// styles is the table of Style. The zero Style, Long, is a value like the
// others: it marshals to "long".
var styles = enum.New(enum.Config{Type: "Style", ZeroIsValue: true, MaxLen: 16, Err: enumError}, []enum.Entry{
	Long:   {ID: "long", En: "long", In: "panjang", Ms: "panjang"},
	Full:   {ID: "full", En: "full", In: "lengkap", Ms: "penuh"},
	Medium: {ID: "medium", En: "medium", In: "sedang", Ms: "sederhana"},
	Short:  {ID: "short", En: "short", In: "pendek", Ms: "pendek"},
})

// enumError turns a refusal of the enumeration engine into a *ParseError.
func enumError(f enum.Failure) error {
	err := ErrSyntax
	if f.Kind == enum.Range {
		err = ErrRange
	}
	return &ParseError{Func: f.Func, Input: f.Input, Offset: f.Offset, Msg: f.Msg, Err: err}
}

// String returns the English identifier of s ("long", "full", "medium",
// "short"), or "%!Style(N)" for an unknown value.
func (s Style) String() string { return styles.String(int(s)) }

// Label returns the name of s in the language of t: "panjang", "lengkap"
// (Indonesian), "penuh" (Malay), "sedang", "pendek"; other languages get
// English.
func (s Style) Label(t language.Tag) string { return styles.Label(int(s), t) }

// MarshalText implements encoding.TextMarshaler with the identifier String
// returns; an unknown Style is an error.
func (s Style) MarshalText() ([]byte, error) { return styles.MarshalText(int(s)) }

// UnmarshalText implements encoding.TextUnmarshaler, reading what
// ParseStyle reads; empty text is the zero Style, Long.
func (s *Style) UnmarshalText(text []byte) error {
	v, err := styles.UnmarshalText(text)
	if err != nil {
		return err
	}
	*s = Style(v)
	return nil
}

// ParseStyle reads a style by its identifier ("long", "full", "medium",
// "short") or by its Indonesian or Malay name ("panjang", "lengkap",
// "penuh", "sedang", "sederhana", "pendek"), in any letter case. It does
// not allocate for ASCII input.
func ParseStyle(s string) (Style, error) {
	v, err := styles.Parse("ParseStyle", s)
	return Style(v), err
}

// A Formatter writes dates and ranges in one language and style. Its zero
// value writes English in the Long style. Lang is matched to Indonesian
// (id), Malay of Malaysia (ms), Malay of Brunei (ms-BN) or English; any
// other language falls back to English.
type Formatter struct {
	Lang  language.Tag
	Style Style
}
