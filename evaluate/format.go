package evaluate

import (
	"math"
	"strconv"

	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/internal/lang"
	"github.com/kerjasama/kerjasama/money"
	"golang.org/x/text/language"
)

// separators returns the decimal and grouping separators of l.
func separators(l lang.Lang) (dec, group byte) {
	switch l {
	case lang.Indonesian, lang.MalayBrunei:
		return ',', '.'
	}
	return '.', ','
}

// Percent writes r as a percentage with the given number of decimal
// places (0 to 6), in the convention of the language of tag:
//
//	id     48,8%   (EYD/PUEBI: the sign follows the number without a space)
//	ms     48.8%
//	ms-BN  48,8%
//	en     48.8%
//
// All four languages write the percent sign without a space, as CLDR's
// percent patterns for id, ms and en do and as EYD prescribes for
// Indonesian; the seeds write "51,50%". Thousands are grouped ("1.250,0%"
// in Indonesian). Negative values take a hyphen-minus; a value that rounds
// to zero is written without a sign. An undefined ratio is written as the
// word "undefined" in the language ("tidak terdefinisi", "tidak
// tertakrif"). Unsupported tags get English.
func (r Ratio) Percent(tag language.Tag, digits int) string {
	l := lang.Of(tag)
	v, ok := r.Value()
	if !ok {
		return term(wordUndefined, l)
	}
	return string(append(appendNumber(nil, v*100, digits, l), '%'))
}

// formatNumber writes v rounded to digits decimal places with the
// separators of l.
func formatNumber(v float64, digits int, l lang.Lang) string {
	return string(appendNumber(nil, v, digits, l))
}

func appendNumber(b []byte, v float64, digits int, l lang.Lang) []byte {
	digits = max(0, min(digits, 6))
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return append(b, '-')
	}
	s := strconv.FormatFloat(math.Abs(v), 'f', digits, 64)
	intPart, frac := s, ""
	if digits > 0 {
		intPart, frac = s[:len(s)-digits-1], s[len(s)-digits:]
	}
	allZero := true
	for i := 0; i < len(s); i++ {
		if s[i] >= '1' && s[i] <= '9' {
			allZero = false
			break
		}
	}
	if v < 0 && !allZero {
		b = append(b, '-')
	}
	dec, group := separators(l)
	for i := 0; i < len(intPart); i++ {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b = append(b, group)
		}
		b = append(b, intPart[i])
	}
	if frac != "" {
		b = append(b, dec)
		b = append(b, frac...)
	}
	return b
}

// formatMoney writes a in the standard style of the money package.
func formatMoney(a money.Amount, l lang.Lang) string {
	return money.Formatter{Lang: l.Tag(), Style: money.Standard}.Format(a)
}

// formatDate writes d in the long style of the date package.
func formatDate(d date.Date, l lang.Lang) string {
	return date.Formatter{Lang: l.Tag(), Style: date.Long}.Format(d)
}

// formatPeriod writes r as the date package writes ranges ("2016",
// "Januari–November 2022"); the zero range is empty.
func formatPeriod(r date.Range, l lang.Lang) string {
	if r.IsZero() {
		return ""
	}
	return date.Formatter{Lang: l.Tag(), Style: date.Long}.FormatRange(r)
}
