package agreement

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"

	"golang.org/x/text/language"

	"github.com/kerjasama/kerjasama/internal/fold"
	"github.com/kerjasama/kerjasama/internal/header"
	"github.com/kerjasama/kerjasama/internal/input"
	"github.com/kerjasama/kerjasama/internal/lang"
	"github.com/kerjasama/kerjasama/money"
)

// Activities from a register and from a file of their own.
//
// A register records activity in two ways. A column of the register
// itself ("Manfaat yang Telah Diperoleh", "Realisasi", "Kegiatan"): each
// non-empty cell is one Activity of its row, described by the cell, dated
// by the row's "Tanggal Kegiatan" column when there is one. Without such a
// date the activity has none: it is evidence that the agreement was
// carried out (it is not "only on paper"), but it happened on no known day,
// so it counts as happened on every day (date.Partial.HappenedBy) and is
// never recent; no date is invented for it, neither the signing nor the
// start nor the end of the term. Or a file of activities, one a row, read
// by Load.AddActivities.

// The columns of a file of activities; actNone is no column.
const (
	actNone = iota
	actRef
	actDate
	actText
	actValue
	actSector
	actColumns
)

// activityHeaders reads the headers of a file of activities as written
// (header.Matcher.Exact), built on first use.
var activityHeaders = sync.OnceValue(func() *header.Matcher[int] {
	return header.New(map[int][]string{
		actRef: {"kerja sama", "kerjasama", "agreement", "id", "no", "nomor", "nomor naskah", "no naskah", "judul", "title",
			"rujukan", "referensi", "reference", "naskah", "perjanjian", "id kerja sama", "agreement id"},
		actDate:   {"tanggal", "date", "tarikh", "waktu", "tanggal kegiatan", "activity date", "tgl", "tanggal pelaksanaan"},
		actText:   {"kegiatan", "activity", "aktiviti", "uraian", "uraian kegiatan", "description", "keterangan", "realisasi", "nama kegiatan"},
		actValue:  {"nilai", "value", "anggaran", "biaya", "nilai kegiatan", "amount"},
		actSector: {"bidang", "sector", "sektor"},
	}, header.Options{})
})

// AddActivities reads a CSV file of activities and adds each row to the
// agreement of l it names; it returns how many it added. The columns, by
// their headers in any order: the agreement (Kerja Sama, Agreement, ID,
// No, Nomor Naskah, Judul, Title: its ID as loaded, else its title), the
// date (Tanggal, Date; ParsePartialDate, may be empty: see above), the
// activity (Kegiatan, Activity, Uraian, Description), and optionally its
// value (Nilai, Value; money.Parse, "sekitar Rp18 miliar" is approximate)
// and its sector (Bidang, Sector; ParseSector).
//
// The text is read by the project's input toolbox (encodings, separators,
// strict quoting, positions; opt.File names the file, opt.Lang its
// language). A row that names no agreement of l, or one whose title
// several agreements share, or with a date, value or sector that cannot be
// read, is an error at its line and column (a *RowError); the other rows
// are added, and every problem is returned, joined, unless opt.Strict,
// which stops at the first. A file without agreement or activity columns
// is an error at line 1.
func (l *Load) AddActivities(r io.Reader, opt ReadOptions) (int, error) {
	tag := opt.Lang
	if tag == (language.Tag{}) {
		tag = language.Indonesian
	}
	cr := input.NewReader(r, input.Options{File: opt.File})
	hdr, _, err := cr.Read()
	if err == io.EOF {
		return 0, &RowError{File: opt.File, Line: 1, Column: 1, Err: errors.New("empty file: no header")}
	}
	if err != nil {
		return 0, inputError(opt.File, err)
	}
	cols := [actColumns]int{-1, -1, -1, -1, -1, -1}
	names := make([]string, len(hdr))
	for i, h := range hdr {
		names[i] = strings.TrimSpace(string(h))
		if c, ok := activityHeaders().Exact(names[i]); ok && cols[c] < 0 {
			cols[c] = i
		}
	}
	if cols[actRef] < 0 || cols[actText] < 0 && cols[actDate] < 0 {
		return 0, &RowError{File: opt.File, Line: 1, Column: 1,
			Err: errors.New("header lacks the agreement column (Kerja Sama, ID, Judul) or the activity column (Kegiatan, Tanggal)")}
	}
	byID := make(map[string]int, len(l.Agreements))
	byTitle := make(map[string][]int)
	for i := range l.Agreements {
		a := &l.Agreements[i]
		byID[strings.TrimSpace(a.ID)] = i
		if k := fold.Key(a.Title); k != "" {
			byTitle[k] = append(byTitle[k], i)
		}
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
		if err != nil && !errors.As(err, &ie) {
			return n, errors.Join(append(errs, inputError(opt.File, err))...)
		}
		var e *RowError
		if err != nil {
			e = inputError(opt.File, err)
		} else if !isBlank(fields) {
			e = l.addActivity(fields, cols, names, cr, opt.File, tag, byID, byTitle)
			if e == nil {
				n++
			}
		}
		if e != nil {
			errs = append(errs, e)
			if opt.Strict {
				return n, e
			}
		}
	}
	return n, errors.Join(errs...)
}

