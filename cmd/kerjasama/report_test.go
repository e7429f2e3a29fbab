package main

import (
	"bytes"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kerjasama/kerjasama/report"
)

var update = flag.Bool("update", false, "rewrite the golden files of the report under testdata/report")

// goldenAt pins the date of the golden reports: the day of seed 001, the
// Cabinet Secretariat's visit to Banten (Rabu, 7/8/2019).
const goldenAt = "2019-08-07"

// latestAt is a day after every record of the embedded dataset.
const latestAt = "2026-01-31"

// TestReportGolden checks the text, Markdown and JSON reports of the
// embedded dataset in the three languages against testdata/report. Run
// "go test ./cmd/kerjasama -run TestReportGolden -update" to rewrite them.
func TestReportGolden(t *testing.T) {
	formats := map[string]string{"text": "txt", "markdown": "md", "json": "json"}
	for _, lang := range []string{"id", "ms", "en"} {
		for format, ext := range formats {
			name := fmt.Sprintf("embedded.%s.%s", lang, ext)
			t.Run(name, func(t *testing.T) {
				stdout, stderr, code := runCLI(t, "report", "--at", goldenAt, "--lang", lang, "--format", format)
				if code != exitOK || stderr != "" {
					t.Fatalf("report --lang %s --format %s: exit %d, stderr:\n%s", lang, format, code, stderr)
				}
				checkGolden(t, filepath.Join("testdata", "report", name), stdout)
			})
		}
	}
	// On a day after every record of the embedded dataset: all of it.
	for _, g := range []struct{ lang, format, ext string }{{"id", "text", "txt"}, {"en", "markdown", "md"}} {
		name := fmt.Sprintf("latest.%s.%s", g.lang, g.ext)
		t.Run(name, func(t *testing.T) {
			stdout, stderr, code := runCLI(t, "report", "--at", latestAt, "--lang", g.lang, "--format", g.format)
			if code != exitOK || stderr != "" {
				t.Fatalf("report --at %s: exit %d, stderr:\n%s", latestAt, code, stderr)
			}
			checkGolden(t, filepath.Join("testdata", "report", name), stdout)
		})
	}
}

func checkGolden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", path, diff)
	}
}

// TestReportSeedFigures checks the figures of every seed in the default
// report, in each language's own way of writing them.
func TestReportSeedFigures(t *testing.T) {
	tests := []struct {
		lang string
		want []string
	}{
		{"id", []string{
			"Rp100.387.357.175", "Rp149.376.448.928", "Rp171.793.920.000", "Rp270.791.872.000", // seed 000
			"-Rp71.406.562.825", "-Rp121.415.423.072", "58,4%", "55,2%", "48,8%", "57,6%", "melebar 70,0%",
			"US$1.725.990.000", "US$5.291.170.000", "Januari–November 2022", "15,3%", // seed 004
			"Incheon", "Zhejiang", "Timrå", "Daejeon", "31 Desember 2016", // seed 001
			"Rp848.388", "Rp1.186.868", "39,9%", "51,5%", "48,5%", // seed 003
		}},
		{"ms", []string{"RM", "-Rp71,406,562,825", "US$1,725,990,000", "Januari–November 2022", "39.9%"}},
		{"en", []string{"-Rp71,406,562,825", "widened by 70.0%", "US$5,291,170,000", "January–November 2022", "15.3%", "39.9%"}},
	}
	for _, tt := range tests {
		stdout, stderr, code := runCLI(t, "report", "--at", latestAt, "--lang", tt.lang)
		if code != exitOK {
			t.Fatalf("report --lang %s: exit %d: %s", tt.lang, code, stderr)
		}
		for _, w := range tt.want {
			if w == "RM" { // Malay reports write rupiah, not ringgit: no "RM" amount may appear
				if ringgitRE.MatchString(stdout) {
					t.Errorf("report --lang ms writes RM for rupiah")
				}
				continue
			}
			if !strings.Contains(stdout, w) {
				t.Errorf("report --lang %s lacks %q", tt.lang, w)
			}
		}
	}
}

var ringgitRE = regexp.MustCompile(`RM ?[0-9]`)

