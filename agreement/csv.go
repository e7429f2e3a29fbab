package agreement

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/internal/enum"
	"github.com/kerjasama/kerjasama/internal/fold"
	"github.com/kerjasama/kerjasama/internal/input"
	"github.com/kerjasama/kerjasama/internal/lang"
	"github.com/kerjasama/kerjasama/money"
	"github.com/kerjasama/kerjasama/region"
)

// maxFileBytes caps the size of a file ReadJSON reads (256 MiB).
const maxFileBytes = 256 << 20

// maxCell caps the length of one CSV cell; a longer cell rejects its row.
const maxCell = 4096

// ReadOptions control ReadCSV and ReadJSON.
type ReadOptions struct {
	// File is the file name used in error positions ("agreements.csv:4:17").
	File string
	// Lang is the language of dates, amounts and labels in the file; the
	// zero Tag means Indonesian.
	Lang language.Tag
	// Strict stops at the first row that cannot be read; by default such
	// rows are reported and the rest still load.
	Strict bool
	// Region is the office's own region (a code or a name region.Find
	// reads), added as the RoleRegion party of every CSV row that names
	// none in a "Daerah" column, and of every JSON agreement without an
	// Indonesian party. Empty: rows without one have no such party (and
	// Validate reports ErrNoRegion for them).
	Region string
	// Resolve finds the region a name in the file means; nil means
	// region.Find. Pass a Gazetteer's Find to resolve against regions
	// defined there.
	Resolve func(name string) (region.Region, error)
}

// A Load is the result of reading a file of agreements: what was loaded,
// what was not, and what was loaded with reservations. Rows equals
// len(Agreements) + len(Rejected): nothing is lost silently.
type Load struct {
	Agreements []Agreement
	Rows       int         // records read: CSV rows after the header, JSON array elements
	Rejected   []*RowError // one per record not loaded, in file order
	Warnings   []*RowError // loaded records with a value kept as text (unknown partner, sector, …), and unknown columns

	lines map[string]int // the line each loaded agreement starts on, by ID
}

// Line returns the line of the file on which the agreement with the ID
// starts (its CSV row, or its element of a JSON array), or 0 when no
// loaded agreement has the ID. Problems that Validate finds in a loaded
// agreement are reported at this line.
func (l *Load) Line(id string) int { return l.lines[id] }

// setLine records the line of the agreement id.
func (l *Load) setLine(id string, line int) { l.lineMap()[id] = line }

// lineMap returns the lines of the agreements loaded by ID, the one set of
// the IDs read that the readers check for duplicates.
func (l *Load) lineMap() map[string]int {
	if l.lines == nil {
		l.lines = make(map[string]int, 64)
	}
	return l.lines
}

// Register returns a register of the loaded agreements.
func (l *Load) Register() *Register {
	r, _ := New(l.Agreements) // IDs were checked while loading
	return r
}

// Err returns the rejected records joined, or nil.
func (l *Load) Err() error {
	errs := make([]error, len(l.Rejected))
	for i, e := range l.Rejected {
		errs[i] = e
	}
	return errors.Join(errs...)
}

// A RowError locates a problem in a file: the line and column (1-based,
// column in bytes) of the cell at fault, or of the record for JSON. Its
// fields and its message are those of every row error of the module
// (trade.RowError and session.ParseError read the same way):
// "file:line:column: field: reason".
type RowError struct {
	File   string
	Line   int
	Column int
	Field  string // the column's header (CSV) or key (JSON), if known
	Text   string // the cell's text, cut to 64 bytes, control characters escaped; "" for the whole row
	Err    error
	// More holds the problems of the row's other bad fields, in column
	// order, each with its own column, field and text; a row is rejected
	// once, however many of its fields are bad. Nil for a row with one
	// problem.
	More []*RowError
}

// Error returns "file:line:column: field: reason" (the file left out when
// empty), followed by the other bad fields of the row: "; column 9:
// Tanggal: …". Control characters are escaped.
func (e *RowError) Error() string {
	b := input.AppendRowError(make([]byte, 0, 64), e.File, e.Line, e.Column, e.Field, e.Err)
	for _, m := range e.More {
		b = input.AppendMore(b, m.Column, m.Field, m.Err)
	}
	return string(b)
}

// Unwrap returns the underlying error.
func (e *RowError) Unwrap() error { return e.Err }

// Is reports whether target is among the errors of the row's other bad
// fields, so that errors.Is sees every problem of the row (the first is
// reached through Unwrap).
func (e *RowError) Is(target error) bool {
	for _, m := range e.More {
		if errors.Is(m, target) {
			return true
		}
	}
	return false
}

// column is a field of the CSV form.
type column uint8

const (
	colNone column = iota
	colNo
	colID
	colTitle
	colDocument
	colType
	colRegion
	colPartner
	colCountry
	colSectors
	colSigned
	colTerm
	colStatus
	colNotes
	colPredecessor
	colFunding
	colTermEnd // the last day of the term alone: "Tanggal Berakhir", "Berlaku Sampai"
	colStart   // the first day of the term: "Mulai", "Tanggal Mulai", "Periode Awal"
	colDuration
	colCategory     // "Kategori Kerjasama": a type (KSDPK), a kind of document (NK/RK) or a sector
	colScope        // "Jenis Kegiatan": free text on what is done; sectors read from it quietly
	colActivity     // "Manfaat yang Telah Diperoleh", "Realisasi": evidence of activity
	colActivityDate // "Tanggal Kegiatan": the date of the row's activity
	numColumns
)

