package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/kerjasama/kerjasama/report"
	"github.com/kerjasama/kerjasama/store"
)

func init() {
	register(command{name: "db", summary: "keep agreements, sessions and trade in SQLite or PostgreSQL (init, import, export, check)", run: runDB})
}

const dbDescription = `
init creates the database (or brings its schema up to date); import reads
files as "kerjasama report" reads them and stores them; export writes what
is stored in the library's JSON forms ("-" for standard output); check
reads everything stored and lists its problems. "kerjasama report --db"
evaluates what is stored.

--db is a SQLite file (created if missing) or a PostgreSQL URL
(postgres://user@host:5432/db). A file with a bad row stores nothing: its
problems are listed with file, line and column and the exit status is 1.

Examples:
  kerjasama db init --db kerjasama.db
  kerjasama db import --db kerjasama.db --agreements register.csv --region Banten --trade entikong.csv
  kerjasama db export --db postgres://kerjasama@db.example.go.id/kerjasama --agreements register.json
  kerjasama db check --db kerjasama.db`

// tradeFlag collects the files of a repeated --trade flag.
type tradeFlag []string

func (t *tradeFlag) String() string     { return strings.Join(*t, ",") }
func (t *tradeFlag) Set(v string) error { *t = append(*t, v); return nil }

func runDB(c *cli, args []string) int {
	sub := ""
	if len(args) > 0 {
		sub = args[0]
	}
	switch sub {
	case "init", "import", "export", "check":
	case "-h", "-help", "--help", "help":
		sub = "help"
	case "":
		return c.usageError("db: want a subcommand: init, import, export or check")
	default:
		return c.usageError("db: unknown subcommand %q (want init, import, export or check)", sub)
	}
	fs := c.newFlagSet("db "+sub, "db <init|import|export|check> --db PATH|URL [flags]", dbDescription)
	dsn := fs.String("db", "", "the database: a SQLite `file` or a postgres:// URL")
	agreements := fs.String("agreements", "", "import: the agreements `file` (.csv or .json); export: where to write them as JSON")
	sessions := fs.String("sessions", "", "import: the sessions `file` (.json, or .csv items); export: where to write them as JSON")
	welfare := fs.String("welfare", "", "import: the welfare `file` (.json); export: where to write it")
	var trade tradeFlag
	fs.Var(&trade, "trade", "import: a trade `file` (.csv or .json), repeatable; export: where to write the batches (FILE.N.json for several)")
	history := fs.Bool("history", false, "import: merge the embedded public record of sessions into the sessions file, as the embedded dataset does")
	regionFlag := fs.String("region", "", "import: the office's own `region` for agreement rows without a Daerah column")
	partners := fs.String("partners", "", "import: define the foreign partners in `FILE` for the --agreements file")
	activities := fs.String("activities", "", "import: add the activities in `FILE` to the --agreements file's agreements")
	inputLang := fs.String("input-lang", "", "import: `language` the files are written in (id, ms or en); default: told from each CSV header")
	pos, err := parseFlags(fs, args[1:])
	switch {
	case sub == "help":
		fs.Usage()
		return exitOK
	case err != nil:
		return flagStatus(err)
	case len(pos) > 0:
		return c.usageError("db %s: unexpected argument %q", sub, pos[0])
	case *dsn == "":
		return c.usageError("db %s: --db is required", sub)
	case (sub == "import" || sub == "export") && *agreements == "" && *sessions == "" && *welfare == "" && len(trade) == 0:
		return c.usageError("db %s: give --agreements, --sessions, --trade or --welfare files", sub)
	case sub == "export" && len(trade) > 1:
		return c.usageError("db export: one --trade file")
	}
	opt := report.LoadOptions{Region: *regionFlag, History: *history}
	if *inputLang != "" {
		tag, ok := reportLang(*inputLang)
		if !ok {
			return c.usageError("db import: --input-lang %q: want id, ms or en", *inputLang)
		}
		opt.Lang = tag
	}
	ctx := context.Background()
	s, err := store.Open(ctx, *dsn)
	if err != nil {
		return c.inputError(err)
	}
	defer s.Close()
	switch sub {
	case "init":
		v, err := s.SchemaVersion(ctx)
		if err != nil {
			return c.inputError(err)
		}
		fmt.Fprintf(c.stdout, "%s database at schema version %d\n", s.Backend(), v)
	case "check":
		if err := s.Check(ctx); err != nil {
			for _, e := range unjoinErr(err) {
				fmt.Fprintf(c.stdout, "%s\n", strings.ReplaceAll(e.Error(), "\n", "\n  "))
			}
			return exitInput
		}
		fmt.Fprintln(c.stdout, "no problems")
	case "import":
		files := report.Files{Agreements: *agreements, Sessions: *sessions, Welfare: *welfare, Trade: trade,
			Partners: *partners, Activities: *activities}
		if err := s.ImportFiles(ctx, osFS{}, files, opt); err != nil {
			return c.printFileErrors(err, opt.Lang)
		}
	case "export":
		type output struct {
			name  string
			write func(io.Writer) error
		}
		outs := []output{
			{*agreements, func(w io.Writer) error { return s.ExportAgreements(ctx, w) }},
			{*sessions, func(w io.Writer) error { return s.ExportSessions(ctx, w) }},
			{*welfare, func(w io.Writer) error { return s.ExportWelfare(ctx, w) }},
		}
		if len(trade) == 1 {
			bs, err := s.TradeBatches(ctx)
			if err != nil {
				return c.inputError(err)
			}
			if len(bs) > 1 && trade[0] == "-" {
				return c.inputError(fmt.Errorf("db export: %d trade batches: give --trade a file name (FILE.N.json each)", len(bs)))
			}
			for _, b := range bs {
				name := trade[0]
				if len(bs) > 1 {
					name = strings.TrimSuffix(name, filepath.Ext(name)) + fmt.Sprintf(".%d.json", b.ID)
				}
				outs = append(outs, output{name, func(w io.Writer) error { return s.ExportTradeJSON(ctx, w, b.ID) }})
			}
		}
		for _, o := range outs {
			if o.name != "" {
				if err := c.writeTo(o.name, o.write); err != nil {
					return c.inputError(err)
				}
			}
		}
	}
	return exitOK
}

// writeTo writes with write to the file name, or to standard output for "-".
func (c *cli) writeTo(name string, write func(io.Writer) error) error {
	if name == "-" {
		w := bufio.NewWriter(c.stdout)
		if err := write(w); err != nil {
			return err
		}
		return w.Flush()
	}
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	err = write(w)
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// dbDataset returns what the database dsn holds, for "report --db", or
// nil and the exit status after printing the problem; files are the
// values of the report's file flags, which --db excludes.
func (c *cli) dbDataset(dsn string, files ...string) (*report.Dataset, int) {
	for _, f := range files {
		if f != "" {
			return nil, c.usageError("report: --db evaluates what the database holds; give no --agreements, --trade, --sessions, --region, --partners or --activities with it")
		}
	}
	ctx := context.Background()
	s, err := store.Open(ctx, dsn)
	if err != nil {
		return nil, c.inputError(err)
	}
	defer s.Close()
	d, err := s.Dataset(ctx)
	if err != nil {
		return nil, c.inputError(err)
	}
	return d, exitOK
}
