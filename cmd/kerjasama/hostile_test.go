package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// The hostile-input suite of issue #14 across the commands: each case
// generates a file that real spreadsheets and downloads produce, runs the
// command in-process, and checks that
//
//   - rows in = rows loaded + rows reported, where rows in is counted by
//     countRecords or countJSON below (not by the reader under test), rows
//     loaded from what the command printed (the sum of unit values of a
//     trade summary, the lines of an agreements list) and rows reported
//     from the distinct line numbers of the positions on standard error;
//   - the exit status is not 0 whenever a row was not loaded;
//   - no raw control character other than \n and \t reaches stdout or
//     stderr;
//   - standard error is exactly what is expected (the file's path written
//     FILE).
//
// The memory cases (a 50 MB line, a 50 MB header, an endless stream) are in
// TestHostileMemory.

// countRecords counts the records of CSV text: line ends are \r\n, \r or
// \n outside double quotes; a last record without a line end counts; empty
// lines do not. UTF-16 with a BOM is decoded first.
func countRecords(data []byte) int {
	s := decodeBOM(data)
	n, inQuote, filled := 0, false, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '"':
			inQuote, filled = !inQuote, true
		case (c == '\r' || c == '\n') && !inQuote:
			if filled {
				n++
			}
			filled = false
			if c == '\r' && i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
		default:
			filled = true
		}
	}
	if filled {
		n++
	}
	return n
}

// decodeBOM returns data as UTF-8 text, decoding UTF-16 marked by a BOM.
func decodeBOM(data []byte) string {
	if len(data) < 2 || !(data[0] == 0xff && data[1] == 0xfe || data[0] == 0xfe && data[1] == 0xff) {
		return strings.TrimPrefix(string(data), "\ufeff")
	}
	u := make([]uint16, 0, len(data)/2)
	for i := 2; i+1 < len(data); i += 2 {
		if data[0] == 0xff {
			u = append(u, uint16(data[i])|uint16(data[i+1])<<8)
		} else {
			u = append(u, uint16(data[i])<<8|uint16(data[i+1]))
		}
	}
	return string(utf16.Decode(u))
}

// countJSON counts the elements of the array at key of a JSON object.
func countJSON(t *testing.T, data []byte, key string) int {
	t.Helper()
	var doc map[string]json.RawMessage
	var arr []json.RawMessage
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatalf("countJSON: %v", err)
	}
	if err := json.Unmarshal(doc[key], &arr); err != nil {
		t.Fatalf("countJSON %q: %v", key, err)
	}
	return len(arr)
}

// utf16File encodes s as UTF-16 with a BOM, little- or big-endian.
func utf16File(s string, little bool) []byte {
	b := []byte{0xfe, 0xff}
	if little {
		b = []byte{0xff, 0xfe}
	}
	for _, u := range utf16.Encode([]rune(s)) {
		if little {
			b = append(b, byte(u), byte(u>>8))
		} else {
			b = append(b, byte(u>>8), byte(u))
		}
	}
	return b
}

// rawControl returns the first control character other than \n and \t
// in s, or -1.
func rawControl(s string) rune {
	for _, r := range s {
		if r != '\n' && r != '\t' && controlRune(r) {
			return r
		}
	}
	if !utf8.ValidString(s) {
		return utf8.RuneError
	}
	return -1
}

// reportedRows returns the distinct line numbers of the positions FILE:LINE
// of problems (not warnings) printed on stderr.
func reportedRows(stderr, file string) int {
	re := regexp.MustCompile(`(?m)^(?:kerjasama: )?` + regexp.QuoteMeta(file) + `(?::|, line |, baris )(\d+)`)
	seen := map[string]bool{}
	for _, m := range re.FindAllStringSubmatch(stderr, -1) {
		seen[m[1]] = true
	}
	return len(seen)
}

// tradeHeader heads the generated trade files; tradeRow(i) is a good row
// of value 1.000 rupiah (of HS chapter i, so that no two repeat each
// other): a summary's exports divided by 1000 count the rows loaded.
const tradeHeader = "tahun,arus,pos,hs,nilai,mata_uang"

func tradeRow(i int) string { return fmt.Sprintf("2019,ekspor,PLBN Entikong,%02d,1000,IDR", i) }

// tradeBad is a trade row with its cells from the value on replaced.
func tradeBad(i int, rest string) string {
	return fmt.Sprintf("2019,ekspor,PLBN Entikong,%02d,%s", i, rest)
}

