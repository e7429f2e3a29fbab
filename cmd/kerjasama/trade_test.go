package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// writeTradeFile writes content to a file in a test directory and returns
// its path.
func writeTradeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// Seed 000: Kalimantan Barat through PLBN Entikong, source KPPBC Entikong.
const entikongCSV = `tahun,arus,pelapor,pos,skema,nilai,mata_uang
2015,ekspor,Kalbar,PLBN Entikong,,Rp. 100.387.357.175,IDR
2016,ekspor,Kalbar,PLBN Entikong,,Rp.149.376.448.928,IDR
2015,impor,Kalbar,PLBN Entikong,KILB,Rp. 171.793.920.000,IDR
2016,impor,Kalbar,PLBN Entikong,KILB,Rp.270.791.872.000,IDR
`

func TestTradeSummary(t *testing.T) {
	file := writeTradeFile(t, "entikong.csv", entikongCSV)
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"trade", "summary", file, "--by", "year,post"}, `
   tahun  pos lintas batas             ekspor              impor              neraca   status  rasio cakupan    periode
    2015     PLBN Entikong  Rp100.387.357.175  Rp171.793.920.000   -Rp71.406.562.825  defisit           0,58       2015
    2016     PLBN Entikong  Rp149.376.448.928  Rp270.791.872.000  -Rp121.415.423.072  defisit           0,55       2016
  jumlah                    Rp249.763.806.103  Rp442.585.792.000  -Rp192.821.985.897  defisit           0,56  2015/2016
`},
		{[]string{"trade", "summary", "--lang", "en", "--by=scheme", file}, `
                       scheme            exports            imports             balance   status  coverage     period
                            –  Rp249,763,806,103       not recorded                   –        –         –  2015/2016
  border trade with KILB card       not recorded  Rp442,585,792,000                   –        –         –  2015/2016
                        total  Rp249,763,806,103  Rp442,585,792,000  -Rp192,821,985,897  deficit      0.56  2015/2016
`},
		{[]string{"trade", "summary", file, "--by", "none", "--lang", "ms"}, `
            eksport             import            imbangan   status  nisbah liputan     tempoh
  Rp249,763,806,103  Rp442,585,792,000  -Rp192,821,985,897  defisit            0.56  2015/2016
`},
	}
	for _, tt := range tests {
		stdout, stderr, code := runCLI(t, tt.args...)
		if code != exitOK || stderr != "" {
			t.Errorf("%q: code %d, stderr %q", tt.args, code, stderr)
		}
		if diff := cmp.Diff(strings.TrimPrefix(tt.want, "\n"), stdout); diff != "" {
			t.Errorf("%q mismatch (-want +got):\n%s", tt.args, diff)
		}
	}
}

func TestTradeSummaryPartialYear(t *testing.T) {
	file := writeTradeFile(t, "kalteng.csv", "periode;arus;pelapor;nilai;mata_uang\n"+
		"2021;ekspor;Kalteng;3.050,82 juta;USD\n"+
		"2022-01/2022-11;ekspor;Kalteng;5.291,17 juta;USD\n")
	stdout, stderr, code := runCLI(t, "trade", "summary", file, "--by", "tahun,pelapor")
	want := `
   tahun            pelapor            ekspor           impor  neraca  status  rasio cakupan          periode
    2021  Kalimantan Tengah  US$3.050.820.000  tidak tercatat       –       –              –             2021
    2022  Kalimantan Tengah  US$5.291.170.000  tidak tercatat       –       –              –  2022-01/2022-11
  jumlah                     US$8.341.990.000  tidak tercatat       –       –              –  2021-01/2022-11
`
	if code != exitOK || stderr != "" {
		t.Errorf("code %d, stderr %q", code, stderr)
	}
	if diff := cmp.Diff(strings.TrimPrefix(want, "\n"), stdout); diff != "" {
		t.Errorf("partial year mismatch (-want +got):\n%s", diff)
	}
}

