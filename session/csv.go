package session

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/kerjasama/kerjasama/internal/fold"
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
// session. Cells are separated by commas, or by semicolons or tabs when
// the header line uses more of those (as spreadsheets save CSV where ","
// is the decimal mark).
// Rows with the same forum and ref make one item, in the order of their
// first row; title, field and proposer are taken from the first row that
// gives them. Enumerations may be identifiers or labels in any of the three
// languages ("disepakati", "dalam proses"). Errors are *ParseError values
// with the line and column of the bad cell.
func ReadItemsCSV(r io.Reader) ([]Item, error) {
	br := bufio.NewReader(r)
	cr := csv.NewReader(br)
	cr.Comma = sniffSeparator(br)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	head, err := cr.Read()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return nil, &ParseError{Line: 1, Column: 1, Err: fmt.Errorf("%w: empty input, want a header", ErrSyntax)}
		}
		return nil, csvError(err)
	}
	col := map[string]int{}
	for i, h := range head {
		h = itemsColumn(strings.TrimPrefix(h, "\ufeff"))
		if _, dup := col[h]; !dup && h != "" {
			col[h] = i
		}
	}
	for _, need := range []string{"forum", "ref", "session"} {
		if _, ok := col[need]; !ok {
			return nil, &ParseError{Line: 1, Column: 1, Err: fmt.Errorf("%w: header lacks the column %q", ErrSyntax, need)}
		}
	}
	type key struct{ forum, ref string }
	index := map[key]int{}
	var items []Item
	for rows := 1; ; rows++ {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, csvError(err)
		}
		if rows > MaxCSVRows {
			line, _ := cr.FieldPos(0)
			return nil, &ParseError{Line: line, Column: 1, Err: fmt.Errorf("%w: more than %d rows", ErrTooLarge, MaxCSVRows)}
		}
		cell := func(name string) (string, int) {
			i, ok := col[name]
			if !ok || i >= len(rec) {
				return "", -1
			}
			return strings.TrimSpace(rec[i]), i
		}
		bad := func(i int, err error) error {
			line, c := cr.FieldPos(max(i, 0))
			return &ParseError{Line: line, Column: c, Err: err}
		}
		for i, v := range rec {
			if len(v) > maxCSVField {
				return nil, bad(i, fmt.Errorf("%w: cell longer than %d bytes", ErrTooLarge, maxCSVField))
			}
		}
		forum, _ := cell("forum")
		ref, ri := cell("ref")
		if ref == "" {
			return nil, bad(ri, fmt.Errorf("%w: row without a ref", ErrSyntax))
		}
		k := key{forum, ref}
		n, ok := index[k]
		if !ok {
			n = len(items)
			index[k] = n
			items = append(items, Item{Forum: forum, Ref: ref})
		}
		it := &items[n]
		if s, _ := cell("title"); s != "" && it.Title == "" {
			it.Title = s
		}
		if s, i := cell("field"); s != "" && it.Field == 0 {
			if it.Field, err = ParseField(s); err != nil {
				return nil, bad(i, err)
			}
		}
		if s, i := cell("proposer"); s != "" && it.Proposer == 0 {
			if it.Proposer, err = ParseSide(s); err != nil {
				return nil, bad(i, err)
			}
		}
		s, si := cell("session")
		if s == "" {
			if note, _ := cell("note"); note != "" && it.Note == "" {
				it.Note = note
			}
			continue
		}
		var e Entry
		if e.Session, err = strconv.Atoi(s); err != nil || e.Session < 1 {
			return nil, bad(si, fmt.Errorf("%w: session %q is not a number of 1 or more", ErrSyntax, s))
		}
		if s, i := cell("outcome"); s != "" {
			if e.Outcome, err = ParseOutcome(s); err != nil {
				return nil, bad(i, err)
			}
		}
		if s, i := cell("status"); s != "" {
			if e.Status, err = ParseStatus(s); err != nil {
				return nil, bad(i, err)
			}
		}
		e.Note, _ = cell("note")
		it.History = append(it.History, e)
	}
	return items, nil
}

func csvError(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &ParseError{Line: pe.Line, Column: pe.Column, Err: fmt.Errorf("%w: %v", ErrSyntax, pe.Err)}
	}
	return err
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

// sniffSeparator returns the separator the header line uses most: ";",
// a tab or ",".
func sniffSeparator(br *bufio.Reader) rune {
	head, _ := br.Peek(4096)
	if i := strings.IndexByte(string(head), '\n'); i >= 0 {
		head = head[:i]
	}
	comma, semi, tab := strings.Count(string(head), ","), strings.Count(string(head), ";"), strings.Count(string(head), "\t")
	switch {
	case semi > comma && semi >= tab:
		return ';'
	case tab > comma && tab > semi:
		return '\t'
	}
	return ','
}