// TestReportDefaultLanguage checks that the report is Indonesian by default.
func TestReportDefaultLanguage(t *testing.T) {
	stdout, _, code := runCLI(t, "report", "--at", goldenAt)
	if code != exitOK || !strings.Contains(stdout, "Selisih antara ekspor melalui PLBN Entikong dan impor dengan KILB pada 2016: ekspor lebih kecil Rp121.415.423.072") {
		t.Errorf("default report: exit %d, lacks the Indonesian finding on 2016:\n%s", code, stdout)
	}
	// --at as documents write it.
	stdout2, _, code := runCLI(t, "report", "--at", "Rabu, 7/8/2019")
	if code != exitOK || stdout2 != stdout {
		t.Errorf(`--at "Rabu, 7/8/2019" gives another report than --at 2019-08-07 (exit %d)`, code)
	}
}

// writeFile writes content to name in a temporary directory and returns
// its path.
func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

const evilAgreements = `{"agreements": [
  {"id": "x-1", "title": "<script>alert(1)</script> | kolom", "type": "ksdd-voluntary", "document": "pks",
   "parties": [{"role": "region", "region": "61"}, {"role": "partner", "region": "61.72", "name": "Kota <b>Singkawang</b> | A"}],
   "sectors": ["trade"], "signed": "2019-01-02", "term": "2019/2023"}
]}`

// TestReportEscapesUserText feeds a title with markup and a "|" through
// the HTML and Markdown reports: both must come out as text.
func TestReportEscapesUserText(t *testing.T) {
	path := writeFile(t, "register.json", evilAgreements)

	html, stderr, code := runCLI(t, "report", "--agreements", path, "--at", goldenAt, "--format", "html")
	if code != exitOK {
		t.Fatalf("html: exit %d: %s", code, stderr)
	}
	if strings.Contains(html, "<script") || strings.Contains(html, "<b>") {
		t.Errorf("HTML report writes user text as markup")
	}
	if !strings.Contains(html, "&lt;script&gt;alert(1)&lt;/script&gt; | kolom") {
		t.Errorf("HTML report lacks the escaped title")
	}

	md, stderr, code := runCLI(t, "report", "--agreements", path, "--at", goldenAt, "--format", "markdown")
	if code != exitOK {
		t.Fatalf("markdown: exit %d: %s", code, stderr)
	}
	if strings.Contains(md, "<script>") {
		t.Errorf("Markdown report writes <script> as markup:\n%s", md)
	}
	for _, line := range strings.Split(md, "\n") {
		if strings.Contains(line, "alert(1)") && strings.HasPrefix(line, "|") && !strings.Contains(line, `\|`) {
			t.Errorf("Markdown table row does not escape the | of the title: %q", line)
		}
	}
}

const brokenTradeCSV = "periode,arus,pelapor,pos,nilai,mata_uang\n" +
	"2015,ekspor,61,entikong,Rp. 100.387.357.175,IDR\n" +
	"2016,ekspor,61,entikong,Rp. 1.2.3,IDR\n" +
	"2016,masuk-keluar,61,entikong,5000,IDR\n"

