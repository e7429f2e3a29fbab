package session

import (
	"bytes"
	"cmp"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/internal/fold"
	"github.com/kerjasama/kerjasama/internal/input"
	"github.com/kerjasama/kerjasama/region"
	"golang.org/x/text/language"
)

// SessionsCSVHeader is the header of a sessions CSV in English: one row
// per session. ReadSessionsCSV also reads the Indonesian and Malay headers
// of csvHeaders ("Sidang", "Forum", "Tanggal", "Tempat", "Tuan Rumah",
// "Sumber").
var SessionsCSVHeader = []string{"forum", "level", "session", "title", "dates", "city", "venue", "host", "mode", "source", "note", "unconfirmed"}

// SessionsCSVOptions are the options of WriteSessionsCSV.
type SessionsCSVOptions struct {
	// Forum, when not "", writes only the sessions of the forum with this ID.
	Forum string
	// Verbatim writes text cells as they are. By default (false) a cell
	// that a spreadsheet would run as a formula (it starts with =, +, -,
	// @, a tab or a CR, after any single quotes) gets one single quote in
	// front, as agreement.WriteCSV writes it; ReadSessionsCSV takes the
	// quote off again.
	Verbatim bool
	// Cell, when not nil, is applied to the text of every cell after
	// that, before it is written: a caller writing for a terminal as well
	// makes control characters safe with it.
	Cell func(string) string
}

