package region

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/kerjasama/kerjasama/internal/header"
	"github.com/kerjasama/kerjasama/internal/input"
)

// A RowError is a row of a file of regions that could not be defined, at
// its line and column (1-based; the column of the cell at fault, in
// bytes): "partners.csv:4:9: level: …".
type RowError struct {
	File   string
	Line   int
	Column int
	Field  string // the column's header, when the problem is one cell's
	Err    error
}

// Error returns "file:line:column: field: reason" (the file left out when
// empty); control characters are escaped.
func (e *RowError) Error() string { return input.RowError(e.File, e.Line, e.Column, e.Field, e.Err) }

// Unwrap returns the underlying error.
func (e *RowError) Unwrap() error { return e.Err }

// The columns of a file of regions to define; defNone is no column.
const (
	defNone = iota
	defName
	defCountry
	defLevel
	defISO
	defCode
	defParent
	defNames
	defColumns
)

// defineHeaders are the headers of each column, folded: English, then
// Indonesian and Malay.
var defineHeaders = [defColumns][]string{
	defName:    {"name", "nama", "nama mitra", "mitra", "partner"},
	defCountry: {"country", "negara", "kode negara", "country code"},
	defLevel:   {"level", "tingkat", "jenis", "peringkat"},
	defISO:     {"iso", "iso 3166 2", "kode iso"},
	defCode:    {"code", "kode", "kod"},
	defParent:  {"parent", "induk", "wilayah induk"},
	defNames:   {"names", "nama lain", "other names", "alias"},
}

// defineMatcher reads the headers of a file of regions as written
// (header.Matcher.Exact), built on first use.
var defineMatcher = sync.OnceValue(func() *header.Matcher[int] {
	cols := map[int][]string{}
	for c, names := range defineHeaders {
		if c != defNone {
			cols[c] = names
		}
	}
	return header.New(cols, header.Options{})
})

// DefineCSV defines in g every region of a CSV file, such as the foreign
// partners a register names that the embedded data lacks, and returns how
// many rows it defined. The columns are those of the package's own
// data/partners.csv, found by their headers in any order: name, country
// (ISO 3166-1 alpha-2 or a country name Find reads, "Jepang"), level
// (ParseLevel: "province", "Prefektur", "city", "negara bagian"), and the
// optional iso (ISO 3166-2), code (an ISO 3166-2 code is taken as iso;
// another code must be the one Define gives), parent (a code g knows)
// and names (further names, separated by ";"). Nama, Negara, Tingkat,
// Induk and Nama Lain are read too. Lines that start with "#" are
// comments; name is the file name used in positions.
//
// The text is read by the project's input toolbox (encodings, separators,
// strict quoting, positions). A row that cannot be read or defined is an
// error at its line and column (a *RowError; Define's reason wrapped); the
// other rows are still defined, and every problem is returned, joined.
// A file without name, country or level columns is an error at line 1.
func (g *Gazetteer) DefineCSV(r io.Reader, name string) (int, error) {
	cr := input.NewReader(commentsBlank(r), input.Options{File: name})
	hdr, _, err := cr.Read()
	if err == io.EOF {
		return 0, &RowError{File: name, Line: 1, Column: 1, Err: errors.New("empty file: no header")}
	}
	if err != nil {
		return 0, err
	}
	cols := [defColumns]int{}
	for i := range cols {
		cols[i] = -1
	}
	names := make([]string, len(hdr))
	for i, h := range hdr {
		names[i] = strings.TrimSpace(string(h))
		if c, ok := defineMatcher().Exact(names[i]); ok && cols[c] < 0 {
			cols[c] = i
		}
	}
	var missing []string
	for _, c := range []int{defName, defCountry, defLevel} {
		if cols[c] < 0 {
			missing = append(missing, defineHeaders[c][0])
		}
	}
	if len(missing) > 0 {
		return 0, &RowError{File: name, Line: 1, Column: 1, Err: fmt.Errorf("header lacks the columns %s", strings.Join(missing, ", "))}
	}
	cr.SetFieldCount(len(hdr))
	var errs []error
	n := 0
	for {
		fields, _, err := cr.Read()
		if err == io.EOF {
			break
		}
		var ie *input.Error
		if errors.As(err, &ie) {
			errs = append(errs, &RowError{File: name, Line: ie.Line, Column: ie.Column, Err: ie.Err})
			continue
		}
		if err != nil {
			return n, errors.Join(append(errs, err)...)
		}
		cell := func(c int) string {
			if cols[c] < 0 {
				return ""
			}
			return strings.TrimSpace(string(fields[cols[c]]))
		}
		at := func(c int, err error) *RowError {
			p := cr.FieldPos(max(cols[c], 0))
			f := ""
			if cols[c] >= 0 {
				f = names[cols[c]]
			}
			return &RowError{File: name, Line: p.Line, Column: p.Column, Field: f, Err: err}
		}
		blank := true
		for _, f := range fields {
			if len(bytes.TrimSpace(f)) > 0 {
				blank = false
			}
		}
		if blank {
			continue
		}
		if e := g.defineRow(cell, at); e != nil {
			errs = append(errs, e)
			continue
		}
		n++
	}
	return n, errors.Join(errs...)
}

