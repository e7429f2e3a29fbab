package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// sosekJSON is a small dataset in the form of package session: the 33rd to
// 38th Kalimantan Barat–Sarawak sessions with three items.
const sosekJSON = `{
  "forums": [{"id": "kalbar-sarawak", "level": "regional", "pair": "kalbar-sarawak"}],
  "sessions": [
    {"forum": "kalbar-sarawak", "number": 33, "dates": "2017-10-23/2017-10-25", "host_side": "indonesia", "host": "61.72", "city": "Singkawang",
     "meetings": [{"kind": "working-paper-evaluation", "field": "economy-trade-transport", "dates": "2017-09-12/12", "venue": "Hotel Grand Mahkota"}]},
    {"forum": "kalbar-sarawak", "number": 36, "within": "2023-09-01/2023-09-30", "host_side": "malaysia", "city": "Kuching", "mode": "in-person"},
    {"forum": "kalbar-sarawak", "number": 37, "dates": "2024-11-23/2024-11-25", "host_side": "indonesia", "city": "Singkawang"}
  ],
  "items": [
    {"forum": "kalbar-sarawak", "ref": "KK2/33/01", "title": "Inland port Entikong", "field": "economy-trade-transport",
     "history": [{"session": 33, "outcome": "agreed"}, {"session": 36, "status": "done"}]},
    {"forum": "kalbar-sarawak", "ref": "KK3/37/02", "title": "Pos Temajuk", "field": "security-border-management",
     "history": [{"session": 37, "outcome": "agreed", "status": "in-progress"}]},
    {"forum": "kalbar-sarawak", "ref": "KK1/33/05", "title": "Pertukaran pemuda", "field": "social-culture",
     "history": [{"session": 33, "outcome": "carried-over"}, {"session": 36, "outcome": "agreed"}]}
  ]
}
`