// tradeLoaded returns the number of unit rows a "trade summary --by none
// --lang en --keep-going" summed: its exports divided by unit.
func tradeLoaded(unit int64) func(string) int {
	return func(stdout string) int {
		lines := strings.Split(stdout, "\n")
		for i, l := range lines {
			if strings.Contains(l, "exports") && i+1 < len(lines) {
				f := strings.Fields(lines[i+1])
				if strings.Contains(l, "border post") { // --by post: the total, last
					f = strings.Fields(lines[len(lines)-2])[1:]
				}
				if len(f) == 0 {
					return 0
				}
				v, err := strconv.ParseInt(strings.Map(func(r rune) rune {
					if r >= '0' && r <= '9' {
						return r
					}
					return -1
				}, f[0]), 10, 64)
				if err != nil {
					return -1
				}
				return int(v / unit)
			}
		}
		return 0
	}
}

// agreementsLoaded counts the agreements an "agreements list" printed: the
// lines between the table's heading and the closing count.
func agreementsLoaded(stdout string) int {
	lines := strings.Split(strings.TrimRight(stdout, "\n"), "\n")
	start := slices.IndexFunc(lines, func(l string) bool { return strings.HasPrefix(l, "ID ") })
	if start < 0 {
		return 0
	}
	return len(lines) - start - 2
}

func lines(rows ...string) string { return strings.Join(rows, "\n") + "\n" }

type hostileCase struct {
	name   string
	file   string // the name of the file: its extension chooses the reader
	data   []byte
	args   []string         // the command; the file's path is appended
	in     func() int       // rows in, when not counted by countRecords (JSON)
	loaded func(string) int // rows loaded, from stdout
	code   int
	stderr string // with the path written FILE
}

