package trade

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/money"
)

// A Record is one trade figure: the value of goods that moved in one
// direction over one period, as a source published it.
//
// Border posts and border documents are kept apart: Post names the place
// the goods crossed (a Pos Lintas Batas Negara, PLBN, or a traditional
// post, region.BorderPost), while Scheme says whether the trade was done on
// a cross-border card (KILB) or a border pass (Pas Lintas Batas) under the
// Border Trade Agreement, or on a regular customs declaration.
type Record struct {
	// Period is the time the figure covers, both ends included. A figure
	// for "2022, to November" has Period 2022-01-01/2022-11-30 and is not a
	// whole year.
	Period date.Range `json:"period"`
	// Flow is the direction: Export, Import, ReExport or ReImport.
	Flow Flow `json:"flow"`
	// Reporter is the code of the region that reports the figure (a
	// region.Lookup code: "61" or "ID-KB" for Kalimantan Barat, "ID" for
	// Indonesia); empty if not stated.
	Reporter string `json:"reporter,omitempty"`
	// Partner is the code of the other side: an ISO 3166-1 country ("MY")
	// or a region code ("MY-13", Sarawak); empty for the world or not
	// stated.
	Partner string `json:"partner,omitempty"`
	// Post is the ID of the border post the goods crossed
	// (region.BorderPost.ID), or the name as the source wrote it when it is
	// not a known post; empty when the figure is not for one post.
	Post string `json:"post,omitempty"`
	// Basis says whether the figure counts goods through the reporter's
	// ports or of the reporter's origin.
	Basis Basis `json:"basis,omitzero"`
	// Scheme is the channel: regular customs declaration or border trade.
	Scheme Scheme `json:"scheme,omitzero"`
	// HS is the commodity code; the zero HS means all commodities (or a
	// code of another classification, in Code).
	HS HS `json:"hs,omitzero"`
	// Classification is the classification of the commodity code as the
	// source states it (UN Comtrade's "H4", "S3"); zero when not stated.
	Classification Classification `json:"classification,omitzero"`
	// Code is the commodity code of a classification other than the HS
	// (SITC "0", "01", "011", "0111", "01111"; BEC "111"), as written;
	// empty for HS codes, which are in HS.
	Code string `json:"code,omitempty"`
	// Value is the value of the goods, exact.
	Value money.Amount `json:"value"`
	// NetWeight is the net weight, usually in kg; zero if not stated.
	NetWeight Quantity `json:"net_weight,omitzero"`
	// Quantity is the quantity in the source's own unit; zero if not stated.
	Quantity Quantity `json:"quantity,omitzero"`
	// Source names where the figure comes from: "KPPBC Entikong".
	Source string `json:"source,omitempty"`
}

// Validate reports every problem of r at once (errors.Join): an invalid or
// missing period, an unknown flow, an invalid HS code, a value without
// currency.
func (r Record) Validate() error {
	var errs []error
	if !r.Period.IsValid() {
		errs = append(errs, fmt.Errorf("trade: record period %q is not a valid range", r.Period.String()))
	}
	switch {
	case r.Flow == 0:
		errs = append(errs, errors.New("trade: record has no flow"))
	case r.Flow < Export || r.Flow > ReImport:
		errs = append(errs, fmt.Errorf("trade: record flow %v is not a flow", r.Flow))
	}
	if int(r.Basis) >= len(basisLabels) {
		errs = append(errs, fmt.Errorf("trade: record basis %v is out of range", r.Basis))
	}
	if int(r.Scheme) >= len(schemeLabels) {
		errs = append(errs, fmt.Errorf("trade: record scheme %v is out of range", r.Scheme))
	}
	if r.Code != "" && !r.HS.IsZero() {
		errs = append(errs, fmt.Errorf("trade: record has both an HS code %q and a %v code %q", r.HS.String(), r.Classification, r.Code))
	}
	if r.Code != "" && r.Classification.IsHS() {
		errs = append(errs, fmt.Errorf("trade: record code %q needs a classification other than the HS", r.Code))
	}
	if !r.HS.IsZero() && !r.HS.IsValid() {
		errs = append(errs, fmt.Errorf("trade: record HS code %q is not valid", r.HS.String()))
	}
	if !r.Value.HasCurrency() {
		errs = append(errs, errors.New("trade: record value has no currency"))
	}
	return errors.Join(errs...)
}

// recordJSON is Record with a period written the short way.
type recordJSON struct {
	Period Period `json:"period"`
	*recordAlias
}

type recordAlias Record

// MarshalJSON writes r as a JSON object whose period is in the short form
// of Period ("2015", "2022-01/2022-11"), its enumerations by identifier and
// its value in money's canonical form ("IDR 100387357175"). Empty fields are
// left out.
func (r Record) MarshalJSON() ([]byte, error) {
	a := recordAlias(r)
	return json.Marshal(recordJSON{Period: Period(r.Period), recordAlias: &a})
}

// UnmarshalJSON reads what MarshalJSON writes. Written by hand, the period
// may be "2015", "2015-03", "2022-01/2022-11" or a full ISO interval, and
// the enumerations may be labels in any of the three languages ("ekspor").
func (r *Record) UnmarshalJSON(b []byte) error {
	var a recordAlias
	v := recordJSON{recordAlias: &a}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	a.Period = date.Range(v.Period)
	*r = Record(a)
	return nil
}

