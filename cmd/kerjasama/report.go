package main

import (
	"bufio"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/evaluate"
	"github.com/kerjasama/kerjasama/money"
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
decisions carried out, and welfare at the border, each with its findings.

Without file flags it evaluates the embedded dataset: every fact and figure
of the seed documents (trade through PLBN Entikong 2015-2016, Kalimantan
Tengah's surplus 2017-2022, the foreign agreements of Banten and Tangerang
Selatan, Kalimantan Timur's business matching and Japan's clean-water offer,
the Sosek Malindo forums and the 33rd Kalimantan Barat-Sarawak session, and
Kalimantan Barat's welfare figures).

--agreements, --trade and --sessions read your own files (CSV or JSON, by
extension) in the formats of the agreement, trade and session packages; any
of them replaces the embedded dataset as a whole, so the report covers only
the files given. A sessions CSV holds working-paper items, read against the
forums and sessions of the embedded public record (session.History).

Errors in a file are reported with file, line and column, in the language
of --lang; exit status 1 means bad input, 2 bad usage. Reading a large trade
file shows progress on standard error when it is a terminal.

Examples:
  kerjasama report
  kerjasama report --at 2019-08-07 --lang en --format markdown
  kerjasama report --format html > laporan.html
  kerjasama report --trade entikong.csv --agreements register.csv`

func runReport(c *cli, args []string) int {
	fs := c.newFlagSet("report", "report [flags]", reportDescription)
	at := fs.String("at", "", "evaluate on this `date`: 2019-08-07, or as documents write it (\"7 Agustus 2019\"); default today")
	langFlag := fs.String("lang", "id", "`language` of the report: id (Indonesian), ms (Malay; ms-BN for Brunei) or en (English)")
	format := fs.String("format", "text", "output `format`: text, markdown, json or html")
	agreementsFile := fs.String("agreements", "", "read agreements from `FILE` (.csv inventory or .json), instead of the embedded dataset")
	tradeFile := fs.String("trade", "", "read trade records from `FILE` (.csv in the simple, BPS or Comtrade layout, or .json records or balances), instead of the embedded dataset")
	sessionsFile := fs.String("sessions", "", "read forums and sessions from `FILE` (.json dataset, or .csv working-paper items), instead of the embedded dataset")
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
	switch *format {
	case "text", "txt", "markdown", "md", "json", "html":
	default:
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

	var data *reportData
	if *agreementsFile == "" && *tradeFile == "" && *sessionsFile == "" {
		data, err = loadEmbedded(tag)
		if err != nil {
			return c.inputError(err)
		}
	} else {
		var fe *fileError
		data, fe = loadFiles(c, *agreementsFile, *tradeFile, *sessionsFile, tag)
		if fe != nil {
			fmt.Fprintf(c.stderr, "kerjasama: %s\n", fe.message(tag))
			return exitInput
		}
	}

	status := exitOK
	rep, err := evaluate.NewReport(data.in, day)
	if err != nil {
		if rep == nil {
			return c.inputError(errors.New(wordf(tag, "errEval", err)))
		}
		// The parts that could be evaluated are reported; the others are
		// bad input (mixed currencies, an unknown forum), said on standard
		// error and in the exit status.
		fmt.Fprintf(c.stderr, "kerjasama: %s\n", wordf(tag, "errEval", err))
		status = exitInput
	}

	w := bufio.NewWriter(c.stdout)
	switch *format {
	case "text", "txt":
		err = rep.WriteText(w, tag)
	case "markdown", "md":
		err = rep.WriteMarkdown(w, tag)
	case "json":
		err = rep.WriteJSON(w, tag)
	case "html":
		err = writeHTML(w, buildPage(rep, data, tag))
	}
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		return c.inputError(err)
	}
	return status
}

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

// formatMoney writes an amount in the standard style of the language.
func formatMoney(a money.Amount, tag language.Tag) string {
	return money.Formatter{Lang: tag}.Format(a)
}

// formatPeriod writes a period as the date package writes ranges in the
// language: "2015", "Januari–November 2022", "23–25 Oktober 2017".
func formatPeriod(r date.Range, tag language.Tag) string {
	if r.IsZero() {
		return ""
	}
	return date.Formatter{Lang: tag, Style: date.Long}.FormatRange(r)
}

// formatDate writes a date in the long style of the language.
func formatDate(d date.Date, tag language.Tag) string {
	if d.IsZero() {
		return ""
	}
	return date.Formatter{Lang: tag, Style: date.Long}.Format(d)
}