// columnNames lists the headers of each column: Indonesian, English, then
// other names registers use. Headers match after fold.Key, so case, spacing
// and punctuation do not matter.
var columnNames = [numColumns][]string{
	colNo:           {"No", "No", "Nomor", "No.", "Number", "#", "Bil", "Bil.", "No Urut", "Nomor Urut", "No Reg", "Nomor Register"},
	colID:           {"ID", "ID", "Kode", "Code", "Nomor Naskah", "Nomor Perjanjian", "Reference", "No Naskah", "No Perjanjian", "No Dokumen", "Nomor Dokumen", "No MoU", "Nomor MoU", "Nomor Kesepakatan", "No PKS", "Nomor PKS"},
	colTitle:        {"Judul", "Title", "Judul Naskah", "Judul Kerja Sama", "Perihal", "Tajuk", "Nama Kerja Sama", "Name"},
	colDocument:     {"Jenis Naskah", "Document", "Bentuk Naskah", "Jenis Dokumen", "Document Kind", "Document Type", "Naskah", "Jenis Perjanjian", "Bentuk Dokumen", "Jenis Naskah Kerja Sama", "Bentuk Kerja Sama Naskah"},
	colType:         {"Jenis Kerja Sama", "Type", "Jenis Kerjasama", "Bentuk Kerja Sama", "Bentuk Kerjasama", "Cooperation Type", "Skema", "Jenis"},
	colRegion:       {"Daerah", "Region", "Pemerintah Daerah", "Pemda", "Pihak Daerah", "Pihak Pertama", "Pemrakarsa"},
	colPartner:      {"Mitra", "Partner", "Mitra Kerja Sama", "Mitra Kerjasama", "Pihak Kedua", "Partners", "Rakan Kongsi", "Instansi Mitra", "Lembaga Mitra", "Mitra Kerja", "Instansi", "Nama Instansi", "Kota Mitra", "Daerah Mitra", "Provinsi Mitra", "Lembaga", "Institusi", "Institution", "Partner Institution", "Nama Lembaga Mitra"},
	colCountry:      {"Negara", "Country", "Negara Mitra", "Asal Negara", "Negara Asal"},
	colSectors:      {"Bidang", "Sectors", "Bidang Kerja Sama", "Bidang Kerjasama", "Ruang Lingkup", "Sector", "Fields", "Urusan", "Objek", "Objek Kerja Sama", "Obyek", "Scope"},
	colSigned:       {"Tanggal Penandatanganan", "Signed", "Tanggal", "Tgl Penandatanganan", "Tanggal Tanda Tangan", "Date Signed", "Signing Date", "Tarikh Ditandatangani", "Tahun"},
	colTerm:         {"Jangka Waktu", "Term", "Masa Berlaku", "Periode", "Duration", "Tempoh", "Jangka Waktu Kerja Sama"},
	colStatus:       {"Status", "Status", "Keadaan"},
	colNotes:        {"Keterangan", "Notes", "Catatan", "Remarks", "Ket", "Ket."},
	colPredecessor:  {"Pendahulu", "Predecessor", "Perpanjangan Dari", "Renews"},
	colFunding:      {"Nilai", "Funding", "Anggaran", "Pendanaan", "Nilai Kerja Sama", "Budget", "Value", "Dana"},
	colStart:        {"Mulai", "Start Date", "Tanggal Mulai", "Periode Awal", "Mulai Berlaku", "Berlaku Mulai", "Tanggal Berlaku", "Tanggal Awal", "Awal", "Start", "Tarikh Mula", "Tarikh Berkuat Kuasa"},
	colDuration:     {"Durasi", "Durasi Kerja Sama", "Lama", "Lama Waktu"},
	colCategory:     {"Kategori", "Category", "Kategori Kerja Sama", "Kategori Kerjasama"},
	colScope:        {"Jenis Kegiatan", "Activity Type", "Bentuk Kegiatan", "Kind of Activity"},
	colActivity:     {"Manfaat yang Telah Diperoleh", "Activities", "Manfaat yang Diperoleh", "Manfaat", "Realisasi", "Realisasi Kegiatan", "Kegiatan", "Pelaksanaan", "Implementasi", "Activity", "Benefits", "Implementation"},
	colActivityDate: {"Tanggal Kegiatan", "Activity Date", "Tanggal Realisasi", "Tanggal Pelaksanaan", "Waktu Kegiatan", "Waktu Pelaksanaan"},
	colTermEnd:      {"Tanggal Berakhir", "Expiry Date", "Tgl Berakhir", "Berakhir", "Periode Akhir", "Tanggal Akhir", "Akhir", "Akhir Berlaku", "Selesai", "End", "Berlaku Sampai", "Berlaku Hingga", "Berlaku s.d.", "Berlaku sd", "Masa Berakhir", "Tanggal Berakhir Kerja Sama", "Expiry", "Expires", "Valid Until", "End Date", "Tanggal Selesai", "Tarikh Tamat"},
}