// WriteSessionsCSV writes the sessions of d as CSV with the header
// SessionsCSVHeader, one row per session in the order of d.Sessions. Each
// row gives the forum's ID and level, the number (with the second count in
// brackets, "26 (7)"), the dates ("2017-10-23/2017-10-25"), or else the
// month or year ("2023-09"), the city, the venue, the host (its region
// code, else its side), the mode, the first source (its URL, else its
// title), the note and "yes" for a session no source confirms; the title
// column is left empty, since the number and the forum give it. Formulas
// are neutralised unless opt.Verbatim (see SessionsCSVOptions).
// ReadSessionsCSV reads the file back to the same rows. Meetings, chairs,
// delegations, minutes and sources after the first are not part of the
// CSV form; use JSON to keep them.
func WriteSessionsCSV(w io.Writer, d *Dataset, opt SessionsCSVOptions) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(SessionsCSVHeader); err != nil {
		return err
	}
	levels := make(map[string]Level, len(d.Forums))
	for _, f := range d.Forums {
		levels[f.ID] = f.Level
	}
	row := make([]string, len(SessionsCSVHeader))
	for i := range d.Sessions {
		s := &d.Sessions[i]
		if opt.Forum != "" && s.Forum != opt.Forum {
			continue
		}
		num := strconv.Itoa(s.Number)
		if s.Second > 0 {
			num += " (" + strconv.Itoa(s.Second) + ")"
		}
		dates := ""
		switch {
		case !s.Dates.IsZero():
			dates = s.Dates.String()
		case !s.Within.IsZero():
			dates = s.Within.String()
		}
		host := s.Host
		if host == "" && s.HostSide != 0 {
			host = s.HostSide.String()
		}
		mode := ""
		if s.Mode != 0 {
			mode = s.Mode.String()
		}
		source := ""
		if len(s.Sources) > 0 {
			source = cmp.Or(s.Sources[0].URL, s.Sources[0].Title)
		}
		level := ""
		if l, ok := levels[s.Forum]; ok && l != 0 {
			level = l.String()
		}
		unconfirmed := ""
		if s.Unconfirmed {
			unconfirmed = "yes"
		}
		copy(row, []string{s.Forum, level, num, "", dates, s.City, s.Venue, host, mode, source, s.Note, unconfirmed})
		for j, v := range row {
			if !opt.Verbatim {
				v = input.Neutralise(v)
			}
			if opt.Cell != nil {
				v = opt.Cell(v)
			}
			row[j] = v
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// ReadSessionsCSV reads forums and sessions from a CSV of sessions, one
// row per session, as a clerk keeps a list of sessions or copies one from
// the news (SessionsCSVHeader, or the Indonesian and Malay headers of
// csvHeaders, through the same toolbox and header matcher as
// ReadItemsCSV). Of the columns:
//
//   - session: the number ("36", "26 (7)") or the title ParseTitle reads
//     ("Sidang ke-36 JKK/KK Sosek Malindo"); a title column is read the
//     same way when there is no session column, or when it is empty.
//     Titles of events that are not sessions ("Pekan Olahraga Sosek
//     Malindo ke-22") are refused with ErrNotSession.
//   - forum: the forum the session belongs to, built from the cell:
//     a border pair in any form ("Kalbar-Sarawak", "Peringkat Negeri
//     Sarawak – Tingkat Provinsi Kalimantan Barat") is the regional forum
//     of that pair, with the pair's ID; two border districts
//     ("Kabupaten Sanggau – Distrik Serian", "Entikong–Tebedu") the
//     district forum of the two, with the ID of their names
//     ("sanggau-serian"); a level above regional ("tingkat pusat", "GBC")
//     its forum ("central", "gbc"). Without a forum cell the title gives
//     it ("… Tingkat Provinsi Kalimantan Barat – Peringkat Negeri
//     Sarawak"); a forum cell and a title that name different pairs are
//     an error. A level column, if given, must agree.
//   - dates: exact days ("23–25 Oktober 2017", "2017-10-23/2017-10-25")
//     or the month or year the session was held in ("September 2023",
//     "2025"), which go to Event.Within.
//   - start and end: the first and last day in columns of their own
//     ("Tanggal Mulai", "Tanggal Selesai", "Tarikh Mula", "Tarikh
//     Tamat", "Start Date", "End Date"); an empty end is the start; a
//     start that is a month or year alone goes to Event.Within. With a
//     dates column too, the two must agree.
//   - host: a side ("Malaysia") or a region, whose country gives the
//     side and whose code is the host ("Sarawak": Malaysia, MY-13).
//   - city, venue, mode, note as written (mode as ParseMode reads it);
//     source a URL or the title of a source.
//   - unconfirmed ("belum dipastikan"): yes or no (ya, tidak), whether no
//     source confirms the session (Event.Unconfirmed).
//
// The text of any other column ("Penanggung Jawab", a second "Tempat",
// a column of the items CSV) is kept in the session's note as "header:
// text", not dropped.
//
// Forums are listed in the order of their first row. Every row is loaded
// or reported, as in ReadItemsCSV; the dataset read is then validated, and
// each validation problem is a *ParseError at the row of its forum or
// session. A file that reads gives a dataset even with problems.
func ReadSessionsCSV(r io.Reader) (*Dataset, error) {
	d, _, err := readSessionsCSV(r)
	return d, err
}

// readSessionsCSV is ReadSessionsCSV, also returning the number of rows
// loaded.
func readSessionsCSV(r io.Reader) (*Dataset, int, error) {
	cf, err := openCSV(r)
	if err != nil {
		return nil, 0, err
	}
	return cf.sessions()
}

func (cf *csvFile) sessions() (*Dataset, int, error) {
	if cf.col["session"] < 0 && cf.col["title"] < 0 {
		return nil, 0, &ParseError{Line: 1, Column: 1, Err: fmt.Errorf("%w: header lacks a session or title column", ErrSyntax)}
	}
	d := &Dataset{}
	forumRow := map[string]rowPos{}
	var sessionRows []rowPos
	var errs []error
	loaded := 0
	err := cf.rows(func(pos rowPos) error {
		f, s, err := cf.sessionRow()
		if err != nil {
			return err
		}
		if _, ok := forumRow[f.ID]; !ok {
			forumRow[f.ID] = pos
			d.Forums = append(d.Forums, f)
		}
		d.Sessions = append(d.Sessions, s)
		sessionRows = append(sessionRows, pos)
		loaded++
		return nil
	}, &errs)
	if err != nil {
		errs = append(errs, err)
	}
	for _, e := range unjoin(d.Validate()) {
		var ve *ValidationError
		if !errors.As(e, &ve) {
			continue
		}
		var pos rowPos
		switch ve.Section {
		case "forums":
			pos = forumRow[d.Forums[ve.Index].ID]
		case "sessions":
			pos = sessionRows[ve.Index]
		}
		errs = append(errs, &ParseError{Offset: pos.Offset, Line: pos.Line, Column: pos.Column, Section: ve.Section, Index: ve.Index, Err: ve})
	}
	return d, loaded, errors.Join(errs...)
}

// sessionRow parses the current row of a sessions CSV.
func (cf *csvFile) sessionRow() (Forum, Session, error) {
	var (
		f   Forum
		s   Session
		ref Ref
		err error
	)
	for i, v := range cf.rec {
		if len(v) > maxCSVField {
			return f, s, cf.bad(i, fmt.Errorf("%w: cell longer than %d bytes", ErrTooLarge, maxCSVField))
		}
	}
	text, ti := cf.cell("session")
	if text == "" {
		text, ti = cf.cell("title")
	}
	if text == "" {
		return f, s, cf.bad(ti, fmt.Errorf("%w: row without a session number or title", ErrSyntax))
	}
	if ref, err = sessionOf(text); err != nil {
		return f, s, cf.bad(ti, err)
	}
	s.Number, s.Second = ref.Number, ref.Second
	if c, i := cf.cell("forum"); c != "" {
		if f, err = remember(&cf.forums, c, forumOf); err != nil {
			return f, s, cf.bad(i, err)
		}
		if ref.Pair.ID != "" && ref.Pair != f.Pair {
			return f, s, cf.bad(ti, fmt.Errorf("%w: the title names the pair %s, the forum column %s", ErrSyntax, ref.Pair.ID, c))
		}
	} else if f, err = forumOfRef(ref); err != nil {
		return f, s, cf.bad(ti, err)
	}
	if c, i := cf.cell("level"); c != "" {
		l, err := ParseLevel(c)
		if err != nil {
			return f, s, cf.bad(i, err)
		}
		if l != f.Level {
			return f, s, cf.bad(i, fmt.Errorf("%w: level %s, but the forum %s is of level %s", ErrSyntax, l, f.ID, f.Level))
		}
	}
	if c, i := cf.cell("parent"); c != "" {
		f.Parent = c
		if p, err := forumOf(c); err == nil {
			f.Parent = p.ID
		} else if i < 0 {
			return f, s, err
		}
	}
	s.Forum = f.ID
	if c, i := cf.cell("dates"); c != "" {
		if s.Dates, s.Within, err = eventDates(c); err != nil {
			return f, s, cf.bad(i, err)
		}
	}
	// A first and a last day in columns of their own ("Tanggal Mulai",
	// "Tanggal Selesai"): the dates, or the same dates as the dates column.
	if start, si := cf.cell("start"); start != "" {
		d, w, i, err := startEnd(cf, start, si)
		if err != nil {
			return f, s, cf.bad(i, err)
		}
		if c, di := cf.cell("dates"); c != "" && (d != s.Dates || w != s.Within) {
			return f, s, cf.bad(si, fmt.Errorf("%w: the start and end columns give %s, the dates column %q", ErrSyntax, rangeOrPartial(d, w), c))
		} else if di < 0 || c == "" {
			s.Dates, s.Within = d, w
		}
	} else if end, ei := cf.cell("end"); end != "" {
		return f, s, cf.bad(ei, fmt.Errorf("%w: an end date without a start date", ErrSyntax))
	}
	if c, i := cf.cell("host"); c != "" {
		if s.HostSide, s.Host, err = hostOf(c); err != nil {
			return f, s, cf.bad(i, err)
		}
	}
	if c, i := cf.cell("mode"); c != "" {
		if s.Mode, err = ParseMode(c); err != nil {
			return f, s, cf.bad(i, err)
		}
	}
	if c, i := cf.cell("unconfirmed"); c != "" {
		switch strings.ToLower(c) {
		case "yes", "ya", "true", "1":
			s.Unconfirmed = true
		case "no", "tidak", "false", "0":
		default:
			return f, s, cf.bad(i, fmt.Errorf("%w: unconfirmed is yes or no (ya, tidak), not %q", ErrSyntax, c))
		}
	}
	s.City, _ = cf.cell("city")
	s.Venue, _ = cf.cell("venue")
	s.Note, _ = cf.cell("note")
	s.Note = withExtra(s.Note, cf.extra(sessionsUsed))
	if c, _ := cf.cell("source"); c != "" {
		src := Source{Title: c}
		if strings.HasPrefix(c, "http://") || strings.HasPrefix(c, "https://") {
			src = Source{URL: c}
		}
		s.Sources = []Source{src}
	}
	return f, s, nil
}

// sessionsUsed are the columns a sessions CSV is read from.
var sessionsUsed = []string{"forum", "level", "session", "title", "dates", "start", "end", "city", "venue", "host", "mode", "source", "note", "parent", "unconfirmed"}

// startEnd reads the start and end columns of a session's row: two days
// (the end, when empty, is the start), or a month or year in the start
// column alone. It returns the column of an error.
func startEnd(cf *csvFile, start string, si int) (date.Range, date.Partial, int, error) {
	p, err := date.ParsePartial(start, language.Indonesian)
	if err != nil {
		return date.Range{}, date.Partial{}, si, err
	}
	end, ei := cf.cell("end")
	if p.Precision() != date.PrecisionDay {
		if end != "" {
			return date.Range{}, date.Partial{}, ei, fmt.Errorf("%w: an end date after a start that is not a day (%s)", ErrSyntax, start)
		}
		return date.Range{}, p, si, nil
	}
	r := p.Span()
	if end != "" {
		q, err := date.ParsePartial(end, language.Indonesian)
		if err != nil {
			return date.Range{}, date.Partial{}, ei, err
		}
		if q.Precision() != date.PrecisionDay {
			return date.Range{}, date.Partial{}, ei, fmt.Errorf("%w: an end that is not a day (%s)", ErrSyntax, end)
		}
		r.End = q.Span().End
		if r.End.Before(r.Start) {
			return date.Range{}, date.Partial{}, ei, fmt.Errorf("%w: the session ends (%s) before it starts (%s)", ErrSyntax, r.End, r.Start)
		}
	}
	return r, date.Partial{}, si, nil
}

// rangeOrPartial writes the dates of a session, or the month or year.
func rangeOrPartial(r date.Range, p date.Partial) string {
	if !p.IsZero() {
		return p.String()
	}
	return r.String()
}

// eventDates reads the dates of an event: exact days, or the month or
// year it was held in.
func eventDates(s string) (date.Range, date.Partial, error) {
	if p, err := date.ParsePartial(s, language.Indonesian); err == nil {
		if p.Precision() == date.PrecisionDay {
			return p.Span(), date.Partial{}, nil
		}
		return date.Range{}, p, nil
	}
	r, err := date.ParseRange(s, language.Indonesian)
	if err != nil {
		return date.Range{}, date.Partial{}, err
	}
	return r, date.Partial{}, nil
}

// hostOf reads the host of a session: a side, or a region (its side by
// its country, and its code).
func hostOf(s string) (Side, string, error) {
	side, err := ParseSide(s)
	if err == nil {
		return side, "", nil
	}
	r, ok := region.Lookup(s) // a code, as WriteSessionsCSV writes it
	if !ok {
		var rerr error
		if r, rerr = region.Find(s); rerr != nil {
			return 0, "", err
		}
	}
	host := r.Code
	if r.Level == region.Country {
		host = "" // a country is a side, not a host region ("Indonesia")
	}
	switch r.Country {
	case "ID":
		return Indonesia, host, nil
	case "MY":
		return Malaysia, host, nil
	}
	return 0, "", err
}

// forumOfRef returns the forum a title names: the regional forum of its
// pair, or the forum of a level above regional.
func forumOfRef(ref Ref) (Forum, error) {
	switch {
	case ref.Pair.ID != "":
		return Forum{ID: ref.Pair.ID, Level: Regional, Pair: ref.Pair}, nil
	case ref.Level >= GBC && ref.Level <= Central:
		return Forum{ID: ref.Level.String(), Level: ref.Level}, nil
	}
	return Forum{}, fmt.Errorf("%w: the title names no forum (no border pair, no level), and there is no forum column", ErrSyntax)
}

// levelWords are the folded words that precede the name of a region in
// the name of a forum, dropped before the region is looked up.
var levelWords = []string{"tingkat provinsi", "peringkat negeri", "tingkat kabupaten", "peringkat daerah", "peringkat bahagian",
	"provinsi", "negeri", "kabupaten", "kab", "distrik", "daerah", "bahagian", "kecamatan", "tingkat", "peringkat"}

// forumOf reads the forum a cell names: two border districts, a border
// pair, or a level above regional (see ReadSessionsCSV).
func forumOf(s string) (Forum, error) {
	if f, ok := districtForum(s); ok {
		return f, nil
	}
	if p, ok := findPair(" " + fold.Key(s) + " "); ok {
		return Forum{ID: p.ID, Level: Regional, Pair: p}, nil
	}
	if p, err := region.FindPair(s); err == nil {
		return Forum{ID: p.ID, Level: Regional, Pair: p}, nil
	}
	if l, err := ParseLevel(s); err == nil && l >= GBC && l <= Central {
		return Forum{ID: l.String(), Level: l}, nil
	}
	return Forum{}, fmt.Errorf("%w: forum %q names no border pair, no two border districts and no level above regional", ErrSyntax, s)
}

// stripLevelWord returns the folded name k without the first of
// levelWords it starts with.
func stripLevelWord(k string) string {
	for _, w := range levelWords {
		if rest, ok := strings.CutPrefix(k, w+" "); ok {
			return rest
		}
	}
	return k
}

// districtForum reads a cell that names two border districts, one of
// each country, below the province or state ("Kabupaten Sanggau –
// Distrik Serian", "Entikong–Tebedu", "Sanggau dengan Serian").
func districtForum(s string) (Forum, bool) {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '–' || r == '—' || r == '/' })
	if len(parts) != 2 {
		if a, b, ok := strings.Cut(s, " dengan "); ok {
			parts = []string{a, b}
		} else {
			return Forum{}, false
		}
	}
	var d Districts
	var names [2]string
	for _, part := range parts {
		k := stripLevelWord(fold.Key(part))
		r, err := region.Find(k)
		if err != nil || !localLevel(r.Level) {
			return Forum{}, false
		}
		// The ID is made of the regions' own names, not of the text as
		// typed ("Kab. Sanggau", a typo), so that it reads back the same.
		name := stripLevelWord(fold.Key(r.Name))
		switch {
		case r.Country == "ID" && d.Indonesian == "":
			d.Indonesian, names[0] = r.Code, name
		case r.Country == "MY" && d.Malaysian == "":
			d.Malaysian, names[1] = r.Code, name
		default:
			return Forum{}, false
		}
	}
	id := strings.ReplaceAll(names[0]+"-"+names[1], " ", "-")
	return Forum{ID: id, Level: District, Districts: d}, true
}

