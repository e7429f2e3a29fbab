package session

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/kerjasama/kerjasama/internal/fold"
	"github.com/kerjasama/kerjasama/internal/input"
)

// MaxCSVRows is the largest number of rows ReadItemsCSV reads; more is an
// ErrTooLarge error.
const MaxCSVRows = 2_000_000

// maxCSVField is the longest cell ReadItemsCSV accepts.
const maxCSVField = 4096

// ItemsCSVHeader is the header row of the items CSV: one row per item per
// session that discussed it.
var ItemsCSVHeader = []string{"forum", "ref", "title", "field", "proposer", "session", "outcome", "status", "note"}

// WriteItemsCSV writes items as CSV with the header ItemsCSVHeader and one
// row per item per history entry, in the order given; an item without
// history gets one row with an empty session. Enumerations are written as
// their English identifiers, so the file reads back with ReadItemsCSV.
// Follow-up actions are not part of the CSV form; use JSON to keep them.
func WriteItemsCSV(w io.Writer, items []Item) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(ItemsCSVHeader); err != nil {
		return err
	}
	row := make([]string, len(ItemsCSVHeader))
	for i := range items {
		it := &items[i]
		row[0], row[1], row[2], row[3], row[4] = it.Forum, it.Ref, it.Title, it.Field.String(), it.Proposer.String()
		if len(it.History) == 0 {
			row[5], row[6], row[7], row[8] = "", "", "", it.Note
			if err := cw.Write(row); err != nil {
				return err
			}
			continue
		}
		for _, e := range it.History {
			row[5] = strconv.Itoa(e.Session)
			row[6], row[7], row[8] = e.Outcome.String(), e.Status.String(), e.Note
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// ReadItemsCSV reads items written by WriteItemsCSV or by hand: a header
// naming at least the columns forum, ref and session (in any order, any
// case, in English or in the Indonesian and Malay forms secretariats use,
// see itemsHeaders; unknown columns are ignored), then one row per item per
// session. The text goes through the project's one input toolbox
// (internal/input): UTF-8 with or without a byte order mark, or UTF-16;
// lines ended by LF, CRLF or CR alone; cells separated by commas, or by
// semicolons, tabs or bars when the header line uses more of those (as
// spreadsheets save CSV where "," is the decimal mark); strict quoting; a
// record of at most 1 MiB, so that memory stays bounded whatever the
// input.
// Rows with the same forum and ref make one item, in the order of their
// first row; title, field and proposer are taken from the first row that
// gives them. Enumerations may be identifiers or labels in any of the three
// languages ("disepakati", "dalam proses").
//
// Every row is either loaded or reported: a row with more or fewer cells
// than the header, a quote out of place (an unclosed quote is reported at
// the opening quote), invalid text, or a cell that does not parse is a
// *ParseError with the line and column of the problem, and reading goes on
// with the next row. A file with such rows gives the items of the rows
// that read and every problem joined (errors.Join); callers that want all
// or nothing discard the items when the error is not nil. A header that
// cannot be read, a record longer than 1 MiB, more than MaxCSVRows rows
// and a failure of r stop reading, with the rows read so far.
func ReadItemsCSV(r io.Reader) ([]Item, error) {
	items, _, err := readItemsCSV(r)
	return items, err
}

// readItemsCSV is ReadItemsCSV, also returning the number of rows loaded
// (for the tests of rows in = rows loaded + rows reported).
func readItemsCSV(r io.Reader) (items []Item, loaded int, err error) {
	ir := input.NewReader(r, input.Options{})
	head, _, err := ir.Read()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return nil, 0, &ParseError{Line: 1, Column: 1, Err: fmt.Errorf("%w: empty input, want a header", ErrSyntax)}
		}
		return nil, 0, inputError(err)
	}
	col := map[string]int{}
	names := make([]string, len(head))
	for i, h := range head {
		names[i] = strings.TrimSpace(string(h))
		h := itemsColumn(string(h))
		if _, dup := col[h]; !dup && h != "" {
			col[h] = i
		}
	}
	for _, need := range []string{"forum", "ref", "session"} {
		if _, ok := col[need]; !ok {
			return nil, 0, &ParseError{Line: 1, Column: 1, Err: fmt.Errorf("%w: header lacks the column %q", ErrSyntax, need)}
		}
	}
	ir.SetFieldCount(len(head))
	type key struct{ forum, ref string }
	index := map[key]int{}
	var errs []error
	for rows := 1; ; rows++ {
		rec, pos, err := ir.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if rows > MaxCSVRows {
			errs = append(errs, &ParseError{Offset: pos.Offset, Line: pos.Line, Column: pos.Column,
				Err: fmt.Errorf("%w: more than %d rows, reading stopped", ErrTooLarge, MaxCSVRows)})
			break
		}
		if err != nil {
			errs = append(errs, inputError(err))
			continue
		}
		row, err := readItemRow(ir, rec, names, col)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		k := key{row.forum, row.ref}
		n, ok := index[k]
		if !ok {
			n = len(items)
			index[k] = n
			items = append(items, Item{Forum: row.forum, Ref: row.ref})
		}
		loaded++
		it := &items[n]
		if row.title != "" && it.Title == "" {
			it.Title = row.title
		}
		if row.field != 0 && it.Field == 0 {
			it.Field = row.field
		}
		if row.proposer != 0 && it.Proposer == 0 {
			it.Proposer = row.proposer
		}
		if !row.hasEntry {
			if row.entry.Note != "" && it.Note == "" {
				it.Note = row.entry.Note
			}
			continue
		}
		it.History = append(it.History, row.entry)
	}
	return items, loaded, errors.Join(errs...)
}

