package main

import (
	"bytes"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/kerjasama/kerjasama/agreement"
	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/evaluate"
	"github.com/kerjasama/kerjasama/region"
	"github.com/kerjasama/kerjasama/session"
	"github.com/kerjasama/kerjasama/trade"
	"golang.org/x/text/language"
)

// The embedded default dataset: every fact and figure of the seed
// documents, in the formats users write (see data/README.md).
//
//go:embed data/trade.csv data/balances.json data/agreements.json data/sessions.json data/welfare.json
var embedded embed.FS

// maxJSONFile is the largest JSON file the report reads; JSON files are
// read whole (CSV files stream and have no limit).
const maxJSONFile = 64 << 20

// reportData is what the report evaluates, with what the HTML page shows
// beside the evaluation: the sessions for the timeline and the sources of
// the figures.
type reportData struct {
	in      evaluate.Input
	ds      *session.Dataset // nil when there are no sessions
	sources []sourceRow
}

// A sourceRow says where one figure or fact comes from.
type sourceRow struct {
	What, Source string
}

// A problem is one thing wrong in a user's file, at a line and column
// (both 1-based; zero when unknown).
type problem struct {
	line, col int
	field     string
	err       error
}

// A fileError is a user's file that could not be used: the problems found
// in it, and how many records it held.
type fileError struct {
	file     string
	records  int // records read, good and bad; 0 when unknown
	problems []problem
	err      error  // a file that could not be read at all
	msg      string // a file that cannot be used, said in the user's language
}

func (e *fileError) Error() string { return e.message(language.English) }

// message writes every problem, one a line, with the file, line and column
// in the language of tag, then a summary.
func (e *fileError) message(tag language.Tag) string {
	var b strings.Builder
	switch {
	case e.msg != "":
		b.WriteString(e.msg)
	case e.err != nil:
		b.WriteString(wordf(tag, "errRead", e.file, e.err))
	}
	for i, p := range e.problems {
		if i > 0 || e.err != nil || e.msg != "" {
			b.WriteString("\nkerjasama: ")
		}
		if i == maxShown {
			b.WriteString(wordf(tag, "errMore", e.file, len(e.problems)-maxShown))
			break
		}
		if p.line > 0 {
			b.WriteString(wordf(tag, "errAt", e.file, p.line, p.col))
		} else {
			b.WriteString(e.file)
		}
		b.WriteString(": ")
		if p.field != "" {
			b.WriteString(p.field)
			b.WriteString(": ")
		}
		b.WriteString(p.err.Error())
	}
	if len(e.problems) > 0 {
		n := e.records
		if n < len(e.problems) {
			n = len(e.problems)
		}
		b.WriteString("\nkerjasama: ")
		b.WriteString(wordf(tag, "errRejected", e.file, len(e.problems), n))
	}
	return b.String()
}

// maxShown is the number of problems of one file written out; the rest
// are counted.
const maxShown = 50

// loadEmbedded reads the embedded dataset. It cannot fail on a correct
// build; an error means the embedded files are broken and a test catches it.
func loadEmbedded(tag language.Tag) (*reportData, error) {
	d := &reportData{}
	// The go:embed directive names every file, so the build fails without
	// one and ReadFile cannot.
	open := func(name string) []byte {
		b, _ := embedded.ReadFile("data/" + name)
		return b
	}
	var errs []error
	// Trade through PLBN Entikong (records) and Kalimantan Tengah's surplus
	// (published net balances).
	series, srcs, err := readTradeCSV(nil, "trade.csv", bytes.NewReader(open("trade.csv")), tag)
	errs = append(errs, asError(err))
	d.in.Trade = append(d.in.Trade, series...)
	d.sources = append(d.sources, srcs...)
	series, srcs, err = readTradeJSON("balances.json", open("balances.json"), tag)
	errs = append(errs, asError(err))
	d.in.Trade = append(d.in.Trade, series...)
	d.sources = append(d.sources, srcs...)

	as, srcs, err := readAgreements("agreements.json", bytes.NewReader(open("agreements.json")), tag)
	errs = append(errs, asError(err))
	d.in.Agreements = as
	d.sources = append(d.sources, srcs...)

	ds, srcs, err := readSessions("sessions.json", bytes.NewReader(open("sessions.json")))
	errs = append(errs, asError(err))
	if ds != nil {
		if added := withHistory(ds); added != nil {
			srcs = sessionSources(added)
			ds = added
		}
	}
	d.ds = ds
	d.in.Sessions = ds
	d.sources = append(d.sources, srcs...)

	var w struct {
		Note     string              `json:"note"`
		Spending []evaluate.Spending `json:"spending"`
	}
	if err := json.Unmarshal(open("welfare.json"), &w); err != nil {
		errs = append(errs, fmt.Errorf("welfare.json: %w", err))
	}
	d.in.Spending = w.Spending
	for _, s := range w.Spending {
		d.sources = append(d.sources, sourceRow{
			What:   s.Region.Name + " " + formatPeriod(s.Period, tag) + ": " + formatMoney(s.PerCapitaMonthly, tag),
			Source: s.Source,
		})
	}
	d.in.AgreementOptions.Subject = registerSubject(d.in.Agreements)
	return d, errors.Join(errs...)
}