// Read reads a dataset in either of the package's forms, told apart by
// the first byte of the text after a byte order mark and white space: "{"
// is the JSON form (ReadJSON), anything else CSV of sessions or of items
// (ReadCSV, items against base). It is what a tool that takes a file or
// standard input in either form calls. Nothing is taken off the text, so
// that positions in errors are those of the input.
func Read(r io.Reader, base *Dataset) (*Dataset, error) {
	head, all := input.Peek(r, 4096)
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	if head = bytes.TrimLeft(head, " \t\r\n"); len(head) > 0 && head[0] == '{' {
		return ReadJSON(all)
	}
	return ReadCSV(all, base)
}

// ReadCSV reads a CSV of sessions or of items, told apart by its header:
// a header with a column only items have (ref, field, proposer, outcome,
// status, in any language: "Rujukan", "Pencadang", "Keputusan") is an
// items CSV (ReadItemsCSV), any other a sessions CSV (ReadSessionsCSV).
//
// A sessions CSV gives its forums and sessions. An items CSV holds
// neither: its items are read against base, whose forums and sessions
// the result holds, with the file's items in place of base's (History()
// for the public record), and validated there, each problem at the first
// row of its item; with a nil base the items are returned as read, not
// validated. Errors are as the two readers give them; a file that reads
// gives a dataset even with problems.
func ReadCSV(r io.Reader, base *Dataset) (*Dataset, error) {
	cf, err := openCSV(r)
	if err != nil {
		return nil, err
	}
	items := false
	for _, c := range []string{"ref", "field", "proposer", "outcome", "status"} {
		items = items || cf.col[c] >= 0
	}
	if !items {
		d, _, err := cf.sessions()
		return d, err
	}
	if err := cf.itemsHeader(); err != nil {
		return nil, err
	}
	list, rows, _, err := cf.items()
	errs := []error{err}
	d := &Dataset{Items: list}
	if base == nil {
		return d, err
	}
	d.Forums, d.Sessions, d.Note = base.Forums, base.Sessions, base.Note
	for _, e := range unjoin(d.Validate()) {
		var ve *ValidationError
		if errors.As(e, &ve) && ve.Section == "items" && ve.Index < len(rows) {
			pos := rows[ve.Index]
			errs = append(errs, &ParseError{Offset: pos.Offset, Line: pos.Line, Column: pos.Column, Section: ve.Section, Index: ve.Index, Err: ve})
		} else if e != nil {
			errs = append(errs, e)
		}
	}
	return d, errors.Join(errs...)
}