func TestTradeSummaryBadInput(t *testing.T) {
	bad := writeTradeFile(t, "bad.csv", "tahun,arus,nilai,mata_uang\n2015,ekspor,Rp1,IDR\n2015,transit,Rp1,IDR\n20x5,ekspor,1,IDR\n2016,impor,US$5,USD\n")
	stdout, stderr, code := runCLI(t, "trade", "summary", bad)
	wantErr := bad + `:3:6: arus: trade.ParseFlow("transit"): unknown flow
` + bad + `:4:1: tahun: trade.parseYear("20x5"): a year has four digits (at "x5")
` + bad + `:5: trade: aggregating 2016 import in USD with totals in IDR and no rates: money: currency mismatch
kerjasama: 3 bad rows; no summary printed (--keep-going summarises what can be read)
`
	if code != exitInput || stdout != "" {
		t.Errorf("bad file: code %d, stdout %q", code, stdout)
	}
	if diff := cmp.Diff(wantErr, stderr); diff != "" {
		t.Errorf("bad file stderr mismatch (-want +got):\n%s", diff)
	}
	_, stderr, code = runCLI(t, "trade", "summary", bad, "--strict")
	if code != exitInput || strings.Count(stderr, bad+":") != 1 {
		t.Errorf("--strict: code %d, stderr %q; want one error", code, stderr)
	}
	// --keep-going: the problems on stderr as before, and on stdout at the
	// top, then the summary of the one row that could be read; status 1.
	stdout, stderr, code = runCLI(t, "trade", "summary", bad, "--keep-going", "--lang", "en")
	wantOut := "Not read (3):\n  " + strings.ReplaceAll(strings.TrimSuffix(strings.TrimSuffix(wantErr, "kerjasama: 3 bad rows; no summary printed (--keep-going summarises what can be read)\n"), "\n"), "\n", "\n  ") + "\n"
	if code != exitInput || !strings.HasPrefix(stdout, wantOut) || !strings.Contains(stdout, "2015") || !strings.Contains(stdout, "Rp1") {
		t.Errorf("--keep-going: code %d, stdout:\n%s\nwant it to start with:\n%s", code, stdout, wantOut)
	}
	if !strings.Contains(stderr, bad+":3:6: ") || strings.Contains(stderr, "no summary printed") {
		t.Errorf("--keep-going: stderr %q", stderr)
	}
	// A file that cannot be opened is listed too.
	missing := filepath.Join(t.TempDir(), "missing.csv")
	stdout, _, code = runCLI(t, "trade", "summary", bad, missing, "--keep-going", "--lang", "id")
	if code != exitInput || !strings.HasPrefix(stdout, "Tidak dapat dibaca (4):\n") || !strings.Contains(stdout, "missing.csv") {
		t.Errorf("--keep-going with a missing file: code %d, stdout:\n%s", code, stdout)
	}
	_, stderr, code = runCLI(t, "trade", "summary", bad, "--keep-going", "--strict")
	if code != exitUsage || !strings.Contains(stderr, "--strict and --keep-going do not go together") {
		t.Errorf("--keep-going --strict: code %d, stderr %q", code, stderr)
	}
	_, stderr, code = runCLI(t, "trade", "summary", filepath.Join(t.TempDir(), "missing.csv"))
	if code != exitInput || !strings.Contains(stderr, "missing.csv") {
		t.Errorf("missing file: code %d, stderr %q", code, stderr)
	}
	noValue := writeTradeFile(t, "header.csv", "tahun,arus\n2015,ekspor\n")
	_, stderr, code = runCLI(t, "trade", "summary", noValue)
	if code != exitInput || !strings.Contains(stderr, noValue+":1:1: header: no value column") {
		t.Errorf("bad header: code %d, stderr %q", code, stderr)
	}
}

