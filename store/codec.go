package store

import (
	"encoding"
	"encoding/json"
	"fmt"

	"golang.org/x/text/currency"

	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/money"
)

// An encoder turns model values into column values, keeping the first
// error so that a row is built without a check after every field.
type encoder struct{ err error }

// text returns the text form of v (MarshalText): enumerations by their
// identifier, dates in ISO 8601, regions by code.
func (e *encoder) text(field string, v encoding.TextMarshaler) string {
	b, err := v.MarshalText()
	if err != nil && e.err == nil {
		e.err = fmt.Errorf("%s: %w", field, err)
	}
	return string(b)
}

// json returns the JSON form of v, or "" when empty is true.
func (e *encoder) json(field string, v any, empty bool) string {
	if empty {
		return ""
	}
	b, err := json.Marshal(v)
	if err != nil && e.err == nil {
		e.err = fmt.Errorf("%s: %w", field, err)
	}
	return string(b)
}

// moneyCols returns the hundredths and the currency code of a; the code is ""
// for an amount without currency.
func moneyCols(a money.Amount) (int64, string) {
	if !a.HasCurrency() {
		return a.Minor(), ""
	}
	return a.Minor(), a.Currency().String()
}

// flag returns 1 for true and 0 for false.
func flag(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

// A decoder turns column values into model values, keeping the first
// error.
type decoder struct{ err error }

func (d *decoder) fail(field string, err error) {
	if d.err == nil {
		d.err = fmt.Errorf("store: column %s: %w", field, err)
	}
}

// text sets v from its text form s.
func (d *decoder) text(field, s string, v encoding.TextUnmarshaler) {
	if err := v.UnmarshalText([]byte(s)); err != nil {
		d.fail(field, err)
	}
}

// json sets v from its JSON form s; "" leaves v alone.
func (d *decoder) json(field, s string, v any) {
	if s == "" {
		return
	}
	if err := json.Unmarshal([]byte(s), v); err != nil {
		d.fail(field, err)
	}
}

// money returns the amount of minor hundredths in the currency code cur
// ("" for none).
func (d *decoder) money(field string, minor int64, cur string) money.Amount {
	if cur == "" {
		return money.FromMinor(minor, currency.XXX)
	}
	u, err := currency.ParseISO(cur)
	if err != nil {
		d.fail(field, err)
		return money.Amount{}
	}
	return money.FromMinor(minor, u)
}

// partial reads a partial date ("2013", "2013-02", "2013-02-06", "").
func (d *decoder) partial(field, s string) date.Partial {
	var p date.Partial
	d.text(field, s, &p)
	return p
}

// date reads an ISO date or "".
func (d *decoder) date(field, s string) date.Date {
	var v date.Date
	d.text(field, s, &v)
	return v
}

// epoch is day 0 of the day numbers of derived columns.
var epoch = date.Date{Year: 1, Month: 1, Day: 1}

// dayNumber returns the day number of d, days since 0001-01-01.
func dayNumber(d date.Date) int64 { return int64(d.DaysSince(epoch)) }

// nullDay returns the day number of d, or nil (NULL) when ok is false or
// d is not a valid date.
func nullDay(d date.Date, ok bool) any {
	if !ok || !d.IsValid() {
		return nil
	}
	return dayNumber(d)
}