// ReadCSV reads an inventory spreadsheet saved as CSV, separated by
// commas, semicolons (as spreadsheets save it where "," is the decimal
// mark), tabs or vertical bars, whichever the header line uses most (ties
// go to the comma). The first record is
// the header; columns are found by their headers in Indonesian (No, Judul,
// Jenis Naskah, Jenis Kerja Sama, Mitra, Negara, Bidang, Tanggal
// Penandatanganan, Jangka Waktu, Status, Keterangan, and the optional ID,
// Daerah, Nilai, Pendahulu) or English (No, Title, Document, Type, Partner,
// Country, Sectors, Signed, Term, Status, Notes, ID, Region, Funding,
// Predecessor), in any order, case and spacing, and in the other forms
// real registers use ("NO.", "Nama Mitra", "Tgl. Penandatanganan", "Jangka
// Waktu (Tahun)", "Keterangan/Status"; see header.go for the rules), and
// the columns of real registers and cooperation apps ("Nama Instansi",
// "Kota Mitra", "Mulai", "Periode Akhir", "durasi_kerja_sama", "Kategori
// Kerjasama", "Jenis Kegiatan", "Manfaat yang Telah Diperoleh"; see the
// package documentation, "Real registers"). A
// column that gives only the end of the term ("Tanggal Berakhir", "Berlaku
// Sampai", "Expiry Date") completes the term column, or stands for it; an
// end that contradicts the term column is reported and the term column
// kept. A column with another header is kept in Notes as "Header: value"
// and reported once as a warning.
//
// Each row becomes an Agreement: its ID from the ID column, else No, else
// "line-N"; dates read with ParsePartialDate, terms with ParseTerm, amounts
// with money.Parse ("maksimal Rp1,3 miliar" is a ceiling; several separated
// by ";"), documents with ParseDocument, types with ParseType, sectors with
// ParseSectors, partners with region.Find (several separated by ";" or line
// breaks, or by "dan", "and", "," or "&" when every part names a known
// region) and countries with region.Find (a name that fits several
// countries, such as "Korea", is settled by the partner's country). The
// Status column is not stored (status is derived): a terminated or renewed
// status becomes an event without a date.
//
// A cell that starts with single quotes and then =, +, -, @, a tab or a
// CR loses its first quote: WriteCSV puts it there so that a spreadsheet
// does not run the cell as a formula (see WriteOptions.Verbatim).
//
// The text is read by the project's input toolbox (internal/input):
// UTF-8 with or without a byte order mark, or UTF-16; lines ended by LF,
// CRLF or CR alone; strict quoting. A record the toolbox cannot read (a
// bare quote, a quoted field the end of the input closes, a NUL byte or
// invalid UTF-8) and a row with fewer or more cells than the header are
// rejected at their position; a record longer than 1 MiB is rejected and
// ends reading (the error is returned with the Load), so that memory
// stays bounded. Rows equals loaded plus rejected rows, always.
//
// A row with a date, term or amount that cannot be read, a duplicate ID
// or a cell over 4096 bytes is rejected with the line and
// column of the first bad cell. Names, sectors, kinds and types that
// cannot be resolved are kept as text and reported as warnings. With
// opt.Strict the first rejected row ends reading and is returned as the
// error. The error is also returned for a file without a recognisable
// header or that cannot be read at all.
func ReadCSV(r io.Reader, opt ReadOptions) (*Load, error) {
	tag := opt.Lang
	if tag == (language.Tag{}) {
		tag = language.Indonesian
	}
	cr := input.NewReader(r, input.Options{File: opt.File})
	hdr, _, err := cr.Read()
	if err == io.EOF {
		return nil, &RowError{File: opt.File, Line: 1, Column: 1, Err: errors.New("empty file: no header")}
	}
	if err != nil {
		// A header that cannot be read leaves no column to read by.
		return nil, inputError(opt.File, err)
	}
	header := make([]string, len(hdr))
	hpos := make([]input.Pos, len(hdr))
	for i, h := range hdr {
		header[i] = string(h)
		hpos[i] = cr.FieldPos(i)
	}
	l := &Load{}
	cols, infos, names, headerWarns, known := readHeader(header, hpos, opt.File)
	l.Warnings = headerWarns
	if known == 0 {
		return nil, &RowError{File: opt.File, Line: 1, Column: 1, Err: errors.New("no known column in header (expected No, Judul, Jenis Naskah, Mitra, …)")}
	}
	if opt.Resolve == nil {
		opt.Resolve = region.Find
	}
	var own region.Region
	if opt.Region != "" {
		if own, err = opt.Resolve(opt.Region); err != nil {
			return nil, fmt.Errorf("agreement.ReadCSV: own region: %w", err)
		}
	}
	// Every row must have the header's cells: a row cut short or with
	// cells beyond the header is an error at its position.
	cr.SetFieldCount(len(header))
	rd := &rowReader{opt: opt, tag: tag, cols: cols, infos: infos, names: names, own: own,
		ids: l.lineMap(), sectorCache: make(map[string]listMatch)}
	var rows chunks
	under := 0 // records read under the header, up to two
	rec := make([]string, len(header))
	var line []byte
	pos := func(i int) (int, int) {
		p := cr.FieldPos(i)
		return p.Line, p.Column
	}
	for {
		fields, _, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var ie *input.Error
			if !errors.As(err, &ie) {
				l.Agreements = rows.all()
				return l, inputError(opt.File, err)
			}
			// A record that cannot be read is a row reported, whatever
			// the problem: rows in = rows loaded + rows reported.
			l.Rows++
			e := inputError(opt.File, err)
			l.Rejected = append(l.Rejected, e)
			if opt.Strict || errors.Is(err, input.ErrTooLong) {
				// A record too long ends reading (the toolbox reads no
				// further, so that memory stays bounded): what follows
				// it is not read, and the error says so.
				l.Agreements = rows.all()
				return l, e
			}
			continue
		}
		if isBlank(fields) {
			continue
		}
		// The lines under the header that belong to it: a row numbering
		// the columns ("(1)", "(2)", …) and a second header row under a
		// header of two rows ("Kurun Waktu Kerjasama" over "Mulai",
		// "Berakhir"), as registers exported from HTML or spreadsheet
		// tables have. They are not records.
		if under < 2 && l.Rows == 0 {
			under++
			if isNumbering(fields) {
				continue
			}
			if merged, ok := subHeader(header, fields); ok {
				for i := range merged {
					if merged[i] != header[i] {
						hpos[i] = cr.FieldPos(i)
					}
				}
				header = merged
				cols, infos, names, headerWarns, _ = readHeader(header, hpos, opt.File)
				l.Warnings = headerWarns
				rd.cols, rd.infos, rd.names = cols, infos, names
				continue
			}
		}
		// One string per record, sliced into its cells, as encoding/csv
		// does: the fields are only valid until the next Read.
		line = line[:0]
		for _, f := range fields {
			line = append(line, f...)
		}
		all := string(line)
		rec = rec[:len(fields)]
		off := 0
		for i, f := range fields {
			rec[i] = all[off : off+len(f)]
			off += len(f)
		}
		l.Rows++
		a, warns, rerr := rd.row(rec, pos)
		if rerr != nil {
			l.Rejected = append(l.Rejected, rerr)
			if opt.Strict {
				l.Agreements = rows.all()
				return l, rerr
			}
			continue
		}
		rows.add(a)
		line, _ := pos(0)
		l.setLine(a.ID, line)
		l.Warnings = append(l.Warnings, warns...)
	}
	l.Agreements = rows.all()
	return l, nil
}

// readHeader reads the header: each column's meaning and name, the
// warnings for the headers that fit no column (at their positions), and
// how many columns are known.
func readHeader(header []string, pos []input.Pos, file string) (cols []column, infos []headerInfo, names []string, warns []*RowError, known int) {
	cols = make([]column, len(header))
	infos = make([]headerInfo, len(header))
	names = make([]string, len(header))
	seen := map[column]bool{}
	for i, h := range header {
		names[i] = strings.TrimSpace(h)
		infos[i] = matchHeader(h)
		c := infos[i].col
		if c != colNone && seen[c] {
			c = colNone // a second column with the same meaning is kept in Notes
			infos[i] = headerInfo{}
		}
		cols[i] = c
		if c != colNone {
			seen[c] = true
			known++
		} else if names[i] != "" {
			warns = append(warns, &RowError{File: file, Line: pos[i].Line, Column: pos[i].Column, Field: names[i], Err: errors.New("unknown column: values kept in Notes")})
		}
	}
	return cols, infos, names, warns, known
}

// isNumbering reports whether a record numbers the columns, as tables in
// government documents do under their header: "(1)", "(2)", … or 1, 2, …,
// one a column, at least three.
func isNumbering(rec [][]byte) bool {
	if len(rec) < 3 {
		return false
	}
	for i, c := range rec {
		v := strings.TrimSpace(string(c))
		if len(v) > 2 && v[0] == '(' && v[len(v)-1] == ')' {
			v = v[1 : len(v)-1]
		}
		if n, err := strconv.Atoi(v); err != nil || n != i+1 {
			return false
		}
	}
	return true
}

