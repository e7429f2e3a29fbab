package agreement

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/language"

	"github.com/kerjasama/kerjasama/internal/input"
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
// Party, Event, Funding, Activity, Source), spelt exactly so: any other
// key, at any level, is an error at its position. The file's object holds
// "agreements" and, optionally, "note", a remark on the file that is not
// kept. Dates are ISO 8601 of the precision known ("2013", "2013-02",
// "2013-02-06"); a term is in the forms of Term.MarshalText ("2015/2016",
// "2019-03-01/P5Y", ".."); dates and terms are also read as documents
// write them in the language of ReadOptions.Lang, Indonesian by default
// ("6 Februari 2007", "5 tahun"); amounts are written in money's
// canonical form ("IDR 1300000000") and read in that form or as people
// write them in that language ("Rp1,3 miliar"); enumerations are written
// as their English identifiers and read by any name their parser
// accepts; a party's "region" is written as a region code and read as a
// code or a name ReadOptions.Resolve (region.Find by default) finds. An
// empty list reads as an absent one. A bare array of agreements is read
// too.

// jsonParty is the JSON form of a Party, written by Party.MarshalJSON and
// read by the wire types below.
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

// The wire types: the JSON form as it is read, with the keys of the
// documented form and no other. Dates, terms and amounts are kept as text
// and read by a wireReader, so that ReadOptions.Lang and
// ReadOptions.Resolve reach every field; an empty list is left nil by
// the conversion, the same as an absent key.

type wireAgreement struct {
	ID           string         `json:"id"`
	Title        string         `json:"title"`
	Type         Type           `json:"type"`
	Kind         Kind           `json:"document"`
	Name         string         `json:"name"`
	Phase        int            `json:"phase"`
	Series       Kind           `json:"series"`
	Parties      []jsonParty    `json:"parties"`
	Sectors      []Sector       `json:"sectors"`
	OtherSectors []string       `json:"other_sectors"`
	Signed       *string        `json:"signed"`
	Term         *string        `json:"term"`
	NoticeDays   int            `json:"notice_days"`
	Predecessor  string         `json:"predecessor"`
	Events       []wireEvent    `json:"events"`
	Funding      []wireFunding  `json:"funding"`
	Activities   []wireActivity `json:"activities"`
	Notes        string         `json:"notes"`
	Sources      []Source       `json:"sources"`
}

type wireEvent struct {
	Stage Stage   `json:"stage"`
	Date  *string `json:"date"`
	Note  string  `json:"note"`
}

type wireFunding struct {
	Amount       *string  `json:"amount"`
	Ceiling      bool     `json:"ceiling"`
	Source       string   `json:"source"`
	Purpose      []Sector `json:"purpose"`
	Restrictions []string `json:"restrictions"`
	Apply        string   `json:"apply"`
}

type wireActivity struct {
	Date        *string `json:"date"`
	Sector      Sector  `json:"sector"`
	Description string  `json:"description"`
	Value       *string `json:"value"`
	Approximate bool    `json:"approximate"`
}

// wireKeys are the keys of each object of the JSON form, for the check
// that finds an unknown key at its position. A key's schema is that of
// the objects its value holds (itself or in a list); nil for a value of
// no object.
type wireKeys map[string]wireKeys

var (
	partyKeys     = wireKeys{"role": nil, "region": nil, "name": nil, "country": nil, "signatory": nil}
	eventKeys     = wireKeys{"stage": nil, "date": nil, "note": nil}
	fundingKeys   = wireKeys{"amount": nil, "ceiling": nil, "source": nil, "purpose": nil, "restrictions": nil, "apply": nil}
	activityKeys  = wireKeys{"date": nil, "sector": nil, "description": nil, "value": nil, "approximate": nil}
	sourceKeys    = wireKeys{"document": nil, "quote": nil}
	agreementKeys = wireKeys{
		"id": nil, "title": nil, "type": nil, "document": nil, "name": nil, "phase": nil, "series": nil,
		"parties": partyKeys, "sectors": nil, "other_sectors": nil, "signed": nil, "term": nil,
		"notice_days": nil, "predecessor": nil, "events": eventKeys, "funding": fundingKeys,
		"activities": activityKeys, "notes": nil, "sources": sourceKeys,
	}
)

// wireReader converts wire types to the model in the language of tag,
// finding regions with resolve.
type wireReader struct {
	tag     language.Tag
	resolve func(string) (region.Region, error)
}

// defaultWire reads as ReadJSON does with the zero ReadOptions.
var defaultWire = wireReader{tag: language.Indonesian, resolve: region.Find}

