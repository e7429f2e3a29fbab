package session

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"

	"github.com/kerjasama/kerjasama/internal/header"
	"github.com/kerjasama/kerjasama/internal/input"
	"github.com/kerjasama/kerjasama/region"
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
// naming at least the columns ref and session (in any order, any case, in
// English or in the Indonesian and Malay forms secretariats and news
// write: "Rujukan", "Tajuk", "Pencadang", "Keputusan", "No. Isu",
// "Hasil/Keputusan", "Status/Tindak Lanjut"; see csvHeaders; the text of
// any other column, "Penanggung Jawab" for one, is kept in the entry's
// note as "header: text"), then one row per item per session. The text goes
// through the project's one input toolbox (internal/input): UTF-8 with or
// without a byte order mark, or UTF-16; lines ended by LF, CRLF or CR
// alone; cells separated by commas, or by semicolons, tabs or bars when
// the header line uses more of those (as spreadsheets save CSV where ","
// is the decimal mark); strict quoting; a record of at most 1 MiB, so
// that memory stays bounded whatever the input.
//
// Rows with the same forum and ref make one item, in the order of their
// first row; title, field and proposer are taken from the first row that
// gives them. Enumerations may be identifiers or labels in any of the
// three languages ("disepakati", "dibincangkan", "dalam proses"). The
// forum is a forum ID, or names a border pair or two border districts
// ("Kalbar – Sarawak", "Sanggau – Serian"; see ReadSessionsCSV). The
// proposer is a side, or a region, whose country gives the side
// ("Kalimantan Barat" is Indonesia); a row without a forum (or a file
// without the column) is of the regional forum of the proposer's border
// pair. The session is a number or a title that ParseTitle reads
// ("Sidang ke-36").
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
	cf, err := openCSV(r)
	if err != nil {
		return nil, 0, err
	}
	if err := cf.itemsHeader(); err != nil {
		return nil, 0, err
	}
	items, _, loaded, err = cf.items()
	return items, loaded, err
}

// itemsHeader checks that the header of an items CSV has the columns it
// needs: a ref (or a row number, which then serves as the ref) and a
// session.
func (cf *csvFile) itemsHeader() error {
	if cf.col["ref"] < 0 && cf.col["no"] >= 0 {
		cf.col["ref"] = cf.col["no"] // a row number is the reference when nothing else is
	}
	for _, need := range []string{"ref", "session"} {
		if cf.col[need] < 0 {
			return &ParseError{Line: 1, Column: 1, Err: fmt.Errorf("%w: header lacks the column %q", ErrSyntax, need)}
		}
	}
	return nil
}

// items reads the rows of an items CSV whose header itemsHeader accepted;
// lines holds the position of the first row of each item.
func (cf *csvFile) items() (items []Item, lines []rowPos, loaded int, err error) {
	type key struct{ forum, ref string }
	index := map[key]int{}
	var errs []error
	err = cf.rows(func(pos rowPos) error {
		row, err := cf.itemRow()
		if err != nil {
			return err
		}
		k := key{row.forum, row.ref}
		n, ok := index[k]
		if !ok {
			n = len(items)
			index[k] = n
			items = append(items, Item{Forum: row.forum, Ref: row.ref})
			lines = append(lines, pos)
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
			return nil
		}
		it.History = append(it.History, row.entry)
		return nil
	}, &errs)
	if err != nil {
		errs = append(errs, err)
	}
	return items, lines, loaded, errors.Join(errs...)
}

// A csvFile is a CSV being read: the toolbox's reader, the header's cells
// and the index of each known column (-1 for none), and the current
// record.
type csvFile struct {
	ir    *input.Reader
	names []string       // the header's cells, trimmed
	col   map[string]int // column name → index, -1 when absent
	rec   [][]byte       // the current record, valid until the next read

	// Forum and proposer cells repeat down a file; what they resolve to
	// is kept, for at most maxMemo distinct cells each.
	forums    map[string]memo[Forum]
	proposers map[string]memo[proposer]
}

// maxMemo bounds the cells a csvFile remembers the reading of.
const maxMemo = 4096

// memo is the reading of a cell.
type memo[T any] struct {
	v   T
	err error
}

// proposer is what a proposer cell gives.
type proposer struct {
	side Side
	pair region.Pair
}

// remember returns the reading of cell s in m, reading it with read
// the first time.
func remember[T any](m *map[string]memo[T], s string, read func(string) (T, error)) (T, error) {
	if e, ok := (*m)[s]; ok {
		return e.v, e.err
	}
	v, err := read(s)
	if *m == nil {
		*m = map[string]memo[T]{}
	}
	if len(*m) < maxMemo {
		(*m)[s] = memo[T]{v, err}
	}
	return v, err
}

