package main

import (
	"bufio"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"time"

	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/internal/lang"
	"github.com/kerjasama/kerjasama/report"
	"golang.org/x/text/language"
)

func init() {
	register(command{
		name:    "report",
		summary: "evaluate the embedded dataset (or your own files) and print the report",
		run:     runReport,
	})
}

const reportDescription = `
Evaluates cooperation data and prints the report: trade balance with growth
and coverage, agreements and their status on a date, forum regularity,
decisions carried out, and the welfare figures of a region, each with its findings,
and the sources of the figures.

Without file flags it evaluates the embedded dataset: every fact and figure
of the seed documents (trade through PLBN Entikong 2015-2016, Kalimantan
Tengah's surplus 2017-2022, the foreign agreements of Banten and Tangerang
Selatan, Kalimantan Timur's business matching and Japan's clean-water offer,
the Sosek Malindo forums and the 33rd Kalimantan Barat-Sarawak session, and
Kalimantan Barat's welfare figures).

--agreements, --trade and --sessions read your own files (CSV or JSON, by
extension) in the formats of the agreement, trade and session packages; any
of them replaces the embedded dataset as a whole, so the report covers only
the files given. --region names the office of a register without a Daerah
column; --partners and --activities add partners and activities to it. A sessions CSV holds working-paper items, read against the
forums and sessions of the embedded public record (session.History).

The language of the files (--input-lang) is separate from the language of
the report (--lang): by default it is told from each CSV file's header.

Errors in a file are reported with file, line and column, in the language
of --lang; exit status 1 means bad input, 2 bad usage. By default a file
with any problem stops the report; --keep-going evaluates what can be read,
lists what cannot at the top of the report, and exits with status 1. Reading a large trade
file shows progress on standard error when it is a terminal.

Examples:
  kerjasama report
  kerjasama report --at 2019-08-07 --lang en --format markdown
  kerjasama report --format html > laporan.html
  kerjasama report --trade entikong.csv --agreements register.csv --region Banten`

func runReport(c *cli, args []string) int {
	fs := c.newFlagSet("report", "report [flags]", reportDescription)
	at := fs.String("at", "", "evaluate on this `date`: 2019-08-07, or as documents write it (\"7 Agustus 2019\"); default today")
	langFlag := fs.String("lang", "id", "`language` of the report: id (Indonesian), ms (Malay; ms-BN for Brunei) or en (English)")
	inputLang := fs.String("input-lang", "", "`language` the files are written in (id, ms or en); default: told from each CSV header")
	format := fs.String("format", "text", "output `format`: text, markdown, json or html")
	agreementsFile := fs.String("agreements", "", "read agreements from `FILE` (.csv inventory or .json), instead of the embedded dataset")
	tradeFile := fs.String("trade", "", "read trade records from `FILE` (.csv in the simple, BPS or Comtrade layout, or .json records or balances), instead of the embedded dataset")
	sessionsFile := fs.String("sessions", "", "read forums and sessions from `FILE` (.json dataset, or .csv working-paper items), instead of the embedded dataset")
	keepGoing := fs.Bool("keep-going", false, "evaluate what can be read: rows or files that cannot be read are listed at the top of the report, and the exit status is 1")
	regionFlag := fs.String("region", "", "the office's own `region` (code or name, e.g. 36 or Banten), the Indonesian party of agreement rows without a Daerah column")
	partners := fs.String("partners", "", "define the foreign partners in `FILE` (.csv: name, country, level[, iso, parent, names]) for the --agreements file")
	activities := fs.String("activities", "", "add the activities in `FILE` (.csv: agreement, date, activity[, value]) to the --agreements file's agreements")
	dbFlag := fs.String("db", "", "evaluate what the database `DB` holds (kerjasama db import): a SQLite file or a postgres:// URL")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return flagStatus(err)
	}
	if len(pos) > 0 {
		return c.usageError("report: unexpected argument %q (files are given with --agreements, --trade or --sessions)", pos[0])
	}
	tag, ok := reportLang(*langFlag)
	if !ok {
		return c.usageError("report: --lang %q: want id, ms or en", *langFlag)
	}
	var fileTag language.Tag
	if *inputLang != "" {
		if fileTag, ok = reportLang(*inputLang); !ok {
			return c.usageError("report: --input-lang %q: want id, ms or en", *inputLang)
		}
	}
	f, err := report.ParseFormat(*format)
	if err != nil {
		return c.usageError("report: --format %q: want text, markdown, json or html", *format)
	}
	day := date.Of(time.Now())
	if *at != "" {
		d, err := date.Parse(*at, tag)
		if err != nil {
			return c.usageError("report: --at: %v", err)
		}
		day = d
	}

	var data *report.Dataset
	status := exitOK
	if *dbFlag != "" {
		if data, status = c.dbDataset(*dbFlag, *agreementsFile, *tradeFile, *sessionsFile, *regionFlag, *partners, *activities); data == nil {
			return status
		}
	} else if *agreementsFile == "" && *tradeFile == "" && *sessionsFile == "" {
		if *regionFlag != "" || *partners != "" || *activities != "" {
			return c.usageError("report: --region, --partners and --activities apply to an --agreements file")
		}
		data = report.Embedded()
	} else {
		files := report.Files{Agreements: *agreementsFile, Sessions: *sessionsFile, Partners: *partners, Activities: *activities}
		if *tradeFile != "" {
			files.Trade = []string{*tradeFile}
		}
		opt := report.LoadOptions{Lang: fileTag, Region: *regionFlag, KeepGoing: *keepGoing}
		if c.isTerminal {
			p := &progress{w: c.stderr, l: lang.Of(tag)}
			opt.Progress = p.update
		}
		data, err = report.Load(osFS{}, files, opt)
		if err != nil {
			// Strict: nothing is printed but the problems. Keep going: the
			// report is printed with what was read, the problems are on
			// standard error and at its top, and the status says so.
			status = c.printFileErrors(err, tag)
			if data == nil {
				if len(report.FileErrors(err)) > 0 {
					fmt.Fprintf(c.stderr, "kerjasama: %s\n", report.NoReport(tag))
				}
				return status
			}
		}
	}

	rep, err := report.Build(data, day)
	if err != nil {
		return c.inputError(err)
	}
	w := bufio.NewWriter(c.stdout)
	err = rep.Write(w, f, tag)
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		return c.inputError(err)
	}
	return status
}

