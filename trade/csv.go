package trade

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"iter"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/internal/fold"
	"github.com/kerjasama/kerjasama/internal/input"
	"github.com/kerjasama/kerjasama/internal/lang"
	"github.com/kerjasama/kerjasama/money"
	"golang.org/x/text/currency"
	"golang.org/x/text/language"
)

// A CSVReader reads trade records from CSV files in one of the layouts.
// The zero CSVReader detects the layout, the separator and the language of
// the numbers from the file itself.
//
// Reading streams: memory does not grow with the file beyond a bound (a
// record is at most 1 MiB; the duplicate check of Records remembers at
// most 1<<16 rows), so a file larger than memory can be aggregated. A bad row is reported as a *RowError with
// its line and column, and reading goes on with the next row, unless
// Strict is set; every data row of the file is either yielded as a Record
// or reported, never dropped silently.
type CSVReader struct {
	// Layout is the layout of the file; zero detects it from the header.
	Layout Layout
	// Lang is the language the numbers are written in ("1.234,5" in
	// Indonesian, "1,234.5" in English). The zero Tag takes the language of
	// the header: Indonesian headers (tahun, nilai) mean Indonesian
	// numbers, Malay headers (mata wang) Malay, English headers English.
	// Numbers that can only be read the other way are read the other way
	// (see money.Parse).
	Lang language.Tag
	// Strict stops reading at the first bad row.
	Strict bool
	// Comma is the field separator; zero detects ',', ';', tab or '|'
	// from the header line (Indonesian spreadsheets often write ';'), as
	// Records says.
	Comma rune
	// Reporter is the reporter of rows that do not name one.
	Reporter string
	// Period is the period of rows that give no year (BPS tables are often
	// downloaded one period at a time without a year column).
	Period date.Range
	// Flow is the flow of rows that do not give one; a BPS header with a
	// FOB or CIF value column gives the flow itself.
	Flow Flow
	// Basis and Scheme are set on rows that do not give their own. BPS
	// files default to PortBasis.
	Basis  Basis
	Scheme Scheme
	// Currency is the currency of values that carry no currency marker and
	// no currency column. BPS and Comtrade values default to US dollars.
	Currency currency.Unit
	// Source is the Source of every record that has no source column.
	Source string
	// File names the input in the errors of Records and Rows
	// (RowError.File), so that they read "entikong.csv:3:17: nilai: …";
	// "" leaves the name out.
	File string
	// Level chooses one aggregate level of a UN Comtrade file that holds
	// several (aggrLevel, Aggregate Level): 2 for HS chapters, 4, 6; or
	// LeafLevel for the rows flagged as leaves (isLeaf, Is Leaf Code). In
	// a file without a level column, the level of a row is the number of
	// digits of its HS code. Rows of other levels are not read and are
	// reported to Warn with ErrNotSelected. Zero reads a file of one level
	// and refuses a row of another level (ErrMixedLevels), since summing
	// levels counts every good once at each of them; in a file without a
	// level column, a row whose HS code nests with another row's ("40"
	// and "4001") is refused, while codes of different lengths that do
	// not nest ("27" and "4001", goods recorded with more or less detail)
	// are read.
	Level int
	// Classification chooses one classification of a UN Comtrade file
	// that holds several (H4 beside H2, SITC beside HS): rows of others
	// are reported to Warn with ErrNotSelected. Zero reads a file of one
	// classification and refuses a row of another (ErrMixedClassifications).
	Classification Classification
	// Warn, when not nil, is called for each field read with a
	// reservation, before its row is yielded: a UN Comtrade value finer
	// than hundredths (or a weight finer than grams), which is rounded
	// half to even and reported with ErrRounded, and a row that repeats
	// an earlier one (ErrDuplicateRow); the row is still read. It is also
	// called for each row that is read but not yielded because it is not
	// a figure: a total row (ErrTotalRow; see Records) and a row of
	// another level or classification than the one chosen
	// (ErrNotSelected). Rows in = rows yielded + rows reported as errors +
	// rows reported to Warn with ErrTotalRow or ErrNotSelected.
	Warn func(*RowError)
	// Workers is how many goroutines read the rows of a file: 0 or 1 reads
	// them in the calling goroutine. With more, the rows are read and
	// checked in a goroutine of their own while the calling goroutine
	// ranges over them; rows that repeat all but their value are read
	// there (see the package documentation), and the others by one
	// goroutine that reads the text and hands blocks of rows to Workers
	// goroutines that parse them. Summarize, whose work with a row is
	// little, reads the rows of templates in the calling goroutine, as
	// with one worker, and the other rows with the workers; of a file it
	// can read at any offset, it reads the rows of templates past the
	// rows checked for duplicates in two parts at once (see "Reading
	// speed" in the package documentation). The rows are
	// checked against each other (duplicates, overlaps, totals, levels)
	// and yielded in the order of the file: the records, the errors and
	// the calls of Warn are those of one goroutine, in the same order, and
	// Warn is called from the goroutine that ranges over the rows. Set it
	// to runtime.GOMAXPROCS(0) to use the cores there are.
	Workers int
}

// LeafLevel is the CSVReader.Level that reads the rows UN Comtrade flags
// as leaves (isLeaf 1, the most detailed codes of the file).
const LeafLevel = -1

// ReadCSV reads the records of a CSV file of the given layout (zero: detect
// it) with the defaults of CSVReader. See CSVReader.Records.
func ReadCSV(r io.Reader, layout Layout) iter.Seq2[Record, error] {
	return CSVReader{Layout: layout}.Records(r)
}

// A RowError reports a bad row of a CSV file: its line and column (1-based;
// the column counts bytes, as encoding/csv does), the column's header, the
// text of the field, and what is wrong.
type RowError struct {
	File   string // the file, as CSVReader.File or the caller names it; "" if none
	Line   int
	Column int
	Field  string // the header of the column (CSV) or the key (JSON), "" for a problem with the whole row
	Text   string // the field's text, cut to 64 bytes, control characters escaped
	Err    error
	// More holds the problems of the row's other bad fields, in column
	// order, each with its own column, field and text; a row is reported
	// once, however many of its fields are bad. Nil for a row with one
	// problem.
	More []*RowError
}

// Error returns "file:line:column: field: reason" — "entikong.csv:3:17:
// nilai: …", without the file when File is empty — followed by the other
// bad fields of the row: "; column 25: berat bersih: …", the shape of
// every row error of the module. Control characters are escaped.
func (e *RowError) Error() string {
	b := input.AppendRowError(make([]byte, 0, 64), e.File, e.Line, e.Column, e.Field, e.Err)
	for _, m := range e.More {
		b = input.AppendMore(b, m.Column, m.Field, m.Err)
	}
	return string(b)
}

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

// Unwrap returns the underlying error.
func (e *RowError) Unwrap() error { return e.Err }

// ErrHeader is wrapped by the error of a CSV header that cannot be read or
// lacks a needed column; reading ends with it.
var ErrHeader = errors.New("header")

// ErrTotalRow is reported to CSVReader.Warn for a row that is a total of
// others ("Jumlah", "Total", "Semua negara" in any column; the partner
// World, "Dunia", beside other partners; UN Comtrade's commodity TOTAL
// beside other commodities): counting it with the rows it sums would
// count them twice. The row is not yielded. Its value is checked against
// the rows it sums, and a difference is said in the report (a BPS table
// lists its main partners and totals all of them).
var ErrTotalRow = errors.New("a total row, not a figure")

// ErrMixedLevels is reported for a row of a UN Comtrade file at another
// aggregate level than the file's first row, and for a row of any file
// whose HS code is a chapter, heading or subheading of another row's code
// (or the other way round): summing levels counts goods once at each of
// them (see CSVReader.Level).
var ErrMixedLevels = errors.New("several aggregate levels in one file")

// ErrMixedClassifications is reported for a row of a UN Comtrade file in
// another classification or edition than the file's first row (see
// CSVReader.Classification).
var ErrMixedClassifications = errors.New("several classifications")

// ErrNotSelected is reported to CSVReader.Warn for a row of another
// level or classification than CSVReader.Level or Classification chose;
// the row is not yielded.
var ErrNotSelected = errors.New("not the level or classification chosen")

// ErrNegative is reported for a negative value: a record value is an
// amount of goods, never below zero (re-exports are a flow, not a sign).
var ErrNegative = errors.New("negative value: a trade value is an amount of goods, never below zero")

// ErrDuplicateRow is reported to CSVReader.Warn for a row that repeats an
// earlier row of the file: the same period, flow, reporter, partner,
// post, scheme, basis, HS code and value. The row is still read.
var ErrDuplicateRow = errors.New("repeats an earlier row")

// ErrOverlap is reported for a row of a whole year beside rows of months
// of the same year (or a row of months beside the year's row) for the
// same flow, reporter, partner, post, scheme, basis and HS code: summing
// them would count the months twice.
var ErrOverlap = errors.New("a whole year beside months of that year")

// ErrRounded is reported to CSVReader.Warn for a number finer than the
// package keeps (hundredths of money, thousandths of a quantity), which
// was rounded half to even.
var ErrRounded = errors.New("rounded half to even")

// maxTitleLines is how many title lines above a header are skipped.
const maxTitleLines = 20

// isTitle reports whether a CSV record has at most one non-empty cell,
// as the title lines above a spreadsheet's header have, and that cell is
// not a known column header.
func isTitle(fields []string) bool {
	n := 0
	for _, f := range fields {
		if f = trimSpace(f); f != "" {
			if _, _, known := headerColumn(f); known {
				return false
			}
			n++
		}
	}
	return n <= 1
}

// maxField is the longest field read; longer fields are refused.
const maxField = 1024

