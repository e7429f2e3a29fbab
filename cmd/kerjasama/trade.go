package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"text/tabwriter"

	"golang.org/x/text/currency"
	"golang.org/x/text/language"

	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/internal/input"
	"github.com/kerjasama/kerjasama/internal/lang"
	"github.com/kerjasama/kerjasama/money"
	"github.com/kerjasama/kerjasama/region"
	"github.com/kerjasama/kerjasama/trade"
)

func init() {
	register(command{name: "trade", summary: "summarise trade figures from CSV files: exports, imports, balance", run: runTrade})
}

const tradeUsage = `Usage: kerjasama trade <summary|limit> FILE... [flags]

  summary FILE...   read trade figures from CSV files (simple, BPS or UN Comtrade
                    layout) and print exports, imports and the balance per group
  limit FILE...     read purchases of KILB card and border pass holders and list
                    who bought more than the Border Trade Agreement allows a month

Run "kerjasama trade summary -h" or "kerjasama trade limit -h" for the flags.
`

func runTrade(c *cli, args []string) int {
	if len(args) == 0 {
		fmt.Fprint(c.stderr, tradeUsage)
		return exitUsage
	}
	switch args[0] {
	case "summary":
		return runTradeSummary(c, args[1:])
	case "limit":
		return runTradeLimit(c, args[1:])
	case "-h", "-help", "--help", "help":
		fmt.Fprint(c.stdout, tradeUsage)
		return exitOK
	}
	fmt.Fprint(c.stderr, tradeUsage)
	return c.usageError("trade: unknown subcommand %q (want summary or limit)", args[0])
}