func TestTradeSummaryUsage(t *testing.T) {
	file := writeTradeFile(t, "e.csv", entikongCSV)
	for _, args := range [][]string{
		{"trade"},
		{"trade", "sum"},
		{"trade", "summary"},
		{"trade", "summary", file, "--by", "colour"},
		{"trade", "summary", file, "--layout", "xml"},
		{"trade", "summary", file, "--lang", "!!"},
		{"trade", "summary", file, "--numbers", "!!"},
		{"trade", "summary", file, "--period", "2022-13"},
		{"trade", "summary", file, "--currency", "rupiah"},
		{"trade", "summary", file, "--no-such-flag"},
		{"trade", "summary", file, "--reporter", "Atlantis"},
	} {
		_, stderr, code := runCLI(t, args...)
		if code != exitUsage || stderr == "" {
			t.Errorf("%q: code %d, stderr %q; want %d and a message", args, code, stderr, exitUsage)
		}
	}
	_, stderr, code := runCLI(t, "trade", "summary", "-h")
	if code != exitOK {
		t.Errorf("-h: code %d", code)
	}
	for _, flag := range []string{"-by", "-layout", "-lang", "-numbers", "-period", "-currency", "-reporter", "-strict"} {
		if !strings.Contains(stderr, flag) {
			t.Errorf("-h does not document %s:\n%s", flag, stderr)
		}
	}
	stdout, _, code := runCLI(t, "trade", "help")
	if code != exitOK || !strings.Contains(stdout, "summary FILE") {
		t.Errorf("trade help: code %d, stdout %q", code, stdout)
	}
}

func TestTradeSummaryLayouts(t *testing.T) {
	bps := writeTradeFile(t, "bps.csv", "Tahun;Bulan;Kode HS;Pelabuhan;Negara Tujuan;Berat Bersih (Kg);Nilai FOB (US$)\n"+
		"2022;11;1511.10.00;Pulang Pisau;India;1.500.000;1.234.567,89\n"+
		"2022;11;2701.12;Sampit;Jepang;25.000;987.654\n")
	stdout, stderr, code := runCLI(t, "trade", "summary", bps, "--by", "bab", "--lang", "en")
	want := `
  HS chapter          exports       imports  balance  status  coverage   period
          15  US$1,234,567.89  not recorded        –       –         –  2022-11
          27       US$987,654  not recorded        –       –         –  2022-11
       total  US$2,222,221.89  not recorded        –       –         –  2022-11
`
	if code != exitOK || stderr != "" {
		t.Errorf("bps: code %d, stderr %q", code, stderr)
	}
	if diff := cmp.Diff(strings.TrimPrefix(want, "\n"), stdout); diff != "" {
		t.Errorf("bps mismatch (-want +got):\n%s", diff)
	}
	comtrade := writeTradeFile(t, "comtrade.csv", "refYear,refMonth,reporterISO,partnerISO,flowCode,cmdCode,primaryValue,netWgt\n"+
		"2022,52,IDN,MYS,X,TOTAL,1000,\n2022,52,IDN,MYS,M,TOTAL,4000,\n")
	stdout, stderr, code = runCLI(t, "trade", "summary", comtrade, "--by", "partner,year", "--layout", "comtrade", "--lang", "id")
	want = `
  tahun     mitra    ekspor     impor     neraca   status  rasio cakupan  periode
   2022  Malaysia  US$1.000  US$4.000  -US$3.000  defisit           0,25     2022
`
	if code != exitOK || stderr != "" {
		t.Errorf("comtrade: code %d, stderr %q", code, stderr)
	}
	if diff := cmp.Diff(strings.TrimPrefix(want, "\n"), stdout); diff != "" {
		t.Errorf("comtrade mismatch (-want +got):\n%s", diff)
	}
}

func TestTradeSummaryReporter(t *testing.T) {
	bps := writeTradeFile(t, "bps.csv", "Kode HS;Negara Tujuan;Nilai FOB (US$)\n1511;India;1.000\n2701;Jepang;2.000\n")
	stdout, stderr, code := runCLI(t, "trade", "summary", bps, "--reporter", "Kalteng", "--period", "2022-01/2022-11", "--by", "pelapor")
	if code != exitOK || stderr != "" {
		t.Fatalf("code %d, stderr %q", code, stderr)
	}
	if !strings.Contains(stdout, "Kalimantan Tengah  US$3.000") || !strings.Contains(stdout, "2022-01/2022-11") {
		t.Errorf("stdout:\n%s", stdout)
	}
}

const kilbCSV = `no_kilb;tanggal;pos;nilai;mata_uang
61.03.0042;3/8/2017;PLBN Entikong;RM450;
61.03.0042;28 Agustus 2017;Entikong;230;MYR
61.03.0107;9/8/2017;Entikong;Rp2.103.500;IDR
61.03.0107;9/9/2017;Entikong;RM100;
`