// csvColumns are the columns csvHeaders knows.
var csvColumns = []string{"forum", "ref", "no", "title", "field", "proposer", "session", "outcome", "status", "note",
	"level", "dates", "start", "end", "city", "venue", "host", "mode", "source", "parent", "unconfirmed"}

// extra returns the filled cells of the current record in the columns
// a reader does not use (used names the columns it reads): columns of no
// known name, a second column of a name, and the columns of the other
// kind of file. Each is "header: text", for the row's note, so that no
// text of a row is dropped without a trace. A row number ("No") is not
// text of the row.
func (cf *csvFile) extra(used []string) []string {
	var out []string
cells:
	for i, b := range cf.rec {
		if i >= len(cf.names) {
			break
		}
		for _, c := range append(used, "no") {
			if cf.col[c] == i {
				continue cells
			}
		}
		if v := cellText(b); v != "" {
			out = append(out, cf.names[i]+": "+v)
		}
	}
	return out
}

// withExtra returns note followed by the extra cells, "; " between them.
func withExtra(note string, extra []string) string {
	if len(extra) == 0 {
		return note
	}
	if note != "" {
		extra = append([]string{note}, extra...)
	}
	return strings.Join(extra, "; ")
}

// rowPos is the position of a row.
type rowPos = input.Pos

// openCSV reads the header of r and maps its columns.
func openCSV(r io.Reader) (*csvFile, error) {
	ir := input.NewReader(r, input.Options{})
	head, _, err := ir.Read()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return nil, &ParseError{Line: 1, Column: 1, Err: fmt.Errorf("%w: empty input, want a header", ErrSyntax)}
		}
		return nil, inputError(err)
	}
	cf := &csvFile{ir: ir, names: make([]string, len(head)), col: map[string]int{}}
	for _, c := range csvColumns {
		cf.col[c] = -1
	}
	for i, h := range head {
		cf.names[i] = strings.TrimSpace(string(h))
		if c, _ := csvHeaders().Match(string(h)); c != "" && cf.col[c] < 0 {
			cf.col[c] = i
		}
	}
	ir.SetFieldCount(len(head))
	return cf, nil
}

// rows calls row for every record after the header, with its position,
// appending the errors of the records and of row to errs; it returns the
// error that stopped reading early (more than MaxCSVRows rows), or nil.
func (cf *csvFile) rows(row func(rowPos) error, errs *[]error) error {
	for n := 1; ; n++ {
		rec, pos, err := cf.ir.Read()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if n > MaxCSVRows {
			return &ParseError{Offset: pos.Offset, Line: pos.Line, Column: pos.Column,
				Err: fmt.Errorf("%w: more than %d rows, reading stopped", ErrTooLarge, MaxCSVRows)}
		}
		if err != nil {
			*errs = append(*errs, inputError(err))
			continue
		}
		cf.rec = rec
		if err := row(pos); err != nil {
			*errs = append(*errs, err)
		}
	}
}

// cell returns the trimmed text of column name in the current record and
// its index, or "" and -1 when the file has no such column.
func (cf *csvFile) cell(name string) (string, int) {
	i, ok := cf.col[name]
	if !ok || i < 0 || i >= len(cf.rec) {
		return "", -1
	}
	return cellText(cf.rec[i]), i
}

// cellText is the text of a cell: trimmed, and with the quote a writer
// puts before a formula taken off (input.Unneutralise).
func cellText(b []byte) string { return strings.TrimSpace(input.Unneutralise(string(b))) }