func runTradeSummary(c *cli, args []string) int {
	fs := c.newFlagSet("trade summary", "trade summary FILE... [flags]", `
Reads the trade figures of each FILE ("-" for standard input) and prints, for
each group of --by, the exports (with re-exports), the imports (with
re-imports), the balance, its status and the coverage ratio of exports to
imports, then the total. The last column is the period the group's figures
cover, so that a part year ("2022-01/2022-11") is never mistaken for a whole
one; a part year of whole months is compared with the same months of the year
before when the files have them (a last column). A flow without any row is
"not recorded" ("tidak tercatat"), not zero: that group has no balance.

Layouts (detected from the header unless --layout is given):
  simple    tahun, bulan, arus, pos, mitra, hs, nilai, mata_uang
            (or year, month, flow, post, partner, hs, value, currency)
  bps       Kode HS ("[40] Karet …" too), Pelabuhan, Negara Tujuan (exports),
            Negara Asal (imports) or Negara Tujuan/Asal, Berat Bersih (Kg),
            Nilai FOB (US$), Nilai CIF (US$) or Nilai FOB/CIF (US$) (with
            --flow); units in the header: Nilai FOB (Juta US$); or the wide
            release table: Tahun, Bulan, Ekspor (Juta US$), Impor (Juta US$)
  comtrade  refYear, refMonth, reporterISO, partnerISO, flowCode, cmdCode,
            classificationCode, aggrLevel, isLeaf, primaryValue, netWgt; or
            the legacy Year, Period, Classification, Aggregate Level, Is
            Leaf Code, Trade Flow, Reporter ISO, Partner ISO, Commodity Code
            (HS, or SITC: 0, 01, 011), Trade Value (US$) or TradeValueUS

Total rows ("Jumlah", "Total", "World" beside other partners, Comtrade's
TOTAL beside other commodities) are not summed: they are warned about and
checked against the rows they total. A Comtrade file of several aggregate
levels or classifications is refused unless --level or --classification
chooses one.

Every bad row is reported as FILE:LINE:COLUMN: problem on standard error,
and the exit status is then 1. By default a file with any bad row stops the
summary: only the problems are printed. --keep-going summarises the rows that
can be read, lists those that cannot at the top of the output (the first 50,
then how many more), and still exits with status 1, so that a partial
summary is never taken for a whole one.

Example:
  kerjasama trade summary entikong.csv --by year,post --lang id`)
	byS := fs.String("by", "year", "group by these dimensions, comma-separated: year, month, period, reporter, partner, post, flow, scheme, basis, chapter, heading, commodity (also in Indonesian: tahun, bulan, pos, mitra, arus, skema, bab)")
	layoutS := fs.String("layout", "", "layout of the files: simple, bps or comtrade; default: detected from the header")
	langS := langFlag(fs)
	numbersS := fs.String("numbers", "", "language of the numbers in the files (id: 1.234,5; en: 1,234.5); default: that of the header")
	periodS := fs.String("period", "", "period of rows without a year, for BPS tables downloaded one period at a time: 2022, 2022-11 or 2022-01/2022-11")
	curS := fs.String("currency", "", "ISO 4217 code of values written without a currency and without a currency column (IDR, MYR, USD)")
	flowS := fs.String("flow", "", "flow of rows that give none (a BPS table of Nilai FOB/CIF): ekspor, impor, export, import")
	levelS := fs.String("level", "", "the one aggregate level to read from a file of several: 2, 4, 6 (Comtrade's aggrLevel, else the digits of the HS code) or leaf")
	classS := fs.String("classification", "", "the one classification to read from a Comtrade file of several: H0…H6, HS, S1…S4, BEC")
	reporterS := fs.String("reporter", "", "region that reports rows which name none, as a code or a name: 61, ID-KB, Kalbar")
	strict := fs.Bool("strict", false, "stop at the first bad row")
	keepGoing := fs.Bool("keep-going", false, "summarise the rows that can be read: rows and files that cannot be read are listed at the top of the output, and the exit status is 1")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return flagStatus(err)
	}
	if len(pos) == 0 {
		return c.usageError("trade summary: no FILE given")
	}
	if *strict && *keepGoing {
		return c.usageError("trade summary: --strict and --keep-going do not go together")
	}
	by, err := trade.ParseDimension(*byS)
	if err != nil {
		return c.usageError("trade summary: bad --by: %v", safeErr(err))
	}
	rd := trade.CSVReader{Strict: *strict, Workers: runtime.GOMAXPROCS(0)} // the rows read and checked as by one goroutine
	if *layoutS != "" {
		if rd.Layout, err = trade.ParseLayout(*layoutS); err != nil {
			return c.usageError("trade summary: bad --layout: %v", safeErr(err))
		}
	}
	tag, err := language.Parse(*langS)
	if err != nil {
		return c.usageError("trade summary: bad --lang %q: %v", *langS, safeErr(err))
	}
	if *numbersS != "" {
		if rd.Lang, err = language.Parse(*numbersS); err != nil {
			return c.usageError("trade summary: bad --numbers %q: %v", *numbersS, safeErr(err))
		}
	}
	if *periodS != "" {
		if rd.Period, err = trade.ParsePeriod(*periodS); err != nil {
			return c.usageError("trade summary: bad --period: %v", safeErr(err))
		}
	}
	if *curS != "" {
		if rd.Currency, err = currency.ParseISO(*curS); err != nil {
			return c.usageError("trade summary: bad --currency %q: %v", *curS, safeErr(err))
		}
	}
	if rd.Flow, rd.Classification, rd.Level, err = tradeChoices(*flowS, *classS, *levelS); err != nil {
		return c.usageError("trade summary: %v", safeErr(err))
	}
	if *reporterS != "" {
		r, ok := region.Lookup(*reporterS)
		if !ok {
			if r, err = region.Find(*reporterS); err != nil {
				return c.usageError("trade summary: bad --reporter: %v", safeErr(err))
			}
		}
		rd.Reporter = r.Code
	}

	sum := trade.Summary{By: by}
	var problems, warnings input.Problems // a repeated row or a rounded value is read, and said
	rd.Warn = func(re *trade.RowError) { warnings.Report(c.stderr, "kerjasama: warning: ", safe(re.Error())) }
	for _, name := range pos {
		c.summariseFile(rd, &sum, name, &problems)
		if problems.Len() > 0 && *strict {
			break
		}
	}
	if rs := sum.Reporters(); len(rs) > 1 && by&trade.ByReporter == 0 {
		warnings.Report(c.stderr, "kerjasama: warning: ", safe(trade.SeveralReporters(rs)))
	}
	warnings.WriteMore(c.stderr, "kerjasama: warning: ")
	status := exitOK
	if problems.Len() > 0 {
		problems.WriteMore(c.stderr, "kerjasama: ")
		if !*keepGoing {
			fmt.Fprintf(c.stderr, "kerjasama: %d bad rows; no summary printed (--keep-going summarises what can be read)\n", problems.Len())
			return exitInput
		}
		writeUnread(c.stdout, unreadWords(lang.Of(tag)), lang.Of(tag), &problems)
		status = exitInput
	}
	rows, err := sum.Table(tag)
	if err != nil {
		return c.inputError(safeErr(err))
	}
	tw := tabwriter.NewWriter(c.stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	for _, r := range rows {
		for i := range r {
			r[i] = safe(r[i])
		}
		fmt.Fprintln(tw, strings.Join(r, "\t")+"\t")
	}
	tw.Flush()
	return status
}

