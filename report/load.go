package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"strings"

	"github.com/kerjasama/kerjasama/agreement"
	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/evaluate"
	"github.com/kerjasama/kerjasama/internal/fold"
	"github.com/kerjasama/kerjasama/internal/input"
	"github.com/kerjasama/kerjasama/internal/lang"
	"github.com/kerjasama/kerjasama/region"
	"github.com/kerjasama/kerjasama/session"
	"github.com/kerjasama/kerjasama/trade"
	"golang.org/x/text/language"
)

// Files names the files of a dataset, as paths in the fs.FS given to
// Load. An empty name (or list) leaves that part of the dataset empty. The
// format follows the extension: .csv (also .tsv, .txt) or .json.
type Files struct {
	// Agreements is a register: an inventory CSV or agreement JSON
	// (agreement.ReadCSV, agreement.ReadJSON).
	Agreements string
	// Trade are trade files: CSV in the simple, BPS or Comtrade layout
	// (trade.CSVReader), or a trade JSON document (trade.ReadJSON). The
	// records of all of them are summed together.
	Trade []string
	// Sessions is a session dataset in JSON (session.ReadJSON), or a CSV of
	// working-paper items (session.ReadCSV) read against the forums
	// and sessions of the embedded public record (session.History).
	Sessions string
	// Welfare is a JSON object {"note": …, "spending": [evaluate.Spending …]}.
	Welfare string
	// Partners is a CSV of foreign partners (the columns of
	// region/data/partners.csv: name, country, level, and optionally iso,
	// code, parent, names), defined for this load only
	// (region.Gazetteer.DefineCSV) so that the agreements file's partners
	// are found among them. It needs Agreements.
	Partners string
	// Activities is a CSV of activities of the agreements in Agreements
	// (agreement.Load.AddActivities: agreement, date, activity, value). An
	// activity naming no agreement of the file is a problem at its line.
	Activities string
}

// LoadOptions control Load.
type LoadOptions struct {
	// Lang is the language the files are written in: the numbers, dates
	// and labels in their cells ("Rp1.500" is 1,500 in Indonesian). The
	// zero Tag reads each CSV file's header to tell (Indonesian, Malay or
	// English words), and Indonesian when the header does not say. It is
	// separate from the language the report is written in.
	Lang language.Tag
	// Region is the office's own region (a code or a name region.Find
	// reads), the Indonesian party of agreement rows that name none.
	Region string
	// History merges the sessions and items of the embedded public record
	// (session.History) into a sessions JSON file, for the forums the file
	// defines (session.Dataset.Merge).
	History bool
	// Progress, when set, is called as a trade CSV file is read (every few
	// thousand rows, and once at the end with Done set).
	Progress func(Progress)
	// KeepGoing loads what can be read and lists what cannot: a row that
	// cannot be read is left out, a file that cannot be read at all adds
	// nothing, and each such file's *FileError goes to Dataset.Unread,
	// which the report lists at its top. Load then returns the dataset
	// together with those errors joined. By default (false) Load is
	// strict: the first file with a problem fails the whole load.
	KeepGoing bool
}

// Progress says how far reading a file has got.
type Progress struct {
	File string
	Read int64 // bytes read
	Size int64 // the file's size, 0 when unknown
	Rows int   // records read
	Done bool
}

// progressEvery is how many rows pass between calls of LoadOptions.Progress.
const progressEvery = 4096

// MaxFileSize is the size of the largest JSON file Load reads (JSON files
// are read whole; CSV files stream and have no such limit).
const MaxFileSize = 64 << 20

// ErrFormat reports a file whose extension is neither .csv nor .json.
var ErrFormat = errors.New("unknown file type")

// A FileError is a file that could not be used: the problems found in it,
// each with its line and column, and how many records it held. Load
// returns one for the first file that has problems.
type FileError struct {
	File     string
	Records  int       // records read, good and bad; 0 when unknown
	Problems []Problem // in file order, the first MaxShown of them
	Omitted  int       // problems found after the first MaxShown, counted only
	Err      error     // the file could not be read at all (ErrFormat, a read error)
	// Rejected is the number of records that could not be read, as the
	// file's reader counts them (several problems of one record are one
	// record; a problem of the whole register, such as an agreement
	// without an Indonesian party, is none); Counted says it is known.
	// When it is not, the summary counts one record per problem.
	Rejected int
	Counted  bool
	// Stopped is true when reading ended at a problem before the end of
	// the file (a JSON syntax error, a record over the size limit): the
	// records after it were not read, and are not among Records.
	Stopped bool
}

