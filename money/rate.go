package money

import (
	"math"
	"math/bits"
	"strconv"
	"time"

	"golang.org/x/text/currency"
	"golang.org/x/text/language"

	"github.com/kerjasama/kerjasama/internal/lang"
)

// A Decimal is an exact decimal number: an integer coefficient scaled by a
// power of ten, with up to 18 fraction digits. It holds exchange rates
// ("15.731,50" rupiah per dollar) and other exact quantities that are not
// money. Decimals are normalised (no trailing fraction zeros), so == is
// numeric equality. The zero Decimal is 0.
type Decimal struct {
	coef  int64 // never math.MinInt64
	scale uint8 // fraction digits, 0…18
}

// maxScale is the largest number of fraction digits of a Decimal.
const maxScale = 18

// NewDecimal returns coef × 10^-scale, normalised. It returns an error
// wrapping ErrRange if scale is outside 0…18 or coef is math.MinInt64.
func NewDecimal(coef int64, scale int) (Decimal, error) {
	if scale < 0 || scale > maxScale || coef == math.MinInt64 {
		return Decimal{}, &ParseError{Func: "NewDecimal", Input: strconv.FormatInt(coef, 10) + "e-" + strconv.Itoa(scale), Msg: "value out of range", Err: ErrRange}
	}
	return normal(coef, scale), nil
}

func normal(coef int64, scale int) Decimal {
	for scale > 0 && coef%10 == 0 {
		coef /= 10
		scale--
	}
	if coef == 0 {
		scale = 0
	}
	return Decimal{coef: coef, scale: uint8(scale)}
}

// Coef returns the coefficient and the number of fraction digits of d:
// d = coef × 10^-scale.
func (d Decimal) Coef() (coef int64, scale int) { return d.coef, int(d.scale) }

// Sign returns -1, 0 or +1 as d is negative, zero or positive.
func (d Decimal) Sign() int { return Amount{minor: d.coef}.Sign() }

// Float64 returns the nearest float64 to d.
func (d Decimal) Float64() float64 {
	f, _ := strconv.ParseFloat(string(d.AppendText(make([]byte, 0, 24))), 64)
	return f
}

// String returns d in canonical form: an optional minus, digits, and a
// point with the fraction digits if there are any ("15731.5", "-0.25").
func (d Decimal) String() string {
	var buf [24]byte
	return string(d.AppendText(buf[:0]))
}

// AppendText appends the canonical form of d to b.
func (d Decimal) AppendText(b []byte) []byte { return d.appendNumber(b, 0, '.') }

// appendNumber appends d with group (0 for none) and the decimal mark dec.
func (d Decimal) appendNumber(b []byte, group byte, dec byte) []byte {
	if d.coef < 0 {
		b = append(b, '-')
	}
	u := abs64(d.coef)
	p := pow10[d.scale]
	if group == 0 {
		b = strconv.AppendUint(b, u/p, 10)
	} else {
		b = appendGrouped(b, u/p, group)
	}
	if d.scale > 0 {
		b = append(b, dec)
		frac := u % p
		for i := int(d.scale) - 1; i >= 0; i-- {
			b = append(b, byte('0'+frac/pow10[i]%10))
		}
	}
	return b
}

// Format returns d with the separators of the language of tag:
// "15.731,5" in Indonesian, "4,712.5" in Malay and English.
func (d Decimal) Format(tag language.Tag) string {
	loc := &locales[lang.Of(tag)]
	var buf [32]byte
	return string(d.appendNumber(buf[:0], loc.group, loc.decimal))
}

// MarshalText returns the canonical form of d.
func (d Decimal) MarshalText() ([]byte, error) { return d.AppendText(nil), nil }

