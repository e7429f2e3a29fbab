package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"golang.org/x/text/language"

	"github.com/kerjasama/kerjasama/agreement"
	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/internal/input"
	"github.com/kerjasama/kerjasama/internal/lang"
	"github.com/kerjasama/kerjasama/report"
)

func init() {
	register(command{name: "agreements", summary: "list and check a register of cooperation agreements (CSV or JSON)", run: runAgreements})
}

const agreementsUsage = `Usage: kerjasama agreements <list|check> [flags] FILE

  list FILE    print the register: document, partners, signing date, term and
               status on a day
  check FILE   report rows that cannot be read, problems in the agreements
               (term ending before it starts, KSDPL without a foreign party, an
               LoI carrying funding, unknown predecessor, ...) and the
               agreements expiring within a number of days

FILE is CSV (an inventory with the headers No, Judul, Jenis Naskah, Jenis Kerja
Sama, Mitra, Negara, Bidang, Tanggal Penandatanganan, Jangka Waktu, Status,
Keterangan, or their English equivalents, and the other names registers use:
Nama Instansi, Kota Mitra, Mulai/Tanggal Mulai/Periode Awal, Berakhir/Periode
Akhir, Durasi, Kategori Kerjasama, Jenis Kegiatan, Manfaat yang Telah
Diperoleh/Realisasi; see the agreement package) or JSON, told apart by the
extension (.csv, .json). Exit status: 0 when all is well, 1 when the file has
rows that cannot be read (reported as FILE:LINE:COLUMN) or check finds
problems, 2 for a bad command line.

By default a file with any row that cannot be read stops the command: only
the problems are printed, on standard error. --keep-going lists or checks the
rows that can be read, lists those that cannot at the top of the output (the
first 50, then how many more), and still exits with status 1.

Run "kerjasama agreements list -h" or "kerjasama agreements check -h" for the flags.
`

func runAgreements(c *cli, args []string) int {
	if len(args) == 0 {
		fmt.Fprint(c.stderr, agreementsUsage)
		return exitUsage
	}
	switch args[0] {
	case "list":
		return runAgreementsList(c, args[1:])
	case "check":
		return runAgreementsCheck(c, args[1:])
	case "-h", "-help", "--help", "help":
		fmt.Fprint(c.stdout, agreementsUsage)
		return exitOK
	}
	fmt.Fprint(c.stderr, agreementsUsage)
	return c.usageError("agreements: unknown subcommand %q (want list or check)", args[0])
}

// agreementsFlags holds the flags both subcommands share.
type agreementsFlags struct {
	lang, at, region, partners, activities *string
	strict, keepGoing                      *bool
}

func addAgreementsFlags(fs *flag.FlagSet) agreementsFlags {
	return agreementsFlags{
		lang:     fs.String("lang", "id", "language of the file's dates and labels and of the output: id, ms, ms-BN or en; others fall back to en"),
		at:       fs.String("at", "", "the day on which status is computed, as ISO 8601 (2016-10-01) or as documents write it (1 Oktober 2016); default today"),
		region:   fs.String("region", "", "the office's own region (code or name, e.g. 36 or Banten), added as the Indonesian party of CSV rows without a Daerah column"),
		partners: fs.String("partners", "", "define the foreign partners in `FILE` (.csv with the columns name, country, level and optionally iso, code, parent, names) for this run"),
		activities: fs.String("activities", "", "add the activities in `FILE` (.csv with the columns agreement (ID or title), date, activity and optionally value, sector) "+
			"to the register's agreements; one naming an unknown agreement is an error at its line"),
		strict: fs.Bool("strict", false, "stop at the first row that cannot be read"),
		keepGoing: fs.Bool("keep-going", false, "list or check the rows that can be read: rows that cannot be read (of FILE or of --activities) are listed at the top of the output, "+
			"and the exit status is 1 (by default a file with such rows prints only its problems)"),
	}
}

// agreementsRun is a loaded file with the shared settings.
type agreementsRun struct {
	tag    language.Tag
	at     date.Date
	file   string
	load   *agreement.Load
	status int // exitInput when rows were not read (with --keep-going), or exitOK
}