// Records returns the records of the CSV file r. Each good row yields a
// Record and a nil error; each bad row yields a *RowError and the reading
// goes on (unless Strict). A header that lacks a needed column, or a
// failure to read r, yields one error and ends the sequence.
//
// The text is read with the project's input toolbox (internal/input):
// UTF-8 with or without a byte order mark, or UTF-16 (little or big
// endian, with or without a byte order mark); LF, CRLF and CR alone as
// line ends, mixed as they come; strict quoting. Unless Comma is set,
// the separator is the toolbox's choice (the candidate the header line
// uses most), or the candidate under which more of the header's cells
// are known column names, when one does better. Its problems are
// reported as *RowError at their line and byte column (on line 1 of a
// file with a UTF-8 byte order mark, columns do not count the mark):
// invalid UTF-8 or a NUL byte; a stray quote; a quoted field that is
// never closed (reported at its opening quote, saying to which line it
// ran: the lines it swallowed are that one reported row, not lost
// silently); and a row with more or fewer cells than the header, at the
// first cell too many or at the end of the short row. No layout needs a
// tolerance here: BPS and Comtrade exports write every cell of every row,
// empty ones included, so a row that does not fit its header is never
// read by guess (an unquoted decimal comma, "2.500.000,75" in a file
// separated by ',', is such a row). A row longer than 1 MiB, or an
// endless line, is reported at its start and ends the reading (memory
// stays bounded); the rows after it are not read.
//
// A record value is a non-negative amount of goods (re-exports and
// re-imports are flows, not signs): a negative value is reported at its
// column. A row that repeats an earlier row of the file (the same
// period, flow, reporter, partner, post, scheme, basis, HS code and
// value) is yielded, since data kept per transaction may hold two equal
// shipments, and reported to Warn with ErrDuplicateRow at its line: set
// Warn to see them. A row for a whole year beside rows for months of that
// year (or the other way round) with the same flow, reporter, partner,
// post, scheme, basis and HS code is an error, ErrOverlap, at the later
// row's line, and that row is not yielded, so that no month is counted
// twice.
// These checks remember a hash of up to 1<<16 (65,536) distinct rows of
// a file, which keeps their memory to a few megabytes; past that, Warn is
// told once and later rows are not checked.
//
// Total rows are not figures: a row with "Jumlah", "Total", "Jumlah/Total",
// "Semua negara" (and the like) in any column is reported to Warn with
// ErrTotalRow and not yielded; its value is compared with the sum of the
// rows of its flow since the previous total row, and a difference is said
// in the report, not an error (a BPS table by country lists its main
// countries, and its "Jumlah" includes the others). Rows for the partner
// World ("World", "Dunia", UN Comtrade's W00 or WLD) and UN Comtrade rows
// for the commodity TOTAL are kept until the end of the file: if the file
// has rows for other partners (other commodities), they are total rows,
// reported so and checked against the sum of those rows; otherwise they
// are yielded, after the other rows.
//
// A UN Comtrade file may hold several aggregate levels (aggrLevel) and
// classifications (H4, S3): a file of one of each is read; a row of
// another level or classification than the file's first is an error
// (ErrMixedLevels, ErrMixedClassifications) naming both and the line of
// the first, unless CSVReader.Level or Classification chooses one. SITC
// and BEC codes are kept in Record.Code. A wide table ("Tahun, Bulan,
// Ekspor (Juta US$), Impor (Juta US$)") gives one record for each filled
// value cell, positioned at that cell (Row.Column).
func (c CSVReader) Records(r io.Reader) iter.Seq2[Record, error] {
	return func(yield func(Record, error) bool) {
		for row, err := range c.Rows(r) {
			if !yield(row.Record, err) {
				return
			}
		}
	}
}

// A Row is a record read from a file, with where it was read: the
// position that an error of summing it (Aggregator.Add) names.
type Row struct {
	Record
	// Line is the 1-based line of the file the record starts on.
	Line int
	// Column is the 1-based byte column of the record's value cell (a wide
	// table gives two records on one line, each at its cell).
	Column int
}

// A rowSet is what one data row gives: none (a total row), one record,
// or two (a row of a wide table).
type rowSet struct {
	rows [2]Row
	n    int
	// A lane's row is its template's record (t) with the value, line and
	// column of the row: made into rows[0] only when it is asked for
	// (row). memo is the template's (CSVReader.Summarize).
	t         *template
	v         money.Amount
	line, col int
	memo      *sumMemo
}

// row returns row i of the set.
func (set *rowSet) row(i int) *Row {
	if t := set.t; t != nil {
		r := &set.rows[0]
		r.Record, r.Line, r.Column = t.rec, set.line, set.col
		r.Value = set.v
		return r
	}
	return &set.rows[i]
}

// Rows is Records with the line each record was read from, for callers
// that report problems found after reading (an Aggregator.Add overflow)
// at their row: "entikong.csv:1234: …".
func (c CSVReader) Rows(r io.Reader) iter.Seq2[Row, error] {
	return func(yield func(Row, error) bool) {
		c.eachRow(r, nil, func(set *rowSet, i int, err error) bool {
			if err != nil {
				return yield(Row{}, err)
			}
			return yield(*set.row(i), nil)
		})
	}
}

// Summarize adds the records of r to s: what adding the record of every
// row of c.Rows(r) with s.Add does, with the same totals, faster. Every
// problem is given to bad, in the order of the file: a row that cannot be
// read (a *RowError, as Rows gives it), and a record that s.Add refuses
// (a *RowError at the row's line wrapping Add's error, such as
// ErrOverflow). Reading stops when bad returns false, and, with c.Strict,
// after the first row that cannot be read. Summarize returns the number
// of records added.
//
// A row that repeats an earlier row's cells but its value (see "Reading
// speed" in the package documentation) is added to that row's groups:
// their keys are not built and looked up again.
func (c CSVReader) Summarize(r io.Reader, s *Summary, bad func(error) bool) (added int) {
	sink := &laneSink{s: s}
	defer func() { added += sink.added }()
	c.eachRow(r, sink, func(set *rowSet, i int, err error) bool {
		if err == nil {
			// A row of a template the summary has seen was added to its
			// groups, without reading the record, by the lane (laneSink),
			// which yields the others.
			row := set.row(i)
			if err = s.add(&row.Record, set.memo); err == nil {
				added++
				return true
			}
			err = &RowError{File: c.File, Line: row.Line, Err: err}
		}
		return bad(err)
	})
	return added
}

// eachRow gives f the rows of r, as Rows yields them: each as row i of
// its set (rowSet.row; the set has the memo of its template when the
// lane read it, for Summarize), or the error of a row with a nil set. It
// stops when f returns false. A consumer with a sink (Summarize) does
// little with a row (see batchRows), and the lane gives the sink its rows
// first (laneSink).
func (c CSVReader) eachRow(r io.Reader, sink *laneSink, f func(set *rowSet, i int, err error) bool) {
	if warn, file := c.Warn, c.File; warn != nil && file != "" {
		c.Warn = func(re *RowError) {
			re.File = file
			warn(re)
		}
	}
	var p *plan
	for set, err := range c.batchRows(r, &p, sink) {
		if err != nil {
			var re *RowError
			if errors.As(err, &re) && re.File == "" {
				re.File = c.File
			}
			if !f(nil, 0, err) {
				return
			}
			continue
		}
		for i := range set.n {
			if !f(set, i, nil) {
				return
			}
		}
	}
	if p == nil {
		return
	}
	// Rows for the World with a commodity first: those that total
	// nothing are figures, and count towards the World's TOTAL rows.
	total := make([]bool, len(p.held))
	for _, cmdRows := range [2]bool{false, true} {
		for i, h := range p.held {
			if h.cmd == cmdRows {
				if total[i] = p.heldIsTotal(h); !total[i] {
					p.count(&h.row.Record)
				}
			}
		}
	}
	var held rowSet
	for i, h := range p.held {
		if !total[i] {
			held.rows[0], held.n = h.row, 1
			if !f(&held, 0, nil) {
				return
			}
			continue
		}
		if p.c.Warn != nil {
			p.c.Warn(&RowError{File: c.File, Line: h.row.Line, Column: h.col, Field: h.field, Text: h.text, Err: p.heldCheck(h)})
		}
	}
}

// A rowFunc reads one data row of a file; rd gives the positions of its
// fields.
type rowFunc[T any] func(rd *input.Reader, fields []string) (T, error)

// readRows streams the rows of the CSV file r with the input toolbox
// (which decodes the text, detects the separator unless comma is set,
// and bounds the record size): it skips title lines, reads the header,
// lets start make the row reader of the file from it, and yields what
// that returns for each row, reporting every problem of the text as a
// *RowError. Every data row is either yielded or reported.
func readRows[T any](r io.Reader, comma rune, strict bool, known func(string) bool, start func(header []string) (rowFunc[T], error)) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		var zero T
		rd, header, hpos, rb, err := readHeader(r, comma, known)
		if err != nil {
			yield(zero, err)
			return
		}
		row, err := start(header)
		if err != nil {
			yield(zero, &RowError{Line: hpos.Line, Column: hpos.Column, Err: fmt.Errorf("%w: %w", ErrHeader, err)})
			return
		}
		rd.SetFieldCount(len(header))
		for {
			fields, _, err := rd.Read()
			if err == io.EOF {
				return
			}
			if err != nil {
				if err = rowReadError(err); !yield(zero, err) || strict || !isRowError(err) {
					return
				}
				continue
			}
			rb.s = rb.record(rb.s[:0], rd, fields)
			v, err := row(rd, rb.s)
			if err != nil {
				if !yield(zero, err) || strict {
					return
				}
				continue
			}
			if !yield(v, nil) {
				return
			}
		}
	}
}

// readHeader starts reading the CSV file r with the input toolbox (which
// decodes the text, detects the separator unless comma is set, and bounds
// the record size): it skips title lines and returns the reader, the
// header, its position and the rowBuf the header was read with, or the
// *RowError of a file without a header that can be read.
func readHeader(r io.Reader, comma rune, known func(string) bool) (*input.Reader, []string, input.Pos, *rowBuf, error) {
	if comma == 0 {
		var head []byte
		head, r = input.Peek(r, sniffSize)
		comma = headerComma(head, known)
	}
	rd := input.NewReader(r, input.Options{Comma: comma})
	rb := new(rowBuf)
	var header []string
	var hpos input.Pos
	var err error
	// Title lines above the header ("Ekspor Kalimantan Tengah 2022",
	// blank cells) have at most one cell filled: skip them.
	for skipped := 0; ; skipped++ {
		var fields [][]byte
		fields, hpos, err = rd.Read()
		if err != nil {
			break
		}
		header = rb.strings(fields)
		if !isTitle(header) || skipped >= maxTitleLines {
			break
		}
	}
	if err != nil {
		re := &RowError{Line: 1, Column: 1, Err: err}
		var ie *input.Error
		switch {
		case err == io.EOF:
			re.Err = errors.New("empty file")
		case errors.As(err, &ie):
			re.Line, re.Column, re.Err = ie.Line, ie.Column, ie.Err
		}
		re.Err = fmt.Errorf("%w: %w", ErrHeader, re.Err)
		return nil, nil, hpos, nil, re
	}
	return rd, slices.Clone(header), hpos, rb, nil
}

// rowReadError turns an error of input.Reader.Read into the error of a row: a
// *RowError at its position for a problem of one record (reading goes
// on), or the error itself for one that stops the reading.
func rowReadError(err error) error {
	var ie *input.Error
	if !errors.As(err, &ie) {
		return err
	}
	return &RowError{Line: ie.Line, Column: ie.Column, Err: ie.Err}
}