// subHeader reads a record as the second row of a header of two rows: it
// is one when every non-empty cell of it (at least two) names a column,
// under a header cell that is empty, names no column, or is the group of
// the term ("Kurun Waktu" over "Mulai" and "Berakhir"). merged is the
// header with those cells in place of the ones above them.
func subHeader(header []string, rec [][]byte) (merged []string, ok bool) {
	merged = append([]string(nil), header...)
	n := 0
	for i, c := range rec {
		v := strings.TrimSpace(string(c))
		if v == "" {
			continue
		}
		sub := matchHeader(v).col
		if sub == colNone {
			return nil, false
		}
		above := colNone
		if strings.TrimSpace(header[i]) != "" {
			above = matchHeader(header[i]).col
		}
		if above != colNone && !(above == colTerm && (sub == colStart || sub == colTermEnd)) {
			return nil, false
		}
		merged[i] = v
		n++
	}
	return merged, n >= 2
}

// inputError converts an error of the input toolbox to a RowError at its
// position; other errors (the file cannot be read) keep no position.
func inputError(file string, err error) *RowError {
	var ie *input.Error
	if errors.As(err, &ie) {
		return &RowError{File: file, Line: ie.Line, Column: ie.Column, Err: ie.Err}
	}
	return &RowError{File: file, Err: err}
}

// chunks collects agreements in blocks of fixed size and joins them once at
// the end, so that a long file does not copy every agreement each time the
// slice grows.
type chunks struct {
	full [][]Agreement
	cur  []Agreement
	n    int
}

const chunkSize = 4096

func (c *chunks) add(a Agreement) {
	if len(c.cur) == cap(c.cur) {
		// Blocks grow from 16 to chunkSize agreements, so that a file
		// of a few rows does not allocate a block of megabytes.
		size := chunkSize
		if c.n < chunkSize {
			size = max(16, min(chunkSize, 2*c.n))
		}
		if c.cur != nil {
			c.full = append(c.full, c.cur)
		}
		c.cur = make([]Agreement, 0, size)
	}
	c.cur = append(c.cur, a)
	c.n++
}

func (c *chunks) all() []Agreement {
	if c.n == 0 {
		return nil
	}
	if len(c.full) == 0 {
		return c.cur
	}
	out := make([]Agreement, 0, c.n)
	for _, f := range c.full {
		out = append(out, f...)
	}
	return append(out, c.cur...)
}

func isBlank(rec [][]byte) bool {
	for _, c := range rec {
		if len(bytes.TrimSpace(c)) != 0 {
			return false
		}
	}
	return true
}

type rowReader struct {
	opt         ReadOptions
	tag         language.Tag
	cols        []column
	infos       []headerInfo // what each header says beyond its column
	names       []string
	own         region.Region
	ids         map[string]int // the IDs loaded, with their lines (Load.lines)
	sectorCache map[string]listMatch
	docCache    memo[Document]
	regionCache memo[region.Region]
	typeCache   memo[Type]
	dateCache   memo[PartialDate]
	termCache   memo[Term]
	instCache   memo[[2]bool] // institution(name): first, any
}

// memo caches the results of reading a cell, keyed by its text: inventories
// repeat partners, kinds and types on many rows. It holds at most 10,000
// entries.
// A memo remembers what a parse of a cell's text gave, for one file: up
// to 10,000 distinct texts in a map, with the last texts seen in a small
// table in front of it (registers repeat their partners, countries, kinds
// and dates row after row).
type memo[V any] struct {
	m     map[string]memoEntry[V]
	front [16]struct {
		k string
		e memoEntry[V]
	}
}

type memoEntry[V any] struct {
	v   V
	err error
}

func (m *memo[V]) get(s string, f func(string) (V, error)) (V, error) {
	h := len(s)
	if h > 0 {
		h = h*31 + int(s[0])*7 + int(s[len(s)-1])
	}
	fe := &m.front[h&15]
	if fe.k == s && s != "" {
		return fe.e.v, fe.e.err
	}
	e, ok := m.m[s]
	if !ok {
		e.v, e.err = f(s)
		if m.m == nil {
			m.m = make(map[string]memoEntry[V])
		}
		if len(m.m) < 10000 {
			m.m[s] = e
		}
	}
	fe.k, fe.e = s, e
	return e.v, e.err
}