// A Problem is one thing wrong in a file, at a line and column (1-based;
// zero when unknown), in a field when the field is known.
type Problem struct {
	Line, Column int
	Field        string
	Err          error
}

// MaxShown is the number of problems of one file that a FileError keeps
// and Message writes out; the rest are counted (FileError.Omitted), so
// that a file with a million bad rows costs no more memory than one with
// fifty.
const MaxShown = input.MaxShown

// Error writes the problems in English.
func (e *FileError) Error() string { return e.Message(language.English) }

// Unwrap returns the error that stopped the file being read, if any.
func (e *FileError) Unwrap() error { return e.Err }

// Message writes every problem (at most MaxShown, then a count), one a
// line, each with the file, line and column, in the language of tag; then
// a summary of how many records could not be read.
func (e *FileError) Message(tag language.Tag) string {
	l := langOf(tag)
	var b strings.Builder
	var ne *needsError
	switch {
	case errors.Is(e.Err, ErrFormat):
		b.WriteString(wordf(l, "err.format", e.File))
	case errors.As(e.Err, &ne):
		b.WriteString(wordf(l, "err.needs", e.File, ne.field))
	case e.Err != nil:
		b.WriteString(wordf(l, "err.read", e.File, e.Err))
	}
	for _, p := range e.Problems {
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(p.message(l, e.File))
	}
	if e.Omitted > 0 {
		b.WriteByte('\n')
		b.WriteString(wordf(l, "err.more", e.File, e.Omitted))
	}
	n := len(e.Problems) + e.Omitted
	if e.Counted {
		n = e.Rejected
	}
	if n > 0 {
		b.WriteByte('\n')
		b.WriteString(wordf(l, "err.rejected", e.File, n, max(e.Records, n)))
	}
	if e.Counted && e.Rejected < len(e.Problems)+e.Omitted && !e.Stopped {
		b.WriteByte('\n')
		b.WriteString(wordf(l, "err.validation", e.File, len(e.Problems)+e.Omitted-e.Rejected))
	}
	if e.Stopped {
		b.WriteByte('\n')
		b.WriteString(wordf(l, "err.stopped", e.File, e.Records))
	}
	return b.String()
}

// PartlyRead returns err's *FileError when err says that one file was
// read to its end with some of its records refused: the others were
// used, and a command that keeps going reads on past it. Otherwise (no
// error, several files, a file not read at all or not to its end) it
// returns nil.
func PartlyRead(err error) *FileError {
	fes := FileErrors(err)
	if len(fes) != 1 || fes[0] != err {
		return nil
	}
	if e := fes[0]; e.Err == nil && !e.Stopped && e.Counted && e.Rejected > 0 {
		return e
	}
	return nil
}

// RowMessages returns the problems e keeps (the first MaxShown; Omitted
// counts the rest), each written FILE:LINE:COLUMN: field: problem, as the
// rows a register rejects are (agreement.RowError).
func (e *FileError) RowMessages() []string {
	out := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		out[i] = string(input.AppendRowError(nil, e.File, p.Line, p.Column, p.Field, p.Err))
	}
	return out
}

// message writes the problem with the file, line and column in l.
func (p Problem) message(l lang.Lang, file string) string {
	var b strings.Builder
	switch {
	case p.Line > 0 && p.Column > 0:
		b.WriteString(wordf(l, "err.at", file, p.Line, p.Column))
	case p.Line > 0:
		b.WriteString(wordf(l, "err.line", file, p.Line))
	default:
		b.WriteString(file)
	}
	b.WriteString(": ")
	if p.Field != "" {
		b.WriteString(p.Field)
		b.WriteString(": ")
	}
	// A problem of an agreement is written in the report's language.
	var ap *agreement.Problem
	if errors.As(p.Err, &ap) {
		b.WriteString(ap.Message(l.Tag()))
	} else {
		b.WriteString(p.Err.Error())
	}
	return b.String()
}

// needsError is a Files.Partners or Files.Activities file given without
// Files.Agreements, which it belongs to.
type needsError struct{ field string }