func TestTradeLimit(t *testing.T) {
	file := writeTradeFile(t, "kilb.csv", kilbCSV)
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"trade", "limit", file, "--rate", "MYR/IDR 3500 2017-01-01"}, `
    pemegang    bulan  belanja  batas  lebih  pembelian
  61.03.0042  2017-08    RM680  RM600   RM80          2
  61.03.0107  2017-08    RM601  RM600    RM1          1
`},
		{[]string{"trade", "limit", file, "--rate", "MYR/IDR 3500 2017-01-01", "--limit", "RM1.500", "--from", "2017-08-01"}, `
tidak ada pemegang yang melampaui batas
`},
		{[]string{"trade", "limit", file, "--rate", "MYR/IDR 3500 2017-01-01", "--limit", "RM1,500", "--from", "2017-08-02", "--lang", "en"}, `
      holder    month  spent  limit  over  purchases
  61.03.0042  2017-08  RM680  RM600  RM80          2
  61.03.0107  2017-08  RM601  RM600   RM1          1
`},
	}
	for _, tt := range tests {
		stdout, stderr, code := runCLI(t, tt.args...)
		if code != exitOK || stderr != "" {
			t.Errorf("%q: code %d, stderr %q", tt.args, code, stderr)
		}
		if diff := cmp.Diff(strings.TrimPrefix(tt.want, "\n"), stdout); diff != "" {
			t.Errorf("%q mismatch (-want +got):\n%s", tt.args, diff)
		}
	}
	// Rupiah purchases without a rate cannot be checked against a ringgit limit.
	stdout, stderr, code := runCLI(t, "trade", "limit", file)
	if code != exitInput || stdout != "" || !strings.Contains(stderr, "currency mismatch") {
		t.Errorf("no rate: code %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	bad := writeTradeFile(t, "bad.csv", "no_kilb;tanggal;nilai\n1;31/2/2017;RM5\n")
	_, stderr, code = runCLI(t, "trade", "limit", bad)
	if code != exitInput || !strings.Contains(stderr, bad+":2:3: tanggal: date.Parse") {
		t.Errorf("bad date: code %d, stderr %q", code, stderr)
	}
	for _, args := range [][]string{
		{"trade", "limit"},
		{"trade", "limit", file, "--limit", "RM1.500"},
		{"trade", "limit", file, "--limit", "lots", "--from", "2024-01-01"},
		{"trade", "limit", file, "--limit", "RM1.500", "--from", "Januari"},
		{"trade", "limit", file, "--rate", "3500"},
		{"trade", "limit", file, "--rate", "MYR/IDR 0 2017-01-01"},
		{"trade", "limit", file, "--rate", "MYR/IDR -3500 2017-01-01"},
		{"trade", "limit", file, "--rate", "MYR/MYR 2"},
		{"trade", "limit", file, "--limit", "RM0", "--from", "2024-01-01"},
		{"trade", "limit", file, "--limit", "-RM600", "--from", "2024-01-01"},
		{"trade", "limit", file, "--limit", "MYR -1", "--from", "2024-01-01"},
		{"trade", "limit", file, "--lang", "!!"},
	} {
		_, stderr, code := runCLI(t, args...)
		if code != exitUsage || stderr == "" {
			t.Errorf("%q: code %d, stderr %q; want %d", args, code, stderr, exitUsage)
		}
	}
	_, stderr, code = runCLI(t, "trade", "limit", "-h")
	for _, flag := range []string{"-limit", "-from", "-rate", "-lang", "-strict"} {
		if code != exitOK || !strings.Contains(stderr, flag) {
			t.Errorf("-h does not document %s (code %d)", flag, code)
		}
	}
}

// TestTradeSummaryKeepGoingMany checks that --keep-going lists the first 50
// problems and counts the rest.
func TestTradeSummaryKeepGoingMany(t *testing.T) {
	var b strings.Builder
	b.WriteString("tahun,arus,nilai,mata_uang\n2015,ekspor,Rp1,IDR\n")
	for range 70 {
		b.WriteString("2015,transit,Rp1,IDR\n")
	}
	file := writeTradeFile(t, "many.csv", b.String())
	stdout, stderr, code := runCLI(t, "trade", "summary", file, "--lang", "en")
	if code != exitInput || stdout != "" || !strings.Contains(stderr, "70 bad rows; no summary printed") {
		t.Errorf("strict: code %d, stdout %q", code, stdout)
	}
	stdout, _, code = runCLI(t, "trade", "summary", file, "--lang", "en", "--keep-going")
	if code != exitInput || !strings.HasPrefix(stdout, "Not read (70):\n  "+file+":3:6: ") {
		t.Errorf("--keep-going: code %d, stdout:\n%s", code, stdout)
	}
	if n := strings.Count(stdout, file+":"); n != 50 {
		t.Errorf("--keep-going lists %d problems, want 50", n)
	}
	if !strings.Contains(stdout, "\n  … and 20 more\n") || !strings.Contains(stdout, "exports") {
		t.Errorf("--keep-going: no count of the rest, or no summary:\n%s", stdout)
	}
	_, stderr, _ = runCLI(t, "trade", "summary", "-h")
	if !strings.Contains(stderr, "-keep-going") {
		t.Errorf("summary -h does not document --keep-going:\n%s", stderr)
	}
}

// TestTradeLimitQuestionableNumbers checks that a limit or a rate of zero
// or less is refused, naming the flag and the value.
func TestTradeLimitQuestionableNumbers(t *testing.T) {
	file := writeTradeFile(t, "kilb.csv", kilbCSV)
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"--rate", "MYR/IDR 0 2017-01-01"}, `invalid value "MYR/IDR 0 2017-01-01" for flag -rate: trade: rate MYR/IDR 0 2017-01-01: value 0 is not positive`},
		{[]string{"--rate", "MYR/IDR -3500 2017-01-01"}, `for flag -rate: trade: rate MYR/IDR -3500 2017-01-01: value -3500 is not positive`},
		{[]string{"--rate", "MYR/MYR 2"}, `converts MYR to itself`},
		{[]string{"--limit", "RM0", "--from", "2024-01-01"}, "trade limit: bad --limit: trade: --limit: limit MYR 0 is not positive"},
		{[]string{"--limit", "MYR -600", "--from", "2024-01-01", "--lang", "en"}, "trade limit: bad --limit: trade: --limit: limit MYR -600 is not positive"},
	}
	for _, tt := range tests {
		args := append([]string{"trade", "limit", file, "--rate", "MYR/IDR 3500 2017-01-01"}, tt.args...)
		stdout, stderr, code := runCLI(t, args...)
		if code != exitUsage || stdout != "" || !strings.Contains(stderr, tt.want) {
			t.Errorf("%q: code %d, stdout %q, stderr %q; want %d and %q", tt.args, code, stdout, stderr, exitUsage, tt.want)
		}
	}
}

