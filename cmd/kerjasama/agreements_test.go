package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func TestAgreementsList(t *testing.T) {
	stdout, stderr, code := runCLI(t, "agreements", "list", "../../agreement/testdata/seeds.json", "--at", "2016-10-01")
	if code != exitOK {
		t.Fatalf("code %d, stderr %q", code, stderr)
	}
	for _, want := range []string{
		"tangsel-daejeon-2016", "MoU Friendship Cooperation (LoI Tahap 3)", "Kota Daejeon", "KR", "2016-02-21",
		"tangsel-timra-2013", "2013", "2015/2016", "aktif",
		"kaltim-jepang-air-bersih-2022", "Konsulat Jenderal Jepang di Surabaya", "rancangan",
		"6 kerja sama dimuat dari 6 baris; 0 baris ditolak, 0 peringatan.",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("list output lacks %q:\n%s", want, stdout)
		}
	}
	stdout, _, code = runCLI(t, "agreements", "list", "--lang", "en", "--at", "1 Oktober 2016", "../../agreement/testdata/seeds.csv")
	if code != exitOK || !strings.Contains(stdout, "Friendship Cooperation") || !strings.Contains(stdout, "4 agreements loaded from 4 rows") {
		t.Errorf("list seeds.csv: code %d\n%s", code, stdout)
	}
}

func TestAgreementsCheck(t *testing.T) {
	stdout, stderr, code := runCLI(t, "agreements", "check", "../../agreement/testdata/seeds.json", "--at", "2016-10-02", "--within", "90", "--lang", "en")
	if code != exitOK {
		t.Fatalf("code %d, stderr %q", code, stderr)
	}
	// The Timrå Letter of Intent ends on 31 December 2016, but a Letter of
	// Intent is never in force, so it is not "expiring".
	for _, want := range []string{"No problems.", "Nothing expires within 90 days of 2016-10-02."} {
		if !strings.Contains(stdout, want) {
			t.Errorf("check output lacks %q:\n%s", want, stdout)
		}
	}
	stdout, _, _ = runCLI(t, "agreements", "check", "../../agreement/testdata/seeds.json", "--at", "2016-10-01", "--lang", "en")
	if !strings.Contains(stdout, "Nothing expires within 90 days of 2016-10-01.") {
		t.Errorf("check on 2016-10-01:\n%s", stdout)
	}

	// A broken CSV: rows reported with file:line:column, exit 1; by
	// default nothing else is printed.
	stdout, stderr, code = runCLI(t, "agreements", "check", "../../agreement/testdata/broken.csv", "--region", "Banten", "--at", "2011-12-01", "--within", "100", "--lang", "en")
	if code != exitInput || stdout != "" || !strings.Contains(stderr, "broken.csv:7:73: wrong number of fields") ||
		!strings.Contains(stderr, "kerjasama: 5 rows cannot be read; nothing listed (--keep-going checks what can be read)") {
		t.Errorf("broken.csv: code %d, want %d; stdout %q, stderr %q", code, exitInput, stdout, stderr)
	}
	// With --keep-going the rest loads and is checked, after the list of
	// what was not read.
	stdout, stderr, code = runCLI(t, "agreements", "check", "--keep-going", "../../agreement/testdata/broken.csv", "--region", "Banten", "--at", "2011-12-01", "--within", "100", "--lang", "en")
	if code != exitInput {
		t.Errorf("broken.csv --keep-going: code %d, want %d", code, exitInput)
	}
	for _, want := range []string{
		"broken.csv:3:59: Tanggal Penandatanganan: ",
		"broken.csv:4:68: Jangka Waktu: ",
		"broken.csv:6:1: no: ",
		"broken.csv:7:73: wrong number of fields: 13, want 12", // the input toolbox's message since ReadCSV reads through it
		"broken.csv:9:64: Nilai: ",
		"warning: ../../agreement/testdata/broken.csv:5:40: Mitra: partner not recognised",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("broken.csv stderr lacks %q:\n%s", want, stderr)
		}
	}
	if !strings.Contains(stdout, "1  ends 2012-02-05  Provinsi Incheon") {
		t.Errorf("broken.csv: expiring row 1 missing:\n%s", stdout)
	}
	// check reports the rows it could not read on stdout too, and does
	// not say "No problems." for a file with such rows.
	for _, want := range []string{"Rows that cannot be read (5):", "  ../../agreement/testdata/broken.csv:7:73: wrong number of fields"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("broken.csv stdout lacks %q:\n%s", want, stdout)
		}
	}
	if !strings.HasPrefix(stdout, "Rows that cannot be read (5):\n") {
		t.Errorf("broken.csv --keep-going: the rows not read are not at the top:\n%s", stdout)
	}
	if strings.Contains(stdout, "No problems.") {
		t.Errorf("broken.csv: check says no problems:\n%s", stdout)
	}

	// Problems found by Validate give exit 1.
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`[{"id": "x", "type": "KSDPL", "document": "LoI", "term": "2016/2015",
  "parties": [{"role": "region", "region": "36"}], "funding": [{"amount": "Rp5 juta"}], "predecessor": "nope"}]`), 0o644)
	stdout, stderr, code = runCLI(t, "agreements", "check", bad, "--lang", "en", "--keep-going")
	if code != exitInput || strings.Contains(stdout, "No problems.") || !strings.Contains(stdout, "Rows that cannot be read (1):") {
		t.Errorf("bad.json: code %d, want %d; stderr %q; stdout %q", code, exitInput, stderr, stdout)
	}
	if !strings.Contains(stderr, "bad.json:1:2: ") {
		t.Errorf("bad.json: stderr %q lacks position", stderr)
	}
	ok := filepath.Join(dir, "problems.json")
	os.WriteFile(ok, []byte(`[{"id": "x", "type": "KSDPL", "document": "LoI", "term": "2015/2016",
  "parties": [{"role": "region", "region": "36"}], "funding": [{"amount": "Rp5 juta"}], "predecessor": "nope"}]`), 0o644)
	stdout, _, code = runCLI(t, "agreements", "check", ok, "--lang", "en")
	for _, want := range []string{"Problems (3):", "foreign cooperation without a foreign party", "letter of intent carries a funding commitment", "unknown predecessor (nope)"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("problems.json output lacks %q:\n%s", want, stdout)
		}
	}
	if code != exitInput {
		t.Errorf("problems.json: code %d, want %d", code, exitInput)
	}
}