func (e *needsError) Error() string { return e.field + " needs an agreements file" }

// NoReport says, in the language of tag, that no report was made because
// a file could not be read (and that --keep-going evaluates what can be).
func NoReport(tag language.Tag) string { return word(langOf(tag), "err.noreport") }

// FileErrors returns the *FileError values in err, as Load returns them,
// one or joined.
func FileErrors(err error) []*FileError {
	var out []*FileError
	collect(err, func(e error) {
		var fe *FileError
		if errors.As(e, &fe) {
			out = append(out, fe)
		}
	})
	return out
}

func (e *FileError) add(line, col int, field string, err error) {
	if len(e.Problems) == MaxShown {
		e.Omitted++
		return
	}
	e.Problems = append(e.Problems, Problem{Line: line, Column: col, Field: field, Err: err})
}

// failed reports whether the file has any problem.
func (e *FileError) failed() bool { return e.Err != nil || len(e.Problems) > 0 }

// Load reads the files named in files from fsys into a Dataset. Every file
// is read whole and checked; the first file with a problem is returned as
// a *FileError that lists every problem in it, and no dataset. Trade
// records are summed as they stream, by trade.Aggregator, so a trade file
// of any size is read in memory that grows with the number of distinct
// periods, partners and chapters, not with the rows.
//
// With LoadOptions.KeepGoing, Load reads on past problems and returns the
// dataset of what could be read together with the FileErrors of what
// could not (also in Dataset.Unread): rows that cannot be read are left
// out, and a file that cannot be read at all (or opened) adds nothing.
func Load(fsys fs.FS, files Files, opt LoadOptions) (*Dataset, error) {
	d := &Dataset{}
	keep := func(err error) bool { return d.unread(opt, err) != nil }
	if len(files.Trade) > 0 {
		if err := loadTrade(d, fsys, files.Trade, opt); keep(err) {
			return nil, err
		}
	}
	if files.Agreements != "" {
		if err := loadAgreements(d, fsys, files, opt); keep(err) {
			return nil, err
		}
	} else {
		for _, f := range []struct{ name, field string }{{files.Partners, "Partners"}, {files.Activities, "Activities"}} {
			if f.name != "" {
				return nil, &FileError{File: f.name, Err: &needsError{f.field}}
			}
		}
	}
	if files.Sessions != "" {
		if err := loadSessions(d, fsys, files.Sessions, opt); keep(err) {
			return nil, err
		}
	}
	if files.Welfare != "" {
		if err := loadWelfare(d, fsys, files.Welfare); keep(err) {
			return nil, err
		}
	}
	if len(d.Unread) > 0 {
		errs := make([]error, len(d.Unread))
		for i, fe := range d.Unread {
			errs[i] = fe
		}
		return d, errors.Join(errs...)
	}
	return d, nil
}

// unread returns err, or nil when the load keeps going past it: then a
// *FileError is added to d.Unread (what the report lists as not read).
func (d *Dataset) unread(opt LoadOptions, err error) error {
	var fe *FileError
	if err == nil || !opt.KeepGoing || !errors.As(err, &fe) {
		return err
	}
	d.Unread = append(d.Unread, fe)
	return nil
}

// kind returns "csv" or "json" from the file's extension, or "".
func kind(name string) string {
	switch strings.ToLower(path.Ext(name)) {
	case ".csv", ".tsv", ".txt":
		return "csv"
	case ".json":
		return "json"
	}
	return ""
}

// open opens name in fsys and returns it with its size; a directory or a
// file that cannot be opened is a *FileError.
func open(fsys fs.FS, name string) (fs.File, int64, error) {
	if kind(name) == "" {
		return nil, 0, &FileError{File: name, Err: ErrFormat}
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, 0, &FileError{File: name, Err: unwrapPath(err)}
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, 0, &FileError{File: name, Err: unwrapPath(err)}
	}
	if fi.IsDir() {
		f.Close()
		return nil, 0, &FileError{File: name, Err: errors.New("is a directory")}
	}
	return f, fi.Size(), nil
}