func newWireReader(opt ReadOptions) wireReader {
	w := defaultWire
	if opt.Lang != (language.Tag{}) {
		w.tag = opt.Lang
	}
	if opt.Resolve != nil {
		w.resolve = opt.Resolve
	}
	return w
}

// date reads the ISO forms of PartialDate or, failing that, a date as
// documents write it in the reader's language ("6 Februari 2007").
func (w wireReader) date(s *string) (PartialDate, error) {
	var p PartialDate
	if s == nil {
		return p, nil
	}
	if err := p.UnmarshalText([]byte(*s)); err == nil {
		return p, nil
	}
	return ParsePartialDate(*s, w.tag)
}

// term reads the forms of Term.MarshalText or, failing that, what
// ParseTerm reads in the reader's language ("5 tahun", "2015 s.d. 2020").
func (w wireReader) term(s *string) (Term, error) {
	var t Term
	if s == nil {
		return t, nil
	}
	if err := t.UnmarshalText([]byte(*s)); err == nil {
		return t, nil
	}
	return ParseTerm(*s, w.tag)
}

// amount reads money's canonical form or, failing that, an amount as
// people write it in the reader's language ("Rp1,3 miliar").
func (w wireReader) amount(s *string) (money.Amount, error) {
	var a money.Amount
	if s == nil {
		return a, nil
	}
	if err := a.UnmarshalText([]byte(*s)); err == nil {
		return a, nil
	}
	return money.Parse(*s, w.tag)
}

// party reads a party; "region" may be a code or a name the reader's
// resolve finds.
func (w wireReader) party(j jsonParty) (Party, error) {
	p := Party{Role: j.Role, Name: j.Name, Country: strings.ToUpper(j.Country), Signatory: j.Signatory}
	if j.Region != "" {
		r, ok := region.Lookup(j.Region)
		if !ok {
			var err error
			if r, err = w.resolve(j.Region); err != nil {
				return p, fmt.Errorf("party region: %w", err)
			}
		}
		p.Region = r
	}
	return p, nil
}

func (w wireReader) funding(j wireFunding) (Funding, error) {
	f := Funding{Ceiling: j.Ceiling, Source: j.Source, Apply: j.Apply}
	if len(j.Purpose) > 0 {
		f.Purpose = j.Purpose
	}
	if len(j.Restrictions) > 0 {
		f.Restrictions = j.Restrictions
	}
	var err error
	if f.Amount, err = w.amount(j.Amount); err != nil {
		return f, fmt.Errorf("funding amount: %w", err)
	}
	return f, nil
}

func (w wireReader) activity(j wireActivity) (Activity, error) {
	a := Activity{Sector: j.Sector, Description: j.Description, Approximate: j.Approximate}
	var err error
	if a.Date, err = w.date(j.Date); err != nil {
		return a, fmt.Errorf("activity date: %w", err)
	}
	if a.Value, err = w.amount(j.Value); err != nil {
		return a, fmt.Errorf("activity value: %w", err)
	}
	a.Value = reportedValue(a.Value)
	return a, nil
}

// reportedValue returns the value of an activity as Activity.Value holds
// it: a value of zero, in whatever currency ("XDR 0"), is no value
// reported, the zero Amount, which WriteJSON leaves out; so what is read
// writes and reads back equal.
func reportedValue(v money.Amount) money.Amount {
	if v.Sign() == 0 {
		return money.Amount{}
	}
	return v
}

func (w wireReader) event(j wireEvent) (Event, error) {
	e := Event{Stage: j.Stage, Note: j.Note}
	var err error
	if e.Date, err = w.date(j.Date); err != nil {
		return e, fmt.Errorf("event date: %w", err)
	}
	return e, nil
}