// row converts one record. It returns the warnings of a loaded row, or
// the error that rejects it.
func (rd *rowReader) row(rec []string, pos func(int) (int, int)) (Agreement, []*RowError, *RowError) {
	var a Agreement
	var warns []*RowError
	var bad []*RowError
	var firstBad *RowError
	at := func(i int, err error) *RowError {
		line, col := pos(i)
		f := ""
		if i < len(rd.names) {
			f = rd.names[i]
		}
		t := ""
		if i < len(rec) {
			t = input.CellText(rec[i])
		}
		return &RowError{File: rd.opt.File, Line: line, Column: col, Field: f, Text: t, Err: err}
	}
	reject := func(i int, err error) {
		e := at(i, err)
		if firstBad == nil {
			firstBad = e
		}
		bad = append(bad, e)
	}
	warn := func(i int, err error) { warns = append(warns, at(i, err)) }
	line, _ := pos(0)
	var no, id, country, status, regionCell string
	var countryAt, partnerAt, statusAt, regionAt, termEndAt = -1, -1, -1, -1, -1
	var termEnd Term
	var partners string
	var extra []string
	// The start column, a duration column and the activity columns are
	// combined with the rest once the whole row is read.
	var start, actDate PartialDate
	var durTerm Term
	var bareDur string
	startAt, durAt := -1, -1
	var acts []Activity
	for i, cell := range rec {
		if i >= len(rd.cols) {
			break
		}
		if len(cell) > maxCell {
			reject(i, ErrTooLong)
			continue
		}
		v := strings.TrimSpace(input.Unneutralise(cell))
		if v == "" || isPlaceholder(v) {
			continue
		}
		switch rd.cols[i] {
		case colNone:
			extra = append(extra, rd.names[i]+": "+v)
		case colNo:
			no = v
		case colID:
			id = v
		case colTitle:
			a.Title = v
		case colDocument:
			d, err := rd.docCache.get(v, func(s string) (Document, error) { return ParseDocument(s, rd.tag) })
			a.Kind, a.Series, a.Phase, a.Name = d.Kind, d.Series, d.Phase, d.Name
			if a.Type == 0 {
				a.Type = d.Type
			}
			if err != nil {
				warn(i, fmt.Errorf("kind of document not recognised, kept as name: %w", err))
			}
		case colType:
			t, err := rd.typeCache.get(v, ParseType)
			if err != nil {
				warn(i, fmt.Errorf("type not recognised, kept in notes: %w", err))
				extra = append(extra, rd.names[i]+": "+v)
			} else {
				a.Type = t
			}
		case colRegion:
			regionCell, regionAt = v, i
		case colPartner:
			partners, partnerAt = v, i
		case colCountry:
			country, countryAt = v, i
		case colSectors:
			m, ok := rd.sectorCache[v]
			if !ok {
				m = matchList(v, lang.Of(rd.tag))
				if len(rd.sectorCache) < 10000 {
					rd.sectorCache[v] = m
				}
			}
			a.Sectors = m.sectors
			if len(m.unknown) > 0 {
				a.OtherSectors = (&SectorError{Unknown: m.unknown}).Texts()
				warn(i, &SectorError{Input: v, Unknown: m.unknown})
			}
		case colSigned:
			p, err := rd.dateCache.get(v, func(s string) (PartialDate, error) { return ParsePartialDate(s, rd.tag) })
			if err != nil {
				reject(i, err)
			}
			a.Signed = p
		case colTermEnd:
			if !endWords(v) {
				v = "s.d. " + v
			}
			t, err := rd.termCache.get(v, func(s string) (Term, error) { return ParseTerm(s, rd.tag) })
			if err != nil {
				reject(i, err)
			}
			termEnd, termEndAt = t, i
		case colStart:
			p, err := rd.dateCache.get(v, func(s string) (PartialDate, error) { return ParsePartialDate(s, rd.tag) })
			if err != nil {
				reject(i, err)
			}
			start, startAt = p, i
		case colDuration:
			durAt = i
			if isBareNumber(v) && rd.infos[i].unit == "" {
				bareDur = v // settled by the row's dates below
				break
			}
			t, err := rd.termCache.get(rd.infos[i].applyUnit(v), func(s string) (Term, error) { return ParseTerm(s, rd.tag) })
			if err != nil {
				reject(i, err)
			}
			durTerm = t
		case colCategory:
			if !rd.category(&a, v) {
				warn(i, fmt.Errorf("category not recognised (want a type such as KSDPK, a kind of document or a sector), kept in notes: %q", v))
				extra = append(extra, rd.names[i]+": "+v)
			}
		case colScope:
			for _, s := range matchExact(v, lang.Of(rd.tag)) {
				if !contains(a.Sectors, s) {
					a.Sectors = append(a.Sectors, s)
				}
			}
			extra = append(extra, rd.names[i]+": "+v)
		case colActivity:
			acts = append(acts, Activity{Description: v})
		case colActivityDate:
			p, err := rd.dateCache.get(v, func(s string) (PartialDate, error) { return ParsePartialDate(s, rd.tag) })
			if err != nil {
				reject(i, err)
			}
			actDate = p
		case colTerm:
			if n, ok := roundNumber(v); ok && rd.infos[i].round {
				// "Periode: 2" is the second round of the agreement.
				if a.Phase == 0 {
					a.Phase = n
				}
				break
			}
			v = rd.infos[i].applyUnit(v)
			t, err := rd.termCache.get(v, func(s string) (Term, error) { return ParseTerm(s, rd.tag) })
			if err != nil {
				reject(i, err)
			}
			a.Term = t
		case colStatus:
			status, statusAt = v, i
		case colNotes:
			a.Notes = v
		case colPredecessor:
			a.Predecessor = v
		case colFunding:
			fs, err := parseFunding(rd.infos[i].applyUnit(v), rd.tag)
			if err != nil {
				reject(i, err)
			}
			a.Funding = fs
		}
	}
	// A duration column stands for the term column, or agrees with it.
	if durAt >= 0 && bareDur == "" && !durTerm.IsZero() {
		switch {
		case a.Term.IsZero():
			a.Term = durTerm
		case a.Term.Months != durTerm.Months || a.Term.Days != durTerm.Days:
			warn(durAt, fmt.Errorf("%s says %s, the term column %s; kept %s", rd.names[durAt], durTerm, a.Term, a.Term))
		}
	}
	// A column giving only the end of the term completes the term; one
	// that contradicts it is reported and the term column kept.
	if termEndAt >= 0 {
		switch t := &a.Term; {
		case *t == (Term{}):
			*t = termEnd
		case termEnd.OpenEnded:
			if t.End.IsZero() && t.Months == 0 {
				t.OpenEnded = true
			} else {
				warn(termEndAt, fmt.Errorf("%s says the term is open-ended, the term column does not; kept %s", rd.names[termEndAt], *t))
			}
		case t.End.IsZero() && !t.OpenEnded:
			t.End = termEnd.End
		case t.End != termEnd.End:
			warn(termEndAt, fmt.Errorf("%s says the term ends %s, the term column %s; kept %s", rd.names[termEndAt], termEnd.End, t.End, t.End))
		}
	}
	// A start column gives the first day of the term: the first day of
	// the year or month when it gives no more ("Mulai: 2009"), as a term
	// written "2009-2017" does.
	if startAt >= 0 && start.IsValid() {
		s := start.First()
		switch t := &a.Term; {
		case t.Start.IsZero():
			t.Start = s
		case t.Start != s:
			warn(startAt, fmt.Errorf("%s says the term starts %s, the term column %s; kept %s", rd.names[startAt], s, t.Start, t.Start))
		}
	}
	// Start and end columns that put the end first cannot be one term
	// ("Mulai: 2019", "Berakhir: 2014"): the row is refused at the later
	// of the two columns, not loaded with a term no writer can write.
	if t := a.Term; !t.Start.IsZero() && !t.End.IsZero() && t.End.Before(t.Start) {
		at := max(startAt, termEndAt)
		if at < 0 {
			at = 0
		}
		reject(at, fmt.Errorf("%w: %s to %s", ErrTermOrder, t.Start, t.End))
	}
	// A bare number in a duration column with no unit in its header is
	// read only when the row's dates say which unit it is in; otherwise it
	// is refused, not guessed.
	if bareDur != "" && !durationFits(bareDur, &a) {
		reject(durAt, fmt.Errorf("%w: %q has no unit (tahun, bulan) in the cell or in the header, and the row's dates do not tell which; write \"%s tahun\" or name the column \"%s (Tahun)\"", ErrSyntax, bareDur, bareDur, rd.names[durAt]))
	}
	if !actDate.IsZero() && len(acts) == 0 {
		acts = append(acts, Activity{})
	}
	for _, act := range acts {
		act.Date = actDate
		a.Activities = append(a.Activities, act)
	}
	// Parties. Partners are resolved first: a partner found settles a
	// country name that fits several countries ("Korea").
	type resolved struct {
		name string
		r    region.Region
		err  error
		inst bool // an institution, not a region (institution.go)
	}
	var ps []resolved
	inst := func(name string) (first, any bool) {
		v, _ := rd.instCache.get(name, func(n string) ([2]bool, error) {
			f, a := institution(n)
			return [2]bool{f, a}, nil
		})
		return v[0], v[1]
	}
	for _, name := range splitNames(partners) {
		if first, _ := inst(name); first {
			ps = append(ps, resolved{name: name, inst: true})
			continue
		}
		r, err := rd.regionCache.get(name, rd.opt.Resolve)
		if err != nil {
			// "Kota Daejeon dan Provinsi Incheon": several partners in one
			// cell, taken apart only when every part is a known region.
			if parts := splitList(name); len(parts) > 1 {
				var rs []resolved
				for _, part := range parts {
					pr, perr := rd.regionCache.get(part, rd.opt.Resolve)
					if perr != nil {
						rs = nil
						break
					}
					rs = append(rs, resolved{name: part, r: pr})
				}
				if rs != nil {
					ps = append(ps, rs...)
					continue
				}
			}
			if _, any := inst(name); any {
				ps = append(ps, resolved{name: name, inst: true})
				continue
			}
		}
		ps = append(ps, resolved{name: name, r: r, err: err})
	}
	var countryCode string
	if country != "" {
		r, err := rd.regionCache.get(country, rd.opt.Resolve)
		if err == nil && r.Country != "" {
			countryCode = r.Country
		} else {
			var ae *region.AmbiguousError
			if errors.As(err, &ae) {
				for _, c := range ae.Candidates {
					for _, p := range ps {
						if p.err == nil && c.Level == region.Country && c.Country == p.r.Country {
							countryCode = c.Country
						}
					}
				}
			}
			if countryCode == "" {
				warn(countryAt, fmt.Errorf("country not recognised, kept in notes: %q", country))
				extra = append(extra, rd.names[countryAt]+": "+country)
			}
		}
	}
	if regionCell != "" {
		for _, name := range splitNames(regionCell) {
			p := Party{Role: RoleRegion, Name: name}
			if r, err := rd.regionCache.get(name, rd.opt.Resolve); err == nil {
				p.Region, p.Country = r, r.Country
			} else {
				p.Country = "ID"
				warn(regionAt, fmt.Errorf("region not recognised, kept as name: %w", err))
			}
			a.Parties = append(a.Parties, p)
		}
	} else if rd.own.IsValid() {
		a.Parties = append(a.Parties, Party{Role: RoleRegion, Region: rd.own, Name: rd.own.Name, Country: rd.own.Country})
	}
	for _, pr := range ps {
		p := Party{Role: RolePartner, Name: pr.name, Country: countryCode}
		switch {
		case pr.inst:
			// A named institution: no region, no warning.
			if p.Country == "" {
				p.Country = institutionCountry(pr.name, func(s string) (region.Region, error) { return rd.regionCache.get(s, rd.opt.Resolve) })
			}
		case pr.err == nil:
			p.Region, p.Country = pr.r, pr.r.Country
			if countryCode != "" && pr.r.Country != countryCode {
				warn(partnerAt, fmt.Errorf("partner %q is in %s, the Negara column says %s", pr.name, pr.r.Country, countryCode))
			}
		default:
			warn(partnerAt, fmt.Errorf("partner not recognised, kept as name: %w", pr.err))
		}
		a.Parties = append(a.Parties, p)
	}
	if len(ps) == 0 && countryCode != "" {
		a.Parties = append(a.Parties, Party{Role: RolePartner, Country: countryCode})
	}
	// Status: only what it implies beyond dates.
	if status != "" {
		s, err := ParseStatus(status)
		if rd.infos[statusAt].statusNotes {
			// "Keterangan/Status" is the notes column too: its text is
			// kept, and a text that is no status is a note, not an
			// unknown status.
			extra = append(extra, status)
		}
		switch {
		case err != nil && rd.infos[statusAt].statusNotes:
		case err != nil:
			warn(statusAt, fmt.Errorf("status not recognised, kept in notes: %w", err))
			extra = append(extra, rd.names[statusAt]+": "+status)
		case s == StatusTerminated:
			a.Events = append(a.Events, Event{Stage: StageTermination, Note: status})
		case s == StatusRenewed:
			a.Events = append(a.Events, Event{Stage: StageRenewal, Note: status})
		}
	}
	if len(extra) > 0 {
		if a.Notes != "" {
			extra = append([]string{a.Notes}, extra...)
		}
		a.Notes = strings.Join(extra, "; ")
	}
	// Identity.
	switch {
	case id != "":
		a.ID = id
	case no != "":
		a.ID = no
	default:
		a.ID = "line-" + strconv.Itoa(line)
	}
	if _, dup := rd.ids[a.ID]; firstBad == nil && dup {
		idCol := 0
		for i, c := range rd.cols {
			if c == colID || (c == colNo && id == "") {
				idCol = i
				break
			}
		}
		reject(idCol, &Problem{ID: a.ID, Field: "id", Err: ErrDuplicateID})
	}
	if firstBad != nil {
		if len(bad) > 1 {
			firstBad.More = bad[1:]
		}
		return Agreement{}, nil, firstBad
	}
	return a, warns, nil
}