func TestHostileInput(t *testing.T) {
	summary := []string{"trade", "summary", "--by", "none", "--lang", "en", "--keep-going"}
	list := []string{"agreements", "list", "--lang", "en", "--at", "2020-01-01", "--keep-going"}
	agHeader := "No,Judul,Mitra,Tanggal Penandatanganan,Jangka Waktu"
	agRow := func(n int) string { return strconv.Itoa(n) + ",Kerja sama,Kota Daejeon,2016,5 tahun" }
	agJSON := []byte(`{"agreements": [
  {"id": "A-1", "title": "Kerja sama", "parties": [{"role": "partner", "name": "Kota Daejeon"}], "signed": "2016"},
  {"id": "A-2", "title": "Kerja sama", "parties": [{"role": "partner", "name": "Kota Daejeon"}], "sigend": "2016"}
]}`)
	tradeJSON := []byte(`{"reporter": "61", "records": [
  {"period": "2019", "flow": "export", "post": "entikong", "value": "IDR 1000"},
  {"period": "2019", "flow": "import", "pots": "entikong", "value": "IDR 5000"}
]}`)
	big := "40.000.000.000.000.000" // rupiah: three of them overflow
	tests := []hostileCase{
		{name: "trade CR-only line ends", file: "t.csv", data: []byte(strings.ReplaceAll(lines(tradeHeader, tradeRow(1), tradeRow(2), tradeRow(3)), "\n", "\r")),
			args: summary, loaded: tradeLoaded(1000)},
		{name: "trade unclosed quote in the middle", file: "t.csv", data: []byte(lines(tradeHeader, tradeRow(1), `2019,ekspor,"PLBN Entikong,02,1000,IDR`, tradeRow(3), tradeRow(4))),
			args: summary, loaded: tradeLoaded(1000), code: exitInput,
			stderr: "FILE:3:13: unclosed quote: the quoted field opened here runs to the end of the input (line 5), taking every line after it\n"},
		{name: "trade row cut short", file: "t.csv", data: []byte(lines(tradeHeader, tradeRow(1), tradeBad(2, "1000"), tradeRow(3))),
			args: summary, loaded: tradeLoaded(1000), code: exitInput,
			stderr: "FILE:3:34: wrong number of fields: 5, want 6\n"},
		{name: "trade unquoted decimal comma", file: "t.csv", data: []byte(lines(tradeHeader, tradeRow(1), tradeBad(2, "2.500.000,75,IDR"), tradeRow(3))),
			args: summary, loaded: tradeLoaded(1000), code: exitInput,
			stderr: "FILE:3:43: wrong number of fields: 7, want 6\n"},
		{name: "trade 0.500 in Indonesian", file: "t.csv", data: []byte(lines(tradeHeader, tradeRow(1), tradeBad(2, "0.500,IDR"))),
			args: summary, loaded: tradeLoaded(1000), code: exitInput,
			stderr: "FILE:3:30: nilai: money.Parser.Parse(\"0.500\"): no group of thousands starts with 0, and as a decimal separator it would give three decimal places, which no amount of money has; write the amount with the language's decimal separator (0,50 or 0.50) or add a scale word (at \".500\")\n"},
		{name: "trade UTF-16 LE", file: "t.csv", data: utf16File(lines(tradeHeader, tradeRow(1), tradeRow(2)), true),
			args: summary, loaded: tradeLoaded(1000)},
		{name: "trade UTF-16 BE", file: "t.csv", data: utf16File(lines(tradeHeader, tradeRow(1), tradeRow(2)), false),
			args: summary, loaded: tradeLoaded(1000)},
		{name: "trade totals overflow over many rows", file: "t.csv",
			data: []byte(lines(tradeHeader, tradeBad(1, big+",IDR"), tradeBad(2, big+",IDR"), tradeBad(3, big+",IDR"), tradeBad(4, big+",IDR"))),
			args: summary, loaded: tradeLoaded(40_000_000_000_000_000), code: exitInput,
			stderr: "FILE:4: trade: aggregating 2019 export: money: overflow\nFILE:5: trade: aggregating 2019 export: money: overflow\n"},
		{name: "trade negative value", file: "t.csv", data: []byte(lines(tradeHeader, tradeRow(1), tradeBad(2, "-1000,IDR"))),
			args: summary, loaded: tradeLoaded(1000), code: exitInput,
			stderr: "FILE:3:30: nilai: negative value: a trade value is an amount of goods, never below zero\n"},
		{name: "trade duplicate rows", file: "t.csv", data: []byte(lines(tradeHeader, tradeRow(1), tradeRow(1))),
			args: summary, loaded: tradeLoaded(1000),
			stderr: "kerjasama: warning: FILE:3:1: repeats an earlier row\n"},
		{name: "trade annual and monthly rows of one year", file: "t.csv",
			data: []byte(lines("tahun,bulan,arus,pos,nilai,mata_uang", "2019,,ekspor,PLBN Entikong,1000,IDR", "2019,Januari,ekspor,PLBN Entikong,1000,IDR")),
			args: summary, loaded: tradeLoaded(1000), code: exitInput,
			stderr: "FILE:3:1: a whole year beside months of that year\n"},
		{name: "trade control characters and formulas in names", file: "t.csv",
			data: []byte(lines(tradeHeader, "2019,ekspor,PLBN \x1b[31mEntikong\x1b[0m,01,1000,IDR", `2019,ekspor,"=HYPERLINK(""http://x"")",01,1000,IDR`,
				"2019,ekspor,+cmd|' /C calc'!A0,01,1000,IDR", "2019,ekspor,@SUM(A1:A2),01,1000,IDR", "2019,ekspor,-1+1,01,1000,IDR")),
			args: []string{"trade", "summary", "--by", "post", "--lang", "en"}, loaded: tradeLoaded(1000)},

		{name: "agreements CR-only line ends", file: "a.csv", data: []byte(strings.ReplaceAll(lines(agHeader, agRow(1), agRow(2), agRow(3)), "\n", "\r")),
			args: list, loaded: agreementsLoaded},
		{name: "agreements unclosed quote in the middle", file: "a.csv", data: []byte(lines(agHeader, agRow(1), `2,"Kerja sama,Kota Daejeon,2016,5 tahun`, agRow(3))),
			args: list, loaded: agreementsLoaded, code: exitInput,
			stderr: "kerjasama: FILE:3:3: unclosed quote: the quoted field opened here runs to the end of the input (line 4), taking every line after it\n"},
		{name: "agreements row cut short", file: "a.csv", data: []byte(lines(agHeader, agRow(1), "2,Kerja sama,Kota Daejeon", agRow(3))),
			args: list, loaded: agreementsLoaded, code: exitInput,
			stderr: "kerjasama: FILE:3:26: wrong number of fields: 3, want 5\n"},
		{name: "agreements row with more cells", file: "a.csv", data: []byte(lines(agHeader, agRow(1), agRow(2)+",Rp2.500.000,75")),
			args: list, loaded: agreementsLoaded, code: exitInput,
			stderr: "kerjasama: FILE:3:40: wrong number of fields: 7, want 5\n"},
		{name: "agreements UTF-16 LE", file: "a.csv", data: utf16File(lines(agHeader, agRow(1), agRow(2)), true), args: list, loaded: agreementsLoaded},
		{name: "agreements UTF-16 BE", file: "a.csv", data: utf16File(lines(agHeader, agRow(1), agRow(2)), false), args: list, loaded: agreementsLoaded},
		{name: "agreements control characters in names", file: "a.csv",
			data: []byte(lines(agHeader, "1,Kerja \x1b]0;pwned\x07sama,Kota\x1b[2J Daejeon,2016,5 tahun", `2,"=HYPERLINK(""x"")",Kota Daejeon,2016,5 tahun`,
				"3,Kerja sama,Kota Daejeon,7 Agu\x1b[2Jstus 2019,5 tahun")),
			args: list, loaded: agreementsLoaded, code: exitInput,
			stderr: "kerjasama: warning: FILE:2:24: Mitra: partner not recognised, kept as name: region: no region named \"Kota\\x1b[2J Daejeon\"\n" +
				"kerjasama: FILE:4:27: Tanggal Penandatanganan: date.ParsePartial(\"7 Agu\\x1b[2Jstus 2019\"): unexpected character '\\x1b' (at \"\\x1b[2Jstus 2019\")\n"},
		{name: "trade JSON misspelt key", file: "t.json", data: tradeJSON, args: []string{"report", "--lang", "en", "--trade"}, code: exitInput,
			stderr: "kerjasama: FILE, line 3, column 40: pots: unknown key in a record (want period, flow, reporter, partner, post, basis, scheme, hs, classification, code, value, net_weight, quantity or source)\nkerjasama: FILE: 1 of 2 records could not be read\nkerjasama: no report was made (--keep-going evaluates what can be read)\n"},
		{name: "session items CSV", file: "butir.csv", data: []byte(lines("forum,ref,title,session,outcome",
			"kalbar-sarawak,A,Jalur \x1b[2JJagoi,36,agreed", `kalbar-sarawak,B,"=HYPERLINK(""x"")",36,agreed`, "kalbar-sarawak,C,Temajuk,36", "kalbar-sarawak,D,Pos,36,maybe")),
			args: []string{"report", "--lang", "en", "--sessions"}, code: exitInput,
			stderr: "kerjasama: FILE, line 4, column 28: syntax error: wrong number of fields: 4, want 5\nkerjasama: FILE, line 5, column 25: outcome: session.ParseOutcome(\"maybe\"): unknown outcome\nkerjasama: FILE: 2 of 4 records could not be read\nkerjasama: no report was made (--keep-going evaluates what can be read)\n"},
		{name: "sessions JSON misspelt key", file: "s.json", data: []byte(`{"forums": [{"id": "kalbar-sarawak", "level": "regional", "pair": "kalbar-sarawak"}],
  "items": [{"forum": "kalbar-sarawak", "ref": "A", "titel": "Pos \u001b[2JTemajuk"}]}`),
			args: []string{"sessions", "list"}, code: exitInput,
			stderr: "kerjasama: FILE:2:53: syntax error: json: unknown field \"titel\"\n"},
		{name: "agreements JSON misspelt key", file: "a.json", data: agJSON,
			in: func() int { return countJSON(t, agJSON, "agreements") }, args: list, loaded: agreementsLoaded, code: exitInput,
			stderr: "kerjasama: FILE:3:98: unknown key \"sigend\"\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), tt.file)
			if err := os.WriteFile(path, tt.data, 0o644); err != nil {
				t.Fatal(err)
			}
			stdout, stderr, code := runCLI(t, append(slices.Clone(tt.args), path)...)
			in := 0
			if tt.in != nil {
				in = tt.in()
			} else {
				in = countRecords(tt.data) - 1 // the header
			}
			if tt.loaded != nil {
				loaded, reported := tt.loaded(stdout), reportedRows(stderr, path)
				if in != loaded+reported {
					t.Errorf("rows in %d, loaded %d + reported %d = %d", in, loaded, reported, loaded+reported)
				}
				if (loaded < in) != (code != exitOK) {
					t.Errorf("exit status %d with %d of %d rows loaded", code, loaded, in)
				}
			}
			t.Logf("stdout:\n%s\nstderr:\n%s", stdout, stderr)
			if code != tt.code {
				t.Errorf("exit status %d, want %d", code, tt.code)
			}
			if r := rawControl(stdout + stderr); r >= 0 {
				t.Errorf("raw control character %U in the output", r)
			}
			if diff := cmp.Diff(tt.stderr, strings.ReplaceAll(stderr, path, "FILE")); diff != "" {
				t.Errorf("stderr mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
