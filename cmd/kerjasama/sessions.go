package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"

	"golang.org/x/text/language"

	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/internal/input"
	"github.com/kerjasama/kerjasama/internal/lang"
	"github.com/kerjasama/kerjasama/session"
)

func init() {
	register(command{name: "sessions", summary: "list Sosek Malindo sessions and follow their items", run: runSessions})
}

const sessionsUsage = `Usage: kerjasama sessions <list|items> [flags] [FILE]

  list [FILE]         the sessions of each forum with their titles, dates, places
                      and preparatory meetings; without FILE, the embedded record
                      of KK/JKK Sosek Malindo (Kalimantan Barat–Sarawak and others)
  items [FILE] [--open]
                      the items of the working papers, each with the session that
                      raised it and its status; --open keeps those still open,
                      oldest first; without FILE, the items of the embedded record
  --csv               with either, write CSV that the command reads back, with
                      formulas neutralised (a leading ' before =, +, -, @, tab,
                      CR) unless --raw-cells

FILE ("-" reads standard input) is a dataset in the JSON form of package
session, or a CSV of sessions or of items (English, Indonesian or Malay
headers; items are read against the embedded record). A file with a row
that cannot be read lists nothing; --keep-going lists what can be read,
after the rows that cannot, and exits with status 1.
Run "kerjasama sessions list -h" or "kerjasama sessions items -h" for the
flags.
`

func runSessions(c *cli, args []string) int {
	if len(args) == 0 {
		fmt.Fprint(c.stderr, sessionsUsage)
		return exitUsage
	}
	switch args[0] {
	case "list":
		return runSessionsList(c, args[1:])
	case "items":
		return runSessionsItems(c, args[1:])
	case "-h", "-help", "--help", "help":
		fmt.Fprint(c.stdout, sessionsUsage)
		return exitOK
	}
	fmt.Fprint(c.stderr, sessionsUsage)
	return c.usageError("sessions: unknown subcommand %q (want list or items)", args[0])
}

// sessionsWords are the few words the listings need besides what the
// session and date packages write.
var sessionsWords = map[lang.Lang]map[string]string{
	lang.Indonesian: {"host": "tuan rumah", "unconfirmed": "belum dipastikan", "unknown": "tanggal tidak diketahui",
		"raised": "diajukan pada sidang", "none": "tidak ada", "missing": "nomor sidang yang tidak tercatat", "items": "butir"},
	lang.Malay: {"host": "tuan rumah", "unconfirmed": "belum disahkan", "unknown": "tarikh tidak diketahui",
		"raised": "dibangkitkan pada sidang", "none": "tiada", "missing": "nombor sidang yang tidak direkodkan", "items": "perkara"},
	lang.English: {"host": "host", "unconfirmed": "unconfirmed", "unknown": "date unknown",
		"raised": "raised at session", "none": "none", "missing": "session numbers not on record", "items": "items"},
}

func sessionsWord(tag language.Tag, key string) string {
	l := lang.Of(tag)
	if l == lang.MalayBrunei {
		l = lang.Malay
	}
	return sessionsWords[l][key]
}

// sessionsFlags are the flags both subcommands share.
type sessionsFlags struct {
	lang, forum                 *string
	keepGoing, csvOut, rawCells *bool
}

func newSessionsFlags(c *cli, name, synopsis, description string) (*flag.FlagSet, sessionsFlags) {
	fs := c.newFlagSet(name, synopsis, description)
	return fs, sessionsFlags{
		lang:  fs.String("lang", "id", "language of the output: id, ms (Malaysia), ms-BN (Brunei) or en; others fall back to en"),
		forum: fs.String("forum", "", "only the forum with this ID (kalbar-sarawak, kaltara-sabah, riau-kepri-melaka-johor, central, ...)"),
		keepGoing: fs.Bool("keep-going", false, "list what a CSV file gives although some rows cannot be read: those rows are listed at the top of the output "+
			"(on standard error only with --csv), and the exit status is 1"),
		csvOut: fs.Bool("csv", false, "write CSV (items: one row per item per session; sessions: one row per session), in the form the CSV readers read back;\n"+
			"a cell a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a CR) gets a leading ', and control characters become spaces"),
		rawCells: fs.Bool("raw-cells", false, "with --csv, write every cell verbatim: no leading ' before formulas, control characters kept"),
	}
}

