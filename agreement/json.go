package agreement

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/language"

	"github.com/kerjasama/kerjasama/internal/emptyslice"
	"github.com/kerjasama/kerjasama/money"
	"github.com/kerjasama/kerjasama/region"
)

// The JSON form of a register, meant to be written by hand as well as by
// WriteJSON:
//
//	{"agreements": [
//	  {"id": "banten-incheon-2007",
//	   "title": "Kerja sama sister province Provinsi Banten – Provinsi Incheon",
//	   "type": "sister-province", "document": "letter-of-intent",
//	   "parties": [{"role": "region", "region": "36"},
//	               {"role": "partner", "region": "Incheon", "name": "Provinsi Incheon"}],
//	   "sectors": ["economy", "tourism", "science-technology", "education", "culture"],
//	   "signed": "2007-02-06", "term": "2015/2016",
//	   "funding": [{"amount": "IDR 1300000000", "ceiling": true}],
//	   "activities": [{"date": "2022", "sector": "trade", "value": "Rp18 miliar", "approximate": true}]}
//	]}
//
// Field names are snake_case and fixed (see the struct tags of Agreement,
// Party, Event, Funding, Activity, Source). Dates are ISO 8601 of the
// precision known ("2013", "2013-02", "2013-02-06"); a term is in the forms
// of Term.MarshalText ("2015/2016", "2019-03-01/P5Y", ".."); "signed" and
// "term" are also read as Indonesian documents write them ("6 Februari
// 2007", "5 tahun"); amounts are
// written in money's canonical form ("IDR 1300000000") and read in that
// form or as people write them in Indonesian ("Rp1,3 miliar");
// enumerations are written as their English identifiers and read by any
// name their parser accepts; a party's "region" is written as a region
// code and read as a code or a name region.Find knows. A bare array of
// agreements is read too.

// jsonParty is the JSON form of a Party.
type jsonParty struct {
	Role      Role   `json:"role,omitempty"`
	Region    string `json:"region,omitempty"`
	Name      string `json:"name,omitempty"`
	Country   string `json:"country,omitempty"`
	Signatory string `json:"signatory,omitempty"`
}

