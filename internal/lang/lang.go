// Package lang maps a language.Tag to one of the languages kerjasama writes
// and reads: Indonesian, Malay of Malaysia, Malay of Brunei and English.
//
// Every package that reads or writes human text calls [Of] once per call (or
// once per Formatter) and switches on the result. Matching uses an x/text
// [language.Matcher]; an unsupported tag falls back to English. The common
// tags are resolved without calling the matcher, so Of costs a few
// comparisons on hot paths.
package lang

import (
	"sync"

	"golang.org/x/text/language"
)

// Lang is one of the supported languages. The zero value is English, the
// fallback for unsupported tags.
type Lang uint8

// The supported languages.
const (
	English     Lang = iota // en, and any tag that matches nothing better
	Indonesian              // id (also the deprecated "in")
	Malay                   // ms, ms-MY, ms-SG: "," groups thousands, "." marks decimals
	MalayBrunei             // ms-BN: "." groups thousands, "," marks decimals
)

var msBN = language.MustParse("ms-BN")
var msMY = language.MustParse("ms-MY")
var idID = language.MustParse("id-ID")

// supported lists the matcher's tags in the order of the Lang constants.
var supported = []language.Tag{language.English, language.Indonesian, language.Malay, msBN}

var matcher = language.NewMatcher(supported)

var cache sync.Map // language.Tag -> Lang, for tags outside the fast path

// Of returns the supported language that best matches t. Tags that match
// none of them, including the zero Tag (und), give English.
func Of(t language.Tag) Lang {
	switch t {
	case language.Indonesian, idID:
		return Indonesian
	case language.Malay, msMY:
		return Malay
	case msBN:
		return MalayBrunei
	case language.English, language.AmericanEnglish, language.BritishEnglish, language.Und:
		return English
	}
	if v, ok := cache.Load(t); ok {
		return v.(Lang)
	}
	_, i, conf := matcher.Match(t)
	l := English
	if conf != language.No && i >= 0 && i < len(supported) {
		l = Lang(i)
	}
	cache.Store(t, l)
	return l
}

// Tag returns the canonical tag of l.
func (l Lang) Tag() language.Tag {
	if int(l) < len(supported) {
		return supported[l]
	}
	return language.English
}

// String returns the BCP 47 form of l ("id", "ms", "ms-BN", "en").
func (l Lang) String() string { return l.Tag().String() }

// IsMalay reports whether l is Malay of Malaysia or of Brunei.
func (l Lang) IsMalay() bool { return l == Malay || l == MalayBrunei }