// isRowError reports whether err is the error of one row, after which
// reading goes on.
func isRowError(err error) bool {
	_, ok := err.(*RowError)
	return ok
}

// sniffSize is how much of a file headerComma looks at.
const sniffSize = 64 << 10

// headerComma chooses the separator of a file from its head: the one of
// the input toolbox's candidates under which the header (the first line
// that is not a title line) has the most cells that known reports as
// column names, or 0 (the toolbox detects it) when the toolbox's own
// choice does as well. The toolbox takes the separator from the first
// line that holds one, and a title line above the header may hold a
// comma ("Daftar belanja pemegang KILB, PLBN Entikong" above a header
// separated by ';').
func headerComma(head []byte, known func(string) bool) rune {
	score := func(comma rune) (int, rune) {
		rd := input.NewReader(bytes.NewReader(head), input.Options{Comma: comma})
		var rb rowBuf
		for skipped := 0; ; skipped++ {
			fields, _, err := rd.Read()
			if err != nil {
				return 0, rd.Comma()
			}
			h := rb.strings(fields)
			if !isTitle(h) || skipped >= maxTitleLines {
				n := 0
				for _, f := range h {
					if known(trimSpace(f)) {
						n++
					}
				}
				return n, rd.Comma()
			}
		}
	}
	best, detected := score(0)
	var comma rune
	for _, c := range []rune{',', ';', '\t', '|'} {
		if c == detected {
			continue
		}
		if n, _ := score(c); n > best {
			best, comma = n, c
		}
	}
	return comma
}

// knownColumn reports whether h names a column of a trade file.
func knownColumn(h string) bool {
	_, _, ok := headerColumn(h)
	return ok
}

// A rowBuf turns the fields of a record (slices of the reader's buffer)
// into strings. The bytes of many records are copied one after another
// into a block (a strings.Builder, which only ever appends, so that the
// strings taken from it never change), and a new block is started when
// one is full: one allocation per block of rows rather than one per row.
// A string kept from a row keeps its block alive: the caches of names
// keep copies (see textCache.put).
type rowBuf struct {
	b    strings.Builder
	s    []string
	offs []int
	// text is the copy of the last record's text that record made, its
	// fields at offs; "" when the record was copied field by field.
	text string
}

// rowBlock is the size of a block of rows.
const rowBlock = 8 << 10

// record appends to dst the fields of the record rd read last as
// strings, as strings makes them; a record on one line is copied at once
// (input.Reader.Text).
func (rb *rowBuf) record(dst []string, rd *input.Reader, fields [][]byte) []string {
	text, offs, ok := rd.Text(rb.offs[:0])
	rb.offs, rb.text = offs, ""
	// Text gives one offset a field; saying so here is not dead code:
	// the loop below then costs 12.6M fewer instructions on 200,000 rows
	// (cachegrind, the file of distinct rows).
	if !ok || len(offs) != len(fields) {
		return append(dst, rb.strings(fields)...)
	}
	all := rb.copy(text)
	rb.text = all
	n := len(dst)
	dst = slices.Grow(dst, len(fields))[:n+len(fields)]
	out := dst[n:]
	for i, f := range fields {
		out[i] = all[offs[i] : offs[i]+len(f)]
	}
	return dst
}

// copy returns b as a string in the current block, starting a new one
// when it is full.
func (rb *rowBuf) copy(b []byte) string {
	if rb.b.Cap()-rb.b.Len() < len(b) {
		rb.b = strings.Builder{}
		rb.b.Grow(max(len(b), rowBlock))
	}
	start := rb.b.Len()
	rb.b.Write(b)
	return rb.b.String()[start:]
}

// strings returns the fields as strings; the slice is reused by the next
// call, the strings are not.
func (rb *rowBuf) strings(fields [][]byte) []string {
	n := 0
	for _, f := range fields {
		n += len(f)
	}
	if rb.b.Cap()-rb.b.Len() < n {
		rb.b = strings.Builder{}
		rb.b.Grow(max(n, rowBlock))
	}
	start := rb.b.Len()
	for _, f := range fields {
		rb.b.Write(f)
	}
	all := rb.b.String()[start:]
	rb.s = rb.s[:0]
	n = 0
	for _, f := range fields {
		rb.s = append(rb.s, all[n:n+len(f)])
		n += len(f)
	}
	return rb.s
}

// A fieldPos gives the positions of the fields of the row being read: the
// input.Reader that read it, or the positions kept with the row when it is
// read by a worker (see CSVReader.Workers).
type fieldPos interface {
	FieldPos(i int) input.Pos
}

func rowError(rd fieldPos, field int, header, text string, err error) *RowError {
	text = input.CellText(text)
	line, col := 1, 1
	if field >= 0 {
		p := rd.FieldPos(field)
		line, col = p.Line, p.Column
	}
	return &RowError{Line: line, Column: col, Field: header, Text: text, Err: err}
}

// A plan is what the header of one file says: which column holds what,
// and the defaults that apply to its rows.
type plan struct {
	c      CSVReader
	layout Layout
	lang   language.Tag
	cols   [numRoles]int // field index + 1 of each role; 0: absent
	header []string
	flow   Flow
	cur    currency.Unit // currency of unmarked values without a currency column
	weight string        // unit of the net weight column: "kg" unless its header says otherwise
	scale  string        // the value header's scale word: "ribu" for "(Ribu Rp)"; "" if none
	maxCol int
	// totals are the columns whose text may say that a row is a total
	// (totalRoles) that the file has, in that order: the field index and
	// the role.
	totals []totalCol

	flows [4]struct {
		s string
		f Flow
	}
	nextFlow int

	seen wordMap[struct{}] // hashes of the rows read (duplicates)
	// The HS codes read, with their first line, and the shorter codes
	// they are within, with one code within each (nestedHS).
	hsCodes  wordMap[int] // by HS.v
	hsWithin wordMap[HS]  // by HS.v
	lastHS   HS
	hsFull   bool
	spans    wordMap[uint8] // year and key → annual and/or sub-year rows (overlaps)
	seed     maphash.Seed
	// hashes remembers strings hashed with seed (strHash).
	hashes [8]struct {
		s string
		h uint64
	}
	full bool // the checks stopped at maxSeen rows

	posts    textCache // border post text → ID
	partners textCache // partner or reporter text → code
	set      rowSet    // what the row gives, reused
	laneRec  Record    // a lane's record, for the checks of the rows before
	skipped  bool      // the row is of a level or classification not chosen
	rowState

	hsText  string // the last HS cell read without a name, and its code
	hs      HS
	curText string // the currency column's text on the last row
	curUnit currency.Unit
	months  map[string][2]time.Month

	wide   bool                    // a wide table: export and import value columns
	scales [numRoles]string        // scale word of each value column ("juta")
	money  money.Parser            // of values in lang, without a default currency (plan.value)
	curs   [numRoles]currency.Unit // currency named in each value column's header

	// The first level and classification of the file, and their lines.
	firstLevel, firstLevelLine int
	firstClass                 Classification
	firstClassLine             int

	// Rows of the partner World and of the commodity TOTAL, held to the
	// end of the file; whether rows of other partners and commodities
	// were seen; the sums they are checked against.
	held          []heldRow
	otherPartners bool
	otherGoods    bool
	sums          [2]wordMap[int32] // hashes of sumKey (0 partner left out, 1 commodity left out) → 1 + index in sumVals
	sumVals       [2][]int64
	sumsFull      bool  // a sum was not kept: maxSeen reached
	abs           int64 // bounds the size of the sums: as Aggregator.abs, of the values counted
	block         [ReImport + 1]struct {
		minor int64
		n     int
	} // sums by flow since the last total row
}

// A rowState is what reading one row (plan.row) finds beyond its
// record, for the checks that follow (plan.finish).
type rowState struct {
	// The row's level, leaf flag and whether it is UN Comtrade's
	// commodity TOTAL or the partner World.
	level      int
	leaf       int8 // -1 not given, 0 no, 1 yes
	cmdTotal   bool
	world      bool
	worldField int

	second              Record // the second record of a row of a wide table
	firstCol, secondCol int    // the value cells of the row's records
}

// maxHeld is how many rows for the World or the commodity TOTAL a file
// may hold back until its end.
const maxHeld = 1 << 14

// A heldRow is a row for the World or the commodity TOTAL, kept until the
// end of the file says whether it is a total.
type heldRow struct {
	row         Row
	world, cmd  bool
	field, text string // the cell that makes it a total
	col         int
}

// A sumKey is what a held total row is checked against: the other rows of
// its period, flow, reporter and partner (or commodity).
type sumKey struct {
	period            date.Range
	flow              Flow
	reporter, partner string
	hs                HS
	code              string
}

// hash returns the hash of k with the plan's seed. maphash.Comparable of
// a struct with strings goes through reflection; the strings are hashed
// on their own (p.strHash), and the rest with them as one block of bytes.
func (k *sumKey) hash(p *plan) uint64 {
	var b [72]byte
	n := 0
	put := func(v uint64) {
		binary.LittleEndian.PutUint64(b[n:], v)
		n += 8
	}
	for _, d := range [...]date.Date{k.period.Start, k.period.End} {
		put(uint64(int64(d.Year)))
		put(uint64(d.Month)<<8 | uint64(d.Day)&0xff)
	}
	put(uint64(k.flow))
	put(k.hs.v)
	put(p.strHash(k.reporter))
	put(p.strHash(k.partner))
	put(p.strHash(k.code))
	return maphash.Bytes(p.seed, b[:n])
}

// strHash is maphash.String with the plan's seed, with the empty string
// (the common reporter and code) at no cost and the last strings hashed
// remembered: a file names the same partners row after row.
func (p *plan) strHash(s string) uint64 {
	if s == "" {
		return 0
	}
	e := &p.hashes[len(s)&7]
	if e.s != s {
		e.s, e.h = s, maphash.String(p.seed, s)
	}
	return e.h
}

// heldIsTotal reports whether a held row turned out to be a total: a row
// for the World beside rows of other partners of its period, flow,
// reporter and commodity; a row for the commodity TOTAL beside rows of
// other commodities of its period, flow, reporter and partner. (Past
// maxSeen such sums, any other partner or commodity in the file counts.)
func (p *plan) heldIsTotal(h heldRow) bool {
	_, ok := p.heldSum(h)
	return ok
}