// MarshalJSON writes the party with its region as a code; the country is
// written only when no region gives it.
func (p Party) MarshalJSON() ([]byte, error) {
	j := jsonParty{Role: p.Role, Name: p.Name, Signatory: p.Signatory}
	if p.Region.IsValid() {
		j.Region = p.Region.Code
		if p.Region.Country != strings.ToUpper(p.Country) && p.Country != "" {
			j.Country = p.Country
		}
	} else {
		j.Country = p.Country
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads a party; "region" may be a code or a name.
func (p *Party) UnmarshalJSON(b []byte) error {
	var j jsonParty
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*p = Party{Role: j.Role, Name: j.Name, Country: strings.ToUpper(j.Country), Signatory: j.Signatory}
	if j.Region != "" {
		r, ok := region.Lookup(j.Region)
		if !ok {
			var err error
			if r, err = region.Find(j.Region); err != nil {
				return fmt.Errorf("party region: %w", err)
			}
		}
		p.Region = r
	}
	return nil
}

// humanAmount reads money's canonical form or, failing that, Indonesian
// text as people write it.
type humanAmount struct{ money.Amount }

func (h *humanAmount) UnmarshalText(b []byte) error {
	if err := h.Amount.UnmarshalText(b); err == nil {
		return nil
	}
	a, err := money.Parse(string(b), language.Indonesian)
	if err != nil {
		return err
	}
	h.Amount = a
	return nil
}

// UnmarshalJSON reads a funding commitment, its amount in canonical or
// human form.
func (f *Funding) UnmarshalJSON(b []byte) error {
	type plain Funding
	aux := struct {
		*plain
		Amount humanAmount `json:"amount"`
	}{plain: (*plain)(f)}
	if err := json.Unmarshal(b, &aux); err != nil {
		return err
	}
	f.Amount = aux.Amount.Amount
	return nil
}

// UnmarshalJSON reads an activity, its value in canonical or human form.
func (a *Activity) UnmarshalJSON(b []byte) error {
	type plain Activity
	aux := struct {
		*plain
		Value humanAmount `json:"value"`
	}{plain: (*plain)(a)}
	if err := json.Unmarshal(b, &aux); err != nil {
		return err
	}
	a.Value = aux.Value.Amount
	return nil
}

// humanDate reads the ISO forms of PartialDate or, failing that, a date
// as Indonesian documents write it ("6 Februari 2007", "tahun 2013").
type humanDate struct{ PartialDate }

func (h *humanDate) UnmarshalText(b []byte) error {
	if err := h.PartialDate.UnmarshalText(b); err == nil {
		return nil
	}
	p, err := ParsePartialDate(string(b), language.Indonesian)
	if err != nil {
		return err
	}
	h.PartialDate = p
	return nil
}

// humanTerm reads the forms of Term.MarshalText or, failing that, what
// ParseTerm reads in Indonesian ("5 tahun", "2015 s.d. 2020").
type humanTerm struct{ Term }

func (h *humanTerm) UnmarshalText(b []byte) error {
	if err := h.Term.UnmarshalText(b); err == nil {
		return nil
	}
	t, err := ParseTerm(string(b), language.Indonesian)
	if err != nil {
		return err
	}
	h.Term = t
	return nil
}

// UnmarshalJSON reads an agreement. Its "signed" and "term" are read in
// their canonical forms or as Indonesian documents write them ("6
// Februari 2007", "5 tahun"), so that a file can be written by hand.
func (a *Agreement) UnmarshalJSON(b []byte) error {
	type plain Agreement
	aux := struct {
		*plain
		Signed humanDate `json:"signed"`
		Term   humanTerm `json:"term"`
	}{plain: (*plain)(a)}
	if err := json.Unmarshal(b, &aux); err != nil {
		return err
	}
	a.Signed, a.Term = aux.Signed.PartialDate, aux.Term.Term
	return nil
}

type jsonFile struct {
	Agreements []Agreement `json:"agreements"`
}

// WriteJSON writes the agreements as a JSON object {"agreements": […]},
// indented, in the form ReadJSON reads.
func WriteJSON(w io.Writer, as []Agreement) error {
	if as == nil {
		as = []Agreement{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(jsonFile{Agreements: as})
}

// ReadJSON reads agreements written as WriteJSON writes them, or as a bare
// array. Each agreement is one record: one that cannot be read is reported
// in Load.Rejected with the line and column where it starts and the rest
// still load, unless opt.Strict, which stops at the first. The error is
// for input that is not a JSON array or object of that shape at all, or
// the first bad agreement in strict mode (also recorded in the Load). An
// empty list ("sectors": []) reads as nil, the same as an absent key, so
// that what ReadJSON reads writes and reads back equal.
func ReadJSON(r io.Reader, opt ReadOptions) (*Load, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxFileBytes+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxFileBytes {
		return nil, &RowError{File: opt.File, Line: 1, Column: 1, Err: ErrTooLong}
	}
	l := &Load{}
	pos := func(off int64) (int, int) { return lineCol(data, int(off)) }
	fail := func(off int64, err error) error {
		line, col := pos(off)
		var se *json.SyntaxError
		if errors.As(err, &se) {
			line, col = pos(se.Offset)
		}
		return &RowError{File: opt.File, Line: line, Column: col, Err: err}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	tok, err := dec.Token()
	if err != nil {
		return nil, fail(dec.InputOffset(), err)
	}
	switch tok {
	case json.Delim('{'):
		found := false
		for dec.More() {
			key, err := dec.Token()
			if err != nil {
				return nil, fail(dec.InputOffset(), err)
			}
			if key == "agreements" {
				found = true
				break
			}
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return nil, fail(dec.InputOffset(), err)
			}
		}
		if !found {
			return nil, fail(0, errors.New(`no "agreements" array`))
		}
		if t, err := dec.Token(); err != nil || t != json.Delim('[') {
			return nil, fail(dec.InputOffset(), errors.New(`"agreements" is not an array`))
		}
	case json.Delim('['):
	default:
		return nil, fail(0, errors.New("not a JSON array or object of agreements"))
	}
	reg := &Register{}
	for dec.More() {
		start := dec.InputOffset()
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return l, fail(dec.InputOffset(), err)
		}
		// The element starts after any white space and comma.
		off := start
		for int(off) < len(data) && (data[off] == ',' || data[off] == ' ' || data[off] == '\n' || data[off] == '\r' || data[off] == '\t') {
			off++
		}
		l.Rows++
		var a Agreement
		err := json.Unmarshal(raw, &a)
		if err == nil {
			emptyslice.Nil(&a)
			err = reg.Add(a)
		}
		if err != nil {
			e := fail(off, err)
			l.Rejected = append(l.Rejected, e.(*RowError))
			if opt.Strict {
				return l, e
			}
			continue
		}
		l.Agreements = append(l.Agreements, a)
	}
	return l, nil
}

// lineCol returns the 1-based line and column (in bytes) of offset off.
func lineCol(data []byte, off int) (line, col int) {
	off = min(max(off, 0), len(data))
	line = 1 + bytes.Count(data[:off], []byte{'\n'})
	col = off + 1
	if i := bytes.LastIndexByte(data[:off], '\n'); i >= 0 {
		col = off - i
	}
	return line, col
}