// TestTradeSummaryRealFiles runs the command over the real files of
// trade/testdata/real (sources in its README.md): totals are counted
// once, total rows are said and not summed, a flow without rows is not
// recorded, and a file of several levels is refused unless one is chosen.
func TestTradeSummaryRealFiles(t *testing.T) {
	real := func(name string) string { return filepath.Join("..", "..", "trade", "testdata", "real", name) }
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout string
		stderr []string // lines that must be on standard error
	}{
		{
			name: "BPS by country: the Jumlah row is checked, not summed; imports not recorded",
			args: []string{real("bps-kalbar-ekspor-negara-2018-05.csv"), "--period", "2018-05", "--reporter", "61", "--by", "year"},
			stdout: `
  tahun         ekspor           impor  neraca  status  rasio cakupan  periode
   2018  US$99.560.000  tidak tercatat       –       –              –  2018-05
`,
			stderr: []string{`kerjasama: warning: ../../trade/testdata/real/bps-kalbar-ekspor-negara-2018-05.csv:11:1: Negara Tujuan: a total row, not a figure (USD 102120000, but the 9 rows of export above it sum to USD 99560000, a difference of USD 2560000: rows not listed, such as "lainnya"?)`},
		},
		{
			name: "four levels: refused, naming the levels and the lines",
			args: []string{real("comtrade-levels-4x-AUS-2016.csv")},
			code: exitInput,
			stderr: []string{
				"../../trade/testdata/real/comtrade-levels-4x-AUS-2016.csv:4:19: Aggregate Level: several aggregate levels in one file: level 4 beside level 2 (line 3): summing levels counts every good once at each; choose one (--level N or --level leaf, CSVReader.Level)",
				"kerjasama: 4 bad rows; no summary printed (--keep-going summarises what can be read)",
			},
		},
		{
			name: "four levels, leaves chosen: the exports once",
			args: []string{real("comtrade-levels-4x-AUS-2016.csv"), "--level", "leaf", "--lang", "en"},
			stdout: `
  year           exports       imports  balance  status  coverage  period
  2016  US$1,398,835,890  not recorded        –       –         –    2016
`,
		},
		{
			name: "TOTAL beside the chapter: not added",
			args: []string{real("comtrade-total-2x-AUS-2016.csv"), "--lang", "en"},
			stdout: `
  year           exports        imports           balance   status  coverage  period
  2016  US$1,398,835,890  US$91,128,858  US$1,307,707,032  surplus     15.35    2016
`,
		},
		{
			name: "55 reporters, one HS edition chosen: the sum of several reporters is said",
			args: []string{real("comtrade-legacy-2016-live-animals.csv"), "--classification", "H4", "--lang", "en"},
			stdout: `
  year            exports            imports           balance   status  coverage  period
  2016  US$14,620,831,571  US$13,244,303,763  US$1,376,527,808  surplus      1.10    2016
`,
			stderr: []string{"kerjasama: warning: the figures of 52 reporters (ARM, AU, BE, BG, BIH, …) are summed into each line: group by reporter to keep them apart"},
		},
		{
			name: "BPS code cells and Nilai FOB/CIF with --flow",
			args: []string{real("bps-kalbar-hs-cells-2017-02.csv"), "--flow", "ekspor", "--period", "2017-02", "--by", "chapter"},
			stdout: `
  bab HS         ekspor           impor  neraca  status  rasio cakupan  periode
      28  US$19.217.900  tidak tercatat       –       –              –  2017-02
      40  US$40.499.700  tidak tercatat       –       –              –  2017-02
      44  US$12.446.800  tidak tercatat       –       –              –  2017-02
  jumlah  US$72.164.400  tidak tercatat       –       –              –  2017-02
`,
		},
		{
			name: "the wide release table",
			args: []string{real("bps-kalbar-rilis-wide.csv"), "--lang", "en"},
			stdout: `
   year         exports                     imports        balance   status  coverage           period
   2016  US$134,900,000               US$52,800,000  US$82,100,000  surplus      2.55  2016-11/2016-12
   2017  US$166,860,000                not recorded              –        –         –  2017-01/2017-02
   2018  US$185,460,000                not recorded              –        –         –  2018-04/2018-05
   2023  US$331,670,000                not recorded              –        –         –  2023-08/2023-09
  total  US$818,890,000  US$52,800,000 (incomplete)              –        –         –  2016-11/2023-09
`,
		},
	}
	for _, tt := range tests {
		stdout, stderr, code := runCLI(t, append([]string{"trade", "summary"}, tt.args...)...)
		if code != tt.code {
			t.Errorf("%s: exit %d, want %d; stderr:\n%s", tt.name, code, tt.code, stderr)
		}
		if diff := cmp.Diff(strings.TrimPrefix(tt.stdout, "\n"), stdout); diff != "" {
			t.Errorf("%s: stdout mismatch (-want +got):\n%s", tt.name, diff)
		}
		lines := strings.Split(stderr, "\n")
		for _, want := range tt.stderr {
			if !slices.Contains(lines, want) {
				t.Errorf("%s: stderr lacks %q; got:\n%s", tt.name, want, stderr)
			}
		}
	}
}

