package main

import (
	"bytes"
	"encoding/csv"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// memoryLimit is what one hostile file may cost, in bytes allocated.
const memoryLimit = 100 << 20

// allocatedBy returns the bytes allocated while f runs.
func allocatedBy(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestHostileMemory runs the commands over a 50 MB line, a 50 MB header
// and an endless stream with no line break: each ends with an error at its
// position, having allocated less than memoryLimit.
func TestHostileMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 50 MB files; skipped with -short")
	}
	if raceEnabled {
		t.Skip("too slow under the race detector")
	}
	line50 := strings.Repeat("1234567890", 5<<20)
	tests := []struct {
		name, file, data string
		args             []string
		stderr           string
	}{
		{"trade 50 MB line", "t.csv", lines(tradeHeader, tradeRow(1), "2019,ekspor,PLBN Entikong,02,"+line50),
			[]string{"trade", "summary", "--lang", "en"},
			"FILE:3:1: record too long: more than 1048576 bytes, reading stopped\nkerjasama: 1 bad rows; no summary printed (--keep-going summarises what can be read)\n"},
		{"trade 50 MB header", "t.csv", lines(tradeHeader+","+line50, tradeRow(1)),
			[]string{"trade", "summary", "--lang", "en"},
			"FILE:1:1: header: record too long: more than 1048576 bytes, reading stopped\nkerjasama: 1 bad rows; no summary printed (--keep-going summarises what can be read)\n"},
		{"agreements 50 MB line", "a.csv", lines("No,Judul,Mitra", "1,A,Kota Daejeon", "2,"+line50+",Kota Daejeon"),
			[]string{"agreements", "list", "--lang", "en"},
			"kerjasama: FILE:3:1: record too long: more than 1048576 bytes, reading stopped\n"},
		{"agreements 50 MB header", "a.csv", lines("No,Judul,"+line50, "1,A,Kota Daejeon"),
			[]string{"agreements", "list", "--lang", "en"},
			"kerjasama: FILE:1:1: record too long: more than 1048576 bytes, reading stopped\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), tt.file)
			if err := os.WriteFile(path, []byte(tt.data), 0o644); err != nil {
				t.Fatal(err)
			}
			var stdout, stderr string
			var code int
			n := allocatedBy(func() { stdout, stderr, code = runCLI(t, append(tt.args, path)...) })
			if n > memoryLimit {
				t.Errorf("allocated %d MB, want at most %d MB", n>>20, memoryLimit>>20)
			}
			if code != exitInput || stdout != "" {
				t.Errorf("exit status %d, stdout %q; want %d and nothing", code, stdout, exitInput)
			}
			if diff := cmp.Diff(tt.stderr, strings.ReplaceAll(stderr, path, "FILE")); diff != "" {
				t.Errorf("stderr mismatch (-want +got):\n%s", diff)
			}
			t.Logf("allocated %d MB", n>>20)
		})
	}
}