func writeTemp(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestSessionsList(t *testing.T) {
	file := writeTemp(t, "sosek.json", sosekJSON)
	tests := []struct {
		args []string
		want []string // lines that must appear, in order
	}{
		{[]string{"sessions", "list", file}, []string{
			"KK Sosek Malindo Tingkat Provinsi Kalimantan Barat (kalbar-sarawak)",
			"  Sidang ke-33 KK/JKK Sosek Malindo Tingkat Provinsi Kalimantan Barat – Peringkat Negeri Sarawak",
			"    23–25 Oktober 2017, Singkawang (tuan rumah: Indonesia)",
			"    - Forum evaluasi kertas kerja Tim Teknis II: 12 September 2017, Hotel Grand Mahkota",
			"    September 2023, Kuching, tatap muka (tuan rumah: Malaysia)",
			"  nomor sidang yang tidak tercatat: 34, 35",
		}},
		{[]string{"sessions", "list", file, "--lang", "ms"}, []string{
			"JKK Sosek Malindo Peringkat Negeri Sarawak (kalbar-sarawak)",
			"  Sidang ke-33 JKK/KK Sosek Malindo Peringkat Negeri Sarawak – Tingkat Provinsi Kalimantan Barat",
			"    - Forum penilaian kertas kerja Tim Teknik II: 12 September 2017, Hotel Grand Mahkota",
			"    September 2023, Kuching, bersemuka (tuan rumah: Malaysia)",
		}},
		{[]string{"sessions", "list", "--lang=en", file}, []string{
			"  33rd Session of the KK/JKK Sosek Malindo, West Kalimantan Province – Sarawak State",
			"    23–25 October 2017, Singkawang (host: Indonesia)",
			"    - Working-paper evaluation forum of Technical Team II: 12 September 2017, Hotel Grand Mahkota",
			"  session numbers not on record: 34, 35",
		}},
		// The embedded record.
		{[]string{"sessions", "list", "--forum", "kalbar-sarawak"}, []string{
			"  Sidang ke-33 KK/JKK Sosek Malindo Tingkat Provinsi Kalimantan Barat – Peringkat Negeri Sarawak",
			"    23–25 Oktober 2017, Singkawang (tuan rumah: Indonesia) [belum dipastikan]",
			"    - Forum evaluasi kertas kerja Tim Teknis II: 12 September 2017, Hotel Grand Mahkota",
			"  Sidang ke-34 KK/JKK Sosek Malindo Tingkat Provinsi Kalimantan Barat – Peringkat Negeri Sarawak",
			"    tanggal tidak diketahui, Sibu (tuan rumah: Malaysia)",
			"  Sidang ke-37 KK/JKK Sosek Malindo Tingkat Provinsi Kalimantan Barat – Peringkat Negeri Sarawak",
			"    2025, Imperial Hotel Miri, Miri (tuan rumah: Malaysia)", // held between 22 Oct and 4 Nov 2025: known to the year
			"  nomor sidang yang tidak tercatat: 35",
		}},
	}
	for _, tt := range tests {
		stdout, stderr, code := runCLI(t, tt.args...)
		if code != exitOK {
			t.Errorf("%q: exit %d, stderr %q", tt.args, code, stderr)
			continue
		}
		assertLinesInOrder(t, tt.args, stdout, tt.want)
	}
}

func assertLinesInOrder(t *testing.T, args []string, out string, want []string) {
	t.Helper()
	lines := strings.Split(out, "\n")
	i := 0
	for _, w := range want {
		for i < len(lines) && lines[i] != w {
			i++
		}
		if i == len(lines) {
			t.Errorf("%q: output lacks line %q (in this order); got:\n%s", args, w, out)
			return
		}
	}
}

func TestSessionsItems(t *testing.T) {
	file := writeTemp(t, "sosek.json", sosekJSON)
	stdout, stderr, code := runCLI(t, "sessions", "items", file, "--open")
	if code != exitOK {
		t.Fatalf("items --open: exit %d, stderr %q", code, stderr)
	}
	want := "" +
		"kalbar-sarawak  KK1/33/05  diajukan pada sidang 33  Kertas Kerja 1  belum ditindaklanjuti  Pertukaran pemuda\n" +
		"kalbar-sarawak  KK3/37/02  diajukan pada sidang 37  Kertas Kerja 3  dalam proses           Pos Temajuk\n"
	if stdout != want {
		t.Errorf("items --open =\n%s\nwant\n%s", stdout, want)
	}
	stdout, _, code = runCLI(t, "sessions", "items", "--lang", "en", file)
	if code != exitOK || !strings.Contains(stdout, "KK2/33/01  raised at session 33  Working Paper 2  done") {
		t.Errorf("items --lang en: exit %d, output\n%s", code, stdout)
	}
	stdout, _, code = runCLI(t, "sessions", "items", file, "--open", "--csv")
	wantCSV := "forum,ref,title,field,proposer,session,outcome,status,note\n" +
		"kalbar-sarawak,KK1/33/05,Pertukaran pemuda,social-culture,,33,carried-over,,\n" +
		"kalbar-sarawak,KK1/33/05,Pertukaran pemuda,social-culture,,36,agreed,,\n" +
		"kalbar-sarawak,KK3/37/02,Pos Temajuk,security-border-management,,37,agreed,in-progress,\n"
	if code != exitOK || stdout != wantCSV {
		t.Errorf("items --open --csv: exit %d, output\n%s\nwant\n%s", code, stdout, wantCSV)
	}
	stdout, _, code = runCLI(t, "sessions", "items", file, "--history", "--lang", "ms")
	assertLinesInOrder(t, []string{"items --history"}, stdout, []string{
		"    Sidang ke-33: dipersetujui",
		"    Sidang ke-36: selesai dilaksanakan",
		"    Sidang ke-37: dipersetujui, dalam tindakan",
		"    Sidang ke-33: dibawa ke persidangan berikutnya",
		"    Sidang ke-36: dipersetujui",
	})
	if code != exitOK {
		t.Errorf("items --history: exit %d", code)
	}
	// The embedded record: the repatriation SOP, raised at the central 38th
	// session of October 2023, is the oldest open item.
	stdout, _, code = runCLI(t, "sessions", "items", "--open", "--lang", "en")
	first, _, _ := strings.Cut(stdout, "\n")
	if got, want := strings.Join(strings.Fields(first), " "), "central jenazah-sop raised at session 38 - in progress Penubuhan jawatankuasa untuk meneliti SOP pengurusan pemulangan jenazah"; code != exitOK || got != want {
		t.Errorf("items --open (embedded): exit %d, first line %q, want %q", code, got, want)
	}
}

func TestSessionsErrors(t *testing.T) {
	bad := writeTemp(t, "bad.json", "{\"sessions\": [\n  {\"forum\": \"kalbar-sarawak\", \"number\": 33,\n   \"mode\": \"by carrier pigeon\"}]}\n")
	invalid := writeTemp(t, "invalid.json", `{"forums": [{"id": "c", "level": "central"}],
"sessions": [
  {"forum": "c", "number": 33, "dates": "2017-10-23/2017-10-25"},
  {"forum": "c", "number": 34, "dates": "2016-10-23/2016-10-25"},
  {"forum": "d", "number": 1}]}`)
	tests := []struct {
		args   []string
		code   int
		stderr []string
	}{
		{[]string{"sessions", "list", bad}, exitInput, []string{bad + `:3:12: session.Mode.UnmarshalText("by carrier pigeon"): unknown mode`}},
		{[]string{"sessions", "items", invalid}, exitInput, []string{
			invalid + ":4:3: sessions[1].number: session c 34 (2016-10-23/2016-10-25) is held before session 33 (2017-10-23/2017-10-25)",
			invalid + `:5:3: sessions[2].forum: session d 1: unknown forum "d"`,
		}},
		{[]string{"sessions", "list", filepath.Join(t.TempDir(), "none.json")}, exitInput, []string{"no such file"}},
		{[]string{"sessions"}, exitUsage, []string{"Usage: kerjasama sessions"}},
		{[]string{"sessions", "delete"}, exitUsage, []string{`unknown subcommand "delete"`}},
		{[]string{"sessions", "items", "a.json", "b.json"}, exitUsage, []string{"want at most one FILE, got 2"}},
		{[]string{"sessions", "list", "a.json", "b.json"}, exitUsage, []string{"want at most one FILE"}},
		{[]string{"sessions", "list", "--lang", "x_y!"}, exitUsage, []string{`bad --lang "x_y!"`}},
		{[]string{"sessions", "list", "--forum", "nowhere"}, exitUsage, []string{`no forum "nowhere"`}},
		{[]string{"sessions", "items", "--bogus", "f.json"}, exitUsage, []string{"flag provided but not defined: -bogus"}},
	}
	for _, tt := range tests {
		_, stderr, code := runCLI(t, tt.args...)
		if code != tt.code {
			t.Errorf("%q: exit %d, want %d (stderr %q)", tt.args, code, tt.code, stderr)
		}
		for _, w := range tt.stderr {
			if !strings.Contains(stderr, w) {
				t.Errorf("%q: stderr %q lacks %q", tt.args, stderr, w)
			}
		}
	}
}

func TestSessionsHelp(t *testing.T) {
	for _, sub := range []string{"list", "items"} {
		_, stderr, code := runCLI(t, "sessions", sub, "-h")
		if code != exitOK {
			t.Errorf("sessions %s -h: exit %d", sub, code)
		}
		for _, flag := range []string{"-lang", "-forum"} {
			if !strings.Contains(stderr, flag) {
				t.Errorf("sessions %s -h does not document %s:\n%s", sub, flag, stderr)
			}
		}
	}
	_, stderr, _ := runCLI(t, "sessions", "items", "-h")
	for _, flag := range []string{"-open", "-csv", "-history"} {
		if !strings.Contains(stderr, flag) {
			t.Errorf("sessions items -h does not document %s", flag)
		}
	}
	stdout, _, code := runCLI(t, "sessions", "help")
	if code != exitOK || !strings.Contains(stdout, "items [FILE] [--open]") {
		t.Errorf("sessions help: exit %d, %q", code, stdout)
	}
}

// TestSessionsCSV reads CSV files: a session list and an item list with
// Indonesian and Malay headers made from the news (session/testdata/real),
// the command's own items CSV (written, read and written again byte for
// byte), and a district forum.
func TestSessionsCSV(t *testing.T) {
	news := filepath.Join("..", "..", "session", "testdata", "real", "sosek-news-sessions.csv")
	malay := filepath.Join("..", "..", "session", "testdata", "real", "sosek-items-ms.csv")
	district := writeTemp(t, "sanggau.json", `{"forums": [
  {"id": "sanggau-serian", "level": "district", "districts": {"indonesian": "61.03", "malaysian": "MY-13.12"}}],
 "sessions": [{"forum": "sanggau-serian", "number": 3, "within": "2023-10", "city": "Serian", "host_side": "malaysia"}]}`)
	districtCSV := writeTemp(t, "sanggau.csv", "Sidang,Forum,Tanggal\nPekan Olahraga Sosek Malindo ke-22,Kabupaten Sanggau - Distrik Serian,7/10/2023\n")
	tests := []struct {
		args   []string
		code   int
		want   []string // stdout lines, in order
		stderr string
	}{
		{args: []string{"sessions", "list", news}, want: []string{
			"KK Sosek Malindo Tingkat Provinsi Kalimantan Barat (kalbar-sarawak)",
			"  Sidang ke-36 KK/JKK Sosek Malindo Tingkat Provinsi Kalimantan Barat – Peringkat Negeri Sarawak",
			"    2023, Hotel Raia dan Pusat Konvensyen Kuching (tuan rumah: Malaysia)",
			"  Sidang ke-38 KK/JKK Sosek Malindo Tingkat Provinsi Kalimantan Barat – Peringkat Negeri Sarawak",
			"    2025, Miri (tuan rumah: Malaysia)",
			"  nomor sidang yang tidak tercatat: 37",
		}},
		{args: []string{"sessions", "items", malay}, code: exitInput,
			stderr: "kerjasama: " + malay + `:2:96: Bidang: session.ParseField("Kelembagaan"): unknown field` + "\n" +
				"kerjasama: 1 problem; nothing listed (--keep-going lists what can be read)\n"},
		// With --keep-going the rows that read are written, and the CSV
		// stays CSV: what was not read is on standard error only.
		{args: []string{"sessions", "items", "--keep-going", "--csv", malay}, code: exitInput,
			want:   []string{"forum,ref,title,field,proposer,session,outcome,status,note"},
			stderr: "kerjasama: " + malay + `:2:96: Bidang: session.ParseField("Kelembagaan"): unknown field` + "\n"},
		{args: []string{"sessions", "list", "--lang", "ms", district}, want: []string{
			"Sosek Malindo Bahagian Serian (sanggau-serian)",
			"  Sidang ke-3 Sosek Malindo Bahagian Serian – Kabupaten Sanggau",
		}},
		{args: []string{"sessions", "list", districtCSV}, code: exitInput,
			stderr: "kerjasama: " + districtCSV + ":2:1: Sidang: syntax error: not a session: the number is that of a sports week, not of a session\n" +
				"kerjasama: 1 problem; nothing listed (--keep-going lists what can be read)\n"},
	}
	for _, tt := range tests {
		stdout, stderr, code := runCLI(t, tt.args...)
		if code != tt.code || stderr != tt.stderr {
			t.Errorf("%q: exit %d, stderr %q; want %d, %q", tt.args, code, stderr, tt.code, tt.stderr)
			continue
		}
		assertLinesInOrder(t, tt.args, stdout, tt.want)
	}

	first, stderr, code := runCLI(t, "sessions", "items", "--csv")
	if code != exitOK {
		t.Fatalf("sessions items --csv: exit %d, %s", code, stderr)
	}
	file := writeTemp(t, "items.csv", first)
	second, stderr, code := runCLI(t, "sessions", "items", "--csv", file)
	if code != exitOK {
		t.Fatalf("sessions items --csv %s: exit %d, %s", file, code, stderr)
	}
	if diff := cmp.Diff(first, second); diff != "" {
		t.Errorf("write → read → write mismatch (-want +got):\n%s", diff)
	}
}

// TestSessionsKeepGoing reads a CSV of sessions with a row that cannot be
// read and a row that breaks the order of the sessions: by default
// nothing is listed; with --keep-going the rows not read and those read
// with a reservation come first, then the list, and the status is 1.
func TestSessionsKeepGoing(t *testing.T) {
	file := writeTemp(t, "sesi.csv", "forum,session,dates,city\n"+
		"kalbar-sarawak,40,2025-10-01,Kuching\n"+
		"kalbar-sarawak,xx,2025,Pontianak\n"+
		"kalbar-sarawak,39,2026,Pontianak\n")
	notRead := file + `:3:16: session: syntax error: session "xx" is not a number of 1 or more`
	order := file + ":2:1: sessions[0].number: session kalbar-sarawak 40 (2025-10-01/2025-10-01) is held before session 39 (2026-01-01/2026-12-31)"
	type result struct {
		Code           int
		Stdout, Stderr string
	}
	tests := []struct {
		args []string
		want result
	}{
		{[]string{"sessions", "list", file}, result{exitInput, "",
			"kerjasama: " + notRead + "\nkerjasama: " + order + "\nkerjasama: 2 problems; nothing listed (--keep-going lists what can be read)\n"}},
		{[]string{"sessions", "list", "--keep-going", "--lang", "en", file}, result{exitInput,
			"Not read (1):\n  " + notRead + "\nRead with a reservation (1):\n  " + order + "\n" +
				"KK Sosek Malindo of West Kalimantan Province (kalbar-sarawak)\n" +
				"  39th Session of the KK/JKK Sosek Malindo, West Kalimantan Province – Sarawak State\n    2026, Pontianak\n" +
				"  40th Session of the KK/JKK Sosek Malindo, West Kalimantan Province – Sarawak State\n    1 October 2025, Kuching\n",
			"kerjasama: " + notRead + "\nkerjasama: " + order + "\n"}},
	}
	for _, tt := range tests {
		stdout, stderr, code := runCLI(t, tt.args...)
		if diff := cmp.Diff(tt.want, result{code, stdout, stderr}); diff != "" {
			t.Errorf("%q mismatch (-want +got):\n%s", tt.args, diff)
		}
	}
}

// TestSessionsListCSV writes the embedded sessions as CSV and lists them
// from that file: the sessions, dates, places and hosts are those of the
// embedded record, and the file reads from standard input too.
func TestSessionsListCSV(t *testing.T) {
	out, stderr, code := runCLI(t, "sessions", "list", "--csv", "--forum", "kalbar-sarawak")
	if code != exitOK || stderr != "" || !strings.HasPrefix(out, "forum,level,session,title,dates,city,venue,host,mode,source,note,unconfirmed\n") {
		t.Fatalf("list --csv: exit %d, stderr %q, output\n%s", code, stderr, out)
	}
	file := writeTemp(t, "sidang.csv", out)
	want := []string{
		"  Sidang ke-33 KK/JKK Sosek Malindo Tingkat Provinsi Kalimantan Barat – Peringkat Negeri Sarawak",
		"    23–25 Oktober 2017, Singkawang (tuan rumah: Indonesia) [belum dipastikan]",
		"  Sidang ke-34 KK/JKK Sosek Malindo Tingkat Provinsi Kalimantan Barat – Peringkat Negeri Sarawak",
		"    tanggal tidak diketahui, Sibu (tuan rumah: Malaysia)",
		"  nomor sidang yang tidak tercatat: 35",
	}
	stdout, stderr, code := runCLI(t, "sessions", "list", file)
	if code != exitOK || stderr != "" {
		t.Fatalf("list FILE: exit %d, stderr %q", code, stderr)
	}
	assertLinesInOrder(t, []string{"list", file}, stdout, want)
}