// unwrapPath drops the *fs.PathError wrapper, whose message repeats the
// file name that the FileError already gives.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// readAll reads a JSON file whole, up to MaxFileSize, with the input
// toolbox's ReadAll: memory near the file's size (io.ReadAll's grows a
// slice to several times it), and an error, not a loop, for a reader
// that makes no progress.
func readAll(name string, r io.Reader) ([]byte, error) {
	b, over, err := input.ReadAll(r, MaxFileSize)
	if err != nil {
		return nil, &FileError{File: name, Err: err}
	}
	if over.Line > 0 {
		return nil, &FileError{File: name, Err: fmt.Errorf("larger than %d MiB", MaxFileSize>>20)}
	}
	return b, nil
}

// ----- language of the files -----

// headerWords are words of CSV headers that say the language of a file.
var headerWords = map[string]lang3{
	"tahun": id, "nilai": id, "judul": id, "mitra": id, "jenis": id, "daerah": id, "bidang": id, "tanggal": id,
	"jangka": id, "arus": id, "ekspor": id, "impor": id, "naskah": id, "berlaku": id, "keterangan": id,
	"tajuk": ms, "rakan": ms, "tarikh": ms, "tempoh": ms, "negeri": ms, "eksport": ms, "dagangan": ms, "wang": ms,
	"title": en, "partner": en, "signed": en, "sector": en, "year": en, "value": en, "flow": en, "period": en,
	"kind": en, "term": en, "exports": en, "imports": en, "reporter": en,
}

type lang3 uint8

const (
	id lang3 = iota
	ms
	en
)

// detectLang tells the language of a CSV file from the words of its
// header line: the language with the most words among headerWords, or
// Indonesian when none is found or there is a tie with Indonesian.
func detectLang(header []byte) language.Tag {
	var n [3]int
	for _, w := range fold.Fields(string(header)) {
		if l, ok := headerWords[w]; ok {
			n[l]++
		}
	}
	switch {
	case n[en] > n[id] && n[en] > n[ms]:
		return language.English
	case n[ms] > n[id] && n[ms] >= n[en]:
		return language.Malay
	}
	return language.Indonesian
}

// headerLine returns the first line of head, the start of a file (or all
// of head, when it holds no line end).
func headerLine(head []byte) []byte {
	if i := bytes.IndexAny(head, "\r\n"); i >= 0 {
		head = head[:i]
	}
	return head
}

// ----- trade -----

// tradeDims are the dimensions the report sums trade records by: one
// series per reporter and border post, and evaluate.GroupDims within it.
const tradeDims = trade.ByReporter | trade.ByPost | evaluate.GroupDims

// seriesKey identifies one trade series.
type seriesKey struct{ reporter, post string }

// tradeLoad sums the records of the trade files and remembers where their
// figures come from.
type tradeLoad struct {
	agg     trade.Aggregator
	order   []seriesKey // series in order of first appearance
	seen    map[seriesKey]bool
	subject map[seriesKey]string // a document's subject, for its series
	srcs    map[sourceKey]int    // index in sources
	sources []Source
	series  []seriesKey // the series of each of sources
	// warnings are the rows read with a reservation, per file.
	warnings []*FileError
}

type sourceKey struct {
	series seriesKey
	flow   trade.Flow
	period date.Range
	doc    string
}

func (t *tradeLoad) add(rec *trade.Record) error {
	if err := t.agg.Add(rec); err != nil {
		return err
	}
	k := seriesKey{rec.Reporter, rec.Post}
	if !t.seen[k] {
		t.seen[k] = true
		t.order = append(t.order, k)
	}
	if rec.Source == "" {
		return nil
	}
	sk := sourceKey{k, rec.Flow, rec.Period, rec.Source}
	if i, ok := t.srcs[sk]; ok {
		t.sources[i].Value, _ = t.sources[i].Value.Add(rec.Value) // the aggregator has checked the sum
		return nil
	}
	t.srcs[sk] = len(t.sources)
	t.sources = append(t.sources, Source{Section: SectionTrade, Flow: rec.Flow, Period: rec.Period, Value: rec.Value, Document: rec.Source, Known: rec.Period})
	t.series = append(t.series, k)
	return nil
}

