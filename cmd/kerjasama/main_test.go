package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// runCLI runs the command line args and returns what it wrote and its exit status.
func runCLI(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	c := &cli{stdout: &out, stderr: &errb}
	code = c.main(args)
	return out.String(), errb.String(), code
}

func TestUsage(t *testing.T) {
	_, stderr, code := runCLI(t)
	if code != exitUsage || !strings.Contains(stderr, "Commands:") {
		t.Errorf("no args: code %d, stderr %q; want %d and the command list", code, stderr, exitUsage)
	}
	_, stderr, code = runCLI(t, "no-such-command")
	if code != exitUsage || !strings.Contains(stderr, `unknown command "no-such-command"`) {
		t.Errorf("unknown command: code %d, stderr %q", code, stderr)
	}
	for _, arg := range []string{"help", "-h", "--help", "-help"} {
		stdout, stderr, code := runCLI(t, arg)
		if code != exitOK || !strings.Contains(stdout, "Usage:") || stderr != "" {
			t.Errorf("kerjasama %s: code %d, stdout %q, stderr %q; want 0 and the usage on stdout", arg, code, stdout, stderr)
		}
	}
}

func TestVersion(t *testing.T) {
	for _, arg := range []string{"version", "--version", "-version"} {
		stdout, stderr, code := runCLI(t, arg)
		if code != exitOK || !strings.HasPrefix(stdout, "kerjasama ") || !strings.Contains(stdout, "go1.") || stderr != "" {
			t.Errorf("%s: code %d, stdout %q, stderr %q", arg, code, stdout, stderr)
		}
	}
	if _, _, code := runCLI(t, "version", "extra"); code != exitUsage {
		t.Errorf("version extra: code %d, want %d", code, exitUsage)
	}
}

func TestParseFlags(t *testing.T) {
	tests := []struct {
		args []string
		pos  []string
		lang string
	}{
		{[]string{"format", "5000", "--lang", "ms"}, []string{"format", "5000"}, "ms"},
		{[]string{"--lang=en", "a", "b"}, []string{"a", "b"}, "en"},
		{[]string{"a", "--", "--lang"}, []string{"a", "--lang"}, "id"},
		{nil, nil, "id"},
	}
	for _, tt := range tests {
		fs := flag.NewFlagSet("t", flag.ContinueOnError)
		lang := fs.String("lang", "id", "")
		pos, err := parseFlags(fs, tt.args)
		if err != nil {
			t.Fatalf("parseFlags(%q): %v", tt.args, err)
		}
		if diff := cmp.Diff(tt.pos, pos); diff != "" {
			t.Errorf("parseFlags(%q) positional mismatch (-want +got):\n%s", tt.args, diff)
		}
		if *lang != tt.lang {
			t.Errorf("parseFlags(%q): lang = %q, want %q", tt.args, *lang, tt.lang)
		}
	}
}

// TestCommandSize keeps the command what it should be — flags, files,
// progress and exit codes over the packages — by its size: at most 2,600
// lines of non-test Go. Logic that grows past it belongs in a package.
func TestCommandSize(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	lines := 0
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines += bytes.Count(b, []byte{'\n'})
	}
	if lines > 2600 {
		t.Errorf("cmd/kerjasama holds %d lines of non-test Go, more than 2,600: move logic into the packages", lines)
	}
}