// bad returns a *ParseError for cell i of the current record (the start
// of the record when i < 0).
func (cf *csvFile) bad(i int, err error) error {
	if i < 0 || i >= len(cf.rec) {
		i = 0
	}
	p := cf.ir.FieldPos(i)
	pe := &ParseError{Offset: p.Offset, Line: p.Line, Column: p.Column, Err: err}
	if i < len(cf.names) {
		pe.Field = cf.names[i]
	}
	if i < len(cf.rec) {
		pe.Text = input.CellText(string(cf.rec[i]))
	}
	return pe
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

// itemRow parses the cells of the current row of an items CSV.
func (cf *csvFile) itemRow() (itemRow, error) {
	var row itemRow
	var err error
	for i, v := range cf.rec {
		if len(v) > maxCSVField {
			return row, cf.bad(i, fmt.Errorf("%w: cell longer than %d bytes", ErrTooLarge, maxCSVField))
		}
	}
	var ri int
	row.ref, ri = cf.cell("ref")
	if row.ref == "" {
		return row, cf.bad(ri, fmt.Errorf("%w: row without a ref", ErrSyntax))
	}
	row.title, _ = cf.cell("title")
	if s, i := cf.cell("field"); s != "" {
		if row.field, err = ParseField(s); err != nil {
			return row, cf.bad(i, err)
		}
	}
	var pair region.Pair
	if s, i := cf.cell("proposer"); s != "" {
		p, err := remember(&cf.proposers, s, proposerOf)
		if err != nil {
			return row, cf.bad(i, err)
		}
		row.proposer, pair = p.side, p.pair
	}
	fs, fi := cf.cell("forum")
	switch {
	case fs != "":
		row.forum = fs
		if f, err := remember(&cf.forums, fs, forumOf); err == nil {
			row.forum = f.ID
		}
	case pair.ID != "":
		row.forum = pair.ID
	default:
		if fi < 0 {
			fi = ri
		}
		return row, cf.bad(fi, fmt.Errorf("%w: row names no forum, and no proposer region of a border pair gives one", ErrSyntax))
	}
	row.entry.Note, _ = cf.cell("note")
	row.entry.Note = withExtra(row.entry.Note, cf.extra(itemsUsed))
	s, si := cf.cell("session")
	if s == "" {
		return row, nil
	}
	row.hasEntry = true
	ref, err := sessionOf(s)
	if err != nil {
		return row, cf.bad(si, err)
	}
	row.entry.Session = ref.Number
	if s, i := cf.cell("outcome"); s != "" {
		if row.entry.Outcome, err = ParseOutcome(s); err != nil {
			return row, cf.bad(i, err)
		}
	}
	if s, i := cf.cell("status"); s != "" {
		if row.entry.Status, err = ParseStatus(s); err != nil {
			return row, cf.bad(i, err)
		}
	}
	return row, nil
}

// proposerOf reads the proposer of an item: a side ("Indonesia", "RI"),
// or a region whose country gives the side, and whose border pair, if it
// lies in one, is returned too ("Kalimantan Barat": Indonesia,
// kalbar-sarawak).
func proposerOf(s string) (proposer, error) {
	side, err := ParseSide(s)
	if err == nil {
		return proposer{side: side}, nil
	}
	r, rerr := region.Find(s)
	if rerr != nil {
		return proposer{}, err
	}
	switch r.Country {
	case "ID":
		side = Indonesia
	case "MY":
		side = Malaysia
	default:
		return proposer{}, err
	}
	p, _ := region.PairOf(r)
	return proposer{side, p}, nil
}

// sessionOf reads a session cell: a number ("36"), a number with its
// second count ("26 (7)"), or a title ParseTitle reads ("Sidang ke-36
// JKK/KK Sosek Malindo", "ke-36").
func sessionOf(s string) (Ref, error) {
	if t := strings.TrimSpace(s); isDigits(t) {
		if n, ok := atoi(t); ok && n >= 1 {
			return Ref{Number: n}, nil
		}
		return Ref{}, fmt.Errorf("%w: session %q is not a number of 1 or more", ErrSyntax, s)
	}
	num, second, _ := strings.Cut(s, "(")
	if n, ok := atoi(strings.TrimSpace(num)); ok && n >= 1 {
		ref := Ref{Number: n}
		if second == "" {
			return ref, nil
		}
		if m, ok := atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(second), ")"))); ok && m >= 1 {
			ref.Second = m
			return ref, nil
		}
	}
	ref, err := ParseTitle(s)
	if err != nil && !errors.Is(err, ErrNotSession) {
		ref, err = ParseTitle(s + " Sosek Malindo") // "Sidang ke-36", "ke-36": the forum is the file's
	}
	if errors.Is(err, ErrNotSession) {
		var pe *ParseError
		errors.As(err, &pe)
		return Ref{}, pe.Err
	}
	if err != nil {
		return Ref{}, fmt.Errorf("%w: session %q is not a number of 1 or more", ErrSyntax, s)
	}
	return ref, nil
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