// asError turns a *fileError that is nil into a nil error.
func asError(e *fileError) error {
	if e == nil {
		return nil
	}
	return e
}

// loadFiles reads the user's files. Any file given replaces the embedded
// dataset as a whole: the report covers only what the files hold.
func loadFiles(c *cli, agreementsFile, tradeFile, sessionsFile string, tag language.Tag) (*reportData, *fileError) {
	d := &reportData{}
	if tradeFile != "" {
		f, size, ferr := openFile(tradeFile)
		if ferr != nil {
			return nil, ferr
		}
		defer f.Close()
		var series []evaluate.TradeSeries
		var srcs []sourceRow
		switch fileKind(tradeFile) {
		case "csv":
			var p *progress
			if c.isTerminal && size >= progressMinSize {
				p = &progress{w: c.stderr, name: tradeFile, size: size, tag: tag}
			}
			series, srcs, ferr = readTradeCSV(p, tradeFile, f, tag)
		case "json":
			var b []byte
			if b, ferr = readAll(tradeFile, f); ferr == nil {
				series, srcs, ferr = readTradeJSON(tradeFile, b, tag)
			}
		default:
			ferr = &fileError{file: tradeFile, msg: wordf(tag, "errFormat", tradeFile)}
		}
		if ferr != nil {
			return nil, ferr
		}
		d.in.Trade = series
		d.sources = append(d.sources, srcs...)
	}
	if agreementsFile != "" {
		f, _, ferr := openFile(agreementsFile)
		if ferr != nil {
			return nil, ferr
		}
		defer f.Close()
		as, srcs, ferr := readAgreements(agreementsFile, f, tag)
		if ferr != nil {
			return nil, ferr
		}
		d.in.Agreements = as
		d.in.AgreementOptions.Subject = registerSubject(as)
		d.sources = append(d.sources, srcs...)
	}
	if sessionsFile != "" {
		f, _, ferr := openFile(sessionsFile)
		if ferr != nil {
			return nil, ferr
		}
		defer f.Close()
		var ds *session.Dataset
		var srcs []sourceRow
		switch fileKind(sessionsFile) {
		case "json":
			ds, srcs, ferr = readSessions(sessionsFile, f)
		case "csv":
			ds, srcs, ferr = readItemsCSV(sessionsFile, f)
		default:
			ferr = &fileError{file: sessionsFile, msg: wordf(tag, "errFormat", sessionsFile)}
		}
		if ferr != nil {
			return nil, ferr
		}
		d.ds = ds
		d.in.Sessions = ds
		d.sources = append(d.sources, srcs...)
	}
	return d, nil
}

func openFile(name string) (*os.File, int64, *fileError) {
	f, err := os.Open(name)
	if err != nil {
		return nil, 0, &fileError{file: name, err: unwrapPath(err)}
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, 0, &fileError{file: name, err: unwrapPath(err)}
	}
	if fi.IsDir() {
		f.Close()
		return nil, 0, &fileError{file: name, err: errors.New("is a directory")}
	}
	return f, fi.Size(), nil
}