// summariseFile adds the records of one file to agg and reports every bad
// row, and every row whose sum overflows, as FILE:LINE[:COLUMN] on stderr:
// the first input.MaxShown problems of the command; problems keeps those
// and counts the rest.
func (c *cli) summariseFile(rd trade.CSVReader, agg *trade.Summary, name string, problems *input.Problems) {
	r, closeFile, err := c.openTradeInput(name)
	if err != nil {
		problems.Report(c.stderr, "kerjasama: ", safe(err.Error()))
		return
	}
	defer closeFile()
	rd.File = name
	rd.Summarize(r, agg, func(err error) bool {
		c.rowProblem(problems, name, err)
		return !rd.Strict
	})
}

// rowProblem adds a reading error of the file name to problems as
// FILE:LINE:COLUMN: field: problem, printed if one of the first shown.
func (c *cli) rowProblem(problems *input.Problems, name string, err error) {
	msg := safe(name) + ": " + safe(err.Error())
	if re := (*trade.RowError)(nil); errors.As(err, &re) {
		re.File = name
		msg = safe(re.Error())
	}
	problems.Report(c.stderr, "", msg)
}

// unreadWords returns the heading of the list of what was not read.
func unreadWords(l lang.Lang) string {
	return [...]string{"Not read", "Tidak dapat dibaca", "Tidak dapat dibaca", "Tidak dapat dibaca"}[l]
}

// writeUnread writes heading with the number of problems, then the first
// input.MaxShown of them, one a line, and how many more there are.
func writeUnread(w io.Writer, heading string, l lang.Lang, problems *input.Problems) {
	fmt.Fprintf(w, "%s (%d):\n", heading, problems.Len())
	for _, p := range problems.Shown() {
		fmt.Fprintf(w, "  %s\n", p)
	}
	if n := problems.Omitted(); n > 0 {
		more := [...]string{"… and %d more", "… dan %d lainnya", "… dan %d lagi", "… dan %d lagi"}[l]
		fmt.Fprintf(w, "  "+more+"\n", n)
	}
}

// tradeChoices reads the --flow, --classification and --level flags.
func tradeChoices(flowS, classS, levelS string) (f trade.Flow, cl trade.Classification, level int, err error) {
	if flowS != "" {
		if f, err = trade.ParseFlow(flowS); err != nil {
			return 0, 0, 0, fmt.Errorf("bad --flow: %w", err)
		}
	}
	if classS != "" {
		if cl, err = trade.ParseClassification(classS); err != nil {
			return 0, 0, 0, fmt.Errorf("bad --classification: %w", err)
		}
	}
	if levelS != "" {
		if level, err = trade.ParseLevel(levelS); err != nil {
			return 0, 0, 0, fmt.Errorf("bad --level: %w", err)
		}
	}
	return f, cl, level, nil
}

// rateList collects repeated --rate flags.
type rateList []money.Rate

func (l *rateList) String() string { return fmt.Sprint(*l) }

func (l *rateList) Set(s string) error {
	var r money.Rate
	if err := r.UnmarshalText([]byte(s)); err != nil {
		return err
	}
	if err := trade.ValidateRate(r); err != nil {
		return err
	}
	*l = append(*l, r)
	return nil
}

