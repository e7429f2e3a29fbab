package main

import (
	"encoding/csv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSafe(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Entikong", "Entikong"},
		{"\x1b[31mred\x1b[0m", " [31mred [0m"},
		{"a\rb\nc\td\ae\x7ff", "a b c d e f"},
		{"C1\u009b2J and\u2028line\u2029para", "C1 2J and line para"},
		{"bad \xff utf-8", "bad \ufffd utf-8"},
		{"Kertas Kerja – ekonomi", "Kertas Kerja – ekonomi"},
	} {
		if got := safe(tt.in); got != tt.want {
			t.Errorf("safe(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	for _, tt := range []struct{ in, want string }{
		{"=1+2", "'=1+2"}, {"+62 812", "'+62 812"}, {"-5", "'-5"}, {"@SUM(A1)", "'@SUM(A1)"},
		{"\tx", "' x"}, {"\rx", "' x"}, {"KK2/33/01", "KK2/33/01"}, {"", ""}, {"a\nb", "a\nb"}, {"a\x1bb", "a b"},
	} {
		if got := csvCell(tt.in); got != tt.want {
			t.Errorf("csvCell(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// noControl fails the test when s holds a control character other than
// the line feed that ends each line of output.
func noControl(t *testing.T, what, s string) {
	t.Helper()
	for i, r := range s {
		if r != '\n' && controlRune(r) {
			t.Errorf("%s: control character %U at byte %d: %q", what, r, i, s)
			return
		}
	}
}

// hostileSessionsJSON carries escape sequences, CR, BEL, DEL, a C1 CSI and
// line separators in every kind of text the sessions commands print, and
// formulas in the cells of the items CSV.
const hostileSessionsJSON = `{
  "forums": [{"id": "kalbar-sarawak", "level": "regional", "pair": "kalbar-sarawak",
    "names": [{"side": "indonesia", "lang": "id", "name": "Forum \u001b[2J\u001b[31mMERAH\u0007"}]}],
  "sessions": [
    {"forum": "kalbar-sarawak", "number": 33, "dates": "2017-10-23/2017-10-25", "city": "Singkawang\rPALSU", "venue": "Hotel\u009b2J\u007f",
     "meetings": [{"kind": "working-paper-evaluation", "dates": "2017-09-12/12", "venue": "Aula\u2028baris"}]}
  ],
  "items": [
    {"forum": "kalbar-sarawak", "ref": "=HYPERLINK(\"http://x\")", "title": "\u001b]0;judul\u0007Pelabuhan",
     "history": [{"session": 33, "outcome": "agreed", "note": "+62\u001b[1m"}]},
    {"forum": "kalbar-sarawak", "ref": "@SUM(1)", "title": "-2+3",
     "history": [{"session": 33, "note": "\tcatatan"}]},
    {"forum": "kalbar-sarawak", "ref": "KK/3", "title": "\rcmd|' /C calc'!A0",
     "history": [{"session": 33, "note": "biasa"}]}
  ]
}
`

func TestSessionsHostileText(t *testing.T) {
	file := writeTemp(t, "hostile.json", hostileSessionsJSON)
	for _, args := range [][]string{
		{"sessions", "list", file},
		{"sessions", "list", file, "--lang", "en"},
		{"sessions", "items", file},
		{"sessions", "items", file, "--history"},
		{"sessions", "items", file, "--open", "--lang", "ms"},
	} {
		stdout, stderr, code := runCLI(t, args...)
		if code != exitOK {
			t.Errorf("%q: code %d, stderr %q", args, code, stderr)
		}
		noControl(t, strings.Join(args, " "), stdout+stderr)
		if strings.Contains(stdout, "\t") {
			t.Errorf("%q: a tab in the output: %q", args, stdout)
		}
	}
	stdout, _, _ := runCLI(t, "sessions", "list", file)
	for _, want := range []string{"Forum  [2J [31mMERAH ", "Singkawang PALSU", "Aula baris"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("sessions list: %q not in the output:\n%s", want, stdout)
		}
	}
	// A problem quoting user text is printed safely too.
	bad := writeTemp(t, "bad.json", `{"forums":[],"sessions":[{"forum":"x","number":1,"mode":"\u001b[31mby pigeon\u0007"}]}`)
	_, stderr, code := runCLI(t, "sessions", "list", bad)
	if code != exitInput || !strings.Contains(stderr, "by pigeon") {
		t.Errorf("bad mode: code %d, stderr %q", code, stderr)
	}
	noControl(t, "bad mode", stderr)
}

// TestSessionsItemsCSVFormulas checks that --csv neutralises formula cells
// by default and writes them verbatim with --raw-cells, one row per
// history entry, counted from the input, not by the reader under test.
func TestSessionsItemsCSVFormulas(t *testing.T) {
	file := writeTemp(t, "hostile.json", hostileSessionsJSON)
	const rowsIn = 1 + 1 + 1 // the history entries of the three items
	read := func(args ...string) [][]string {
		t.Helper()
		stdout, stderr, code := runCLI(t, args...)
		if code != exitOK || stderr != "" {
			t.Fatalf("%q: code %d, stderr %q", args, code, stderr)
		}
		recs, err := csv.NewReader(strings.NewReader(stdout)).ReadAll()
		if err != nil {
			t.Fatalf("%q: output is not CSV: %v\n%s", args, err, stdout)
		}
		if len(recs) != 1+rowsIn {
			t.Fatalf("%q: %d rows, want the header and %d", args, len(recs), rowsIn)
		}
		return recs[1:]
	}
	cols := func(recs [][]string, i ...int) [][]string {
		var out [][]string
		for _, r := range recs {
			var row []string
			for _, j := range i {
				row = append(row, r[j])
			}
			out = append(out, row)
		}
		return out
	}
	// forum, ref, title, note
	safeRows := read("sessions", "items", "--csv", file)
	want := [][]string{
		{"kalbar-sarawak", `'=HYPERLINK("http://x")`, " ]0;judul Pelabuhan", "'+62 [1m"},
		{"kalbar-sarawak", "'@SUM(1)", "'-2+3", "' catatan"},
		{"kalbar-sarawak", "KK/3", "' cmd|' /C calc'!A0", "biasa"},
	}
	if diff := cmp.Diff(want, cols(safeRows, 0, 1, 2, 8)); diff != "" {
		t.Errorf("--csv mismatch (-want +got):\n%s", diff)
	}
	for _, r := range safeRows {
		for _, cell := range r {
			noControl(t, "--csv", cell)
			if cell != "" && strings.IndexByte("=+-@\t\r", cell[0]) >= 0 {
				t.Errorf("--csv: formula cell %q", cell)
			}
		}
	}
	raw := read("sessions", "items", "--csv", "--raw-cells", file)
	want = [][]string{
		{"kalbar-sarawak", `=HYPERLINK("http://x")`, "\x1b]0;judul\aPelabuhan", "+62\x1b[1m"},
		{"kalbar-sarawak", "@SUM(1)", "-2+3", "\tcatatan"},
		{"kalbar-sarawak", "KK/3", "\rcmd|' /C calc'!A0", "biasa"},
	}
	if diff := cmp.Diff(want, cols(raw, 0, 1, 2, 8)); diff != "" {
		t.Errorf("--csv --raw-cells mismatch (-want +got):\n%s", diff)
	}
}

func TestDateHostileText(t *testing.T) {
	for _, sub := range []string{"parse", "format"} {
		_, stderr, code := runCLI(t, "date", sub, "\x1b[2J\x1b[31m7 Agustus\r2019\a")
		if code != exitInput || stderr == "" {
			t.Errorf("date %s: code %d, stderr %q; want an error", sub, code, stderr)
		}
		noControl(t, "date "+sub, stderr)
	}
}

func TestTradeHostileText(t *testing.T) {
	file := writeTradeFile(t, "hostile.csv", "tahun,arus,pelapor,pos,skema,nilai,mata_uang\n"+
		"2015,ekspor,Kalbar,\"\x1b[2JPos\rPalsu\a\",,Rp1.000,IDR\n")
	stdout, stderr, code := runCLI(t, "trade", "summary", file, "--by", "post")
	if code != exitOK {
		t.Errorf("trade summary: code %d, stderr %q", code, stderr)
	}
	noControl(t, "trade summary", stdout+stderr)
	if !strings.Contains(stdout, " [2JPos Palsu ") {
		t.Errorf("trade summary: the post is not in the output:\n%s", stdout)
	}
	bad := writeTradeFile(t, "bad.csv", "tahun,arus,nilai,mata_uang\n2015,\x1b]0;x\x07transit,Rp1,IDR\n")
	_, stderr, code = runCLI(t, "trade", "summary", bad)
	if code != exitInput || stderr == "" {
		t.Errorf("trade summary of a bad row: code %d, stderr %q", code, stderr)
	}
	noControl(t, "trade summary error", stderr)
}