// TestTradeSummaryLikeForLike: January–November 2019 is compared with
// January–November 2018, not with the whole of 2018.
func TestTradeSummaryLikeForLike(t *testing.T) {
	file := writeTradeFile(t, "bulanan.csv", `tahun,bulan,arus,nilai,mata_uang
2018,1-11,ekspor,"1.000",USD
2018,12,ekspor,100,USD
2018,1-11,impor,400,USD
2019,1-11,ekspor,"1.100",USD
2019,1-11,impor,300,USD
`)
	want := `   tahun    ekspor                   impor  neraca   status  rasio cakupan          periode  perubahan ekspor/impor dari bulan yang sama tahun sebelumnya
    2018  US$1.100  US$400 (tidak lengkap)       –        –              –             2018                                                             –
    2019  US$1.100                  US$300  US$800  surplus           3,67  2019-01/2019-11                           +10,00% / -25,00% (2018-01/2018-11)
  jumlah  US$2.200  US$700 (tidak lengkap)       –        –              –  2018-01/2019-11                                                             –
`
	stdout, stderr, code := runCLI(t, "trade", "summary", file)
	if code != exitOK || stderr != "" {
		t.Errorf("code %d, stderr %q", code, stderr)
	}
	if diff := cmp.Diff(want, stdout); diff != "" {
		t.Errorf("like for like mismatch (-want +got):\n%s", diff)
	}
}