// agreement converts a wire agreement. Its "signed" and "term" are read in
// their canonical forms or as documents write them ("6 Februari 2007", "5
// tahun"), so that a file can be written by hand.
func (w wireReader) agreement(j *wireAgreement) (Agreement, error) {
	a := Agreement{ID: j.ID, Title: j.Title, Type: j.Type, Kind: j.Kind, Name: j.Name, Phase: j.Phase, Series: j.Series,
		NoticeDays: j.NoticeDays, Predecessor: j.Predecessor, Notes: j.Notes}
	if len(j.Sectors) > 0 {
		a.Sectors = j.Sectors
	}
	if len(j.OtherSectors) > 0 {
		a.OtherSectors = j.OtherSectors
	}
	if len(j.Sources) > 0 {
		a.Sources = j.Sources
	}
	var err error
	if a.Signed, err = w.date(j.Signed); err != nil {
		return a, err
	}
	if a.Term, err = w.term(j.Term); err != nil {
		return a, err
	}
	for _, p := range j.Parties {
		q, err := w.party(p)
		if err != nil {
			return a, err
		}
		a.Parties = append(a.Parties, q)
	}
	for _, e := range j.Events {
		v, err := w.event(e)
		if err != nil {
			return a, err
		}
		a.Events = append(a.Events, v)
	}
	for _, f := range j.Funding {
		v, err := w.funding(f)
		if err != nil {
			return a, err
		}
		a.Funding = append(a.Funding, v)
	}
	for _, x := range j.Activities {
		v, err := w.activity(x)
		if err != nil {
			return a, err
		}
		a.Activities = append(a.Activities, v)
	}
	return a, nil
}

// decodeWire decodes b into the wire value v; an unknown key is an error.
func decodeWire(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if _, err := dec.Token(); err != io.EOF {
		return errors.New("text after the JSON value")
	}
	return nil
}