func loadTrade(d *Dataset, fsys fs.FS, names []string, opt LoadOptions) error {
	t := &tradeLoad{agg: trade.Aggregator{By: tradeDims}, seen: map[seriesKey]bool{},
		subject: map[seriesKey]string{}, srcs: map[sourceKey]int{}}
	var balances []TradeSeries
	var balanceSources []Source
	for _, name := range names {
		f, size, err := open(fsys, name)
		if err != nil {
			if err := d.unread(opt, err); err != nil {
				return err
			}
			continue
		}
		switch kind(name) {
		case "csv":
			err = t.readCSV(f, name, size, opt)
		case "json":
			var bs []TradeSeries
			var srcs []Source
			bs, srcs, err = t.readJSON(f, name)
			balances, balanceSources = append(balances, bs...), append(balanceSources, srcs...)
		}
		f.Close()
		if err := d.unread(opt, err); err != nil {
			return err
		}
	}
	// One series per reporter and post, in order of first appearance.
	bySeries := map[seriesKey][]trade.Group{}
	for _, g := range t.agg.Groups() {
		k := seriesKey{g.Key.Reporter, g.Key.Post}
		bySeries[k] = append(bySeries[k], g)
	}
	names0 := ""
	if len(names) > 0 {
		names0 = names[0]
	}
	subjects := map[seriesKey]string{}
	for _, k := range t.order {
		s := TradeSeries{Options: seriesOptions(k.reporter, k.post, names0), Groups: bySeries[k]}
		if sub := t.subject[k]; sub != "" {
			s.Options.Subject = sub
		}
		subjects[k] = s.Options.Subject
		d.Trade = append(d.Trade, s)
	}
	for i := range t.sources {
		t.sources[i].Subject = subjects[t.series[i]]
	}
	d.Trade = append(d.Trade, balances...)
	d.Warnings = append(d.Warnings, t.warnings...)
	d.Sources = append(d.Sources, t.sources...)
	d.Sources = append(d.Sources, balanceSources...)
	return nil
}

// seriesOptions names a trade series after its border post ("PLBN
// Entikong"), else its reporter, else the file.
func seriesOptions(reporter, post, file string) evaluate.TradeOptions {
	if post != "" {
		if p, err := region.FindPost(post); err == nil {
			return evaluate.TradeOptions{Subject: p.Name, BorderPost: true}
		}
		return evaluate.TradeOptions{Subject: post}
	}
	if reporter != "" {
		if r, ok := region.Lookup(reporter); ok {
			return evaluate.TradeOptions{Subject: r.Name}
		}
		return evaluate.TradeOptions{Subject: reporter}
	}
	return evaluate.TradeOptions{Subject: path.Base(file)}
}

// countingReader counts the bytes read through it, for progress.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(b []byte) (int, error) {
	n, err := c.r.Read(b)
	c.n += int64(n)
	return n, err
}

// readCSV streams the records of a trade CSV file into the aggregator,
// collecting every bad row.
func (t *tradeLoad) readCSV(r io.Reader, name string, size int64, opt LoadOptions) error {
	cr := &countingReader{r: r}
	fe := &FileError{File: name}
	warn := &FileError{File: name} // rows read with a reservation (a repeated row, a rounded value)
	rd := trade.CSVReader{Lang: opt.Lang, Warn: func(re *trade.RowError) { warn.add(re.Line, re.Column, re.Field, re.Err) }}
	for row, err := range rd.Rows(cr) {
		fe.Records++
		if opt.Progress != nil && fe.Records%progressEvery == 0 {
			opt.Progress(Progress{File: name, Read: cr.n, Size: size, Rows: fe.Records})
		}
		if err != nil {
			var re *trade.RowError
			if !errors.As(err, &re) {
				fe.Records--
				fe.Err = err
				break
			}
			fe.add(re.Line, re.Column, re.Field, re.Err)
			continue
		}
		// An error of summing (an overflow) is the row's: at its start.
		if err := t.add(&row.Record); err != nil {
			fe.add(row.Line, 1, "", fmt.Errorf("%s %s %s: %w", row.Flow, trade.Period(row.Period), row.Post, err))
		}
	}
	if opt.Progress != nil {
		opt.Progress(Progress{File: name, Read: cr.n, Size: size, Rows: fe.Records, Done: true})
	}
	if warn.failed() {
		warn.Records = fe.Records
		t.warnings = append(t.warnings, warn)
	}
	if fe.Err != nil || len(fe.Problems) > 0 {
		return fe
	}
	return nil
}