// unwrapPath drops the *PathError wrapper, whose message repeats the file
// name the caller already writes.
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func readAll(name string, r io.Reader) ([]byte, *fileError) {
	b, err := io.ReadAll(io.LimitReader(r, maxJSONFile+1))
	if err != nil {
		return nil, &fileError{file: name, err: err}
	}
	if len(b) > maxJSONFile {
		return nil, &fileError{file: name, err: fmt.Errorf("larger than %d MiB", maxJSONFile>>20)}
	}
	return b, nil
}

// fileKind returns "csv" or "json" from the file's extension, or "".
func fileKind(name string) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".csv", ".tsv", ".txt":
		return "csv"
	case ".json":
		return "json"
	}
	return ""
}

// ----- trade -----

// tradeKey groups trade records that the evaluation cannot tell apart:
// records of one period, flow, reporter, partner, post, basis, scheme and HS
// chapter are summed while the file streams, so memory grows with the
// number of distinct keys, not with the size of the file.
type tradeKey struct {
	period                  date.Range
	flow                    trade.Flow
	reporter, partner, post string
	basis                   trade.Basis
	scheme                  trade.Scheme
	chapter                 trade.HS
}

// readTradeCSV streams trade records from a CSV file, reporting every bad
// row, and returns one series per reporter and border post.
func readTradeCSV(p *progress, name string, r io.Reader, tag language.Tag) ([]evaluate.TradeSeries, []sourceRow, *fileError) {
	var cr countingReader
	cr.r = r
	rd := trade.CSVReader{}
	sums := map[tradeKey]*trade.Record{}
	var order []tradeKey
	fe := &fileError{file: name}
	for rec, err := range rd.Records(&cr) {
		fe.records++
		if p != nil {
			p.update(cr.n, fe.records)
		}
		if err != nil {
			var re *trade.RowError
			if errors.As(err, &re) {
				fe.problems = append(fe.problems, problem{line: re.Line, col: re.Column, field: re.Header, err: re.Err})
			} else {
				fe.records--
				fe.err = err
				break
			}
			continue
		}
		if perr := addRecord(sums, &order, rec); perr != nil {
			fe.problems = append(fe.problems, problem{err: perr})
		}
	}
	if p != nil {
		p.done(fe.records)
	}
	if fe.err != nil || len(fe.problems) > 0 {
		return nil, nil, fe
	}
	records := make([]trade.Record, 0, len(order))
	for _, k := range order {
		records = append(records, *sums[k])
	}
	series, srcs := seriesOf(records, name, tag)
	return series, srcs, nil
}

func addRecord(sums map[tradeKey]*trade.Record, order *[]tradeKey, rec trade.Record) error {
	k := tradeKey{rec.Period, rec.Flow, rec.Reporter, rec.Partner, rec.Post, rec.Basis, rec.Scheme, rec.HS}
	if !rec.HS.IsZero() {
		k.chapter = rec.HS.ChapterCode()
	}
	have, ok := sums[k]
	if !ok {
		rec.HS = k.chapter
		rec.NetWeight, rec.Quantity = trade.Quantity{}, trade.Quantity{}
		sums[k] = &rec
		*order = append(*order, k)
		return nil
	}
	v, err := have.Value.Add(rec.Value)
	if err != nil {
		return fmt.Errorf("%s %s %s: %w", rec.Flow, trade.Period(rec.Period), rec.Post, err)
	}
	have.Value = v
	return nil
}