// roundNumber reads a cell that is a number of one or two digits, 1 or
// more: the round of an agreement in a "Periode" column.
func roundNumber(v string) (int, bool) {
	if len(v) == 0 || len(v) > 2 {
		return 0, false
	}
	n, err := strconv.Atoi(v)
	return n, err == nil && n > 0
}

// durationFits reports whether the bare number v is the duration between
// the start of a's term (or its signing, known to the day) and the end of
// its term, in years or in months: "1" between 2022-11-11 and 2023-11-11
// (or 2023-11-10) is one year.
func durationFits(v string, a *Agreement) bool {
	n, err := strconv.Atoi(v)
	if err != nil || n <= 0 || n > maxTermMonths {
		return false
	}
	from := a.Term.Start
	if from.IsZero() && a.Signed.Precision() == PrecisionDay {
		from = a.Signed.First()
	}
	end := a.Term.End
	if !from.IsValid() || !end.IsValid() {
		return false
	}
	for _, m := range []int{12 * n, n} {
		if e := from.AddMonths(m); e == end || e.AddDays(-1) == end {
			return true
		}
	}
	return false
}

// category reads a cell of a category column into a: a type ("KSDPK",
// "KSDLL_PENERUSAN"), else a kind of document ("NK/RK", "PERTEK": the
// first part that is one), else sectors ("Pendidikan/Pengajaran",
// "Penelitian"). It reports false when the cell is none of these.
func (rd *rowReader) category(a *Agreement, v string) bool {
	if t, err := rd.typeCache.get(v, ParseType); err == nil {
		if a.Type == 0 {
			a.Type = t
		}
		return true
	}
	for _, part := range strings.Split(v, "/") {
		d, err := rd.docCache.get(strings.TrimSpace(part), func(s string) (Document, error) { return ParseDocument(s, rd.tag) })
		if err == nil && d.Kind != 0 && d.Name == "" {
			if a.Kind == 0 {
				a.Kind = d.Kind
			}
			return true
		}
	}
	m := matchList(v, lang.Of(rd.tag))
	if len(m.unknown) > 0 || len(m.sectors) == 0 {
		return false
	}
	for _, s := range m.sectors {
		if !contains(a.Sectors, s) {
			a.Sectors = append(a.Sectors, s)
		}
	}
	return true
}