// heldSum returns the sum that held row h totals, if the file has it.
func (p *plan) heldSum(h heldRow) (int64, bool) {
	r := h.row.Record
	for i, is := range [2]bool{h.world, h.cmd} {
		if !is {
			continue
		}
		k := sumKey{period: r.Period, flow: r.Flow, reporter: r.Reporter, partner: r.Partner, hs: r.HS, code: r.Code}
		if i == 0 {
			k.partner = ""
		} else {
			k.hs, k.code = HS{}, ""
		}
		if j, ok := p.sums[i].Get(k.hash(p)); ok {
			return p.sumVals[i][j-1], true
		}
		if p.sumsFull && (i == 0 && p.otherPartners || i == 1 && p.otherGoods) {
			return 0, true
		}
	}
	return 0, false
}

// heldCheck returns the report of a held total row: ErrTotalRow and how
// its value compares with the sum of the rows it totals.
func (p *plan) heldCheck(h heldRow) error {
	sum, _ := p.heldSum(h)
	if p.sumsFull {
		return ErrTotalRow
	}
	return totalCheck(h.row.Value, sum, "the rows it totals")
}

// totalCheck says how a total compares with the sum of the rows it totals.
func totalCheck(total money.Amount, sum int64, rows string) error {
	s := money.FromMinor(sum, total.Currency())
	if sum == total.Minor() {
		return fmt.Errorf("%w (%s, the sum of %s)", ErrTotalRow, total, rows)
	}
	d, _ := total.Sub(s)
	return fmt.Errorf("%w (%s, but %s sum to %s, a difference of %s: rows not listed, such as \"lainnya\"?)", ErrTotalRow, total, rows, s, d)
}

// isValueRole reports whether r is a column of values.
func isValueRole(r role) bool { return r == colValue || r == colExport || r == colImport }

// plan reads the header.
func (c CSVReader) plan(header []string) (*plan, error) {
	p := &plan{c: c, layout: c.Layout, flow: c.Flow, header: append([]string(nil), header...), weight: "kg",
		months: map[string][2]time.Month{}, seed: maphash.MakeSeed()}
	var votes [4]int
	var detected Layout
	var unitCur currency.Unit
	var errs []error
	for i, h := range header {
		col, unit, ok := headerColumn(h)
		if !ok {
			continue
		}
		if j := p.cols[col.role]; j != 0 {
			if prev, _, _ := headerColumn(header[j-1]); prev.prio < col.prio {
				// "Reporter ISO" after "Reporter": read the codes.
			} else if prev.prio > col.prio {
				continue
			} else {
				errs = append(errs, fmt.Errorf("columns %d and %d both hold the %s", j, i+1, roleNames[col.role]))
				continue
			}
		}
		p.cols[col.role] = i + 1
		if i+1 > p.maxCol {
			p.maxCol = i + 1
		}
		if !col.neutral {
			votes[col.lang]++
		}
		if col.only > detected {
			detected = col.only
		}
		if col.flow != 0 && p.flow == 0 {
			p.flow = col.flow
		}
		if isValueRole(col.role) && unit != "" {
			cu, scale, ok := valueUnit(unit)
			if !ok {
				errs = append(errs, fmt.Errorf("unit %q of column %d (%s) is not a currency or scale this reader knows", clip(unit), i+1, clip(h)))
				continue
			}
			p.curs[col.role] = cu
			if cu != (currency.Unit{}) {
				unitCur = cu
			}
			switch scale {
			case 1_000:
				p.scales[col.role] = "ribu"
			case 1_000_000:
				p.scales[col.role] = "juta"
			case 1_000_000_000:
				p.scales[col.role] = "miliar"
			case 1_000_000_000_000:
				p.scales[col.role] = "triliun"
			}
		}
		if col.role == colNetWeight && unit != "" {
			p.weight = strings.ToLower(unit)
		}
	}
	if p.layout == 0 {
		p.layout = detected
		if p.layout == 0 {
			p.layout = Simple
		}
	}
	if c.Lang != (language.Tag{}) {
		p.lang = c.Lang
	} else {
		switch {
		case p.layout == Comtrade:
			p.lang = language.English
		case votes[lang.Indonesian] >= votes[lang.English] && votes[lang.Indonesian] >= votes[lang.Malay] && votes[lang.Indonesian] > 0:
			p.lang = language.Indonesian
		case votes[lang.Malay] > votes[lang.English]:
			p.lang = language.Malay
		case votes[lang.English] > 0:
			p.lang = language.English
		default:
			p.lang = language.Indonesian
		}
	}
	p.money = money.NewParser(p.lang, currency.XXX)
	p.cur = c.Currency
	if unitCur != (currency.Unit{}) {
		p.cur = unitCur
	}
	if p.cur == (currency.Unit{}) && (p.layout == BPS || p.layout == Comtrade) {
		p.cur = currency.USD
	}
	p.scale = p.scales[colValue]
	p.wide = p.cols[colExport] != 0 || p.cols[colImport] != 0
	switch {
	case p.wide && p.cols[colValue] != 0:
		errs = append(errs, fmt.Errorf("a value column (%s) beside export or import value columns: read one or the other", clip(header[p.cols[colValue]-1])))
	case p.wide && p.cols[colFlow] != 0:
		errs = append(errs, fmt.Errorf("a flow column (%s) beside export and import value columns", clip(header[p.cols[colFlow]-1])))
	case p.cols[colValue] == 0 && !p.wide:
		errs = append(errs, fmt.Errorf("no value column (nilai, value, Nilai FOB, primaryValue, Ekspor, Impor): %w", ErrMissingColumn))
	}
	if c.Level == LeafLevel && p.cols[colLeaf] == 0 {
		errs = append(errs, fmt.Errorf("leaves asked for but no leaf column (isLeaf, Is Leaf Code): %w", ErrMissingColumn))
	}
	if c.Level > 0 && p.cols[colLevel] == 0 && p.cols[colHS] == 0 {
		errs = append(errs, fmt.Errorf("level %d asked for but no level column (aggrLevel, Aggregate Level) and no HS code column: %w", c.Level, ErrMissingColumn))
	}
	if c.Classification != 0 && p.cols[colClass] == 0 {
		errs = append(errs, fmt.Errorf("classification %v asked for but no classification column (classificationCode, Classification): %w", c.Classification, ErrMissingColumn))
	}
	if p.cols[colYear] == 0 && p.cols[colPeriod] == 0 && !c.Period.IsValid() {
		errs = append(errs, fmt.Errorf("no year or period column (tahun, year, periode, refYear) and no default period: %w", ErrMissingColumn))
	}
	if p.cols[colFlow] == 0 && p.flow == 0 && !p.wide {
		errs = append(errs, fmt.Errorf("no flow column (arus, flow, flowCode) and no default flow: %w", ErrMissingColumn))
	}
	if err := joinHeaderErrors(errs); err != nil {
		return nil, err
	}
	p.totals = p.totalCols()
	return p, nil
}

// maxHeaderErrors is how many problems of a header are told one by one.
const maxHeaderErrors = 10

// joinHeaderErrors joins the problems of a header, telling the first
// maxHeaderErrors and the number of the others: a header of a thousand
// bad columns does not make a message of a thousand lines.
func joinHeaderErrors(errs []error) error {
	if len(errs) > maxHeaderErrors {
		errs = append(errs[:maxHeaderErrors:maxHeaderErrors], fmt.Errorf("and %d more problems of the header", len(errs)-maxHeaderErrors))
	}
	return errors.Join(errs...)
}

// field returns the text of role r in fields (trimmed by parse), its
// index, and whether the column exists.
func (p *plan) field(fields []string, r role) (string, int, bool) {
	i := p.cols[r] - 1
	if uint(i) >= uint(len(fields)) {
		return "", i, false
	}
	return fields[i], i, true
}

// trimSpace trims ASCII white space, U+00A0 and U+202F from both ends of
// s without allocating.
func trimSpace(s string) string {
	// The common cell starts and ends with a printable ASCII byte: nothing
	// to trim, at the cost of two comparisons.
	if len(s) > 0 && graphicASCII[s[0]]&graphicASCII[s[len(s)-1]] != 0 {
		return s
	}
	return strings.TrimSpace(s) // unicode.IsSpace covers U+00A0 and U+202F
}

// graphicASCII is 1 for the printable ASCII bytes other than the space.
var graphicASCII = func() (t [256]uint8) {
	for c := '!'; c <= '~'; c++ {
		t[c] = 1
	}
	return t
}()