// csvHeaders reads the headers of session and item spreadsheets as the
// columns of ItemsCSVHeader and SessionsCSVHeader (and "no", a row
// number), through the module's one header matcher (internal/header):
// English names, and the Indonesian and Malay headers of secretariat
// sheets and minutes ("No. Isu", "Rujukan", "Perkara", "Tajuk",
// "Kertas Kerja", "Pengusul", "Pencadang", "Sidang ke-", "Hasil Sidang",
// "Keputusan", "Status Tindak Lanjut", "Keterangan", "Catatan",
// "Tanggal", "Tarikh", "Tempat", "Tuan Rumah", "Sumber"), with
// abbreviations ("Tgl", "Ket", "Bil") and several names in one header
// ("Hasil/Keputusan", "No/Nomor").
var csvHeaders = sync.OnceValue(func() *header.Matcher[string] {
	return header.New(map[string][]string{
		"forum": {"forum", "forum id", "series", "siri", "seri", "pasangan", "pair", "border pair", "forum sosek malindo", "kk jkk", "jkk kk",
			"kelompok kerja", "jawatankuasa kerja", "peringkat", "tingkat"},
		"ref": {"ref", "reference", "referensi", "rujukan", "no rujukan", "no isu", "nomor isu", "no item", "kode", "kod", "kode isu",
			"no perkara", "no butir", "nomor butir", "item no", "issue no"},
		"no": {"no", "nomor", "nombor", "bil", "bilangan", "no urut", "nomor urut"},
		"title": {"title", "judul", "isu", "perkara", "agenda", "usulan", "uraian", "tajuk", "issue", "perihal", "butir", "pokok bahasan",
			"topik", "topic", "nama sidang", "nama kegiatan", "kegiatan", "acara", "event", "nama mesyuarat"},
		"field": {"field", "bidang", "kertas kerja", "tim teknis", "tim teknik", "working paper", "technical team", "kumpulan teknik", "bidang kerja sama"},
		"proposer": {"proposer", "pengusul", "pihak pengusul", "diusulkan oleh", "dicadangkan oleh", "cadangan", "pencadang", "usulan dari",
			"cadangan dari", "proposed by", "side", "pihak"},
		"session": {"session", "sidang", "sidang ke", "persidangan", "persidangan ke", "session no", "session number", "nomor sidang", "no sidang",
			"mesyuarat", "mesyuarat ke", "pertemuan", "pertemuan ke", "bil mesyuarat", "bil persidangan"},
		"outcome": {"outcome", "hasil", "hasil sidang", "keputusan", "keputusan sidang", "kesepakatan", "decision", "result", "hasil pembahasan",
			"keputusan mesyuarat", "hasil persidangan"},
		"status": {"status", "status tindak lanjut", "tindak lanjut", "status pelaksanaan", "status perlaksanaan", "follow up", "follow up status",
			"tindakan", "status tindakan", "perkembangan", "tindakan susulan"},
		"note":  {"note", "notes", "keterangan", "catatan", "catatan sidang", "ulasan", "remarks", "komen", "comments"},
		"level": {"level", "tingkatan", "aras"},
		"dates": {"dates", "date", "tanggal", "tarikh", "waktu", "tanggal pelaksanaan", "tarikh persidangan", "tarikh mesyuarat", "waktu pelaksanaan",
			"tahun", "year", "masa", "tempoh", "when", "within", "bulan", "month", "tanggal sidang"},
		"start": {"start", "start date", "from", "begin", "tanggal mulai", "mulai", "dari", "dari tanggal", "tanggal awal", "tarikh mula", "mula"},
		"end": {"end", "end date", "to", "until", "tanggal selesai", "selesai", "tanggal berakhir", "berakhir", "sampai", "hingga", "sampai tanggal",
			"tanggal akhir", "tarikh tamat", "tamat", "tarikh akhir"},
		"city":        {"city", "kota", "bandar", "town", "kota penyelenggara"},
		"venue":       {"venue", "tempat", "lokasi", "location", "place", "tempat pelaksanaan", "tempat persidangan", "tempat mesyuarat", "tempat sidang"},
		"host":        {"host", "tuan rumah", "penyelenggara", "host side", "pihak tuan rumah", "penganjur"},
		"mode":        {"mode", "cara", "kaedah", "format", "bentuk", "moda", "mode pelaksanaan"},
		"source":      {"source", "sumber", "url", "link", "tautan", "pautan", "sumber berita", "sources"},
		"parent":      {"parent", "induk", "forum induk"},
		"unconfirmed": {"unconfirmed", "belum dipastikan", "belum disahkan", "tentative", "tentatif"},
	}, header.Options{
		Abbrev: map[string]string{"tgl": "tanggal", "ket": "keterangan", "bil": "bil", "thn": "tahun", "no": "no", "nmr": "nomor", "sdg": "sidang"},
		Lead:   []string{"nama", "data"},
		Trail:  []string{"sosek malindo", "sidang", "mesyuarat", "persidangan", "kk jkk"},
	})
})

// itemsUsed are the columns an items CSV is read from.
var itemsUsed = []string{"forum", "ref", "title", "field", "proposer", "session", "outcome", "status", "note"}

// itemColumns are the columns of the items CSV.
var itemColumns = map[string]bool{"forum": true, "ref": true, "no": true, "title": true, "field": true, "proposer": true,
	"session": true, "outcome": true, "status": true, "note": true}

// itemsColumn returns the column name of ItemsCSVHeader a header means, or
// "" for none.
func itemsColumn(h string) string {
	c, _ := csvHeaders().Match(h)
	if !itemColumns[c] || c == "no" {
		return ""
	}
	return c
}