func runTradeLimit(c *cli, args []string) int {
	fs := c.newFlagSet("trade limit", "trade limit FILE... [flags]", `
Reads purchases of border residents from each FILE ("-" for standard input):
one purchase per row with a holder (the number of a KILB card or a border pass:
no_kilb, pemegang, holder), a date (tanggal, date), a value (nilai, value) and
optionally a currency (mata_uang), a border post (pos) and a document (dokumen).
It totals each holder's purchases per calendar month and lists every month over
the Border Trade Agreement's limit: RM600 per person per month under the 1970
agreement, or from --from on the figure given with --limit. Purchases in
another currency than the limit's need a --rate.

A --limit of zero or less, or a --rate of zero or less (or from a currency to
itself), is refused as a bad command line (exit status 2): such a figure is a
mistake, and would list every holder or none.

Example:
  kerjasama trade limit kilb-2017.csv --rate "MYR/IDR 3500 2017-01-01"`)
	limitS := fs.String("limit", "", "a revised monthly limit, written as in --lang (id: RM1.500; ms, en: RM1,500) or as MYR 1500, more than zero; needs --from")
	fromS := fs.String("from", "", "the day the revised limit takes effect, YYYY-MM-DD")
	var rates rateList
	fs.Var(&rates, "rate", `an exchange rate in money's canonical form, "MYR/IDR 3500 2017-01-01" (from/to, value more than zero, date); repeat for more`)
	langS := langFlag(fs)
	strict := fs.Bool("strict", false, "stop at the first bad row")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return flagStatus(err)
	}
	if len(pos) == 0 {
		return c.usageError("trade limit: no FILE given")
	}
	tag, err := language.Parse(*langS)
	if err != nil {
		return c.usageError("trade limit: bad --lang %q: %v", *langS, safeErr(err))
	}
	limits := trade.Limits{trade.BTA1970}
	if (*limitS == "") != (*fromS == "") {
		return c.usageError("trade limit: --limit and --from go together")
	}
	if *limitS != "" {
		amount, err := money.Parse(*limitS, tag)
		if err != nil {
			return c.usageError("trade limit: bad --limit: %v", safeErr(err))
		}
		from, err := date.ParseISO(*fromS)
		if err != nil {
			return c.usageError("trade limit: bad --from: %v", safeErr(err))
		}
		l := trade.Limit{Amount: amount, From: from, Source: "--limit"}
		if err := l.Validate(); err != nil {
			return c.usageError("trade limit: bad --limit: %v", safeErr(err))
		}
		limits = append(limits, l)
	}
	rd := trade.CSVReader{Strict: *strict}
	var purchases []trade.Purchase
	bad := 0
	var problems input.Problems
	for _, name := range pos {
		r, closeFile, err := c.openTradeInput(name)
		if err != nil {
			fmt.Fprintf(c.stderr, "kerjasama: %v\n", safeErr(err))
			bad++
			continue
		}
		for p, err := range rd.Purchases(r) {
			if err != nil {
				bad++
				c.rowProblem(&problems, name, err)
				if *strict {
					break
				}
				continue
			}
			purchases = append(purchases, p)
		}
		closeFile()
	}
	var conv trade.Converter
	if len(rates) > 0 {
		conv = trade.Rates(rates)
	}
	excesses, err := trade.CheckLimit(purchases, limits, conv)
	if err != nil {
		fmt.Fprintf(c.stderr, "kerjasama: %v\n", safeErr(err))
		bad++
	}
	if bad > 0 {
		problems.WriteMore(c.stderr, "kerjasama: ")
		fmt.Fprintf(c.stderr, "kerjasama: %d purchases could not be checked; no list printed\n", bad)
		return exitInput
	}
	return writeExcesses(c.stdout, excesses, tag)
}

// limitWords are the headings of the limit table in id, ms and en.
var limitWords = map[lang.Lang][7]string{
	lang.Indonesian:  {"pemegang", "bulan", "belanja", "batas", "lebih", "pembelian", "tidak ada pemegang yang melampaui batas"},
	lang.Malay:       {"pemegang", "bulan", "belian", "had", "lebihan", "pembelian", "tiada pemegang yang melebihi had"},
	lang.MalayBrunei: {"pemegang", "bulan", "belian", "had", "lebihan", "pembelian", "tiada pemegang yang melebihi had"},
	lang.English:     {"holder", "month", "spent", "limit", "over", "purchases", "no holder exceeded the limit"},
}

func writeExcesses(w io.Writer, excesses []trade.Excess, tag language.Tag) int {
	words := limitWords[lang.Of(tag)]
	if len(excesses) == 0 {
		fmt.Fprintln(w, words[6])
		return exitOK
	}
	f := money.Formatter{Lang: tag}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, strings.Join(words[:6], "\t")+"\t")
	for _, e := range excesses {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%d\t\n", safe(e.Holder), trade.Period(e.Month), f.Format(e.Spent), f.Format(e.Limit), f.Format(e.Over), e.Purchases)
	}
	tw.Flush()
	return exitOK
}

// openTradeInput opens the file name, or standard input for "-".
func (c *cli) openTradeInput(name string) (io.Reader, func(), error) {
	if name == "-" {
		return os.Stdin, func() {}, nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, nil, err
	}
	return f, func() { f.Close() }, nil
}