// addActivity reads one row of a file of activities into the agreement it
// names.
func (l *Load) addActivity(fields [][]byte, cols [actColumns]int, names []string, cr *input.Reader, file string, tag language.Tag,
	byID map[string]int, byTitle map[string][]int) *RowError {
	cell := func(c int) string {
		if cols[c] < 0 {
			return ""
		}
		return strings.TrimSpace(input.Unneutralise(string(fields[cols[c]])))
	}
	at := func(c int, err error) *RowError {
		p := cr.FieldPos(cols[c])
		return &RowError{File: file, Line: p.Line, Column: p.Column, Field: names[cols[c]], Text: input.CellText(cell(c)), Err: err}
	}
	ref := cell(actRef)
	i, ok := byID[ref]
	if !ok {
		switch ts := byTitle[fold.Key(ref)]; {
		case ref == "":
			return at(actRef, fmt.Errorf("%w: no agreement named", ErrMissing))
		case len(ts) == 1:
			i, ok = ts[0], true
		case len(ts) > 1:
			return at(actRef, fmt.Errorf("%w: %d agreements have the title %q; name one by its ID", ErrUnknown, len(ts), ref))
		}
	}
	if !ok {
		return at(actRef, fmt.Errorf("%w: no agreement with the ID or title %q", ErrUnknown, ref))
	}
	var act Activity
	act.Description = cell(actText)
	if v := cell(actDate); v != "" && !isPlaceholder(v) {
		p, err := ParsePartialDate(v, tag)
		if err != nil {
			return at(actDate, err)
		}
		act.Date = p
	}
	if v := cell(actValue); v != "" && !isPlaceholder(v) {
		for _, p := range approxPrefixes {
			if len(v) > len(p) && strings.EqualFold(v[:len(p)], p) {
				v, act.Approximate = strings.TrimSpace(v[len(p):]), true
				break
			}
		}
		m, err := money.Parse(v, tag)
		if err != nil {
			return at(actValue, err)
		}
		act.Value = reportedValue(m)
	}
	if v := cell(actSector); v != "" && !isPlaceholder(v) {
		ss := matchList(v, lang.Of(tag))
		if len(ss.unknown) > 0 || len(ss.sectors) != 1 {
			return at(actSector, fmt.Errorf("%w: want one sector, got %q", ErrUnknown, v))
		}
		act.Sector = ss.sectors[0]
	}
	if act.Description == "" && act.Date.IsZero() {
		return at(actText, fmt.Errorf("%w: an activity needs a description or a date", ErrMissing))
	}
	a := &l.Agreements[i]
	a.Activities = append(a.Activities, act)
	return nil
}
