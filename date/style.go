package date

import (
	"strconv"

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

var styleNames = [...]string{Long: "long", Full: "full", Medium: "medium", Short: "short"}

// String returns the English identifier of s ("long", "full", "medium",
// "short"), or "Style(N)" for an unknown value.
func (s Style) String() string {
	if s >= 0 && int(s) < len(styleNames) {
		return styleNames[s]
	}
	return "Style(" + strconv.Itoa(int(s)) + ")"
}

// MarshalText implements encoding.TextMarshaler with the identifier String
// returns; an unknown Style is an error.
func (s Style) MarshalText() ([]byte, error) {
	if s < 0 || int(s) >= len(styleNames) {
		return nil, &ParseError{Func: "Style.MarshalText", Input: s.String(), Msg: "unknown style", Err: ErrRange}
	}
	return []byte(styleNames[s]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler, reading what ParseStyle reads.
func (s *Style) UnmarshalText(text []byte) error {
	v, err := ParseStyle(string(text))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// ParseStyle reads a style by its identifier ("long", "full", "medium",
// "short"), in any letter case, or by its Indonesian or Malay name
// ("panjang", "lengkap"/"penuh", "sedang", "pendek").
func ParseStyle(s string) (Style, error) {
	var b [16]byte
	if k, ok := lowerName(&b, s); ok {
		switch string(k) {
		case "long", "panjang":
			return Long, nil
		case "full", "lengkap", "penuh":
			return Full, nil
		case "medium", "sedang":
			return Medium, nil
		case "short", "pendek":
			return Short, nil
		}
	}
	return 0, syntaxError("ParseStyle", s, 0, "unknown style (want long, full, medium or short)")
}

// lowerName writes s in ASCII lower case into b, for matching the names of
// an enumeration (Style, Precision) without allocating; false when s is
// longer than b, which no name is.
func lowerName(b *[16]byte, s string) ([]byte, bool) {
	if len(s) > len(b) {
		return nil, false
	}
	k := b[:0]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		k = append(k, c)
	}
	return k, true
}

// A Formatter writes dates and ranges in one language and style. Its zero
// value writes English in the Long style. Lang is matched to Indonesian
// (id), Malay of Malaysia (ms), Malay of Brunei (ms-BN) or English; any
// other language falls back to English.
type Formatter struct {
	Lang  language.Tag
	Style Style
}