func TestAgreementsUsage(t *testing.T) {
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"agreements"}, exitUsage, "Usage: kerjasama agreements"},
		{[]string{"agreements", "frobnicate"}, exitUsage, `unknown subcommand "frobnicate"`},
		{[]string{"agreements", "list"}, exitUsage, "want one FILE"},
		{[]string{"agreements", "list", "a.csv", "b.csv"}, exitUsage, "want one FILE"},
		{[]string{"agreements", "list", "register.xlsx"}, exitUsage, "want a .csv or .json file"},
		{[]string{"agreements", "check", "x.csv", "--within", "-3"}, exitInput, "no such file"},
		{[]string{"agreements", "check", "../../agreement/testdata/seeds.json", "--within", "-3"}, exitUsage, "--within must be 0 or more"},
		{[]string{"agreements", "list", "x.csv", "--at", "31 Februari 2016"}, exitUsage, "bad --at"},
		{[]string{"agreements", "list", "x.csv", "--bogus"}, exitUsage, "flag provided but not defined"},
		{[]string{"agreements", "list", "missing.json"}, exitInput, "no such file"},
		{[]string{"agreements", "check", "x.csv", "--strict", "--keep-going"}, exitUsage, "--strict and --keep-going do not go together"},
	}
	for _, tt := range tests {
		_, stderr, code := runCLI(t, tt.args...)
		if code != tt.code || !strings.Contains(stderr, tt.want) {
			t.Errorf("%q: code %d, stderr %q; want %d and %q", tt.args, code, stderr, tt.code, tt.want)
		}
	}
	_, stderr, code := runCLI(t, "agreements", "check", "-h")
	if code != exitOK {
		t.Errorf("check -h: code %d", code)
	}
	for _, flag := range []string{"-at", "-within", "-lang", "-region", "-strict", "-keep-going"} {
		if !strings.Contains(stderr, flag) {
			t.Errorf("check -h does not document %s:\n%s", flag, stderr)
		}
	}
	stdout, _, code := runCLI(t, "agreements", "help")
	if code != exitOK || !strings.Contains(stdout, "list FILE") {
		t.Errorf("agreements help: code %d, %q", code, stdout)
	}
}