// loadSessions reads the dataset from the file named by path ("-" for
// standard input), or the embedded record when path is empty. Problems
// are printed as FILE:LINE:COLUMN: message, one per line, and nothing is
// returned; with keepGoing, a CSV whose other rows read gives what they
// give, what was not read is listed on out (when not nil) under the
// heading of tag's language, and the status is exitInput.
func loadSessions(c *cli, path string, keepGoing bool, out io.Writer, tag language.Tag) (*session.Dataset, int) {
	if path == "" {
		return session.History(), exitOK
	}
	var r io.Reader
	name := path
	if path == "-" {
		r, name = os.Stdin, "<stdin>"
	} else {
		f, err := os.Open(path)
		if err != nil {
			return nil, c.inputError(safeErr(err))
		}
		defer f.Close()
		r = f
	}
	d, err := session.Read(r, session.History()) // JSON, or CSV of sessions or of items (against the public record)
	if err == nil {
		return d, exitOK
	}
	// Rows not read, and rows read whose record breaks a rule of the
	// dataset (a session held before an earlier number): the first
	// input.MaxShown of each printed, the rest counted.
	var unread, reserved input.Problems
	for _, e := range unjoinErr(err) {
		var pe *session.ParseError
		if errors.As(e, &pe) {
			pe.Input = name
		}
		list := &unread
		if ve := (*session.ValidationError)(nil); errors.As(e, &ve) && d != nil {
			list = &reserved
		}
		list.Report(c.stderr, "kerjasama: ", safe(e.Error()))
	}
	unread.WriteMore(c.stderr, "kerjasama: ")
	reserved.WriteMore(c.stderr, "kerjasama: ")
	if !keepGoing || d == nil {
		if d != nil {
			fmt.Fprintf(c.stderr, "kerjasama: %s; nothing listed (--keep-going lists what can be read)\n", countProblems(unread.Len()+reserved.Len()))
		}
		return nil, exitInput
	}
	if out != nil {
		// What was not read comes first, so that the rest is not taken
		// for the whole file; then what was read with a reservation.
		l := lang.Of(tag)
		if unread.Len() > 0 {
			writeUnread(out, unreadWords(l), l, &unread)
		}
		if reserved.Len() > 0 {
			writeUnread(out, [...]string{"Read with a reservation", "Dibaca dengan catatan", "Dibaca dengan catatan", "Dibaca dengan catatan"}[l], l, &reserved)
		}
	}
	return d, exitInput
}

// unreadOut is where --keep-going lists what was not read: standard
// output, or nowhere but standard error when it is CSV, which stays CSV.
func (c *cli) unreadOut(csv bool) io.Writer {
	if csv {
		return nil
	}
	return c.stdout
}

// countProblems says how many problems there are.
func countProblems(n int) string {
	if n == 1 {
		return "1 problem"
	}
	return strconv.Itoa(n) + " problems"
}