// row turns one data row into a Record. Every field is read, so that a
// row with several bad fields is reported once with all of them (see
// RowError.More); a row that is a total ("Jumlah") is reported as that
// alone.
func (p *plan) row(rd fieldPos, fields []string, rec *Record) error {
	var bad []*RowError // nil unless the row has problems
	fail := func(r role, i int, text string, err error) {
		bad = append(bad, p.fieldError(rd, fields, r, i, text, err))
	}
	if len(fields) < p.maxCol {
		fail(colNone, len(fields)-1, "", fmt.Errorf("row has %d fields, the header needs %d", len(fields), p.maxCol))
		*rec = Record{}
		return bad[0]
	}
	for _, f := range fields {
		if len(f) > maxField {
			fail(colNone, 0, "", fmt.Errorf("field longer than %d bytes", maxField))
			*rec = Record{}
			return bad[0]
		}
	}
	p.level, p.leaf, p.cmdTotal, p.world = -1, -1, false, false
	*rec = Record{Reporter: p.c.Reporter, Flow: p.flow, Basis: p.c.Basis, Scheme: p.c.Scheme, Source: p.c.Source}
	if rec.Basis == 0 && p.layout == BPS {
		rec.Basis = PortBasis
	}

	// Period.
	periodBad := true
	periodSure := false // built from a year of parseYear (1 to 9999) and a month: valid
	if s, i, ok := p.field(fields, colPeriod); ok && s != "" {
		if r, err := p.period(s); err != nil {
			fail(colPeriod, i, s, err)
		} else {
			rec.Period, periodBad = r, false
		}
	} else if s, i, ok := p.field(fields, colYear); ok {
		y, err := parseYear(s)
		m, j, hasMonth := p.field(fields, colMonth)
		hasMonth = hasMonth && m != ""
		if err != nil {
			// "2022 (sampai November)": a period written in the year column.
			r, perr := p.period(s)
			switch {
			case len(s) <= 4 || perr != nil:
				fail(colYear, i, s, err)
			case hasMonth:
				fail(colMonth, j, m, errors.New("a month with a period in the year column"))
			default:
				rec.Period, periodBad = r, false
			}
		} else {
			rec.Period, periodBad, periodSure = date.YearRange(y), false, true
			if hasMonth {
				first, last, err := p.month(m)
				switch {
				case err != nil:
					fail(colMonth, j, m, err)
					periodBad = true
				case first != 0:
					rec.Period = date.Range{Start: date.MonthRange(y, first).Start, End: date.MonthRange(y, last).End}
				}
			}
		}
	} else {
		rec.Period, periodBad = p.c.Period, false
	}

	// Flow.
	flowBad := false
	if s, i, ok := p.field(fields, colFlow); ok && (s != "" || p.flow == 0) {
		f, err := p.parseFlow(s)
		if err == nil && p.flow != 0 && f != p.flow && p.layout == BPS {
			err = fmt.Errorf("flow %v in a table of %v", f, p.flow)
		}
		if err != nil {
			fail(colFlow, i, s, err)
			flowBad = true
		} else {
			rec.Flow = f
		}
	}

	if s, _, ok := p.field(fields, colReporter); ok && s != "" {
		rec.Reporter = p.partner(s)
	}
	if s, i, ok := p.field(fields, colPartner); ok && s != "" {
		rec.Partner = p.partner(s)
		if isWorld(s) {
			p.world, p.worldField, rec.Partner = true, i, ""
		}
	}
	if s, i, ok := p.field(fields, colClass); ok && s != "" {
		if v, err := ParseClassification(s); err != nil {
			fail(colClass, i, s, err)
		} else {
			rec.Classification = v
		}
	}
	if s, i, ok := p.field(fields, colLevel); ok && s != "" {
		if n, ok := smallInt(s); !ok || n > 12 {
			fail(colLevel, i, s, errors.New("an aggregate level is a number from 0 to 12"))
		} else {
			p.level = n
		}
	}
	if s, i, ok := p.field(fields, colLeaf); ok && s != "" {
		switch strings.ToLower(s) {
		case "1", "true", "yes":
			p.leaf = 1
		case "0", "false", "no":
			p.leaf = 0
		default:
			fail(colLeaf, i, s, errors.New("a leaf flag is 1 or 0 (true or false)"))
		}
	}
	if s, _, ok := p.field(fields, colPost); ok && s != "" {
		rec.Post = p.post(s)
	}
	if s, i, ok := p.field(fields, colHS); ok && s != "" {
		switch {
		case p.layout == Comtrade && (s == "TOTAL" || s == "total"):
			// Comtrade's code for all commodities: the zero HS, a total
			// when the file has other commodities.
			p.cmdTotal = true
		case !rec.Classification.IsHS():
			if c, err := ParseSITC(s); err != nil {
				fail(colHS, i, s, err)
			} else {
				rec.Code = c
			}
		case s == p.hsText && s != "":
			rec.HS = p.hs // a file repeats its codes: the last one read
		default:
			h, err := ParseHS(s)
			if err == nil {
				p.hsText, p.hs = s, h
			}
			if err != nil {
				// A code cell that carries the name: "[40] Karet dan
				// barang dari karet".
				if hl, name, lerr := ParseHSLabel(s); lerr == nil && name != "" && labelled(s) {
					h, err = hl, nil
				}
			}
			if err != nil {
				fail(colHS, i, s, err)
			} else {
				rec.HS = h
			}
		}
	}
	if s, i, ok := p.field(fields, colScheme); ok && s != "" {
		if v, err := ParseScheme(s); err != nil {
			fail(colScheme, i, s, err)
		} else {
			rec.Scheme = v
		}
	}
	if s, i, ok := p.field(fields, colBasis); ok && s != "" {
		if v, err := ParseBasis(s); err != nil {
			fail(colBasis, i, s, err)
		} else {
			rec.Basis = v
		}
	}

	// Value and currency.
	cur, curOK := p.cur, true
	if cs, j, ok := p.field(fields, colCurrency); ok && cs != "" {
		if cs != p.curText || p.curText == "" {
			cu, err := parseCurrency(cs)
			if err != nil {
				fail(colCurrency, j, cs, err)
				curOK = false
			} else {
				p.curText, p.curUnit = cs, cu
			}
		}
		cur = p.curUnit
	}
	p.second = Record{}
	switch {
	case !curOK:
	case p.wide:
		// One record for each filled cell: exports, then imports.
		n := 0
		for _, r := range [...]role{colExport, colImport} {
			s, i, ok := p.field(fields, r)
			if !ok || s == "" {
				continue
			}
			v, err := p.cellValue(rd, fields, r, i, s, cur)
			if err != nil {
				fail(r, i, s, err)
				continue
			}
			x := *rec
			x.Flow, x.Value = Export, v
			if r == colImport {
				x.Flow = Import
			}
			if n == 0 {
				p.firstCol = i
				rec.Flow, rec.Value = x.Flow, x.Value
			} else {
				p.second, p.secondCol = x, i
			}
			n++
		}
		if n == 0 && bad == nil {
			i := p.cols[colExport] - 1
			if i < 0 {
				i = p.cols[colImport] - 1
			}
			fail(colExport, i, "", errors.New("no export or import value in the row"))
		}
	default:
		s, i, _ := p.field(fields, colValue)
		v, err := p.cellValue(rd, fields, colValue, i, s, cur)
		if err != nil {
			fail(colValue, i, s, err)
		}
		rec.Value, p.firstCol = v, i
	}

	if s, i, ok := p.field(fields, colNetWeight); ok && s != "" && !isDash(s) {
		if q, err := p.quantity(rd, fields, colNetWeight, i, s); err != nil {
			fail(colNetWeight, i, s, err)
		} else {
			if q.Unit == "" {
				q.Unit = p.weight
			}
			rec.NetWeight = q
		}
	}
	if s, i, ok := p.field(fields, colQuantity); ok && s != "" && !isDash(s) {
		if q, err := p.quantity(rd, fields, colQuantity, i, s); err != nil {
			fail(colQuantity, i, s, err)
		} else {
			if u, _, ok := p.field(fields, colUnit); ok && u != "" && q.Unit == "" {
				q.Unit = u
			}
			rec.Quantity = q
		}
	}
	if s, _, ok := p.field(fields, colSource); ok && s != "" {
		rec.Source = s
	}
	if !periodBad && !periodSure && !rec.Period.IsValid() {
		fail(colYear, p.cols[colYear]-1, "", errors.New("no valid period"))
	}
	if !flowBad && rec.Flow == 0 && !p.wide {
		fail(colFlow, p.cols[colFlow]-1, "", errors.New("no flow"))
	}
	if bad != nil {
		*rec = Record{}
		return joinRowErrors(bad)
	}
	return nil
}

// cellValue reads the value cell i of role r: exactly in UN Comtrade
// files, as plainValue otherwise; a negative value is ErrNegative.
func (p *plan) cellValue(rd fieldPos, fields []string, r role, i int, s string, cur currency.Unit) (money.Amount, error) {
	if p.layout != Comtrade {
		return p.plainValue(r, s, cur)
	}
	return nonNegative(p.exactValue(rd, fields, i, s, p.valueCurrency(r, cur)))
}

// plainValue reads the value text s of role r, in a file that is not UN
// Comtrade's, with the column's own scale ("Juta US$"); a negative value
// is ErrNegative. s does not escape: the lane reads a value cell straight
// from the reader's buffer, without a copy on the heap.
func (p *plan) plainValue(r role, s string, cur currency.Unit) (money.Amount, error) {
	scale := p.scale
	p.scale = p.scales[r]
	v, err := p.value(s, p.valueCurrency(r, cur))
	p.scale = scale
	return nonNegative(v, err)
}

// valueCurrency returns the currency of a value of role r whose row says
// cur: the column's own ("Nilai (US$)") when no currency column or
// reader's Currency says otherwise.
func (p *plan) valueCurrency(r role, cur currency.Unit) currency.Unit {
	if c := p.curs[r]; c != (currency.Unit{}) && p.cols[colCurrency] == 0 && p.c.Currency == (currency.Unit{}) {
		return c
	}
	return cur
}

// nonNegative returns v and err, or ErrNegative for a value under zero.
func nonNegative(v money.Amount, err error) (money.Amount, error) {
	if err == nil && v.Minor() < 0 {
		err = ErrNegative
	}
	return v, err
}

// totalRoles are the columns whose text may say that a row is a total.
var totalRoles = [...]role{colYear, colMonth, colPeriod, colFlow, colReporter, colPartner, colPost, colHS, colScheme, colBasis, colSource}

// totalStart holds the bytes a cell labelling a total can start with: the
// first letters of the labels of mayBeTotal (either case), white space
// that trimSpace removes, and every byte of a multi-byte sequence (U+00A0
// and the other Unicode spaces).
var totalStart = func() (t [256]bool) {
	for _, c := range "jtgsaJTGSA \t\n\v\f\r" {
		t[c] = true
	}
	for c := 0x80; c < 0x100; c++ {
		t[c] = true
	}
	return t
}()

// totalCell returns the index and text of the first cell of fields that
// labels the row a total ("Jumlah", "Total", "Semua negara").
func (p *plan) totalCell(fields []string) (int, string, bool) {
	for _, tc := range p.totals {
		i := int(tc.i)
		if i >= len(fields) {
			continue
		}
		s := fields[i]
		if s == "" || !totalStart[s[0]] {
			continue // a cell no total label starts with: the common case, at no cost
		}
		if isTotal(s) {
			if tc.r == colHS && p.layout == Comtrade && strings.EqualFold(s, "total") {
				continue // UN Comtrade's code for all commodities: held, see rows
			}
			return i, s, true
		}
	}
	return 0, "", false
}

// A totalCol is a column of plan.totals.
type totalCol struct {
	i int32
	r role
}

// totalCols returns the columns of p's file of totalRoles, in that order.
func (p *plan) totalCols() []totalCol {
	var t []totalCol
	for _, r := range totalRoles {
		if i := p.cols[r] - 1; i >= 0 {
			t = append(t, totalCol{int32(i), r})
		}
	}
	return t
}

// totalRow reports a total row to Warn, with how its value (or values, in
// a wide table) compares with the rows of its flow since the previous
// total row, and starts a new block of rows.
func (p *plan) totalRow(rd fieldPos, fields []string, i int, text string) {
	var checks []string
	check := func(f Flow, r role) {
		s, j, ok := p.field(fields, r)
		if !ok || s == "" || isDash(s) {
			return
		}
		v, err := p.cellValue(rd, fields, r, j, s, p.cur)
		if err != nil || !v.HasCurrency() {
			return
		}
		b := &p.block[f]
		if b.n == 0 {
			return
		}
		rows := fmt.Sprintf("the %d rows of %s above it", b.n, f)
		if b.n == 1 {
			rows = fmt.Sprintf("the row of %s above it", f)
		}
		err = totalCheck(v, b.minor, rows)
		if msg, ok := strings.CutPrefix(err.Error(), ErrTotalRow.Error()+" "); ok {
			checks = append(checks, msg)
		}
	}
	switch {
	case p.wide:
		check(Export, colExport)
		check(Import, colImport)
	case p.flow != 0:
		check(p.flow, colValue)
	default:
		if s, _, ok := p.field(fields, colFlow); ok && !isTotal(s) {
			if f, err := p.parseFlow(s); err == nil {
				check(f, colValue)
			}
		}
	}
	p.block = [ReImport + 1]struct {
		minor int64
		n     int
	}{}
	err := ErrTotalRow
	if len(checks) > 0 {
		err = fmt.Errorf("%w %s", ErrTotalRow, strings.Join(checks, "; "))
	}
	if p.c.Warn != nil {
		p.c.Warn(p.fieldError(rd, fields, colNone, i, text, err))
	}
}