// agreementsLoad parses the shared flags and FILE and loads it, printing
// warnings and rejected rows to stderr. A nil run comes with the exit status.
func (c *cli) agreementsLoad(name string, fs *flag.FlagSet, f agreementsFlags, args []string) (*agreementsRun, int) {
	pos, err := parseFlags(fs, args)
	if err != nil {
		return nil, flagStatus(err)
	}
	if len(pos) != 1 {
		fs.Usage()
		return nil, c.usageError("agreements %s: want one FILE, got %d arguments", name, len(pos))
	}
	if *f.strict && *f.keepGoing {
		return nil, c.usageError("agreements %s: --strict and --keep-going do not go together", name)
	}
	tag, err := language.Parse(*f.lang)
	if err != nil {
		return nil, c.usageError("agreements %s: bad --lang %q: %v", name, *f.lang, err)
	}
	run := &agreementsRun{tag: tag, file: pos[0], at: date.Of(time.Now())}
	if *f.at != "" {
		if run.at, err = date.Parse(*f.at, tag); err != nil {
			return nil, c.usageError("agreements %s: bad --at: %v", name, err)
		}
	}
	ext := strings.ToLower(filepath.Ext(run.file))
	if ext != ".csv" && ext != ".json" {
		return nil, c.usageError("agreements %s: %s: want a .csv or .json file", name, run.file)
	}
	fh, err := os.Open(run.file)
	if err != nil {
		return nil, c.inputError(err)
	}
	defer fh.Close()
	opt := agreement.ReadOptions{File: run.file, Lang: tag, Strict: *f.strict, Region: *f.region}
	if *f.partners != "" {
		g, err := report.LoadPartners(osFS{}, *f.partners)
		if err != nil {
			return nil, c.printFileErrors(err, tag)
		}
		opt.Resolve = g.Find
	}
	var l *agreement.Load
	if ext == ".csv" {
		l, err = agreement.ReadCSV(fh, opt)
	} else {
		l, err = agreement.ReadJSON(fh, opt)
	}
	if err != nil && (l == nil || !*f.strict) {
		return nil, c.inputError(errors.New(safe(err.Error())))
	}
	if l == nil {
		l = &agreement.Load{}
	}
	var acts *report.FileError // with --keep-going, the rows of the activities file not read
	if *f.activities != "" {
		err := report.LoadActivities(osFS{}, *f.activities, l, tag)
		if acts = report.PartlyRead(err); err != nil && (!*f.keepGoing || acts == nil) {
			return nil, c.printFileErrors(err, tag)
		}
	}
	run.load = l
	var warnings, rejected input.Problems // the first input.MaxShown of each printed
	for _, w := range l.Warnings {
		warnings.Report(c.stderr, "kerjasama: warning: ", safe(w.Error()))
	}
	warnings.WriteMore(c.stderr, "kerjasama: warning: ")
	for _, e := range l.Rejected {
		rejected.Report(c.stderr, "kerjasama: ", safe(e.Error()))
	}
	n := len(l.Rejected)
	if acts != nil {
		for _, m := range acts.RowMessages() {
			rejected.Report(c.stderr, "kerjasama: ", safe(m))
		}
		rejected.Count(acts.Omitted)
		n += acts.Rejected
	}
	rejected.WriteMore(c.stderr, "kerjasama: ")
	if n > 0 {
		if !*f.keepGoing {
			// Strict: nothing is printed but the problems.
			fmt.Fprintf(c.stderr, "kerjasama: %d rows cannot be read; nothing listed (--keep-going %ss what can be read)\n", n, name)
			return nil, exitInput
		}
		// Keep going: what was not read comes first, so that the rest is
		// not taken for the whole file.
		writeUnread(c.stdout, agreementsWords(tag).unread, lang.Of(tag), &rejected)
		run.status = exitInput
	}
	return run, exitOK
}

// agreementsText holds the command's headings in each language.
type agreementsText struct {
	id, doc, partners, country, signed, term, status, problems, expiring, noProblems, noExpiring, ends, loaded, phase, unread string
}

func agreementsWords(tag language.Tag) agreementsText {
	switch lang.Of(tag) {
	case lang.Indonesian:
		return agreementsText{"ID", "Naskah", "Mitra", "Negara", "Ditandatangani", "Jangka Waktu", "Status", "Masalah", "Akan berakhir dalam %d hari sejak %s",
			"Tidak ada masalah.", "Tidak ada yang akan berakhir dalam %d hari sejak %s.", "berakhir", "%d kerja sama dimuat dari %d baris; %d baris ditolak, %d peringatan.", "Tahap", "Baris yang tidak dapat dibaca"}
	case lang.Malay, lang.MalayBrunei:
		return agreementsText{"ID", "Dokumen", "Rakan Kongsi", "Negara", "Ditandatangani", "Tempoh", "Status", "Masalah", "Akan tamat dalam %d hari dari %s",
			"Tiada masalah.", "Tiada yang akan tamat dalam %d hari dari %s.", "tamat", "%d kerjasama dimuatkan daripada %d baris; %d baris ditolak, %d amaran.", "Fasa", "Baris yang tidak dapat dibaca"}
	}
	return agreementsText{"ID", "Document", "Partners", "Country", "Signed", "Term", "Status", "Problems", "Expiring within %d days of %s",
		"No problems.", "Nothing expires within %d days of %s.", "ends", "%d agreements loaded from %d rows; %d rows rejected, %d warnings.", "phase", "Rows that cannot be read"}
}