// readJSON reads a trade JSON document: its records go to the aggregator,
// its balances become a series of their own.
func (t *tradeLoad) readJSON(r io.Reader, name string) ([]TradeSeries, []Source, error) {
	b, err := readAll(name, r)
	if err != nil {
		return nil, nil, err
	}
	doc, err := trade.ReadJSON(bytes.NewReader(b))
	fe := &FileError{File: name}
	if err != nil {
		// The records and balances of the file, counted apart for the
		// summary (a document that is not even JSON has no count).
		var count struct{ Records, Balances []json.RawMessage }
		if json.Unmarshal(b, &count) == nil {
			fe.Records, fe.Counted = len(count.Records)+len(count.Balances), true
		}
		bad := map[int]bool{}
		collect(err, func(err error) {
			var re *trade.RowError
			if errors.As(err, &re) {
				fe.add(re.Line, re.Column, re.Field, re.Err)
				if !bad[re.Line] {
					bad[re.Line] = true
					fe.Rejected++
				}
				return
			}
			fe.add(0, 0, "", err)
			fe.Counted = false
		})
		return nil, nil, fe
	}
	fe.Records = len(doc.Records) + len(doc.Balances)
	for i := range doc.Records {
		if err := t.add(&doc.Records[i]); err != nil {
			fe.add(0, 0, "", err)
		}
		if doc.Subject != "" {
			t.subject[seriesKey{doc.Records[i].Reporter, doc.Records[i].Post}] = doc.Subject
		}
	}
	if len(fe.Problems) > 0 {
		return nil, nil, fe
	}
	if len(doc.Balances) == 0 {
		return nil, nil, nil
	}
	opt := seriesOptions(doc.Reporter, doc.Post, name)
	if doc.Subject != "" {
		opt.Subject = doc.Subject
	}
	var srcs []Source
	for _, b := range doc.Balances {
		if b.Source != "" {
			srcs = append(srcs, Source{Section: SectionTrade, Subject: opt.Subject, Net: true, Period: b.Period, Value: b.Net, Document: b.Source, Known: b.Period})
		}
	}
	return []TradeSeries{{Options: opt, Balances: doc.Balances}}, srcs, nil
}

// collect calls each for every error joined in err (errors.Join), or for
// err itself.
func collect(err error, each func(error)) {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		for _, e := range j.Unwrap() {
			collect(e, each)
		}
		return
	}
	each(err)
}

// ----- agreements -----

func loadAgreements(d *Dataset, fsys fs.FS, files Files, opt LoadOptions) error {
	name := files.Agreements
	ro := agreement.ReadOptions{File: name, Lang: opt.Lang, Region: opt.Region}
	if files.Partners != "" {
		g, err := LoadPartners(fsys, files.Partners)
		if err != nil {
			return err // without the partners, the register would be read wrongly
		}
		ro.Resolve = g.Find
	}
	f, _, err := open(fsys, name)
	if err != nil {
		return err
	}
	defer f.Close()
	var load *agreement.Load
	switch kind(name) {
	case "csv":
		head, all := input.Peek(f, 64<<10)
		if ro.Lang == language.Und {
			ro.Lang = detectLang(headerLine(head))
		}
		load, err = agreement.ReadCSV(all, ro)
	case "json":
		if ro.Lang == language.Und {
			ro.Lang = language.Indonesian
		}
		load, err = agreement.ReadJSON(f, ro)
	}
	fe := &FileError{File: name, Counted: true}
	if load != nil {
		fe.Records = load.Rows
		fe.Rejected = len(load.Rejected)
		for _, re := range load.Rejected {
			fe.add(re.Line, re.Column, re.Field, re.Err)
		}
	}
	if err != nil && (load == nil || len(load.Rejected) == 0 || err != error(load.Rejected[len(load.Rejected)-1])) {
		// An error besides the rejected records: the file's reading
		// stopped there (a JSON syntax error), or it could not be read.
		var re *agreement.RowError
		if errors.As(err, &re) {
			fe.add(re.Line, re.Column, re.Field, re.Err)
			fe.Stopped = load != nil
		} else {
			fe.Err = err
		}
	} else if err != nil {
		fe.Stopped = true // a record too long, or the first bad one in strict mode, ends reading
	}
	if fe.Err != nil || load == nil {
		return fe
	}
	if files.Activities != "" {
		if err := LoadActivities(fsys, files.Activities, load, ro.Lang); err != nil {
			if err := d.unread(opt, err); err != nil {
				return err
			}
		}
	}
	// Problems that need the whole register (unknown predecessors,
	// duplicate IDs) and each agreement's own problems, at the line of
	// the agreement.
	if reg := load.Register(); reg != nil {
		if err := reg.Validate(); err != nil {
			for _, p := range agreement.Problems(err) {
				fe.add(load.Line(p.ID), 0, "", p)
			}
		}
	}
	if fe.failed() {
		if err := d.unread(opt, fe); err != nil {
			return err
		}
	}
	d.Agreements = load.Agreements
	for i := range d.Agreements {
		a := &d.Agreements[i]
		known := firstKnown(a)
		for _, s := range a.Sources {
			doc := s.Document
			if s.Quote != "" {
				doc += ": “" + s.Quote + "”"
			}
			d.Sources = append(d.Sources, Source{Section: SectionAgreements, Subject: a.Title, Document: doc, Known: known})
		}
	}
	return nil
}