// isPlaceholder reports whether a cell stands for "nothing": "-", "–",
// "n/a", "tidak ada", "belum ditandatangani", "?".
func isPlaceholder(v string) bool {
	// No placeholder has a digit or more than 20 letters; checking that first
	// spares folding the ordinary cells of a large file.
	// The first letter settles most cells: a placeholder's key starts
	// with one of few letters (placeholderFirst), and the punctuation and
	// spaces before it are not part of the key.
	letters := 0
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c >= '0' && c <= '9':
			return false
		case 'a' <= c|0x20 && c|0x20 <= 'z':
			if letters == 0 && !placeholderFirst[c|0x20] {
				return false
			}
			if letters++; letters > 20 {
				return false
			}
		case c >= utf8.RuneSelf:
			return isPlaceholderRunes(v)
		}
	}
	if len(v) <= 64 {
		// The fold key of ASCII text, built on the stack.
		var buf [64]byte
		if k, ascii := enum.AppendKey(buf[:0], v); ascii {
			return len(k) == 0 || placeholders[string(k)]
		}
	}
	k := fold.Key(v)
	return k == "" || placeholders[k] // "" is only dashes, dots, question marks and the like
}

// isPlaceholderRunes is isPlaceholder for text that is not ASCII.
func isPlaceholderRunes(v string) bool {
	letters := 0
	for _, r := range v {
		switch {
		case unicode.IsDigit(r):
			return false
		case unicode.IsLetter(r):
			if letters++; letters > 20 {
				return false
			}
		}
	}
	k := fold.Key(v)
	return k == "" || placeholders[k]
}

// placeholders are the fold keys of the cells that stand for nothing.
var placeholders = map[string]bool{
	"n a": true, "na": true, "tidak ada": true, "belum ada": true, "tba": true, "tbd": true, "nihil": true,
	"kosong": true, "belum": true, "belum ditandatangani": true, "none": true, "nil": true, "tiada": true,
}

// placeholderFirst holds the first letter of each key of placeholders.
var placeholderFirst = func() (t [256]bool) {
	for k := range placeholders {
		t[k[0]] = true
	}
	return t
}()