// UnmarshalJSON reads a party as ReadJSON does with the zero ReadOptions;
// "region" may be a code or a name region.Find knows. An unknown key is
// an error.
func (p *Party) UnmarshalJSON(b []byte) error {
	var j jsonParty
	if err := decodeWire(b, &j); err != nil {
		return err
	}
	v, err := defaultWire.party(j)
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// UnmarshalJSON reads a funding commitment as ReadJSON does with the zero
// ReadOptions, its amount in canonical or human form.
func (f *Funding) UnmarshalJSON(b []byte) error {
	var j wireFunding
	if err := decodeWire(b, &j); err != nil {
		return err
	}
	v, err := defaultWire.funding(j)
	if err != nil {
		return err
	}
	*f = v
	return nil
}

// UnmarshalJSON reads an activity as ReadJSON does with the zero
// ReadOptions, its value in canonical or human form.
func (a *Activity) UnmarshalJSON(b []byte) error {
	var j wireActivity
	if err := decodeWire(b, &j); err != nil {
		return err
	}
	v, err := defaultWire.activity(j)
	if err != nil {
		return err
	}
	*a = v
	return nil
}

// UnmarshalJSON reads an agreement as ReadJSON does with the zero
// ReadOptions: "signed" and "term" in their canonical forms or as
// Indonesian documents write them ("6 Februari 2007", "5 tahun"), an
// empty list as an absent key, an unknown key as an error.
func (a *Agreement) UnmarshalJSON(b []byte) error {
	var j wireAgreement
	if err := decodeWire(b, &j); err != nil {
		return err
	}
	v, err := defaultWire.agreement(&j)
	if err != nil {
		return err
	}
	*a = v
	return nil
}

// checkKeys walks the JSON value b and returns the offset in b and the
// name of the first key that keys (and the schemas of its values) does not
// list; off is -1 when there is none or b is not valid JSON (which the
// decoder then reports).
func checkKeys(b []byte, keys wireKeys) (off int64, key string) {
	dec := json.NewDecoder(bytes.NewReader(b))
	var walk func(keys wireKeys, object bool) (int64, string, bool)
	// walk reads one value; object says whether objects in it are checked.
	walk = func(keys wireKeys, object bool) (int64, string, bool) {
		tok, err := dec.Token()
		if err != nil {
			return -1, "", false
		}
		switch tok {
		case json.Delim('{'):
			for dec.More() {
				at := skipSpace(b, dec.InputOffset())
				k, err := dec.Token()
				if err != nil {
					return -1, "", false
				}
				name, _ := k.(string)
				sub, ok := keys[name]
				if object && !ok {
					return at, name, true
				}
				if o, key, found := walk(sub, sub != nil); found {
					return o, key, found
				}
			}
			dec.Token() // '}'
		case json.Delim('['):
			for dec.More() {
				if o, key, found := walk(keys, object); found {
					return o, key, found
				}
			}
			dec.Token() // ']'
		}
		return -1, "", false
	}
	if o, k, found := walk(keys, true); found {
		return o, k
	}
	return -1, ""
}

// skipSpace returns the offset of the first byte from off on that is no
// white space, comma or colon.
func skipSpace(b []byte, off int64) int64 {
	for int(off) < len(b) && strings.IndexByte(" \t\r\n,:", b[off]) >= 0 {
		off++
	}
	return off
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
// in Load.Rejected with the line and column where it starts (or, for a key
// the form does not have, where that key is) and the rest still load,
// unless opt.Strict, which stops at the first. The error is for input
// that is not a JSON array or object of that shape at all (an object with
// a key other than "agreements" and "note", a remark on the file, included), or the first bad agreement in
// strict mode (also recorded in the Load).
//
// Every key of every object (agreement, party, event, funding, activity,
// source) must be one of the documented form, spelt as WriteJSON writes
// it: an unknown key is an error at its position, never dropped. An empty
// list ("sectors": []) reads as nil, the same as an absent key, so that
// what ReadJSON reads writes and reads back equal. Dates, terms and
// amounts not in their canonical form are read in the language of
// opt.Lang, and a party's region not given as a code is found by
// opt.Resolve, as ReadCSV does. opt.Region, when given, is added as the
// RoleRegion party of every agreement that has none (a register kept by
// one office).
func ReadJSON(r io.Reader, opt ReadOptions) (*Load, error) {
	var own region.Region
	if opt.Region != "" {
		resolve := opt.Resolve
		if resolve == nil {
			resolve = region.Find
		}
		var err error
		if own, err = resolve(opt.Region); err != nil {
			return nil, fmt.Errorf("agreement.ReadJSON: own region: %w", err)
		}
	}
	data, over, err := input.ReadAll(r, int64(maxFileBytes))
	if err != nil {
		return nil, err
	}
	if over.Line > 0 {
		return nil, &RowError{File: opt.File, Line: over.Line, Column: over.Column, Err: ErrTooLong}
	}
	input.BlankBOM(data)
	wr := newWireReader(opt)
	l := &Load{}
	pos := func(off int64) (int, int) { return input.LineCol(data, off) }
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
			at := skipSpace(data, dec.InputOffset())
			key, err := dec.Token()
			if err != nil {
				return nil, fail(dec.InputOffset(), err)
			}
			if key == "agreements" {
				found = true
				break
			}
			if err := fileKey(dec, key); err != nil {
				return nil, fail(at, err)
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
	object := tok == json.Delim('{')
	reg := &Register{}
	elems := input.NewLines(data) // the lines of the elements, read forwards
	for dec.More() {
		off := skipSpace(data, dec.InputOffset()) // the element starts after any white space and comma
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return l, fail(dec.InputOffset(), err)
		}
		l.Rows++
		a, at, err := wr.readAgreement(raw)
		if err == nil && own.IsValid() && !hasRegionParty(a.Parties) {
			a.Parties = append([]Party{{Role: RoleRegion, Region: own, Name: own.Name, Country: own.Country}}, a.Parties...)
		}
		if err == nil {
			err = reg.Add(a)
		}
		if err != nil {
			e := fail(off+at, err)
			l.Rejected = append(l.Rejected, e.(*RowError))
			if opt.Strict {
				return l, e
			}
			continue
		}
		l.Agreements = append(l.Agreements, a)
		line, _ := elems.At(off)
		l.setLine(a.ID, line)
	}
	if _, err := dec.Token(); err != nil { // the closing bracket
		return l, fail(dec.InputOffset(), err)
	}
	for object && dec.More() {
		at := skipSpace(data, dec.InputOffset())
		key, err := dec.Token()
		if err == nil {
			err = fileKey(dec, key)
		}
		if err != nil {
			return l, fail(at, err)
		}
	}
	return l, nil
}

// fileKey reads the value of a key of the file's object other than
// "agreements": "note", a remark on the file as a string, which is not
// kept; any other key is an error.
func fileKey(dec *json.Decoder, key json.Token) error {
	if key != "note" {
		return fmt.Errorf("unknown key %q (the file holds \"agreements\" and \"note\")", key)
	}
	var note string
	if err := dec.Decode(&note); err != nil {
		return fmt.Errorf(`"note": %w`, err)
	}
	return nil
}

// readAgreement reads one element of the array of agreements. The error
// is at offset at of raw: the unknown key, else the element's start.
func (w wireReader) readAgreement(raw []byte) (a Agreement, at int64, err error) {
	if off, key := checkKeys(raw, agreementKeys); off >= 0 {
		return a, off, fmt.Errorf("unknown key %q", key)
	}
	var j wireAgreement
	if err := decodeWire(raw, &j); err != nil {
		return a, 0, err
	}
	a, err = w.agreement(&j)
	return a, 0, err
}

// hasRegionParty reports whether ps has an Indonesian party, as Validate
// counts one.
func hasRegionParty(ps []Party) bool {
	for _, p := range ps {
		if p.Role == RoleRegion || (p.Role == 0 && p.CountryCode() == "ID") {
			return true
		}
	}
	return false
}