// itemRow is one row of the items CSV, parsed whole before any of it is
// applied, so that a bad row leaves the items as they were.
type itemRow struct {
	forum, ref, title string
	field             Field
	proposer          Side
	hasEntry          bool
	entry             Entry
}

// readItemRow parses the cells of one row (valid until the next Read of
// ir) by the columns col.
func readItemRow(ir *input.Reader, rec [][]byte, head []string, col map[string]int) (itemRow, error) {
	var row itemRow
	cell := func(name string) (string, int) {
		i, ok := col[name]
		if !ok || i >= len(rec) {
			return "", -1
		}
		return strings.TrimSpace(string(rec[i])), i
	}
	bad := func(i int, err error) error {
		p := ir.FieldPos(i)
		return &ParseError{Offset: p.Offset, Line: p.Line, Column: p.Column, Field: head[i], Text: input.CellText(string(rec[i])), Err: err}
	}
	for i, v := range rec {
		if len(v) > maxCSVField {
			return row, bad(i, fmt.Errorf("%w: cell longer than %d bytes", ErrTooLarge, maxCSVField))
		}
	}
	var err error
	row.forum, _ = cell("forum")
	var ri int
	row.ref, ri = cell("ref")
	if row.ref == "" {
		return row, bad(ri, fmt.Errorf("%w: row without a ref", ErrSyntax))
	}
	row.title, _ = cell("title")
	if s, i := cell("field"); s != "" {
		if row.field, err = ParseField(s); err != nil {
			return row, bad(i, err)
		}
	}
	if s, i := cell("proposer"); s != "" {
		if row.proposer, err = ParseSide(s); err != nil {
			return row, bad(i, err)
		}
	}
	row.entry.Note, _ = cell("note")
	s, si := cell("session")
	if s == "" {
		return row, nil
	}
	row.hasEntry = true
	if row.entry.Session, err = strconv.Atoi(s); err != nil || row.entry.Session < 1 {
		return row, bad(si, fmt.Errorf("%w: session %q is not a number of 1 or more", ErrSyntax, s))
	}
	if s, i := cell("outcome"); s != "" {
		if row.entry.Outcome, err = ParseOutcome(s); err != nil {
			return row, bad(i, err)
		}
	}
	if s, i := cell("status"); s != "" {
		if row.entry.Status, err = ParseStatus(s); err != nil {
			return row, bad(i, err)
		}
	}
	return row, nil
}

// inputError turns an error of the input toolbox into a *ParseError at
// its position, wrapping ErrSyntax (ErrTooLarge for a record over the
// limit) and the toolbox's own sentinel; other errors (of the underlying
// reader) are returned as they are.
func inputError(err error) error {
	var ie *input.Error
	if !errors.As(err, &ie) {
		return err
	}
	kind := ErrSyntax
	if errors.Is(err, input.ErrTooLong) || errors.Is(err, input.ErrTooManyFields) {
		kind = ErrTooLarge
	}
	return &ParseError{Offset: ie.Offset, Line: ie.Line, Column: ie.Column, Err: fmt.Errorf("%w: %w", kind, ie.Err)}
}

// itemsHeaders maps the folded headers of item spreadsheets to the column
// names of ItemsCSVHeader: the English names, and the Indonesian and Malay
// headers of secretariat spreadsheets ("Forum", "No. Isu", "Perkara",
// "Kertas Kerja", "Pengusul", "Sidang ke-", "Hasil Sidang", "Status Tindak
// Lanjut", "Keterangan", "Catatan").
var itemsHeaders = func() map[string]string {
	m := map[string]string{}
	for col, names := range map[string][]string{
		"forum":    {"forum", "forum id", "series", "siri", "seri", "pasangan", "pair"},
		"ref":      {"ref", "reference", "referensi", "rujukan", "no isu", "nomor isu", "no item", "kode", "kod", "kode isu", "no rujukan", "no perkara"},
		"title":    {"title", "judul", "isu", "perkara", "agenda", "usulan", "uraian", "tajuk", "issue"},
		"field":    {"field", "bidang", "kertas kerja", "tim teknis", "tim teknik", "working paper", "technical team", "kumpulan teknik"},
		"proposer": {"proposer", "pengusul", "pihak pengusul", "diusulkan oleh", "dicadangkan oleh", "cadangan", "proposed by", "side"},
		"session":  {"session", "sidang", "sidang ke", "persidangan", "persidangan ke", "session no", "session number", "nomor sidang", "no sidang"},
		"outcome":  {"outcome", "hasil", "hasil sidang", "keputusan", "keputusan sidang", "kesepakatan", "decision", "result"},
		"status":   {"status", "status tindak lanjut", "tindak lanjut", "status pelaksanaan", "status perlaksanaan", "follow up", "follow up status"},
		"note":     {"note", "notes", "keterangan", "catatan", "catatan sidang", "ulasan", "remarks", "ket"},
	} {
		for _, n := range names {
			m[n] = col
		}
	}
	return m
}()

// itemsColumn returns the column name of ItemsCSVHeader a header means, or
// "" for none.
func itemsColumn(h string) string {
	return itemsHeaders[fold.Key(h)]
}