// LoadPartners reads a CSV of foreign partners (Files.Partners) into a
// gazetteer of its own, over the embedded data, and returns it; a row that
// cannot be defined is a problem at its position, in a *FileError.
func LoadPartners(fsys fs.FS, name string) (*region.Gazetteer, error) {
	f, _, err := open(fsys, name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	g := &region.Gazetteer{}
	n, err := g.DefineCSV(f, name)
	if err == nil {
		return g, nil
	}
	fe := &FileError{File: name, Counted: true, Records: n}
	collect(err, func(err error) {
		var re *region.RowError
		if errors.As(err, &re) {
			fe.add(re.Line, re.Column, re.Field, re.Err)
			fe.Rejected++
			fe.Records++
			return
		}
		fe.Err = err
	})
	return nil, fe
}

// LoadActivities reads a CSV of activities (Files.Activities) into the
// agreements of load (agreement.Load.AddActivities), in the language tag
// (the zero Tag: told from the header). Rows that cannot be read or name
// no agreement are problems at their positions, in a *FileError; the
// others are added.
func LoadActivities(fsys fs.FS, name string, load *agreement.Load, tag language.Tag) error {
	f, _, err := open(fsys, name)
	if err != nil {
		return err
	}
	defer f.Close()
	head, all := input.Peek(f, 64<<10)
	if tag == language.Und {
		tag = detectLang(headerLine(head))
	}
	n, err := load.AddActivities(all, agreement.ReadOptions{File: name, Lang: tag})
	if err == nil {
		return nil
	}
	fe := &FileError{File: name, Counted: true, Records: n}
	collect(err, func(err error) {
		var re *agreement.RowError
		if errors.As(err, &re) && re.Line > 1 {
			fe.add(re.Line, re.Column, re.Field, re.Err)
			fe.Rejected++
			fe.Records++
			return
		}
		if errors.As(err, &re) {
			fe.add(re.Line, re.Column, re.Field, re.Err)
			return
		}
		fe.Err = err
	})
	return fe
}

// firstKnown is the span of the dated step of a (signing, an event, an
// activity) that is over first: from its end the agreement is known
// (Dataset.KnownBy). Zero when nothing in a is dated.
func firstKnown(a *agreement.Agreement) date.Range {
	var first date.Range
	consider := func(p agreement.PartialDate) {
		if !p.IsZero() && p.IsValid() && (first.IsZero() || p.Last().Before(first.End)) {
			first = p.Span()
		}
	}
	consider(a.Signed)
	for _, e := range a.Events {
		consider(e.Date)
	}
	for _, act := range a.Activities {
		consider(act.Date)
	}
	return first
}

// ----- sessions -----

func loadSessions(d *Dataset, fsys fs.FS, name string, opt LoadOptions) error {
	f, _, err := open(fsys, name)
	if err != nil {
		return err
	}
	defer f.Close()
	var ds *session.Dataset
	records := 0 // records of an items CSV, counted
	switch kind(name) {
	case "json":
		ds, err = session.ReadJSON(f)
		if err == nil && opt.History {
			// The public record must fit the file: a conflict is an error,
			// not a merge silently skipped.
			ds, err = ds.Merge(session.History())
		}
	case "csv":
		// Items refer to the forums and sessions of the public record.
		// The file is read whole (item files are small) so that its
		// records can be counted for the summary of what was not read.
		var b []byte
		if b, err = readAll(name, f); err != nil {
			return err
		}
		records = countRecords(b)
		// A CSV of sessions or of working-paper items, told apart by its
		// header (session.ReadCSV); items are read against the public
		// record, and a sessions file is merged with it as a JSON one is.
		ds, err = session.ReadCSV(bytes.NewReader(b), session.History())
		if err == nil && len(ds.Items) == 0 && opt.History {
			ds, err = ds.Merge(session.History())
		}
	}
	if err != nil {
		fe := &FileError{File: name, Records: records, Counted: records > 0}
		bad := map[int]bool{}
		collect(err, func(err error) {
			var pe *session.ParseError
			if errors.As(err, &pe) {
				fe.add(pe.Line, pe.Column, pe.Field, pe.Err)
				if pe.Line > 1 && !bad[pe.Line] {
					bad[pe.Line] = true
					fe.Rejected++
				}
				return
			}
			fe.add(0, 0, "", err)
		})
		return fe
	}
	d.Sessions = ds
	d.Sources = append(d.Sources, sessionSources(ds)...)
	return nil
}

// sessionSources lists the sources of the forums, sessions and meetings
// of ds.
func sessionSources(ds *session.Dataset) []Source {
	var srcs []Source
	add := func(src Source, ss []session.Source) {
		for _, s := range ss {
			doc := s.Title
			if s.URL != "" {
				doc += " <" + s.URL + ">"
			}
			if s.Note != "" {
				doc += ": " + s.Note
			}
			src.Document = doc
			srcs = append(srcs, src)
		}
	}
	for _, s := range ds.Sessions {
		what := fmt.Sprintf("%s %d", s.Forum, s.Number)
		add(Source{Section: SectionForums, Subject: what, Forum: s.Forum, Session: s.Number, Known: s.Period()}, s.Sources)
		for _, m := range s.Meetings {
			add(Source{Section: SectionForums, Subject: what, Forum: s.Forum, Session: s.Number, Meeting: m.Kind, Known: m.Period()}, m.Sources)
		}
	}
	for _, f := range ds.Forums {
		add(Source{Section: SectionForums, Subject: f.ID, Forum: f.ID}, f.Sources)
		for _, sec := range f.Secretariats {
			if !sec.Source.IsZero() {
				add(Source{Section: SectionForums, Subject: sec.Agency, Forum: f.ID}, []session.Source{sec.Source})
			}
		}
		for _, dc := range f.Decrees {
			if !dc.Source.IsZero() {
				what := dc.Issuer
				if dc.Number != "" {
					what += " No. " + dc.Number
				}
				add(Source{Section: SectionForums, Subject: what, Forum: f.ID}, []session.Source{dc.Source})
			}
		}
	}
	return srcs
}

// countRecords counts the records of a CSV file after its header, as the
// input toolbox reads them (quoted line breaks inside a record, empty
// lines skipped); a record that cannot be read counts too.
func countRecords(b []byte) int {
	cr := input.NewReader(bytes.NewReader(b), input.Options{})
	n := -1 // the header
	for {
		_, _, err := cr.Read()
		if err == io.EOF {
			break
		}
		var ie *input.Error
		if err != nil && !errors.As(err, &ie) {
			break
		}
		n++
	}
	return max(n, 0)
}

// ----- welfare -----

// welfareDoc is the JSON form of a welfare file.
type welfareDoc struct {
	Note     string              `json:"note"`
	Spending []evaluate.Spending `json:"spending"`
}

func loadWelfare(d *Dataset, fsys fs.FS, name string) error {
	f, _, err := open(fsys, name)
	if err != nil {
		return err
	}
	defer f.Close()
	b, err := readAll(name, f)
	if err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var w welfareDoc
	if err := dec.Decode(&w); err != nil {
		fe := &FileError{File: name}
		line, col := 0, 0
		var se *json.SyntaxError
		if errors.As(err, &se) {
			line, col = input.LineCol(b, se.Offset)
		}
		fe.add(line, col, "", err)
		return fe
	}
	d.Spending = append(d.Spending, w.Spending...)
	for _, s := range w.Spending {
		d.Sources = append(d.Sources, Source{Section: SectionWelfare, Subject: s.Region.Name, Period: s.Period,
			Value: s.PerCapitaMonthly, Document: s.Source, Known: s.Period})
	}
	return nil
}