// seriesOf splits records into one series per reporter and border post,
// named after the post ("PLBN Entikong") or the reporter, and lists where
// each figure comes from.
func seriesOf(records []trade.Record, file string, tag language.Tag) ([]evaluate.TradeSeries, []sourceRow) {
	type group struct{ reporter, post string }
	byGroup := map[group][]trade.Record{}
	var groups []group
	for _, r := range records {
		g := group{r.Reporter, r.Post}
		if _, ok := byGroup[g]; !ok {
			groups = append(groups, g)
		}
		byGroup[g] = append(byGroup[g], r)
	}
	var series []evaluate.TradeSeries
	var srcs []sourceRow
	for _, g := range groups {
		opt := evaluate.TradeOptions{Subject: subjectOf(g.reporter, g.post, file)}
		if g.post != "" {
			if _, err := region.FindPost(g.post); err == nil {
				opt.BorderPost = true
			}
		}
		rs := byGroup[g]
		series = append(series, evaluate.TradeSeries{Options: opt, Records: rs})
		for _, r := range rs {
			if r.Source == "" {
				continue
			}
			srcs = append(srcs, sourceRow{
				What:   opt.Subject + ", " + r.Flow.Label(tag) + " " + formatPeriod(r.Period, tag) + ": " + formatMoney(r.Value, tag),
				Source: r.Source,
			})
		}
	}
	return series, srcs
}

// subjectOf names a trade series: its border post, else its reporter,
// else the file.
func subjectOf(reporter, post, file string) string {
	if post != "" {
		if p, err := region.FindPost(post); err == nil {
			return p.Name
		}
		return post
	}
	if reporter != "" {
		if r, ok := region.Lookup(reporter); ok {
			return r.Name
		}
		return reporter
	}
	return filepath.Base(file)
}

// tradeDoc is the JSON form of a trade file: records, or balances as
// published (net-only balances such as Kalimantan Tengah's surplus), with
// what they are about. A bare array of records is read too.
type tradeDoc struct {
	Note     string `json:"note"`
	Subject  string `json:"subject"`
	Reporter string `json:"reporter"`
	Post     string `json:"post"`
}

// readTradeJSON reads a JSON trade file. Every bad record is reported with
// the line and column where it starts.
func readTradeJSON(name string, data []byte, tag language.Tag) ([]evaluate.TradeSeries, []sourceRow, *fileError) {
	fe := &fileError{file: name}
	var doc tradeDoc
	var records []trade.Record
	var balances []trade.Balance
	dec := json.NewDecoder(bytes.NewReader(data))
	fail := func(off int64, err error) {
		// A syntax error says where it is; a file that ends too soon ends
		// at its last byte.
		var se *json.SyntaxError
		switch {
		case errors.As(err, &se) && se.Offset > 0:
			off = se.Offset
		case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
			off = int64(len(data))
		}
		l, c := lineCol(data, off)
		fe.problems = append(fe.problems, problem{line: l, col: c, err: jsonErr(err)})
	}
	recordArray := func() bool {
		return decodeArray(dec, data, func(off int64) bool {
			var r trade.Record
			fe.records++
			if err := dec.Decode(&r); err != nil {
				fail(off, err)
				return !fatal(err)
			}
			if err := r.Validate(); err != nil {
				fail(off, err)
				return true
			}
			records = append(records, r)
			return true
		})
	}
	tok, err := dec.Token()
	switch {
	case err != nil:
		fail(dec.InputOffset(), err)
	case tok == json.Delim('['):
		if recordArray() {
			if _, err := dec.Token(); err != nil {
				fail(dec.InputOffset(), err)
			}
		}
	case tok == json.Delim('{'):
	loop:
		for dec.More() {
			off := dec.InputOffset()
			t, err := dec.Token()
			if err != nil {
				fail(off, err)
				break
			}
			key, _ := t.(string)
			switch key {
			case "records", "balances":
				start, err := dec.Token()
				if err != nil || start != json.Delim('[') {
					fail(dec.InputOffset(), fmt.Errorf("%q must be an array", key))
					break loop
				}
				ok := true
				if key == "records" {
					ok = recordArray()
				} else {
					ok = decodeArray(dec, data, func(off int64) bool {
						var b trade.Balance
						fe.records++
						if err := dec.Decode(&b); err != nil {
							fail(off, err)
							return !fatal(err)
						}
						if err := b.Validate(); err != nil {
							fail(off, err)
							return true
						}
						balances = append(balances, b)
						return true
					})
				}
				if !ok {
					break loop
				}
				if _, err := dec.Token(); err != nil {
					fail(dec.InputOffset(), err)
					break loop
				}
			case "note", "subject", "reporter", "post":
				var s string
				if err := dec.Decode(&s); err != nil {
					fail(off, fmt.Errorf("%q: %w", key, jsonErr(err)))
					break loop
				}
				switch key {
				case "note":
					doc.Note = s
				case "subject":
					doc.Subject = s
				case "reporter":
					doc.Reporter = s
				case "post":
					doc.Post = s
				}
			default:
				fail(off, fmt.Errorf("unknown key %q (want records, balances, subject, reporter, post or note)", key))
				break loop
			}
		}
	default:
		fail(0, errors.New("a trade file must be a JSON array of records or an object with records or balances"))
	}
	if len(fe.problems) > 0 {
		return nil, nil, fe
	}
	var series []evaluate.TradeSeries
	var srcs []sourceRow
	if len(records) > 0 {
		sums := map[tradeKey]*trade.Record{}
		var order []tradeKey
		for _, r := range records {
			if doc.Reporter != "" && r.Reporter == "" {
				r.Reporter = doc.Reporter
			}
			if doc.Post != "" && r.Post == "" {
				r.Post = doc.Post
			}
			if err := addRecord(sums, &order, r); err != nil {
				fe.problems = append(fe.problems, problem{err: err})
			}
		}
		if len(fe.problems) > 0 {
			return nil, nil, fe
		}
		rs := make([]trade.Record, 0, len(order))
		for _, k := range order {
			rs = append(rs, *sums[k])
		}
		s, src := seriesOf(rs, name, tag)
		if doc.Subject != "" && len(s) == 1 {
			s[0].Options.Subject = doc.Subject
		}
		series, srcs = append(series, s...), append(srcs, src...)
	}
	if len(balances) > 0 {
		subject := doc.Subject
		if subject == "" {
			subject = subjectOf(doc.Reporter, doc.Post, name)
		}
		opt := evaluate.TradeOptions{Subject: subject}
		if doc.Post != "" {
			_, err := region.FindPost(doc.Post)
			opt.BorderPost = err == nil
		}
		series = append(series, evaluate.TradeSeries{Options: opt, Balances: balances})
		for _, b := range balances {
			if b.Source == "" {
				continue
			}
			srcs = append(srcs, sourceRow{
				What:   subject + ", " + word(tag, "balanceLower") + " " + formatPeriod(b.Period, tag) + ": " + formatMoney(b.Net, tag),
				Source: b.Source,
			})
		}
	}
	return series, srcs, nil
}