// A Period is a date.Range with a short text form for files written by
// hand: a whole year is "2015", whole years "2015/2016", a whole month
// "2015-03", whole months "2022-01/2022-11", anything else the ISO 8601 interval
// "2017-10-23/2017-10-25".
type Period date.Range

// AppendText appends the short form of p to b.
func (p Period) AppendText(b []byte) ([]byte, error) {
	r := date.Range(p)
	switch {
	case r.IsZero():
		return b, nil
	case !r.IsValid():
		return b, fmt.Errorf("trade: cannot marshal invalid period %s", r)
	case r.Start.Year < 1 || r.End.Year > 9999:
		return r.AppendText(b) // the short forms have four-digit years
	case r.IsWholeYear():
		return appendYear(b, r.Start.Year), nil
	case r.IsWholeYears():
		b = appendYear(b, r.Start.Year)
		b = append(b, '/')
		return appendYear(b, r.End.Year), nil
	case r.IsWholeMonth():
		return appendYearMonth(b, r.Start), nil
	case r.IsWholeMonths():
		b = appendYearMonth(b, r.Start)
		b = append(b, '/')
		return appendYearMonth(b, r.End), nil
	}
	return r.AppendText(b)
}

// appendYear appends y (1 to 9999) with four digits.
func appendYear(b []byte, y int) []byte {
	for p := 1000; p > 1 && y < p; p /= 10 {
		b = append(b, '0')
	}
	return strconv.AppendInt(b, int64(y), 10)
}

func appendYearMonth(b []byte, d date.Date) []byte {
	b = appendYear(b, d.Year)
	b = append(b, '-')
	if d.Month < 10 {
		b = append(b, '0')
	}
	return strconv.AppendInt(b, int64(d.Month), 10)
}

// String returns the short form of p.
func (p Period) String() string {
	b, err := p.AppendText(nil)
	if err != nil {
		return date.Range(p).String()
	}
	return string(b)
}

// MarshalText implements encoding.TextMarshaler with the short form.
func (p Period) MarshalText() ([]byte, error) { return p.AppendText(nil) }

// UnmarshalText implements encoding.TextUnmarshaler: it reads the short
// forms and ISO 8601 intervals ("2017-10-23/2017-10-25"); empty text gives
// the zero Period.
func (p *Period) UnmarshalText(text []byte) error {
	r, err := ParsePeriod(string(text))
	if err != nil {
		return err
	}
	*p = Period(r)
	return nil
}

// ParsePeriod reads a period in the short form of Period or as an ISO 8601
// interval: "2015" (the whole year), "2015-03" (the whole month),
// "2022-01/2022-11" (January to November 2022), "2017-10-23/2017-10-25".
// Empty text gives the zero Range. For periods written in words ("2022
// sampai November") use date.ParseRange.
func ParsePeriod(s string) (date.Range, error) {
	const fn = "ParsePeriod"
	if s == "" {
		return date.Range{}, nil
	}
	if len(s) > 64 {
		return date.Range{}, &ParseError{Func: fn, Input: s, Offset: 64, Msg: "input too long", Err: ErrSyntax}
	}
	first, second, two := s, "", false
	for i := 0; i < len(s); i++ {
		if s[i] == '/' {
			first, second, two = s[:i], s[i+1:], true
			break
		}
	}
	a, aMonth, ok := shortPeriod(first)
	if !ok {
		if r, err := date.ParseISORange(s); err == nil {
			return r, nil
		}
		if d, err := date.ParseISO(s); err == nil {
			return date.Range{Start: d, End: d}, nil
		}
		return date.Range{}, &ParseError{Func: fn, Input: s, Msg: "not a year, a month (2015-03) or an ISO 8601 interval", Err: ErrSyntax}
	}
	if !two {
		return a, nil
	}
	b, bMonth, ok := shortPeriod(second)
	if !ok || aMonth != bMonth {
		return date.Range{}, &ParseError{Func: fn, Input: s, Offset: len(first) + 1, Msg: "the two ends of a period must have the same form", Err: ErrSyntax}
	}
	r := date.Range{Start: a.Start, End: b.End}
	if !r.IsValid() {
		return date.Range{}, &ParseError{Func: fn, Input: s, Offset: len(first) + 1, Msg: "period ends before it starts", Err: ErrRange}
	}
	return r, nil
}

// shortPeriod reads "2015" or "2015-03" and reports whether it was a month.
func shortPeriod(s string) (r date.Range, month, ok bool) {
	if len(s) != 4 && len(s) != 7 {
		return date.Range{}, false, false
	}
	y, err := strconv.Atoi(s[:4])
	if err != nil || s[0] == '+' || s[0] == '-' || y < 1 {
		return date.Range{}, false, false
	}
	if len(s) == 4 {
		return date.YearRange(y), false, true
	}
	if s[4] != '-' || s[5] < '0' || s[5] > '1' || s[6] < '0' || s[6] > '9' {
		return date.Range{}, false, false
	}
	m := time.Month((s[5]-'0')*10 + s[6] - '0')
	if m < time.January || m > time.December {
		return date.Range{}, false, false
	}
	return date.MonthRange(y, m), true, true
}