func TestReportBadInput(t *testing.T) {
	badTrade := writeFile(t, "entikong.csv", brokenTradeCSV)
	badJSON := writeFile(t, "balances.json", "{\"balances\": [\n  {\"period\": \"2017\", \"net\": \"USD 10\", \"net_only\": true},\n  {\"period\": \"2018-13\", \"net\": \"USD 12\", \"net_only\": true}\n]}\n")
	syntax := writeFile(t, "rusak.json", "{\"records\": [\n  {\"period\": \"2015\",\n")
	badAgreements := writeFile(t, "register.csv", "No,Judul,Jenis Naskah,Mitra,Tanggal Penandatanganan,Jangka Waktu\n1,Kerja sama A,LoI,Incheon,6 Februari 2007,\n2,Kerja sama B,MoU,Daejeon,31 Februari 2016,\n")
	badSessions := writeFile(t, "sidang.json", "{\"sessions\": [{\"forum\": \"nowhere\", \"number\": 1, \"dates\": \"2017-10-25/2017-10-23\"}]}")
	tests := []struct {
		name string
		args []string
		want []string // in stderr
	}{
		{"trade csv id", []string{"--trade", badTrade}, []string{badTrade + ", baris 3, kolom", badTrade + ", baris 4, kolom", "2 dari 3 catatan tidak dapat dibaca"}},
		{"trade csv en", []string{"--trade", badTrade, "--lang", "en"}, []string{badTrade + ", line 3, column", "2 of 3 records could not be read"}},
		{"trade csv ms", []string{"--trade", badTrade, "--lang", "ms"}, []string{badTrade + ", baris 3, lajur", "2 daripada 3 rekod"}},
		{"trade json record", []string{"--trade", badJSON, "--lang", "en"}, []string{badJSON + ", line 3, column 3"}},
		{"trade json syntax", []string{"--trade", syntax, "--lang", "en"}, []string{syntax + ", line 2"}},
		{"agreements csv", []string{"--agreements", badAgreements, "--lang", "en"}, []string{badAgreements + ", line 3, column"}},
		{"sessions json", []string{"--sessions", badSessions, "--lang", "en"}, []string{badSessions + ", line 1, column"}},
		{"missing file", []string{"--trade", filepath.Join(t.TempDir(), "none.csv")}, []string{"tidak dapat membaca", "none.csv"}},
		{"unknown kind", []string{"--trade", writeFile(t, "data.xlsx", "x")}, []string{"jenis berkas tidak dikenal"}},
	}
	for _, tt := range tests {
		stdout, stderr, code := runCLI(t, append([]string{"report", "--at", goldenAt}, tt.args...)...)
		if code != exitInput {
			t.Errorf("%s: exit %d, want %d; stderr:\n%s", tt.name, code, exitInput, stderr)
		}
		if stdout != "" {
			t.Errorf("%s: wrote a report despite bad input", tt.name)
		}
		for _, w := range tt.want {
			if !strings.Contains(stderr, w) {
				t.Errorf("%s: stderr lacks %q:\n%s", tt.name, w, stderr)
			}
		}
	}
}

func TestReportBadUsage(t *testing.T) {
	tests := [][]string{
		{"--format", "pdf"},
		{"--lang", "fr"},
		{"--at", "31 Februari 2019"},
		{"--at", "kemarin"},
		{"data.csv"},
		{"--no-such-flag"},
	}
	for _, args := range tests {
		_, stderr, code := runCLI(t, append([]string{"report"}, args...)...)
		if code != exitUsage || stderr == "" {
			t.Errorf("report %q: exit %d, stderr %q; want %d and a message", args, code, stderr, exitUsage)
		}
	}
	_, stderr, code := runCLI(t, "report", "-h")
	if code != exitOK {
		t.Errorf("report -h: exit %d", code)
	}
	for _, f := range []string{"-at", "-lang", "-format", "-agreements", "-trade", "-sessions"} {
		if !strings.Contains(stderr, f) {
			t.Errorf("report -h does not document %s", f)
		}
	}
}

// TestReportUserFiles runs the report on files a user writes: the seed
// trade CSV and balances JSON, an agreements CSV and the sessions JSON.
func TestReportUserFiles(t *testing.T) {
	tradeCSV, _ := fs.ReadFile(report.EmbeddedFS(), "data/trade.csv")
	sessionsJSON, _ := fs.ReadFile(report.EmbeddedFS(), "data/sessions.json")
	tr := writeFile(t, "entikong.csv", string(tradeCSV))
	ss := writeFile(t, "sidang.json", string(sessionsJSON))
	ag := writeFile(t, "register.csv", "No,Judul,Jenis Naskah,Jenis Kerja Sama,Daerah,Mitra,Negara,Bidang,Tanggal Penandatanganan,Jangka Waktu\n"+
		"1,Kerja sama sister province Banten – Incheon,LoI (Letter of Intent),sister province,Provinsi Banten,Provinsi Incheon,Korea Selatan,\"Ekonomi, Pariwisata, Iptek Pendidikan dan Budaya\",6 Februari 2007,\n")
	stdout, stderr, code := runCLI(t, "report", "--at", goldenAt, "--trade", tr, "--agreements", ag, "--sessions", ss)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, w := range []string{"-Rp121.415.423.072", "Banten – Incheon", "Kalimantan Barat"} {
		if !strings.Contains(stdout, w) {
			t.Errorf("report of user files lacks %q", w)
		}
	}
	// Only the files given: no Kalimantan Tengah, no welfare.
	for _, w := range []string{"Kalimantan Tengah", "Rp848.388"} {
		if strings.Contains(stdout, w) {
			t.Errorf("report of user files includes the embedded %q", w)
		}
	}
	// A trade file alone, as JSON balances.
	bal, _ := fs.ReadFile(report.EmbeddedFS(), "data/balances.json")
	stdout, stderr, code = runCLI(t, "report", "--at", latestAt, "--trade", writeFile(t, "kalteng.json", string(bal)), "--lang", "en")
	if code != exitOK || !strings.Contains(stdout, "15.3%") || !strings.Contains(stdout, "Kalimantan Tengah") {
		t.Errorf("balances JSON: exit %d, stderr %s\n%s", code, stderr, stdout)
	}
}