// decodeArray calls each for every element of the JSON array whose '[' has
// just been read, with the offset where the element starts. each returns
// false after an error that leaves the decoder unusable (a syntax error);
// decodeArray then stops and returns false.
func decodeArray(dec *json.Decoder, data []byte, each func(off int64) bool) bool {
	for dec.More() {
		if !each(skipSpace(data, dec.InputOffset())) {
			return false
		}
	}
	return true
}

// fatal reports whether a decoding error leaves the decoder unusable.
func fatal(err error) bool {
	var se *json.SyntaxError
	return errors.As(err, &se) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF)
}

// skipSpace returns the offset of the first byte at or after off that is
// neither white space nor a comma: where the next JSON value starts.
func skipSpace(data []byte, off int64) int64 {
	for off < int64(len(data)) {
		switch data[off] {
		case ' ', '\t', '\r', '\n', ',', ':':
			off++
			continue
		}
		break
	}
	return off
}

// jsonErr turns the errors of encoding/json into messages without Go type
// names where it can.
func jsonErr(err error) error {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		if te.Field != "" {
			return fmt.Errorf("%s: a JSON %s cannot be read here", te.Field, te.Value)
		}
		return fmt.Errorf("a JSON %s cannot be read here", te.Value)
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return errors.New("unexpected end of file")
	}
	return err
}

// lineCol returns the 1-based line and byte column of offset off in data.
func lineCol(data []byte, off int64) (line, col int) {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	if off < 0 {
		off = 0
	}
	line = 1 + bytes.Count(data[:off], []byte{'\n'})
	col = int(off) - bytes.LastIndexByte(data[:off], '\n')
	return line, col
}

// ----- agreements -----