func runAgreementsList(c *cli, args []string) int {
	fs := c.newFlagSet("agreements list", "agreements list [flags] FILE",
		"Print the register in FILE (.csv or .json): ID, document, partners, countries, signing date, term and status on --at.")
	f := addAgreementsFlags(fs)
	run, code := c.agreementsLoad("list", fs, f, args)
	if run == nil {
		return code
	}
	w := agreementsWords(run.tag)
	reg := run.load.Register()
	tw := tabwriter.NewWriter(c.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s %s\n", w.id, w.doc, w.partners, w.country, w.signed, w.term, w.status, run.at)
	for _, a := range reg.All() {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", safe(a.ID), safe(agreementsDoc(a, w.phase)), safe(agreementsPartners(a)),
			safe(strings.Join(a.Countries(), ", ")), agreementsOr(a.Signed.String()), agreementsOr(a.Term.String()),
			reg.StatusOn(a.ID, run.at).Label(run.tag))
	}
	tw.Flush()
	fmt.Fprintf(c.stdout, w.loaded+"\n", len(run.load.Agreements), run.load.Rows, len(run.load.Rejected), len(run.load.Warnings))
	return run.status
}

func runAgreementsCheck(c *cli, args []string) int {
	fs := c.newFlagSet("agreements check", "agreements check [flags] FILE",
		"Report the rows of FILE (.csv or .json) that cannot be read, the problems Validate finds in the agreements,\nand the agreements in force on --at that expire within --within days.")
	f := addAgreementsFlags(fs)
	within := fs.Int("within", 90, "list agreements whose term ends within this many days of --at (0 or more)")
	run, code := c.agreementsLoad("check", fs, f, args)
	if run == nil {
		return code
	}
	if *within < 0 {
		return c.usageError("agreements check: --within must be 0 or more, got %d", *within)
	}
	w := agreementsWords(run.tag)
	reg := run.load.Register()
	problems := agreement.Problems(reg.Validate())
	// Rows that cannot be read (listed by agreementsLoad with --keep-going,
	// at the top) are problems of the file: "No problems." means none at all.
	switch {
	case len(problems) > 0:
		fmt.Fprintf(c.stdout, "%s (%d):\n", w.problems, len(problems))
		for _, p := range problems { // at the agreement's line, in the output's language
			at := run.file
			if line := run.load.Line(p.ID); line > 0 {
				at += ":" + strconv.Itoa(line)
			}
			fmt.Fprintf(c.stdout, "  %s: %s\n", safe(at), safe(p.Message(run.tag)))
		}
	case run.status == exitOK:
		fmt.Fprintln(c.stdout, w.noProblems)
	}
	exp := reg.ExpiringWithin(run.at, *within)
	if len(exp) == 0 {
		fmt.Fprintf(c.stdout, w.noExpiring+"\n", *within, run.at)
	} else {
		fmt.Fprintf(c.stdout, w.expiring+" (%d):\n", *within, run.at, len(exp))
		for _, a := range exp {
			end, _ := a.End()
			fmt.Fprintf(c.stdout, "  %s  %s %s  %s\n", safe(a.ID), w.ends, end, safe(agreementsPartners(a)))
		}
	}
	if len(problems) > 0 {
		return exitInput
	}
	return run.status
}

func agreementsOr(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// agreementsDoc writes the document: "MoU Friendship Cooperation (LoI Tahap 3)".
func agreementsDoc(a agreement.Agreement, phase string) string {
	var parts []string
	if a.Kind != 0 {
		parts = append(parts, agreementsKindShort(a.Kind))
	}
	if a.Name != "" {
		parts = append(parts, a.Name)
	}
	if a.Series != 0 || a.Phase > 0 {
		var in []string
		if a.Series != 0 {
			in = append(in, agreementsKindShort(a.Series))
		}
		if a.Phase > 0 {
			in = append(in, phase+" "+strconv.Itoa(a.Phase))
		}
		parts = append(parts, "("+strings.Join(in, " ")+")")
	}
	if len(parts) == 0 {
		return "-"
	}
	return strings.Join(parts, " ")
}

// agreementsShort are the abbreviations of the commonest kinds.
var agreementsShort = map[agreement.Kind]string{agreement.KindLetterOfIntent: "LoI", agreement.KindMoU: "MoU",
	agreement.KindCooperationAgreement: "PKS", agreement.KindJointAgreement: "KB"}

func agreementsKindShort(k agreement.Kind) string {
	if s, ok := agreementsShort[k]; ok {
		return s
	}
	return k.String()
}

func agreementsPartners(a agreement.Agreement) string {
	var names []string
	for _, p := range a.Parties {
		if p.Role != agreement.RoleRegion {
			names = append(names, p.Label())
		}
	}
	if len(names) == 0 {
		return "-"
	}
	return strings.Join(names, "; ")
}