// TestReportItemsCSV reads working-paper items from CSV against the
// embedded public record of sessions, and checks the decisions section.
func TestReportItemsCSV(t *testing.T) {
	items := writeFile(t, "butir.csv", "forum,ref,title,session,outcome,status\n"+
		"kalbar-sarawak,kk2-37-01,\"Angkutan barang Entikong | Tebedu <b>\",37,agreed,in-progress\n"+
		"kalbar-sarawak,kk2-37-01,\"Angkutan barang Entikong | Tebedu <b>\",38,agreed,done\n")
	stdout, stderr, code := runCLI(t, "report", "--sessions", items, "--at", "2025-12-31", "--lang", "en")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "Decisions carried out") {
		t.Errorf("report of an items CSV has no decisions section:\n%s", stdout)
	}
	html, _, code := runCLI(t, "report", "--sessions", items, "--at", "2025-12-31", "--format", "html")
	if code != exitOK || !strings.Contains(html, "Pelaksanaan kesepakatan") || strings.Contains(html, "<b>") {
		t.Errorf("HTML report of an items CSV: exit %d, decisions section or escaping wrong", code)
	}
	bad := writeFile(t, "rusak.csv", "forum,ref,session\nkalbar-sarawak,x,tiga puluh\n")
	_, stderr, code = runCLI(t, "report", "--sessions", bad, "--lang", "en")
	if code != exitInput || !strings.Contains(stderr, bad+", line 2, column") {
		t.Errorf("bad items CSV: exit %d, stderr %q", code, stderr)
	}
}

// TestReportProgress checks that a large trade file shows progress on a
// terminal and nothing otherwise.
func TestReportProgress(t *testing.T) {
	var b strings.Builder
	b.WriteString("tahun,bulan,arus,pos,nilai,mata_uang\n")
	for i := 0; b.Len() < progressMinSize+1000; i++ {
		fmt.Fprintf(&b, "%d,%d,%s,entikong,%d,IDR\n", 2015+i%2, 1+i%12, []string{"ekspor", "impor"}[i%2], 1000+i)
	}
	path := writeFile(t, "besar.csv", b.String())
	for _, terminal := range []bool{false, true} {
		var out, errb bytes.Buffer
		c := &cli{stdout: &out, stderr: &errb, isTerminal: terminal}
		if code := c.main([]string{"report", "--at", goldenAt, "--trade", path}); code != exitOK {
			t.Fatalf("terminal=%v: exit %d: %s", terminal, code, errb.String())
		}
		switch {
		case terminal && !strings.Contains(errb.String(), "selesai membaca "+path):
			t.Errorf("terminal: no progress on stderr: %q", errb.String())
		case !terminal && errb.Len() != 0:
			t.Errorf("not a terminal: stderr %q, want nothing", errb.String())
		}
		if !strings.Contains(out.String(), "PLBN Entikong") {
			t.Errorf("terminal=%v: report lacks the series", terminal)
		}
	}
}