// TestHostileEndlessStream gives "trade summary -" and "sessions list -" a
// standard input that never ends and holds no line break: each must stop
// with an error, having allocated less than memoryLimit.
func TestHostileEndlessStream(t *testing.T) {
	if testing.Short() {
		t.Skip("reads an endless stream; skipped with -short")
	}
	if raceEnabled {
		t.Skip("too slow under the race detector")
	}
	tests := []struct {
		args   []string
		prefix string // written once before the endless text
		stderr string
	}{
		{[]string{"trade", "summary", "-"}, "", "-:1:1: header: record too long: more than 1048576 bytes, reading stopped\nkerjasama: 1 bad rows; no summary printed (--keep-going summarises what can be read)\n"},
		// Not JSON: read as CSV, whose records are at most 1 MiB.
		{[]string{"sessions", "list", "-"}, "", "kerjasama: <stdin>:1:1: input too large: record too long: more than 1048576 bytes, reading stopped\n"},
		// JSON: read whole, up to 64 MiB.
		{[]string{"sessions", "list", "-"}, "{", "kerjasama: <stdin>:1:67108865: input too large: more than 67108864 bytes\n"},
	}
	for _, tt := range tests {
		r, w, err := os.Pipe()
		if err != nil {
			t.Fatal(err)
		}
		done := make(chan struct{})
		go func() {
			defer close(done)
			chunk := bytes.Repeat([]byte("tahun;arus;"), 6000)
			if _, err := io.WriteString(w, tt.prefix); err != nil {
				return
			}
			for {
				if _, err := w.Write(chunk); err != nil {
					return
				}
			}
		}()
		stdin := os.Stdin
		os.Stdin = r
		var stdout, stderr string
		var code int
		n := allocatedBy(func() { stdout, stderr, code = runCLI(t, tt.args...) })
		os.Stdin = stdin
		r.Close()
		<-done
		w.Close()
		if n > memoryLimit {
			t.Errorf("%q: allocated %d MB, want at most %d MB", tt.args, n>>20, memoryLimit>>20)
		}
		if code != exitInput || stdout != "" {
			t.Errorf("%q: exit status %d, stdout %q; want %d and nothing", tt.args, code, stdout, exitInput)
		}
		if diff := cmp.Diff(tt.stderr, stderr); diff != "" {
			t.Errorf("%q: stderr mismatch (-want +got):\n%s", tt.args, diff)
		}
		t.Logf("%q: allocated %d MB", tt.args, n>>20)
	}
}

// TestHostileCSVOutput checks that no cell of a CSV the command writes
// starts with = + - or @ (a formula to a spreadsheet) unless neutralised
// with a leading quote, whatever the text fields of the input hold.
func TestHostileCSVOutput(t *testing.T) {
	doc := `{"forums": [{"id": "kalbar-sarawak", "level": "regional", "pair": "kalbar-sarawak"}],
  "sessions": [{"forum": "kalbar-sarawak", "number": 36, "within": "2023-09", "host_side": "malaysia", "city": "=Kuching", "venue": "@A1",
    "note": "+1\u001b[2J", "sources": [{"title": "-x"}]}],
  "items": [
    {"forum": "kalbar-sarawak", "ref": "=HYPERLINK(\"http://x\")", "title": "+cmd|' /C calc'!A0", "note": "@SUM(A1:A2)", "history": [{"session": 36, "outcome": "agreed", "note": "-1+1"}]},
    {"forum": "kalbar-sarawak", "ref": "\tB", "title": "\r=1+1", "history": [{"session": 36, "note": "\u001b[2J-2"}]}
  ]}`
	path := filepath.Join(t.TempDir(), "s.json")
	if err := os.WriteFile(path, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		cmd     string
		neutral int // cells neutralised, at least
	}{{"items", 5}, {"list", 4}} {
		stdout, stderr, code := runCLI(t, "sessions", tt.cmd, path, "--csv")
		if code != exitOK || stderr != "" {
			t.Fatalf("%s: exit status %d, stderr %q", tt.cmd, code, stderr)
		}
		recs, err := csv.NewReader(strings.NewReader(stdout)).ReadAll()
		if err != nil {
			t.Fatalf("%s: output is not CSV: %v\n%s", tt.cmd, err, stdout)
		}
		formulas := 0
		for _, rec := range recs[1:] {
			for _, cell := range rec {
				if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
					t.Errorf("%s: cell %q starts a formula", tt.cmd, cell)
				}
				if strings.HasPrefix(cell, "'") {
					formulas++
				}
			}
		}
		if r := rawControl(stdout); r >= 0 {
			t.Errorf("%s: raw control character %U in the CSV", tt.cmd, r)
		}
		if formulas < tt.neutral {
			t.Errorf("%s: %d cells neutralised, want at least %d:\n%s", tt.cmd, formulas, tt.neutral, stdout)
		}
	}
}