// TestReportTradeNotRecorded: the report's trade table of a file of
// exports only says the imports are not recorded and finds no surplus.
func TestReportTradeNotRecorded(t *testing.T) {
	file := writeTradeFile(t, "ekspor.csv", "tahun,arus,nilai,mata_uang\n2021,ekspor,\"3.050.820.000\",USD\n2022,ekspor,\"5.291.170.000\",USD\n")
	stdout, stderr, code := runCLI(t, "report", "--trade", file)
	if code != exitOK {
		t.Fatalf("exit %d; stderr:\n%s", code, stderr)
	}
	for _, want := range []string{
		"2021     US$3.050.820.000  tidak tercatat       —  —                  —                   —                  —",
		"2022     US$5.291.170.000  tidak tercatat       —  —                  —               73,4%                  —",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("report lacks the row %q", want)
		}
	}
	if strings.Contains(stdout, "surplus") {
		t.Errorf("report of exports only finds a surplus:\n%s", stdout)
	}
}

// TestTradeSummaryCores checks that the summary, its problems and its
// warnings are the same on one core as on several (where the rows are
// read by workers), on a file with bad rows scattered through it.
func TestTradeSummaryCores(t *testing.T) {
	var b strings.Builder
	b.WriteString("tahun,bulan,arus,pos,mitra,nilai,mata_uang\n")
	posts := []string{"PLBN Entikong", "Aruk", "\"Nanga\nBadau\"", "Motaain"}
	for i := range 3000 {
		y, m, flow, post, partner, value := 2015+i%3, fmt.Sprint(1+i%12), []string{"ekspor", "impor"}[i/7%2], posts[i/3%4], "Malaysia", fmt.Sprintf("%d.%03d.%03d", 1+i%97, i%1000, (i*7)%1000)
		switch i % 101 {
		case 5:
			value = "12x"
		case 17:
			m = "Smarch"
		case 40:
			partner = "Jumlah"
		case 41:
			partner = "World"
		case 77:
			b.WriteString("2015,1,ekspor,\"Aruk,Malaysia,1,IDR\n")
			continue
		}
		fmt.Fprintf(&b, "%d,%s,%s,%s,%s,%s,IDR\n", y, m, flow, post, partner, value)
	}
	file := writeTradeFile(t, "cores.csv", b.String())
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for _, args := range [][]string{{"--by", "year,post"}, {"--by", "year,post", "--keep-going", "--lang", "id"}, {"--strict"}} {
		args = append([]string{"trade", "summary", file}, args...)
		runtime.GOMAXPROCS(1)
		out1, err1, code1 := runCLI(t, args...)
		runtime.GOMAXPROCS(2)
		out2, err2, code2 := runCLI(t, args...)
		if diff := cmp.Diff([]any{out1, err1, code1}, []any{out2, err2, code2}); diff != "" {
			t.Errorf("%q: mismatch (-want +got):\n%s", args, diff)
		}
		if code1 != exitInput || !strings.Contains(err1, "cores.csv:") {
			t.Errorf("%q: code %d, stderr:\n%s", args, code1, err1)
		}
	}
}