func TestAgreementsStrict(t *testing.T) {
	_, stderr, code := runCLI(t, "agreements", "list", "--strict", "../../agreement/testdata/broken.csv")
	if code != exitInput || !strings.Contains(stderr, "broken.csv:3:59:") || strings.Contains(stderr, "broken.csv:4:68") {
		t.Errorf("strict: code %d, stderr %q", code, stderr)
	}
}

// TestAgreementsCheckHostile checks that the problems of a CSV file that
// the input toolbox finds reach the report of check: a file of three rows
// with an unclosed quote, a short row, a long row, and a CR-only file.
func TestAgreementsCheckHostile(t *testing.T) {
	dir := t.TempDir()
	header := "No,Judul,Mitra,Tanggal Penandatanganan,Jangka Waktu\n"
	tests := []struct {
		name, text string
		want       []string
		code       int
	}{
		{"unclosed.csv", header + "1,\"Kota kembar,Kota Daejeon,2016,5 tahun\n2,B,Kota Daejeon,2017,5 tahun\n3,C,Kota Daejeon,2018,5 tahun\n",
			[]string{"Rows that cannot be read (1):", "unclosed.csv:2:3: ", "0 agreements loaded from 1 rows"}, exitInput},
		{"short.csv", header + "1,A,Kota Daejeon,2016\n2,B,Kota Daejeon,2017,5 tahun\n",
			[]string{"Rows that cannot be read (1):", "short.csv:2:", "wrong number of fields", "1 agreements loaded from 2 rows"}, exitInput},
		{"long.csv", header + "1,A,Kota Daejeon,2016,5 tahun,x\n2,B,Kota Daejeon,2017,5 tahun\n",
			[]string{"Rows that cannot be read (1):", "long.csv:2:", "wrong number of fields", "1 agreements loaded from 2 rows"}, exitInput},
		{"mac.csv", strings.ReplaceAll(header+"1,A,Kota Daejeon,2016,5 tahun\n2,B,Kota Daejeon,2017,5 tahun\n3,C,Kota Daejeon,2018,5 tahun\n", "\n", "\r"),
			[]string{"No problems.", "3 agreements loaded from 3 rows"}, exitOK},
	}
	for _, tt := range tests {
		file := filepath.Join(dir, tt.name)
		if err := os.WriteFile(file, []byte(tt.text), 0o644); err != nil {
			t.Fatal(err)
		}
		stdout, stderr, code := runCLI(t, "agreements", "check", file, "--lang", "en", "--at", "2016-10-01", "--region", "Banten", "--keep-going")
		list, _, _ := runCLI(t, "agreements", "list", file, "--lang", "en", "--at", "2016-10-01", "--keep-going")
		for _, want := range tt.want {
			if !strings.Contains(stdout+list, want) {
				t.Errorf("%s: output lacks %q:\n%s%s", tt.name, want, stdout, list)
			}
		}
		if code != tt.code {
			t.Errorf("%s: code %d, want %d; stderr %q", tt.name, code, tt.code, stderr)
		}
		// Without --keep-going a file with rows that cannot be read
		// prints nothing but its problems.
		for _, sub := range []string{"check", "list"} {
			out, _, code := runCLI(t, "agreements", sub, file, "--lang", "en", "--at", "2016-10-01", "--region", "Banten")
			if tt.code != exitOK && (out != "" || code != exitInput) {
				t.Errorf("%s: %s without --keep-going: code %d, stdout %q", tt.name, sub, code, out)
			}
		}
	}
}