func readAgreements(name string, r io.Reader, tag language.Tag) ([]agreement.Agreement, []sourceRow, *fileError) {
	opt := agreement.ReadOptions{File: name, Lang: tag}
	var load *agreement.Load
	var err error
	switch fileKind(name) {
	case "csv":
		load, err = agreement.ReadCSV(r, opt)
	case "json":
		load, err = agreement.ReadJSON(r, opt)
	default:
		return nil, nil, &fileError{file: name, msg: wordf(tag, "errFormat", name)}
	}
	fe := &fileError{file: name}
	if load != nil {
		fe.records = load.Rows
		for _, re := range load.Rejected {
			fe.problems = append(fe.problems, problem{line: re.Line, col: re.Column, field: re.Field, err: re.Err})
		}
	}
	if len(fe.problems) == 0 && err != nil {
		var re *agreement.RowError
		if errors.As(err, &re) {
			fe.problems = append(fe.problems, problem{line: re.Line, col: re.Column, field: re.Field, err: re.Err})
		} else {
			fe.err = err
		}
	}
	if fe.err != nil || len(fe.problems) > 0 {
		return nil, nil, fe
	}
	as := load.Agreements
	// Problems that need the whole register (unknown predecessors,
	// duplicate IDs) and each agreement's own problems.
	if reg := load.Register(); reg != nil {
		if err := reg.Validate(); err != nil {
			for _, p := range agreement.Problems(err) {
				fe.problems = append(fe.problems, problem{err: p})
			}
			if len(fe.problems) > 0 {
				return nil, nil, fe
			}
		}
	}
	var srcs []sourceRow
	for _, a := range as {
		for _, s := range a.Sources {
			src := s.Document
			if s.Quote != "" {
				src += ": “" + s.Quote + "”"
			}
			srcs = append(srcs, sourceRow{What: a.Title, Source: src})
		}
	}
	return as, srcs, nil
}

// registerSubject names a register by the Indonesian regions that are
// parties to its agreements, in order of first appearance: "Banten, Kota
// Tangerang Selatan, Kalimantan Timur". More than four are cut with "…".
func registerSubject(as []agreement.Agreement) string {
	var names []string
	seen := map[string]bool{}
	for _, a := range as {
		for _, p := range a.Parties {
			if p.Role != agreement.RoleRegion {
				continue
			}
			name := p.Region.Name
			if name == "" {
				name = p.Name
			}
			if name != "" && !seen[name] {
				seen[name] = true
				names = append(names, name)
			}
		}
	}
	if len(names) > 4 {
		names = append(names[:4], "…")
	}
	return strings.Join(names, ", ")
}

// ----- sessions -----

func readSessions(name string, r io.Reader) (*session.Dataset, []sourceRow, *fileError) {
	ds, err := session.ReadJSON(r)
	if err != nil {
		return nil, nil, sessionError(name, err)
	}
	return ds, sessionSources(ds), nil
}

// withHistory returns ds with the sessions and items of the embedded public
// record (session.History) that ds lacks, so that the default report shows
// the forum's sessions after the seed's 33rd (34th Sibu, 36th Kuching …) with
// their sources. Sessions are matched by forum and number, items by forum
// and reference; only those of forums that ds defines are taken. It returns
// nil when the merged dataset would not validate, and ds is then used alone.
func withHistory(ds *session.Dataset) *session.Dataset {
	h := session.History()
	forums := make(map[string]bool, len(ds.Forums))
	for _, f := range ds.Forums {
		forums[f.ID] = true
	}
	type key struct {
		forum string
		n     int
	}
	have := make(map[key]bool, len(ds.Sessions))
	for _, s := range ds.Sessions {
		have[key{s.Forum, s.Number}] = true
	}
	merged := *ds
	merged.Sessions = append([]session.Session(nil), ds.Sessions...)
	merged.Items = append([]session.Item(nil), ds.Items...)
	for _, s := range h.Sessions {
		if forums[s.Forum] && !have[key{s.Forum, s.Number}] {
			merged.Sessions = append(merged.Sessions, s)
		}
	}
	haveItem := make(map[string]bool, len(ds.Items))
	for _, it := range ds.Items {
		haveItem[it.Forum+"\x00"+it.Ref] = true
	}
	for _, it := range h.Items {
		if forums[it.Forum] && !haveItem[it.Forum+"\x00"+it.Ref] {
			merged.Items = append(merged.Items, it)
		}
	}
	sort.SliceStable(merged.Sessions, func(i, j int) bool {
		a, b := merged.Sessions[i], merged.Sessions[j]
		if a.Forum != b.Forum {
			return a.Forum < b.Forum
		}
		return a.Number < b.Number
	})
	if err := merged.Validate(); err != nil {
		return nil
	}
	return &merged
}