// parsed is what plan.parse finds in a row: a total row (the cell that
// says so), or the row's record or error, and its rowState.
type parsed struct {
	total  bool
	totalI int
	totalS string
	rec    Record
	err    error
	state  rowState
}

// parse reads a row as far as it can without the rows before it: whether
// it is a total row, and else its record (plan.row). Only the caches of p
// change, so that workers with copies of p may parse the rows of a file
// in any order (see CSVReader.Workers).
func (p *plan) parse(rd fieldPos, fields []string, pr *parsed) {
	// Every cell is read trimmed (plan.field and the rest use fields).
	for i, f := range fields {
		fields[i] = trimSpace(f)
	}
	pr.total = false
	if len(fields) >= p.maxCol {
		if i, s, ok := p.totalCell(fields); ok {
			pr.total, pr.totalI, pr.totalS = true, i, s
			return
		}
	}
	pr.err = p.row(rd, fields, &pr.rec)
	pr.state = p.rowState
}

// finish completes the reading of a row that parse read, in the order of
// the file: a total row is reported and checked against the rows of its
// block; a record is checked against the rows before it (duplicates,
// overlaps, levels and classifications), held to the end of the file if
// it is for the World or all commodities, or else counted and returned.
func (p *plan) finish(rd fieldPos, fields []string, pr *parsed) (*rowSet, error) {
	set := &p.set
	set.n, set.t, set.memo = 0, nil, nil
	if pr.total {
		p.totalRow(rd, fields, pr.totalI, pr.totalS)
		return set, nil
	}
	if pr.err != nil {
		return set, pr.err
	}
	p.rowState = pr.state
	rec := &pr.rec
	if err := p.selectRow(rd, fields, rec); err != nil || p.skipped {
		return set, err
	}
	line := rd.FieldPos(0).Line
	if rec.Partner != "" && !p.world {
		p.otherPartners = true
	}
	if p.layout == Comtrade && !p.cmdTotal {
		p.otherGoods = true
	}
	n := 1
	set.rows[0] = Row{Record: *rec, Line: line, Column: rd.FieldPos(p.firstCol).Column}
	if p.second.Flow != 0 {
		set.rows[1] = Row{Record: p.second, Line: line, Column: rd.FieldPos(p.secondCol).Column}
		n = 2
	}
	for k := range n {
		row := &set.rows[k]
		if err := p.checkedRow(rd, &row.Record); err != nil {
			set.n = 0
			return set, err
		}
		if p.world || p.cmdTotal {
			if len(p.held) >= maxHeld {
				set.n = 0
				return set, rowError(rd, 0, "", "", fmt.Errorf("more than %d rows for the World or for all commodities: a file this large is read in parts", maxHeld))
			}
			h := heldRow{row: *row, world: p.world, cmd: p.cmdTotal, col: row.Column}
			fi := p.worldField
			if p.cmdTotal {
				fi = p.cols[colHS] - 1
			}
			if fi >= 0 && fi < len(p.header) && fi < len(fields) {
				h.field, h.text, h.col = p.header[fi], input.CellText(trimSpace(fields[fi])), rd.FieldPos(fi).Column
			}
			p.held = append(p.held, h)
			continue
		}
		p.count(&row.Record)
		if set.n != k {
			set.rows[set.n] = *row
		}
		set.n++
	}
	return set, nil
}

// count adds a yielded record to the sums that total rows are checked
// against, and notes that the file has other partners and commodities
// than the World and TOTAL.
func (p *plan) count(r *Record) {
	var hs *[2]uint64
	if !p.sumsFull {
		h := p.sumHashes(r)
		hs = &h
	}
	p.countValue(r.Flow, r.Value, hs, nil)
}

// countValue is count of a record of flow with value v, given the
// sumHashes of the record (not nil unless the sums are full) and where
// its sums are kept, when known (not nil; an index of 0 is found and
// set): the lane's, which does not read the record.
func (p *plan) countValue(flow Flow, v money.Amount, hs *[2]uint64, at *[2]int32) {
	p.abs = addAbs(p.abs, v.Minor())
	if b := &p.block[flow]; flow <= ReImport {
		if s, ok := addInt(b.minor, v.Minor()); ok {
			b.minor = s
			b.n++
		}
	}
	// Only a file that can hold a row for the World (a partner column)
	// or for all commodities (UN Comtrade's TOTAL) needs the sums.
	// Past maxSeen sums, the coarse rule of heldSum applies and no sum is
	// kept.
	if !p.sumsFull {
		p.countSums(v.Minor(), hs, at)
	}
}

// countKept adds n values of flow, x in all, to the sums as countValue
// adds each, for the rows of a template the lane kept (lane.pend): their
// sums are placed (at), or no longer kept, and none can overflow.
func (p *plan) countKept(flow Flow, x int64, n int, at *[2]int32) {
	p.abs += x
	b := &p.block[flow]
	b.minor += x
	b.n += n
	if p.sumsFull {
		return
	}
	for i, need := range p.needSums() {
		if need {
			p.sumVals[i][at[i]-1] += x
		}
	}
}

// needSums reports which sums of count a file needs: with the partner
// left out, with the commodity left out.
func (p *plan) needSums() [2]bool {
	return [2]bool{p.cols[colPartner] != 0, p.layout == Comtrade && p.cols[colHS] != 0}
}

// sumHashes returns the hashes of r's sumKeys that count adds r's value
// to: with the partner left out, with the commodity left out (zero when
// the file does not need the sum).
func (p *plan) sumHashes(r *Record) (h [2]uint64) {
	need := p.needSums()
	for i := range h {
		if !need[i] {
			continue
		}
		k := sumKey{period: r.Period, flow: r.Flow, reporter: r.Reporter, partner: r.Partner, hs: r.HS, code: r.Code}
		if i == 0 {
			k.partner = ""
		} else {
			k.hs, k.code = HS{}, ""
		}
		h[i] = k.hash(p)
	}
	return h
}

// countSums adds a record's value, minor hundredths, to the sums of the
// sumKeys with hashes hs, kept at the indexes at (when not nil: 0 is
// found and set).
func (p *plan) countSums(minor int64, hs *[2]uint64, at *[2]int32) {
	need := p.needSums()
	for i := range p.sums {
		if p.sumsFull {
			break
		}
		if !need[i] {
			continue
		}
		j := int32(0)
		if at != nil {
			j = at[i]
		}
		if j == 0 {
			var ok bool
			if j, ok = p.sums[i].Get(hs[i]); !ok {
				if p.sums[i].Len() >= maxSeen {
					p.sumsFull = true
					break
				}
				p.sumVals[i] = append(p.sumVals[i], 0)
				j = int32(len(p.sumVals[i]))
				p.sums[i].Put(hs[i], j)
			}
			if at != nil {
				at[i] = j
			}
		}
		if s, ok := addInt(p.sumVals[i][j-1], minor); ok {
			p.sumVals[i][j-1] = s
		}
	}
}

// nestedHS refuses, in a file without a level column, a row whose HS code
// nests with the code of an earlier row: a chapter beside one of its
// headings ("40" and "4001") counts the same goods twice when summed.
// The file's distinct codes are remembered (up to maxSeen, then the check
// stops with a warning), and every shorter code of each; a row with the
// same code as the row before costs one comparison.
func (p *plan) nestedHS(rd fieldPos, h HS) error {
	// lastHS is the code of the last row that passed, which is kept: a
	// code refused is not, and a second row of it is refused again.
	if h.IsZero() || h == p.lastHS || p.cols[colLevel] != 0 || p.hsFull {
		return nil
	}
	if _, ok := p.hsCodes.Get(h.v); ok {
		p.lastHS = h
		return nil
	}
	if p.hsCodes.Len() >= maxSeen || p.hsWithin.Len() >= maxSeen {
		p.hsFull = true
		if p.c.Warn != nil {
			p.c.Warn(rowError(rd, 0, "", "", fmt.Errorf("more than %d distinct HS codes: this row and later ones are not checked for codes that nest", maxSeen)))
		}
		return nil
	}
	i := p.cols[colHS] - 1
	nested := func(short, long HS, line int) error {
		other, rel := long, "contains" // this row's code contains the earlier one
		if h == long {
			other, rel = short, "is within"
		}
		return rowError(rd, i, p.header[i], h.Dotted(), fmt.Errorf("%w: HS %s %s HS %s of line %d, and the two summed count the same goods twice; choose one level (--level %d or %d, CSVReader.Level)",
			ErrMixedLevels, h.Dotted(), rel, other.Dotted(), line, short.Digits(), long.Digits()))
	}
	line := rd.FieldPos(0).Line
	// An earlier code within this one: this row totals it.
	if long, ok := p.hsWithin.Get(h.v); ok {
		l, _ := p.hsCodes.Get(long.v)
		return nested(h, long, l)
	}
	// An earlier code this one is within: that row totals this one.
	for _, n := range [...]int{2, 4, 6, 8} {
		if n >= h.Digits() {
			break
		}
		if short := h.Truncate(n); !short.IsZero() {
			if l, ok := p.hsCodes.Get(short.v); ok {
				return nested(short, h, l)
			}
		}
	}
	p.hsCodes.Put(h.v, line)
	p.lastHS = h
	for _, n := range [...]int{2, 4, 6, 8} {
		if n >= h.Digits() {
			break
		}
		if short := h.Truncate(n); !short.IsZero() {
			if _, ok := p.hsWithin.Get(short.v); !ok {
				p.hsWithin.Put(short.v, h)
			}
		}
	}
	return nil
}