// splitNames splits a cell of names on ";" and line breaks.
func splitNames(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == '\n' || r == '\r' }) {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// splitList splits a list of names on ",", " dan ", " serta ", " and ",
// "&" and "/".
func splitList(s string) []string {
	for _, sep := range []string{" dan ", " serta ", " and ", " & ", "&", "/", ","} {
		s = strings.ReplaceAll(s, sep, "\x00")
	}
	var out []string
	for _, f := range strings.Split(s, "\x00") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// WriteOptions control WriteCSV.
type WriteOptions struct {
	// Lang chooses the headers and labels: Indonesian, Malay (Indonesian
	// headers, Malay labels) or English; the zero Tag means Indonesian.
	Lang language.Tag
	// AsOf is the day whose status is written in the Status column; zero
	// leaves the column empty (status is derived, never stored).
	AsOf date.Date
	// Resolve is used as in ReadOptions: a party is written by its name
	// when the name resolves to its region again, else by region code. Nil
	// means region.Find.
	Resolve func(name string) (region.Region, error)
	// Verbatim writes text cells as they are, even those a spreadsheet
	// would run as a formula. By default (false) a text cell that starts
	// with =, +, -, @, a tab or a CR, after any number of single quotes,
	// gets one more single quote in front (the OWASP rule against CSV
	// injection): "=HYPERLINK(…)" is written "'=HYPERLINK(…)", which a
	// spreadsheet shows as text, and ReadCSV takes the quote off again.
	// Value cells (No, the signing date, the term, amounts, the status)
	// are written by this package in canonical forms that start with a
	// digit, a letter or "..", and are never changed.
	Verbatim bool
}

// WriteCSV writes the agreements as an inventory spreadsheet with the
// headers No, ID, Judul, Jenis Naskah, Jenis Kerja Sama, Daerah, Mitra,
// Negara, Bidang, Tanggal Penandatanganan, Jangka Waktu, Nilai, Status,
// Keterangan, Pendahulu (in English with an English tag), in the form
// ReadCSV reads. Funding is written as its amounts only; events,
// activities and the rest of a funding commitment have no column: use JSON
// to keep them. Text cells that a spreadsheet would run as a formula are
// written with a single quote in front unless opt.Verbatim (see
// WriteOptions); ReadCSV reads them back as they were.
func WriteCSV(w io.Writer, as []Agreement, opt WriteOptions) error {
	tag := opt.Lang
	if tag == (language.Tag{}) {
		tag = language.Indonesian
	}
	l := lang.Of(tag)
	if opt.Resolve == nil {
		opt.Resolve = region.Find
	}
	order := []column{colNo, colID, colTitle, colDocument, colType, colRegion, colPartner, colCountry, colSectors, colSigned, colTerm, colFunding, colStatus, colNotes, colPredecessor}
	cw := csv.NewWriter(w)
	rec := make([]string, len(order))
	for i, c := range order {
		if l == lang.English {
			rec[i] = columnNames[c][1]
		} else {
			rec[i] = columnNames[c][0]
		}
	}
	if err := cw.Write(rec); err != nil {
		return err
	}
	for n := range as {
		a := &as[n]
		for i, c := range order {
			rec[i] = cellOf(a, c, n+1, tag, opt)
			switch c {
			case colNo, colSigned, colTerm, colFunding, colStatus:
				// values in canonical form: never the start of a formula
			default:
				if !opt.Verbatim {
					rec[i] = input.Neutralise(rec[i])
				}
			}
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func cellOf(a *Agreement, c column, n int, tag language.Tag, opt WriteOptions) string {
	switch c {
	case colNo:
		return strconv.Itoa(n)
	case colID:
		return a.ID
	case colTitle:
		return a.Title
	case colDocument:
		return documentText(a)
	case colType:
		if a.Type == 0 {
			return ""
		}
		return a.Type.Label(tag)
	case colRegion, colPartner:
		want := RolePartner
		if c == colRegion {
			want = RoleRegion
		}
		var names []string
		for _, p := range a.Parties {
			if p.Role == want || (want == RolePartner && p.Role != RoleRegion) {
				names = append(names, partyText(p, opt.Resolve))
			}
		}
		return strings.Join(names, "; ")
	case colCountry:
		var names []string
		for _, cc := range a.Countries() {
			if r, ok := region.Lookup(cc); ok {
				names = append(names, r.Label(tag))
			} else {
				names = append(names, cc)
			}
		}
		return strings.Join(names, "; ")
	case colSectors:
		var s []string
		for _, x := range a.Sectors {
			s = append(s, x.Label(tag))
		}
		s = append(s, a.OtherSectors...)
		return strings.Join(s, ", ")
	case colSigned:
		return a.Signed.String()
	case colTerm:
		return a.Term.String()
	case colStatus:
		if opt.AsOf.IsZero() {
			return ""
		}
		return a.StatusOn(opt.AsOf).Label(tag)
	case colNotes:
		return a.Notes
	case colPredecessor:
		return a.Predecessor
	case colFunding:
		f := money.Formatter{Lang: tag}
		var parts []string
		for _, fu := range a.Funding {
			p := f.Format(fu.Amount)
			if fu.Ceiling {
				p = ceilingWord(tag) + " " + p
			}
			parts = append(parts, p)
		}
		return strings.Join(parts, "; ")
	}
	return ""
}

func ceilingWord(tag language.Tag) string {
	switch lang.Of(tag) {
	case lang.Indonesian:
		return "maksimal"
	case lang.Malay, lang.MalayBrunei:
		return "maksimum"
	}
	return "up to"
}

// ceilingPrefixes mark an amount as an upper limit ("maksimal Rp1,3 miliar").
var ceilingPrefixes = []string{"maksimal", "maksimum", "paling banyak", "sebanyak-banyaknya", "setinggi-tingginya", "hingga", "sampai", "up to", "max.", "max", "maximum", "at most"}

// approxPrefixes are dropped before an amount ("sekitar Rp18 miliar").
var approxPrefixes = []string{"sekitar", "kurang lebih", "lebih kurang", "kira-kira", "±", "about", "approximately", "approx.", "around"}

// parseFunding reads a funding cell: amounts separated by ";" or line
// breaks, each read by money.Parse, optionally after a ceiling word
// ("maksimal") or an approximation word ("sekitar").
func parseFunding(s string, tag language.Tag) ([]Funding, error) {
	var out []Funding
	for _, part := range splitNames(s) {
		var f Funding
		for changed := true; changed; {
			changed = false
			for _, p := range ceilingPrefixes {
				if len(part) > len(p) && strings.EqualFold(part[:len(p)], p) {
					part, f.Ceiling, changed = strings.TrimSpace(part[len(p):]), true, true
				}
			}
			for _, p := range approxPrefixes {
				if len(part) > len(p) && strings.EqualFold(part[:len(p)], p) {
					part, changed = strings.TrimSpace(part[len(p):]), true
				}
			}
		}
		a, err := money.Parse(part, tag)
		if err != nil {
			return out, err
		}
		f.Amount = a
		out = append(out, f)
	}
	return out, nil
}

// documentText writes the document in the form ParseDocument reads:
// "MoU Friendship Cooperation (LoI Tahap III)".
func documentText(a *Agreement) string {
	var b strings.Builder
	if a.Kind != 0 {
		b.WriteString(kindShort[a.Kind])
	}
	if a.Name != "" {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(a.Name)
	}
	if a.Series != 0 || a.Phase > 0 {
		b.WriteString(" (")
		if a.Series != 0 {
			b.WriteString(kindShort[a.Series])
			if a.Phase > 0 {
				b.WriteByte(' ')
			}
		}
		if a.Phase > 0 {
			b.WriteString("Tahap ")
			if a.Phase <= 39 {
				b.WriteString(strings.ToUpper(toRoman(a.Phase)))
			} else {
				b.WriteString(strconv.Itoa(a.Phase))
			}
		}
		b.WriteByte(')')
	}
	return strings.TrimSpace(b.String())
}

// kindShort is the abbreviation registers use for each kind.
var kindShort = map[Kind]string{
	KindLetterOfIntent: "LoI", KindJointAgreement: "Kesepakatan Bersama", KindMoU: "MoU",
	KindCooperationAgreement: "PKS", KindPlanOfAction: "Rencana Kerja Sama",
	KindNoteOfAgreement: "Nota Kesepakatan", KindAddendum: "Adendum",
	KindRecordOfDiscussion: "RoD", KindArrangement: "Implementing Arrangement", KindJointStatement: "Pernyataan Bersama",
	KindOffer: "Tawaran",
}

// partyText writes a party for a CSV cell: its name as written when that
// name finds the same region again, else the region's code, else the name.
func partyText(p Party, resolve func(string) (region.Region, error)) string {
	if !p.Region.IsValid() {
		return p.Name
	}
	if p.Name != "" {
		if r, err := resolve(p.Name); err == nil && r.Code == p.Region.Code {
			return p.Name
		}
	}
	return p.Region.Code
}

// endWords reports whether v already says it is an end ("s.d. 2024",
// "sampai Desember 2024", "until 2024") or that there is none ("tanpa
// batas waktu"), so that a term-end cell is read as written.
func endWords(v string) bool {
	k := fold.Key(v)
	for _, p := range []string{"s d ", "sd ", "sampai ", "hingga ", "until ", "to ", "tanpa ", "tidak ", "open", "indefinite", "selama "} {
		if strings.HasPrefix(k, p) {
			return true
		}
	}
	return false
}