func unjoinErr(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

func runSessionsList(c *cli, args []string) int {
	fs, fl := newSessionsFlags(c, "sessions list", "sessions list [flags] [FILE]", `
Lists the sessions of each forum in number order: the title, the dates (or
the month or year when only that is known), the host, the meetings that
prepared the session, and the session numbers missing from the record.
Without FILE it lists the embedded record of KK/JKK Sosek Malindo, each
entry from a public source. With --csv it writes one row per session.

Example:
  kerjasama sessions list --forum kalbar-sarawak --lang ms`)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return flagStatus(err)
	}
	if len(pos) > 1 {
		return c.usageError("sessions list: want at most one FILE, got %d arguments", len(pos))
	}
	tag, err := language.Parse(*fl.lang)
	if err != nil {
		return c.usageError("sessions list: bad --lang %q: %v", *fl.lang, safeErr(err))
	}
	path := ""
	if len(pos) == 1 {
		path = pos[0]
	}
	d, code := loadSessions(c, path, *fl.keepGoing, c.unreadOut(*fl.csvOut), tag)
	if d == nil {
		return code
	}
	if *fl.forum != "" {
		if _, ok := d.Forum(*fl.forum); !ok {
			return c.usageError("sessions list: no forum %q in the data", *fl.forum)
		}
	}
	if *fl.csvOut {
		opt := session.SessionsCSVOptions{Forum: *fl.forum, Verbatim: true, Cell: csvCell} // csvCell neutralises too
		if *fl.rawCells {
			opt.Cell = nil
		}
		if err := session.WriteSessionsCSV(c.stdout, d, opt); err != nil {
			return c.inputError(safeErr(err))
		}
		return code
	}
	df := date.Formatter{Lang: tag}
	var b strings.Builder
	for i := range d.Forums {
		f := &d.Forums[i]
		if *fl.forum != "" && f.ID != *fl.forum {
			continue
		}
		series := d.Series(f.ID)
		if len(series) == 0 {
			continue
		}
		side := session.Indonesia
		if lang.Of(tag).IsMalay() {
			side = session.Malaysia
		}
		fmt.Fprintf(&b, "%s (%s)\n", safe(f.Name(side, tag)), safe(f.ID))
		for _, s := range series {
			fmt.Fprintf(&b, "  %s\n", safe(s.Title(f, tag)))
			fmt.Fprintf(&b, "    %s\n", safe(eventLine(s.Event, df, tag, true)))
			for j := range s.Meetings {
				m := &s.Meetings[j]
				fmt.Fprintf(&b, "    - %s: %s\n", safe(m.Describe(tag)), safe(eventLine(m.Event, df, tag, false)))
			}
		}
		if miss := d.Missing(f.ID); len(miss) > 0 {
			fmt.Fprintf(&b, "  %s: %s\n", sessionsWord(tag, "missing"), strings.ReplaceAll(strings.Trim(fmt.Sprint(miss), "[]"), " ", ", "))
		}
		b.WriteByte('\n')
	}
	io.WriteString(c.stdout, strings.TrimSuffix(b.String(), "\n"))
	return code
}