// TestAgreementsListControl checks that control characters in a file do
// not reach the terminal: they are written as spaces (safe's rule).
func TestAgreementsListControl(t *testing.T) {
	file := filepath.Join(t.TempDir(), "esc.csv")
	text := "No,Judul,Mitra,Tanggal Penandatanganan\n\"x\x1b[2J\x07\",A,\"Kota \x1b[31m\u009b0mAtlantis\u202e\tlagi\",2016\n"
	if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code := runCLI(t, "agreements", "list", file, "--lang", "en", "--at", "2016-10-01")
	if code != exitOK {
		t.Fatalf("code %d, stderr %q", code, stderr)
	}
	for _, out := range []string{stdout, stderr} {
		for _, r := range out {
			if r != '\n' && (r < ' ' || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == 0x202e) {
				t.Errorf("output holds %U:\n%q", r, out)
			}
		}
	}
	if !strings.Contains(stdout, "x [2J ") || !strings.Contains(stdout, "Kota  [31m 0mAtlantis  lagi") {
		t.Errorf("control characters not replaced by spaces:\n%q", stdout)
	}
}

// TestAgreementsKeepGoing checks list --keep-going: the rows not read come
// first, the first 50 and then how many more, and the status is 1.
func TestAgreementsKeepGoing(t *testing.T) {
	var b strings.Builder
	b.WriteString("No,Judul,Mitra,Tanggal Penandatanganan,Jangka Waktu\n1,A,Kota Daejeon,2016,5 tahun\n")
	for i := 2; i <= 61; i++ {
		b.WriteString(strconv.Itoa(i) + ",B,Kota Daejeon,31 Februari 2016,5 tahun\n")
	}
	file := filepath.Join(t.TempDir(), "many.csv")
	if err := os.WriteFile(file, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code := runCLI(t, "agreements", "list", file, "--lang", "en", "--at", "2016-10-01")
	if code != exitInput || stdout != "" || strings.Count(stderr, "many.csv:") != 50 || !strings.Contains(stderr, "kerjasama: … and 10 more\n") || !strings.Contains(stderr, "60 rows cannot be read; nothing listed (--keep-going lists what can be read)") {
		t.Errorf("strict: code %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	stdout, _, code = runCLI(t, "agreements", "list", file, "--lang", "en", "--at", "2016-10-01", "--keep-going")
	if code != exitInput {
		t.Errorf("--keep-going: code %d, want %d", code, exitInput)
	}
	if !strings.HasPrefix(stdout, "Rows that cannot be read (60):\n  "+file+":3:") {
		t.Errorf("--keep-going: list does not start with the rows not read:\n%s", stdout)
	}
	for _, want := range []string{file + ":52:", "  … and 10 more\n", "1 agreements loaded from 61 rows; 60 rows rejected"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("--keep-going: output lacks %q:\n%s", want, stdout)
		}
	}
	if strings.Contains(stdout, file+":53:") {
		t.Errorf("--keep-going: more than 50 rows listed:\n%s", stdout)
	}
	stdout, _, _ = runCLI(t, "agreements", "list", file, "--lang", "id", "--at", "2016-10-01", "--keep-going")
	if !strings.HasPrefix(stdout, "Baris yang tidak dapat dibaca (60):") || !strings.Contains(stdout, "… dan 10 lainnya") {
		t.Errorf("--keep-going --lang id:\n%s", stdout)
	}
}

// TestAgreementsRealRegisters runs the command over the real registers of
// agreement/testdata/real: a register without a region column is a
// problem at each row's line in the output's language, and is read whole
// when told the region; partners and activities come from files.
func TestAgreementsRealRegisters(t *testing.T) {
	const dir = "../../agreement/testdata/real/"
	type run struct {
		args []string
		code int
		want []string // in stdout, or in stderr for code exitInput without stdout
	}
	tmp := t.TempDir()
	write := func(name, s string) string {
		p := filepath.Join(tmp, name)
		if err := os.WriteFile(p, []byte(s), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	partners := write("mitra.csv", "name,country,level\nFort Worth,US,city\n")
	register := write("register.csv", "No,Judul,Kota Mitra,Mulai,Berakhir\n1,Sister city Bandung - Fort Worth,Fort Worth,2020,2030\n")
	acts := write("kegiatan.csv", "Kerja Sama,Tanggal,Kegiatan\n1,2021,Kunjungan\n")
	badActs := write("kegiatan-x.csv", "Kerja Sama,Tanggal,Kegiatan\n1,2021,Kunjungan\n9,2022,Pameran\n")
	noActs := write("kegiatan-y.csv", "Nama,Tempat\nKunjungan,Bandung\n")
	for _, tc := range []run{
		{[]string{"check", "--at", "2026-12-03", dir + "jateng-queensland-news.csv"}, exitInput,
			[]string{"Masalah (3):", "jateng-queensland-news.csv:2: kerja sama 1: pihak: tidak ada pihak Indonesia", "jateng-queensland-news.csv:4: kerja sama 3: pihak:"}},
		{[]string{"check", "--lang", "en", "--at", "2026-12-03", dir + "jateng-queensland-news.csv"}, exitInput,
			[]string{"jateng-queensland-news.csv:3: agreement 2: parties: no Indonesian party"}},
		{[]string{"check", "--at", "2026-12-03", "--region", "Jawa Tengah", dir + "jateng-queensland-news.csv"}, exitOK,
			[]string{"Tidak ada masalah."}},
		{[]string{"list", "--at", "2026-12-03", "--region", "Banten", dir + "akreditasi-uin-kerjasama-luar-negeri.csv"}, exitOK,
			[]string{"Universitas Kebangsaan Malaysia", "2009/2017", "berakhir", "20 kerja sama dimuat dari 20 baris; 0 baris ditolak, 0 peringatan."}},
		{[]string{"list", "--at", "2026-12-03", "--region", "Kota Bandung", "--partners", partners, "--activities", acts, register}, exitOK,
			[]string{"Fort Worth  US", "2020/2030", "aktif", "0 peringatan"}},
		{[]string{"list", "--at", "2026-12-03", "--region", "Kota Bandung", "--partners", partners, "--activities", badActs, register}, exitInput,
			[]string{"kegiatan-x.csv, baris 3, kolom 1: Kerja Sama:", "kegiatan-x.csv: 1 dari 2 catatan tidak dapat dibaca"}},
		// --keep-going goes on past a bad row of the activities file too:
		// the row is said first, with the register's, and the rest listed.
		{[]string{"list", "--keep-going", "--at", "2026-12-03", "--region", "Kota Bandung", "--partners", partners, "--activities", badActs, register}, exitInput,
			[]string{"Baris yang tidak dapat dibaca (1):\n  " + badActs + ":3:1: Kerja Sama:", "Fort Worth  US", "2020/2030", "aktif"}},
		// A file of activities without its columns is not read at all.
		{[]string{"list", "--keep-going", "--at", "2026-12-03", "--region", "Kota Bandung", "--partners", partners, "--activities", noActs, register}, exitInput,
			[]string{"kegiatan-y.csv"}},
	} {
		stdout, stderr, code := runCLI(t, append([]string{"agreements"}, tc.args...)...)
		out := stdout
		if code == exitInput && stdout == "" {
			out = stderr
		}
		if code != tc.code {
			t.Errorf("agreements %v: code %d, want %d\n%s%s", tc.args, code, tc.code, stdout, stderr)
		}
		for _, w := range tc.want {
			if !strings.Contains(out, w) {
				t.Errorf("agreements %v: output lacks %q:\n%s", tc.args, w, out)
			}
		}
	}
}