// TestBuiltCommand builds the command and runs it as a user would: on the
// embedded data, on broken files, and with bad usage, checking exit codes
// and messages.
func TestBuiltCommand(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command; skipped in -short mode")
	}
	exe := filepath.Join(t.TempDir(), "kerjasama")
	if runtime.GOOS == "windows" {
		exe += ".exe"
	}
	build := exec.Command("go", "build", "-o", exe, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	badTrade := writeFile(t, "entikong.csv", brokenTradeCSV)
	tests := []struct {
		args       []string
		code       int
		stdout     string // substring
		stderr     string // substring
		noStdout   bool
		emptyError bool
	}{
		{args: []string{"report", "--at", goldenAt}, code: 0, stdout: "Kekurangan ekspor melalui PLBN Entikong terhadap impor dengan KILB melebar 70,0% dari 2015 ke 2016", emptyError: true},
		{args: []string{"report", "--at", goldenAt, "--lang", "en", "--format", "markdown"}, code: 0, stdout: "# ", emptyError: true},
		{args: []string{"report", "--at", goldenAt, "--format", "html"}, code: 0, stdout: "<svg", emptyError: true},
		{args: []string{"report", "--trade", badTrade, "--lang", "en"}, code: 1, stderr: ", line 3, column", noStdout: true},
		{args: []string{"report", "--format", "pdf"}, code: 2, stderr: "--format", noStdout: true},
		{args: []string{"report", "--lang", "xx"}, code: 2, stderr: "--lang", noStdout: true},
	}
	for _, tt := range tests {
		cmd := exec.Command(exe, tt.args...)
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatalf("%q: %v", tt.args, err)
		}
		if code != tt.code {
			t.Errorf("kerjasama %q: exit %d, want %d; stderr:\n%s", tt.args, code, tt.code, stderr.String())
		}
		if !strings.Contains(stdout.String(), tt.stdout) {
			t.Errorf("kerjasama %q: stdout lacks %q", tt.args, tt.stdout)
		}
		if !strings.Contains(stderr.String(), tt.stderr) {
			t.Errorf("kerjasama %q: stderr lacks %q:\n%s", tt.args, tt.stderr, stderr.String())
		}
		if tt.noStdout && stdout.Len() != 0 {
			t.Errorf("kerjasama %q: wrote to stdout on error", tt.args)
		}
		if tt.emptyError && stderr.Len() != 0 {
			t.Errorf("kerjasama %q: stderr not empty: %s", tt.args, stderr.String())
		}
	}
}

// TestReportKeepGoing: by default a bad row stops the report; with
// --keep-going the report is printed with what was read, lists the bad
// row at its top, and exits 1.
func TestReportKeepGoing(t *testing.T) {
	bad := writeFile(t, "entikong.csv", brokenTradeCSV)
	stdout, stderr, code := runCLI(t, "report", "--trade", bad, "--lang", "en", "--at", goldenAt)
	if code != exitInput || stdout != "" || !strings.Contains(stderr, "no report was made") {
		t.Errorf("strict: exit %d, stdout %d bytes, stderr %q", code, len(stdout), stderr)
	}
	stdout, stderr, code = runCLI(t, "report", "--trade", bad, "--lang", "en", "--at", goldenAt, "--keep-going")
	if code != exitInput {
		t.Errorf("--keep-going: exit %d, want %d", code, exitInput)
	}
	for _, want := range []string{"Not read", bad + ", line 3, column", "Rp100,387,357,175", "PLBN Entikong"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("--keep-going report lacks %q:\n%s", want, stdout)
		}
	}
	if !strings.Contains(stderr, bad+", line 3, column") || strings.Contains(stderr, "no report was made") {
		t.Errorf("--keep-going stderr: %q", stderr)
	}
}

// TestReportRegisterRegion reads a register without a Daerah column:
// told the region with --region it is reported; not told, each row is a
// problem at its line, in the report's language.
func TestReportRegisterRegion(t *testing.T) {
	const file = "../../agreement/testdata/real/jateng-queensland-news.csv"
	stdout, stderr, code := runCLI(t, "report", "--at", "2026-12-03", "--agreements", file, "--region", "Jawa Tengah")
	if code != exitOK || !strings.Contains(stdout, "Kerja sama daerah — Jawa Tengah") {
		t.Errorf("with --region: code %d\n%s%s", code, stdout, stderr)
	}
	stdout, stderr, code = runCLI(t, "report", "--at", "2026-12-03", "--agreements", file)
	if code != exitInput || stdout != "" ||
		!strings.Contains(stderr, "jateng-queensland-news.csv, baris 2: kerja sama 1: pihak: tidak ada pihak Indonesia") ||
		!strings.Contains(stderr, "laporan tidak dibuat") {
		t.Errorf("without --region: code %d\n%s%s", code, stdout, stderr)
	}
	_, stderr, code = runCLI(t, "report", "--partners", "x.csv")
	if code != exitUsage || !strings.Contains(stderr, "apply to an --agreements file") {
		t.Errorf("--partners alone: code %d, %s", code, stderr)
	}
}