// printFileErrors prints the problems of the files in err (report.Load's
// *report.FileError values) in the language of tag, and returns exitInput;
// an error of no file is printed as it is.
func (c *cli) printFileErrors(err error, tag language.Tag) int {
	fes := report.FileErrors(err)
	if len(fes) == 0 {
		return c.inputError(err)
	}
	for _, fe := range fes {
		fmt.Fprintf(c.stderr, "kerjasama: %s\n", strings.ReplaceAll(fe.Message(tag), "\n", "\nkerjasama: "))
	}
	return exitInput
}

// osFS opens the files named on the command line as the operating system
// finds them (relative to the working directory, or absolute), for
// report.Load.
type osFS struct{}

func (osFS) Open(name string) (fs.File, error) { return os.Open(name) }

// reportLang reads the --lang flag: Indonesian, Malay (of Malaysia or
// Brunei) or English, in any BCP 47 form ("id", "id-ID", "ms-BN", "en-GB").
func reportLang(s string) (language.Tag, bool) {
	t, err := language.Parse(strings.TrimSpace(s))
	if err != nil {
		return language.Und, false
	}
	base, _ := t.Base()
	switch base.String() {
	case "id", "in":
		return language.Indonesian, true
	case "ms":
		if r, conf := t.Region(); conf == language.Exact && r.String() == "BN" {
			return language.MustParse("ms-BN"), true
		}
		return language.Malay, true
	case "en":
		return language.English, true
	}
	return language.Und, false
}

// progress writes how far reading a large trade file has got, on one line
// of standard error that it rewrites, at most every progressEvery; files
// under progressMinSize show none.
type progress struct {
	w    interface{ Write([]byte) (int, error) }
	l    lang.Lang
	last time.Time
}

const (
	progressEvery   = 200 * time.Millisecond
	progressMinSize = 1 << 20
)

// progressWords are the progress lines: {English, Indonesian, Malay}.
var progressWords = [2][3]string{
	{"reading %s: %d%% (%d rows)", "membaca %s: %d%% (%d baris)", "membaca %s: %d%% (%d baris)"},
	{"read %s: %d rows", "selesai membaca %s: %d baris", "selesai membaca %s: %d baris"},
}

// say returns progress line i in p's language (Malay of Brunei as Malay).
func (p *progress) say(i int) string { return progressWords[i][min(int(p.l), 2)] }

func (p *progress) update(pr report.Progress) {
	if pr.Size < progressMinSize {
		return
	}
	if pr.Done {
		fmt.Fprintf(p.w, "\rkerjasama: "+p.say(1)+"\x1b[K\n", pr.File, pr.Rows)
		return
	}
	now := time.Now()
	if now.Sub(p.last) < progressEvery {
		return
	}
	p.last = now
	pct := int(pr.Read * 100 / pr.Size)
	fmt.Fprintf(p.w, "\rkerjasama: "+p.say(0), pr.File, min(pct, 100), pr.Rows)
}