// defineRow defines the region of one row; the error is at the cell at
// fault.
func (g *Gazetteer) defineRow(cell func(int) string, at func(int, error) *RowError) *RowError {
	r := Region{Name: cell(defName), ISO: strings.ToUpper(cell(defISO)), Parent: cell(defParent)}
	if r.Name == "" {
		return at(defName, errors.New("no name"))
	}
	lv, err := ParseLevel(cell(defLevel))
	if err != nil {
		return at(defLevel, err)
	}
	r.Level = lv
	country := cell(defCountry)
	if isCountryCode(strings.ToUpper(country)) {
		r.Country = strings.ToUpper(country)
	} else if c, err := g.Find(country); err == nil && c.Level == Country {
		r.Country = c.Country
	} else {
		return at(defCountry, fmt.Errorf("not a country code (ISO 3166-1 alpha-2) or a country's name: %q", country))
	}
	code := strings.ToUpper(cell(defCode))
	if code != "" && r.ISO == "" && strings.Contains(code, "-") && !strings.Contains(code, "/") && !strings.Contains(code, ".") {
		r.ISO = code
	}
	var aliases []string
	for _, a := range strings.Split(cell(defNames), ";") {
		if a = strings.TrimSpace(a); a != "" {
			aliases = append(aliases, a)
		}
	}
	got, err := g.Define(r, aliases...)
	if err != nil {
		var de *DefineError
		c := defName
		if errors.As(err, &de) {
			switch de.Field {
			case "Country":
				c = defCountry
			case "Level":
				c = defLevel
			case "ISO":
				c = defISO
			case "Parent":
				c = defParent
			}
		}
		return at(c, err)
	}
	if code != "" && !strings.EqualFold(code, got.Code) && !strings.EqualFold(code, got.ISO) {
		return at(defCode, fmt.Errorf("code %q is not the code the region is given (%s)", code, got.Code))
	}
	return nil
}

// commentsBlank returns r with every line that starts with "#" emptied
// (its line end kept), so that comments are skipped as empty lines and
// positions stay those of the file.
func commentsBlank(r io.Reader) io.Reader { return &blanker{r: r, start: true} }

type blanker struct {
	r       io.Reader
	start   bool // the next byte starts a line
	comment bool // inside a comment line
}

func (b *blanker) Read(p []byte) (int, error) {
	for {
		n, err := b.r.Read(p)
		w := 0
		for _, c := range p[:n] {
			if b.start && c == '#' {
				b.comment = true
			}
			end := c == '\n' || c == '\r'
			b.start = end
			if b.comment && !end {
				continue
			}
			b.comment = false
			p[w] = c
			w++
		}
		// A read of comment only reads on, so as not to return 0, nil.
		if w > 0 || n == 0 || err != nil {
			return w, err
		}
	}
}
