package main

import (
	"fmt"

	"github.com/kerjasama/kerjasama/date"
)

func init() {
	register(command{name: "date", summary: "format and parse dates and periods", run: runDate})
}

const dateUsage = `Usage: kerjasama date <format|parse> [flags] [arguments]

  format VALUE...   write dates and periods for people: 23–25 Oktober 2017,
                    Rabu, 7 Agustus 2019, 2015–2016
  parse TEXT...     read dates and periods as documents write them ("Rabu, 7/8/2019",
                    "28 Desember 2017 s.d. 3 Januari 2018", "tahun 2013") and print
                    them in ISO 8601: 2019-08-07, 2017-12-28/2018-01-03

Run "kerjasama date format -h" or "kerjasama date parse -h" for the flags.
`

func runDate(c *cli, args []string) int {
	if len(args) == 0 {
		fmt.Fprint(c.stderr, dateUsage)
		return exitUsage
	}
	switch args[0] {
	case "format":
		return runDateFormat(c, args[1:])
	case "parse":
		return runDateParse(c, args[1:])
	case "-h", "-help", "--help", "help":
		fmt.Fprint(c.stdout, dateUsage)
		return exitOK
	}
	fmt.Fprint(c.stderr, dateUsage)
	return c.usageError("date: unknown subcommand %q (want format or parse)", args[0])
}

const dateLangHelp = "language: id, ms (Malaysia), ms-BN (Brunei) or en (en-US reads and writes numeric dates month first); others fall back to en"

func runDateFormat(c *cli, args []string) int {
	fs := c.newFlagSet("date format", "date format [flags] VALUE...", `
Writes each VALUE for people, one per line. A VALUE is a date or a period in
ISO 8601 (2017-09-12, 2017-10-23/2017-10-25) or in any form "date parse"
reads. Periods collapse what their ends share: 23–25 Oktober 2017, 30
September – 2 Oktober 2017; a whole year prints as 2013, whole years as
2015–2016, a whole month as Oktober 2017.

Example:
  kerjasama date format 2017-10-23/2017-10-25 --lang id
  kerjasama date format 2019-08-07 --lang ms --style full`)
	langS := fs.String("lang", "id", dateLangHelp)
	styleS := fs.String("style", "long", "style: long (12 September 2017), full (Selasa, 12 September 2017), medium (12 Sep 2017) or short (12/09/2017)")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return flagStatus(err)
	}
	if len(pos) == 0 {
		return c.usageError("date format: no VALUE given")
	}
	tag, ok := c.parseLang("date format", *langS)
	if !ok {
		return exitUsage
	}
	style, err := date.ParseStyle(*styleS)
	if err != nil {
		return c.usageError("date format: bad --style %q (want long, full, medium or short)", *styleS)
	}
	f := date.Formatter{Lang: tag, Style: style}
	status := exitOK
	for _, arg := range pos {
		r, err := date.ParseRange(arg, tag)
		if err != nil {
			status = c.inputError(safeErr(err))
			continue
		}
		fmt.Fprintln(c.stdout, f.FormatRange(r))
	}
	return status
}

func runDateParse(c *cli, args []string) int {
	fs := c.newFlagSet("date parse", "date parse [flags] TEXT...", `
Reads each TEXT as a date or a period, the way Indonesian, Malay and English
documents write them, and prints it in ISO 8601, one per line: a date as
2019-08-07, a period as 2017-10-23/2017-10-25. Numeric dates are
day/month/year ("Rabu, 7/8/2019"), and a weekday that does not match the
date is an error. Any bad TEXT is reported on stderr and makes the exit
status 1; the others are still printed.

Example:
  kerjasama date parse "Rabu, 7/8/2019"
  kerjasama date parse "28 Desember 2017 s.d. 3 Januari 2018" "2022 (sampai November)"`)
	langS := fs.String("lang", "id", dateLangHelp)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return flagStatus(err)
	}
	if len(pos) == 0 {
		return c.usageError("date parse: no TEXT given")
	}
	tag, ok := c.parseLang("date parse", *langS)
	if !ok {
		return exitUsage
	}
	status := exitOK
	for _, arg := range pos {
		r, err := date.ParseRange(arg, tag)
		if err != nil {
			status = c.inputError(safeErr(err))
			continue
		}
		if r.Start == r.End {
			fmt.Fprintln(c.stdout, r.Start)
		} else {
			fmt.Fprintln(c.stdout, r)
		}
	}
	return status
}