// eventLine describes when and where an event took place.
func eventLine(e session.Event, df date.Formatter, tag language.Tag, host bool) string {
	var parts []string
	switch {
	case !e.Dates.IsZero():
		parts = append(parts, df.FormatRange(e.Dates))
	case !e.Within.IsZero():
		parts = append(parts, df.FormatPartial(e.Within)) // the month or year, as the sources give it
	default:
		parts = append(parts, sessionsWord(tag, "unknown"))
	}
	place := strings.TrimSpace(strings.Join(nonEmpty(e.Venue, e.City), ", "))
	if place != "" {
		parts = append(parts, place)
	}
	if e.Mode != 0 {
		parts = append(parts, e.Mode.Label(tag))
	}
	s := strings.Join(parts, ", ")
	if host && e.HostSide != 0 {
		s += " (" + sessionsWord(tag, "host") + ": " + e.HostSide.Label(tag) + ")"
	}
	if e.Unconfirmed {
		s += " [" + sessionsWord(tag, "unconfirmed") + "]"
	}
	return s
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

func runSessionsItems(c *cli, args []string) int {
	fs, fl := newSessionsFlags(c, "sessions items", "sessions items [flags] [FILE]", `
Lists the items of the working papers in FILE (the embedded record without
FILE): reference, the session that raised it, its field, its status after
its latest session and its title.
With --open only the items still open (neither done nor closed) are listed,
oldest first: by the date of the session that raised them.

With --csv the items are written as CSV. A cell a spreadsheet would run as
a formula (starting with =, +, -, @, a tab or a CR) is written with a
leading single quote, and control characters in cells become spaces, so
that opening the file runs nothing and printing it rewrites no terminal;
--raw-cells writes every cell verbatim.

Example:
  kerjasama sessions items sosek.json --open --lang en`)
	open := fs.Bool("open", false, "list only the items still open, oldest first")
	history := fs.Bool("history", false, "follow each item session by session: the outcome and status each session recorded")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return flagStatus(err)
	}
	if len(pos) > 1 {
		return c.usageError("sessions items: want at most one FILE, got %d arguments", len(pos))
	}
	tag, err := language.Parse(*fl.lang)
	if err != nil {
		return c.usageError("sessions items: bad --lang %q: %v", *fl.lang, safeErr(err))
	}
	path := ""
	if len(pos) == 1 {
		path = pos[0]
	}
	d, code := loadSessions(c, path, *fl.keepGoing, c.unreadOut(*fl.csvOut), tag)
	if d == nil {
		return code
	}
	if *fl.forum != "" {
		if _, ok := d.Forum(*fl.forum); !ok {
			return c.usageError("sessions items: no forum %q in the data", *fl.forum)
		}
	}
	var items []*session.Item
	if *open {
		items = d.OpenItems(*fl.forum)
	} else {
		for i := range d.Items {
			if *fl.forum == "" || d.Items[i].Forum == *fl.forum {
				items = append(items, &d.Items[i])
			}
		}
	}
	if *fl.csvOut {
		list := make([]session.Item, len(items))
		for i, it := range items {
			list[i] = *it
			if !*fl.rawCells {
				list[i] = safeCSVItem(*it)
			}
		}
		if err := session.WriteItemsCSV(c.stdout, list); err != nil {
			return c.inputError(safeErr(err))
		}
		return code
	}
	tw := tabwriter.NewWriter(c.stdout, 0, 4, 2, ' ', 0)
	for _, it := range items {
		field := it.Field.Label(tag)
		if p := it.Field.PaperName(tag); p != "" {
			field = p
		}
		if field == "" {
			field = "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s %d\t%s\t%s\t%s\n", safe(it.Forum), safe(it.Ref), sessionsWord(tag, "raised"), it.Raised(),
			safe(field), safe(it.Status().Label(tag)), safe(it.Title))
		if *history {
			for _, e := range it.History {
				s := session.Session{Number: e.Session}
				// Without tabs, so that the line does not widen the columns.
				line := "    " + string(s.AppendTitle(nil, nil, tag))
				if what := strings.Join(nonEmpty(e.Outcome.Label(tag), e.Status.Label(tag)), ", "); what != "" {
					line += ": " + what
				}
				if e.Note != "" {
					line += " (" + e.Note + ")"
				}
				fmt.Fprintln(tw, safe(line))
			}
		}
	}
	if len(items) == 0 {
		fmt.Fprintf(tw, "%s: %s\n", sessionsWord(tag, "items"), sessionsWord(tag, "none"))
	}
	if err := tw.Flush(); err != nil {
		return c.inputError(safeErr(err))
	}
	return code
}

// safeCSVItem returns a copy of it whose text cells are safe for a
// spreadsheet and a terminal (csvCell); the enumerations are written as
// identifiers and need nothing.
func safeCSVItem(it session.Item) session.Item {
	it.Forum, it.Ref, it.Title, it.Note = csvCell(it.Forum), csvCell(it.Ref), csvCell(it.Title), csvCell(it.Note)
	h := make([]session.Entry, len(it.History))
	for i, e := range it.History {
		e.Note = csvCell(e.Note)
		h[i] = e
	}
	if it.History != nil {
		it.History = h
	}
	return it
}