// selectRow applies CSVReader.Level and Classification to a row of a UN
// Comtrade file, or, without them, refuses a row of another level or
// classification than the file's first. A row not chosen is reported to
// Warn and p.skipped set.
func (p *plan) selectRow(rd fieldPos, fields []string, rec *Record) error {
	p.skipped = false
	line := rd.FieldPos(0).Line
	skip := func(r role, why string) error {
		p.skipped = true
		if p.c.Warn != nil {
			s, i, _ := p.field(fields, r)
			p.c.Warn(p.fieldError(rd, fields, r, i, s, fmt.Errorf("%w: %s", ErrNotSelected, why)))
		}
		return nil
	}
	switch c := p.c.Classification; {
	case c != 0 && rec.Classification != c:
		return skip(colClass, fmt.Sprintf("classification %v, not %v", rec.Classification, c))
	case c == 0 && p.cols[colClass] != 0 && rec.Classification != 0:
		if p.firstClassLine == 0 {
			p.firstClass, p.firstClassLine = rec.Classification, line
		} else if rec.Classification != p.firstClass {
			s, i, _ := p.field(fields, colClass)
			return p.fieldError(rd, fields, colClass, i, s, fmt.Errorf("%w: %v beside %v (line %d): codes of different classifications or editions are not summed; choose one (--classification, CSVReader.Classification)",
				ErrMixedClassifications, rec.Classification, p.firstClass, p.firstClassLine))
		}
	}
	switch lv := p.c.Level; {
	case lv == LeafLevel && p.leaf != 1:
		return skip(colLeaf, "not a leaf")
	case lv > 0 && p.cols[colLevel] == 0:
		// No level column: the level is the number of digits of the code.
		switch d := rec.HS.Digits(); {
		case d == 0:
			return skip(colHS, fmt.Sprintf("no HS code, not a code of %d digits", lv))
		case d != lv:
			return skip(colHS, fmt.Sprintf("an HS code of %d digits, not %d", d, lv))
		}
	case lv > 0 && p.level != lv:
		return skip(colLevel, fmt.Sprintf("level %d, not %d", p.level, lv))
	case lv == 0 && p.level >= 0 && !p.cmdTotal:
		if p.firstLevelLine == 0 {
			p.firstLevel, p.firstLevelLine = p.level, line
		} else if p.level != p.firstLevel {
			s, i, _ := p.field(fields, colLevel)
			return p.fieldError(rd, fields, colLevel, i, s, fmt.Errorf("%w: level %d beside level %d (line %d): summing levels counts every good once at each; choose one (--level N or --level leaf, CSVReader.Level)",
				ErrMixedLevels, p.level, p.firstLevel, p.firstLevelLine))
		}
	}
	return nil
}

// labelled reports whether s has the shape of a code cell with a name:
// the code in brackets ("[40] Karet"), or set off from the name by a
// space or a separator ("40 - Karet", "HS 0101: Live horses"); "15x" is a
// bad code, not chapter 15 named "x".
func labelled(s string) bool {
	s = trimSpace(s)
	if s == "" {
		return false
	}
	if s[0] == '[' || s[0] == '(' {
		return true
	}
	if len(s) > 2 && (s[0]|0x20 == 'h') && (s[1]|0x20 == 's') {
		s = s[2:]
	}
	for j := 1; j < len(s); j++ {
		if isASCIILetter(s[j]) || s[j] >= 0x80 {
			return strings.IndexByte(" \t-:.", s[j-1]) >= 0 || s[j-1] >= 0x80
		}
	}
	return false
}

// isWorld reports whether s names the partner World: all partners
// together.
func isWorld(s string) bool {
	if len(s) < 3 || len(s) > 16 {
		return false
	}
	switch s[0] | 0x20 {
	case 'w', 'd', 's', 't':
	default:
		return false
	}
	var buf [maxLabel]byte
	k, _ := asciiKey(buf[:0], s)
	switch string(k) {
	case "world", "dunia", "wld", "w00", "seluruh dunia", "the world":
		return true
	}
	return false
}

// maxSeen is how many distinct rows of one file the duplicate and
// overlap checks remember (a hash of 8 bytes each).
const maxSeen = 1 << 16

// dupKey is what makes two rows the same row; spanKey what makes a row
// of a year and a row of its months figures of the same thing.
type (
	dupKey struct {
		period                  date.Range
		flow                    Flow
		reporter, partner, post string
		scheme                  Scheme
		basis                   Basis
		hs                      HS
		class                   Classification
		code                    string
		value                   money.Amount
	}
	spanKey struct {
		year                    int
		flow                    Flow
		reporter, partner, post string
		scheme                  Scheme
		basis                   Basis
		hs                      HS
		class                   Classification
		code                    string
	}
)

const (
	spanYear  = 1 << iota // a row for the whole year
	spanMonth             // a row for months within the year
)

// checkedRow reads a row with row and checks the record against the rows
// before it: a repeated row, or a year beside its months, is reported at
// the row's start and not yielded.
func (p *plan) checkedRow(rd fieldPos, rec *Record) error {
	if err := p.nestedHS(rd, rec.HS); err != nil {
		return err
	}
	if p.full {
		return nil
	}
	if p.seen.Len() >= maxSeen || p.spans.Len() >= maxSeen {
		p.full = true
		if p.c.Warn != nil {
			p.c.Warn(rowError(rd, 0, "", "", fmt.Errorf("more than %d distinct rows: this row and later ones are not checked for duplicates and overlaps", maxSeen)))
		}
		return nil
	}
	d := maphash.Comparable(p.seed, dupKey{rec.Period, rec.Flow, rec.Reporter, rec.Partner, rec.Post, rec.Scheme, rec.Basis, rec.HS, rec.Classification, rec.Code, rec.Value})
	dup := false
	if _, ok := p.seen.Get(d); ok {
		// Kept, and told: two equal shipments in one month are possible
		// in data kept per transaction.
		dup = true
		if p.c.Warn != nil {
			p.c.Warn(rowError(rd, 0, "", "", ErrDuplicateRow))
		}
	}
	s, y := rec.Period.Start, rec.Period.End
	if s.Year == y.Year && s.Year != 0 {
		kind := uint8(spanMonth)
		if rec.Period == date.YearRange(s.Year) {
			kind = spanYear
		}
		k := maphash.Comparable(p.seed, spanKey{s.Year, rec.Flow, rec.Reporter, rec.Partner, rec.Post, rec.Scheme, rec.Basis, rec.HS, rec.Classification, rec.Code})
		have, _ := p.spans.Get(k)
		if have != 0 && have != kind {
			return rowError(rd, 0, "", "", ErrOverlap)
		}
		p.spans.Put(k, have|kind)
	}
	if !dup {
		p.seen.Put(d, struct{}{})
	}
	return nil
}

// fieldError makes the *RowError of field i (of role r) of a row.
func (p *plan) fieldError(rd fieldPos, fields []string, r role, i int, text string, err error) *RowError {
	h := roleNames[r]
	if i >= 0 && i < len(p.header) {
		h = p.header[i]
	}
	if i >= len(fields) || i < 0 {
		i = len(fields) - 1
	}
	return rowError(rd, i, h, text, err)
}

// joinRowErrors makes one report of the problems of one row: the first
// in column order, with the others in its More.
func joinRowErrors(bad []*RowError) *RowError {
	slices.SortStableFunc(bad, func(a, b *RowError) int { return cmp.Compare(a.Column, b.Column) })
	first := bad[0]
	if len(bad) > 1 {
		first.More = bad[1:]
	}
	return first
}

// warn reports a reservation about field i of a row to the reader's Warn.
func (p *plan) warn(rd fieldPos, fields []string, r role, i int, text string, err error) {
	if p.c.Warn != nil {
		p.c.Warn(p.fieldError(rd, fields, r, i, text, err))
	}
}

// exactValue reads a Comtrade value ("12345678901.5", "123456.789",
// "1.5e9") exactly, rounding to hundredths half to even with a warning
// (ErrRounded) when the text is finer; other text is read by value.
func (p *plan) exactValue(rd fieldPos, fields []string, i int, s string, cur currency.Unit) (money.Amount, error) {
	minor, rounded, err := parseExact(s, 2)
	if errors.Is(err, errNotPlain) || cur == (currency.Unit{}) {
		return p.value(s, cur)
	}
	if err != nil {
		return money.Amount{}, err
	}
	if minor == math.MinInt64 {
		return money.Amount{}, errRangeExact
	}
	a := money.FromMinor(minor, cur)
	if rounded {
		p.warn(rd, fields, colValue, i, s, fmt.Errorf("%w: %s read as %s", ErrRounded, s, a))
	}
	return a, nil
}

// quantity reads a net weight or quantity: in Comtrade files exactly,
// exponents included, rounded to thousandths half to even with a warning;
// otherwise with ParseQuantity in the file's language.
func (p *plan) quantity(rd fieldPos, fields []string, r role, i int, s string) (Quantity, error) {
	if p.layout == Comtrade {
		milli, rounded, err := parseExact(s, 3)
		switch {
		case err == nil:
			q := Quantity{Milli: milli}
			if rounded {
				text := q.String()
				if text == "" {
					text = "0"
				}
				p.warn(rd, fields, r, i, s, fmt.Errorf("%w: %s read as %s", ErrRounded, s, text))
			}
			return q, nil
		case !errors.Is(err, errNotPlain):
			return Quantity{}, err
		}
	}
	return ParseQuantity(s, p.lang)
}

// parseFlow is ParseFlow with a small cache of the texts last seen: a file
// spells its flows the same way on every row.
func (p *plan) parseFlow(s string) (Flow, error) {
	for i := range p.flows {
		if e := &p.flows[i]; e.f != 0 && e.s == s {
			return e.f, nil
		}
	}
	f, err := ParseFlow(s)
	if err == nil {
		p.flows[p.nextFlow] = struct {
			s string
			f Flow
		}{s, f}
		p.nextFlow = (p.nextFlow + 1) % len(p.flows)
	}
	return f, err
}

// value reads a value with the plan's money.Parser (ParseDefault in the
// file's language with no default currency), so that a currency marker
// in the text ("Rp", "US$", "dolar AS") shows in the result: money is the
// one source of what counts as a currency and what as a scale word
// ("juta", "bn"). An amount written without a marker takes cur (from the
// currency column, the header or the reader's default), or else the home
// currency of the file's language; one written with a marker must agree
// with the currency column (plan.inCurrency).
func (p *plan) value(s string, cur currency.Unit) (money.Amount, error) {
	switch s {
	case "":
		return money.Amount{}, errors.New("empty value")
	case "-", "–", "—": // statistical tables write a dash for nil
		if cur == (currency.Unit{}) {
			return money.Amount{}, errNoCurrency
		}
		return money.FromMinor(0, cur), nil
	}
	text := s
	if p.scale != "" {
		// money reads "1.725,99 juta" exactly, in any of the languages.
		text = s + " " + p.scale
	}
	a, err := p.money.Parse(text)
	if err != nil {
		return money.Amount{}, err
	}
	return p.inCurrency(a, cur)
}