// readItemsCSV reads working-paper items from CSV and sets them among the
// forums and sessions of the embedded public record (session.History), which
// the items refer to by forum ID and session number.
func readItemsCSV(name string, r io.Reader) (*session.Dataset, []sourceRow, *fileError) {
	items, err := session.ReadItemsCSV(r)
	if err != nil {
		return nil, nil, sessionError(name, err)
	}
	ds := session.History()
	ds.Items = items
	if err := ds.Validate(); err != nil {
		return nil, nil, sessionError(name, err)
	}
	return ds, sessionSources(ds), nil
}

// sessionError turns the errors of the session readers (one *ParseError
// or several joined) into problems with lines and columns.
func sessionError(name string, err error) *fileError {
	fe := &fileError{file: name}
	var walk func(error)
	walk = func(err error) {
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			for _, e := range j.Unwrap() {
				walk(e)
			}
			return
		}
		var pe *session.ParseError
		if errors.As(err, &pe) {
			fe.problems = append(fe.problems, problem{line: pe.Line, col: pe.Column, err: pe.Err})
			return
		}
		fe.problems = append(fe.problems, problem{err: err})
	}
	walk(err)
	return fe
}

func sessionSources(ds *session.Dataset) []sourceRow {
	var srcs []sourceRow
	add := func(what string, ss []session.Source) {
		for _, s := range ss {
			src := s.Title
			if s.URL != "" {
				src += " <" + s.URL + ">"
			}
			if s.Note != "" {
				src += ": " + s.Note
			}
			srcs = append(srcs, sourceRow{What: what, Source: src})
		}
	}
	for _, s := range ds.Sessions {
		what := fmt.Sprintf("%s %d", s.Forum, s.Number)
		if p := s.Period(); !p.IsZero() {
			what += " (" + p.String() + ")"
		}
		add(what, s.Sources)
		for _, m := range s.Meetings {
			add(what+", "+m.Kind.String()+" "+m.Period().String(), m.Sources)
		}
	}
	for _, f := range ds.Forums {
		add(f.ID, f.Sources)
		for _, sec := range f.Secretariats {
			if !sec.Source.IsZero() {
				add(f.ID+": "+sec.Agency, []session.Source{sec.Source})
			}
		}
		for _, dc := range f.Decrees {
			if !dc.Source.IsZero() {
				what := f.ID + ": " + dc.Issuer
				if dc.Number != "" {
					what += " No. " + dc.Number
				}
				add(what, []session.Source{dc.Source})
			}
		}
	}
	return srcs
}

// ----- progress -----

// progressMinSize is the size from which reading a trade file shows
// progress (on a terminal only).
const progressMinSize = 1 << 20

// progress writes how far reading a large file has got, on one line that
// it rewrites, at most every progressEvery.
type progress struct {
	w    io.Writer
	name string
	size int64
	tag  language.Tag
	last time.Time
}

const progressEvery = 200 * time.Millisecond

func (p *progress) update(read int64, rows int) {
	now := time.Now()
	if now.Sub(p.last) < progressEvery {
		return
	}
	p.last = now
	pct := 0
	if p.size > 0 {
		pct = int(read * 100 / p.size)
	}
	fmt.Fprintf(p.w, "\rkerjasama: %s", wordf(p.tag, "progress", p.name, min(pct, 100), rows))
}

func (p *progress) done(rows int) {
	fmt.Fprintf(p.w, "\rkerjasama: %s\x1b[K\n", wordf(p.tag, "progressEnd", p.name, rows))
}

type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(b []byte) (int, error) {
	n, err := c.r.Read(b)
	c.n += int64(n)
	return n, err
}