// UnmarshalText sets d from its canonical form.
func (d *Decimal) UnmarshalText(text []byte) error {
	v, err := parseDecimal(string(text), lang.English, "Decimal.UnmarshalText", false)
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// ParseDecimal reads a decimal number written in the language of tag, with
// the separators and the ambiguity rule of [Parse]: "15.731,50" in
// Indonesian and "15,731.50" in English are both 15731.5, and "4.7125" in
// Indonesian is 4.7125 because ".7125" cannot be a group of thousands.
// A leading minus sign is allowed; currency markers and scale words are
// not.
func ParseDecimal(s string, tag language.Tag) (Decimal, error) {
	return parseDecimal(s, lang.Of(tag), "ParseDecimal", true)
}

func parseDecimal(s string, l lang.Lang, fn string, human bool) (Decimal, error) {
	var p parser
	p.s, p.l, p.fn = s, l, fn
	fail := func(off int, msg string, sentinel error) (Decimal, error) {
		return Decimal{}, p.errAt(off, msg, sentinel)
	}
	if len(s) > MaxInput {
		return fail(MaxInput, "text longer than MaxInput (512 bytes)", ErrSyntax)
	}
	i := 0
	if human {
		i = skipSpaces(s, 0)
	}
	neg := false
	if n := minusLen(s, i); n > 0 && (human || n == 1) {
		neg = true
		i += n
	}
	start := i
	for i < len(s) && (isDigit(s[i]) || s[i] == '.' || s[i] == ',') {
		i++
	}
	end := i
	if human {
		i = skipSpaces(s, i)
	}
	switch {
	case start == end:
		return fail(start, "expected a number", ErrSyntax)
	case i < len(s):
		return fail(i, "unexpected text after the number", ErrSyntax)
	case !isDigit(s[start]) || !isDigit(s[end-1]):
		return fail(start, "number must begin and end with a digit", ErrSyntax)
	}
	var mant uint64
	var frac int
	var err error
	if human {
		mant, frac, err = p.number(start, end)
	} else {
		mant, frac, err = p.plainNumber(start, end)
	}
	if err != nil {
		return Decimal{}, err
	}
	if mant > math.MaxInt64 {
		return fail(start, "value out of range", ErrRange)
	}
	if frac > maxScale {
		return fail(start, "more than 18 fraction digits", ErrRange)
	}
	c := int64(mant)
	if neg {
		c = -c
	}
	return Decimal{coef: c, scale: uint8(frac)}, nil
}

// A Rate is an exchange rate on a date: one unit of From is worth Value
// units of To. The Indonesian central bank's middle rate of 2 January 2024,
// "15.439,00" rupiah per US dollar, is
//
//	money.NewRate(currency.USD, currency.IDR, "15.439,00", language.Indonesian, time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC))
//
// Rates are values; compare them with [Rate.Equal], which looks at the
// calendar date only.
type Rate struct {
	From, To currency.Unit
	Value    Decimal   // positive for a usable rate
	Date     time.Time // the day the rate applies to; only its year, month and day count; zero if undated
}

// NewRate returns the rate from → to of value, read by [ParseDecimal] in
// the language of tag, on the calendar date of date (kept as midnight UTC).
// The value must be positive.
func NewRate(from, to currency.Unit, value string, tag language.Tag, date time.Time) (Rate, error) {
	d, err := ParseDecimal(value, tag)
	if err != nil {
		return Rate{}, err
	}
	if d.Sign() <= 0 {
		return Rate{}, &ParseError{Func: "NewRate", Input: value, Msg: "rate must be positive", Err: ErrRange}
	}
	return Rate{From: from, To: to, Value: d, Date: civil(date)}, nil
}

// civil returns midnight UTC of the calendar date of t, or the zero Time.
func civil(t time.Time) time.Time {
	if t.IsZero() {
		return time.Time{}
	}
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// Equal reports whether r and s have the same currencies, value and
// calendar date.
func (r Rate) Equal(s Rate) bool {
	return r.From == s.From && r.To == s.To && r.Value == s.Value && civil(r.Date).Equal(civil(s.Date))
}

// Convert converts a into the other currency of r: an amount of From is
// multiplied by Value and becomes To, an amount of To is divided by Value
// and becomes From; an amount without currency counts as From. The exact
// result is rounded half to even to hundredths (banker's rounding, so that
// rounding errors do not drift one way over many conversions): at 15.731,50
// rupiah per dollar, US$0.01 is Rp157,315 → Rp157,32, and US$0.03 is
// Rp471,945 → Rp471,94. Errors: ErrCurrencyMismatch if a is in neither
// currency, ErrRange if the rate is not positive, ErrOverflow if the result
// is out of range.
func (r Rate) Convert(a Amount) (Amount, error) {
	if r.Value.coef <= 0 {
		return Amount{}, &OpError{Op: "Convert", A: a, B: Amount{}, Err: ErrRange}
	}
	u := abs64(a.minor)
	coef, den := uint64(r.Value.coef), pow10[r.Value.scale]
	var to currency.Unit
	var hi, lo, div uint64
	switch a.cur {
	case r.From, currency.XXX:
		to = r.To
		hi, lo = bits.Mul64(u, coef)
		div = den
	case r.To:
		to = r.From
		hi, lo = bits.Mul64(u, den)
		div = coef
	default:
		return Amount{}, &OpError{Op: "Convert", A: a, B: FromMinor(0, r.From), Err: ErrCurrencyMismatch}
	}
	if hi >= div {
		return Amount{}, &OpError{Op: "Convert", A: a, B: FromMinor(0, to), Err: ErrOverflow}
	}
	q, rem := bits.Div64(hi, lo, div)
	// Half to even: compare 2·rem with div without overflow.
	if rem > div-rem || (rem == div-rem && q%2 == 1) {
		q++
	}
	if q > math.MaxInt64 {
		return Amount{}, &OpError{Op: "Convert", A: a, B: FromMinor(0, to), Err: ErrOverflow}
	}
	m := int64(q)
	if a.minor < 0 {
		m = -m
	}
	return Amount{minor: m, cur: to}, nil
}

// String returns r in canonical form: "USD/IDR 15731.5 2024-01-02", without
// the date if r has none.
func (r Rate) String() string {
	b, _ := r.MarshalText()
	return string(b)
}

// MarshalText returns the canonical form of r (see [Rate.String]).
func (r Rate) MarshalText() ([]byte, error) {
	b := make([]byte, 0, 40)
	b = appendCode(b, r.From)
	b = append(b, '/')
	b = appendCode(b, r.To)
	b = append(b, ' ')
	b = r.Value.AppendText(b)
	if !r.Date.IsZero() {
		b = append(b, ' ')
		b = r.Date.AppendFormat(b, time.DateOnly)
	}
	return b, nil
}

// UnmarshalText sets r from its canonical form (see [Rate.String]).
func (r *Rate) UnmarshalText(text []byte) error {
	s := string(text)
	fail := func(off int, msg string) error {
		return &ParseError{Func: "Rate.UnmarshalText", Input: s, Offset: off, Msg: msg, Err: ErrSyntax}
	}
	if len(s) > 64 {
		return fail(64, "text too long for a rate")
	}
	if len(s) < 9 || s[3] != '/' || s[7] != ' ' {
		return fail(0, `want "FROM/TO value [YYYY-MM-DD]"`)
	}
	from, err1 := currency.ParseISO(s[:3])
	to, err2 := currency.ParseISO(s[4:7])
	if err1 != nil || err2 != nil || !isUpper(s[0]) || !isUpper(s[4]) {
		return fail(0, "unknown currency code")
	}
	rest, date := s[8:], ""
	if k := indexByte(rest, ' '); k >= 0 {
		rest, date = rest[:k], rest[k+1:]
	}
	v, err := parseDecimal(rest, lang.English, "Rate.UnmarshalText", false)
	if err != nil {
		return err
	}
	var t time.Time
	if date != "" || len(s) > 8+len(rest) {
		t, err = time.Parse(time.DateOnly, date)
		if err != nil {
			return fail(9+len(rest), "date not in YYYY-MM-DD form")
		}
	}
	*r = Rate{From: from, To: to, Value: v, Date: t}
	return nil
}