// inCurrency returns the value a, read by the plan's money.Parser (of no
// default currency), in its own currency if its text names one (which
// must then be cur, when a currency column gives it), else in cur, or
// without cur in the home currency of the file's language.
func (p *plan) inCurrency(a money.Amount, cur currency.Unit) (money.Amount, error) {
	if a.HasCurrency() { // the text names its currency
		if cur != (currency.Unit{}) && p.cols[colCurrency] != 0 && a.Currency() != cur {
			return money.Amount{}, fmt.Errorf("value in %v but currency column says %v: %w", a.Currency(), cur, ErrCurrencyMismatch)
		}
		return a, nil
	}
	if cur == (currency.Unit{}) {
		cur = money.HomeCurrency(p.lang)
	}
	if cur == (currency.Unit{}) || cur == currency.XXX {
		return money.Amount{}, errNoCurrency
	}
	return money.FromMinor(a.Minor(), cur), nil
}

var errNoCurrency = errors.New("no currency: add a currency column (mata_uang) or set the reader's Currency")

// parseCurrency reads a currency column: an ISO 4217 code ("IDR", "usd")
// or a symbol or name ("Rp", "RM", "US$", "rupiah", "ringgit").
func parseCurrency(s string) (currency.Unit, error) {
	if c, ok := unitCurrency(s); ok {
		return c, nil
	}
	if len(s) == 3 {
		if c, err := currency.ParseISO(s); err == nil {
			return c, nil
		}
	}
	return currency.Unit{}, &ParseError{Func: "parseCurrency", Input: s, Msg: "unknown currency", Err: ErrUnknown}
}

// parseYear reads a year of four digits. Statistical tables mark
// provisional figures with asterisks after the year ("2022*", "2023**");
// the marks are ignored.
func parseYear(s string) (int, error) {
	for len(s) > 4 && s[len(s)-1] == '*' {
		s = s[:len(s)-1]
	}
	if len(s) != 4 {
		return 0, &ParseError{Func: "parseYear", Input: s, Msg: "a year has four digits", Err: ErrSyntax}
	}
	y := 0
	for i := 0; i < 4; i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, &ParseError{Func: "parseYear", Input: s, Offset: i, Msg: "a year has four digits", Err: ErrSyntax}
		}
		y = y*10 + int(s[i]-'0')
	}
	if y < 1 {
		return 0, &ParseError{Func: "parseYear", Input: s, Msg: "year 0 does not exist", Err: ErrRange}
	}
	return y, nil
}

// month reads the month column: "11", "Nov", "November", "Nopember", a
// range of months "1-11" or "Januari–November", or Comtrade's 52 for a
// whole year (first == 0).
func (p *plan) month(s string) (first, last time.Month, err error) {
	if n, ok := smallInt(s); ok {
		switch {
		case n >= 1 && n <= 12:
			return time.Month(n), time.Month(n), nil
		case n == 52 && p.layout == Comtrade, n == 0:
			return 0, 0, nil
		}
		return 0, 0, &ParseError{Func: "month", Input: s, Msg: "month out of range", Err: ErrRange}
	}
	if m, ok := p.months[s]; ok {
		return m[0], m[1], nil
	}
	if q, ok := quarter(s); ok {
		first, last = time.Month(3*q-2), time.Month(3*q)
		p.months[strings.Clone(s)] = [2]time.Month{first, last}
		return first, last, nil
	}
	first, last, err = parseMonths(s, p.lang)
	if err != nil {
		return 0, 0, err
	}
	if len(p.months) < 1000 {
		p.months[strings.Clone(s)] = [2]time.Month{first, last} // s may be a slice of a block of rows
	}
	return first, last, nil
}

// quarter reads a quarter written in the month column: "Q1", "Triwulan
// I", "TW 2", "Kuartal III", "Suku Tahun 4", "Quarter 1". It reports the
// quarter, 1 to 4.
func quarter(s string) (int, bool) {
	if len(s) > 32 {
		return 0, false
	}
	var buf [32]byte
	k, _ := asciiKey(buf[:0], s)
	ks := string(k)
	for _, pre := range []string{"triwulan ", "kuartal ", "tw ", "suku tahun ", "quarter ", "q ", "q"} {
		rest, ok := strings.CutPrefix(ks, pre)
		if !ok || rest == "" {
			continue
		}
		n, ok := smallInt(rest)
		if !ok {
			r, err := date.ParseRoman(rest)
			if err != nil {
				continue
			}
			n = r
		}
		if n >= 1 && n <= 4 {
			return n, true
		}
	}
	return 0, false
}

// parseMonths reads a month name or a range of months, with numbers or
// names, by asking date.ParseRange about them in a leap year.
func parseMonths(s string, t language.Tag) (first, last time.Month, err error) {
	if a, b, ok := strings.Cut(s, "-"); ok {
		x, ok1 := smallInt(trimSpace(a))
		y, ok2 := smallInt(trimSpace(b))
		if ok1 && ok2 {
			if x < 1 || x > 12 || y < x || y > 12 {
				return 0, 0, &ParseError{Func: "month", Input: s, Msg: "month range out of range", Err: ErrRange}
			}
			return time.Month(x), time.Month(y), nil
		}
	}
	if len(s) > 64 {
		return 0, 0, &ParseError{Func: "month", Input: s, Msg: "input too long", Err: ErrSyntax}
	}
	// "s.d. November", "sampai November": from January to that month.
	k, fromJanuary := s, false
	f := fold.Key(s)
	for _, pre := range []string{"s d ", "sd ", "sampai dengan ", "sampai ", "hingga ", "up to ", "to ", "until ", "through "} {
		if strings.HasPrefix(f, pre) {
			k, fromJanuary = f[len(pre):], true
			break
		}
	}
	// The file's language first; month names in the others are read too,
	// since a column of Indonesian names may sit under English headers.
	for _, tag := range []language.Tag{t, language.Indonesian, language.Malay, language.English} {
		r, err := date.ParseRange(k+" 2000", tag)
		if err != nil || r.Start.Year != 2000 || r.End.Year != 2000 || !r.IsWholeMonths() {
			continue
		}
		if fromJanuary {
			if !r.IsWholeMonth() {
				break
			}
			return time.January, r.End.Month, nil
		}
		return r.Start.Month, r.End.Month, nil
	}
	return 0, 0, &ParseError{Func: "month", Input: s, Msg: "not a month or a range of months", Err: ErrSyntax}
}

// period reads the period column: the short forms of ParsePeriod,
// Comtrade's "202211", or a period in words read with date.ParseRange
// ("2022 s.d. November", "Januari – November 2022").
func (p *plan) period(s string) (date.Range, error) {
	if len(s) == 6 {
		if n, ok := smallInt(s); ok {
			y, m := n/100, time.Month(n%100)
			if y < 1 || m < 1 || m > 12 {
				return date.Range{}, &ParseError{Func: "period", Input: s, Msg: "month out of range", Err: ErrRange}
			}
			return date.MonthRange(y, m), nil
		}
	}
	if r, err := ParsePeriod(s); err == nil {
		return r, nil
	}
	r, err := date.ParseRange(s, p.lang)
	if err != nil {
		return date.Range{}, err
	}
	return r, nil
}

// isDash reports whether s is a dash, which statistical tables write for
// nil.
func isDash(s string) bool { return s == "-" || s == "–" || s == "—" }

// smallInt reads up to 9 ASCII digits.
func smallInt(s string) (int, bool) {
	if len(s) == 0 || len(s) > 9 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// mayBeTotal reports, cheaply and without allocating, whether s can be
// one of the labels isTotal knows: they all start with one of these words.
func mayBeTotal(s string) bool {
	if len(s) < 3 || len(s) > 40 {
		return false
	}
	// The first two letters of the words below, in either case: most
	// names of posts and partners fail here ("Aruk", "Skouw").
	switch c := s[1] | 0x20; s[0] | 0x20 {
	case 'j', 's':
		if c != 'u' && (c != 'e' || s[0]|0x20 != 's') {
			return false
		}
	case 't':
		if c != 'o' {
			return false
		}
	case 'g':
		if c != 'r' {
			return false
		}
	case 'a':
		if c != 'l' {
			return false
		}
	default:
		return false
	}
	for _, p := range [...]string{"jumlah", "total", "grand", "sub", "semua", "seluruh", "all "} {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
			return true
		}
	}
	return false
}

// isTotal reports whether s labels a total row.
func isTotal(s string) bool {
	if !mayBeTotal(s) {
		return false
	}
	var buf [maxLabel]byte
	k, _ := asciiKey(buf[:0], s)
	switch string(k) {
	case "total", "jumlah", "grand total", "jumlah total", "total jumlah", "total keseluruhan", "jumlah keseluruhan", "subtotal", "sub total",
		"jumlah seluruhnya", "semua negara", "seluruh negara", "all countries", "jumlah semua negara", "total semua negara",
		"jumlah total ekspor", "jumlah ekspor", "jumlah impor", "total ekspor impor":
		return true
	}
	return false
}

// post returns the ID of the border post named s, or s itself when it
// names none of the known posts.
func (p *plan) post(s string) string {
	if v, ok := p.posts.get(s); ok {
		return v
	}
	v := resolvePost(s)
	p.posts.put(s, v)
	return v
}

// partner returns the code of the region or country named s, or s itself
// when it names none.
func (p *plan) partner(s string) string {
	if v, ok := p.partners.get(s); ok {
		return v
	}
	v := resolveRegion(s, p.layout == Comtrade)
	p.partners.put(s, v)
	return v
}

// A textCache remembers what names resolved to, for one file. A small
// direct-mapped array in front of the map makes a repeated name cost one
// string comparison.
type textCache struct {
	m     map[string]string
	front [32]struct{ k, v string }
}

func (c *textCache) slot(s string) *struct{ k, v string } {
	h := uint(len(s))
	if len(s) > 0 {
		h = h*31 + uint(s[0])*7 + uint(s[len(s)-1])
	}
	return &c.front[h&31]
}

func (c *textCache) get(s string) (string, bool) {
	if e := c.slot(s); e.k == s && (s != "" || e.v != "") {
		return e.v, true
	}
	v, ok := c.m[s]
	if ok {
		e := c.slot(s)
		e.k, e.v = s, v
	}
	return v, ok
}

func (c *textCache) put(s, v string) {
	if c.m == nil {
		c.m = make(map[string]string)
	}
	if len(c.m) < 10000 {
		// Copies: s may be a slice of a block of rows (see rowBuf).
		k := strings.Clone(s)
		if v == s {
			v = k
		} else {
			v = strings.Clone(v)
		}
		c.m[k] = v
	}
	e := c.slot(s)
	e.k, e.v = s, v
}
