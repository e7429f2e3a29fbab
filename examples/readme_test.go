package examples

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// A block is a fenced code block of the README.
type block struct {
	lang  string
	lines []string
	line  int // where it starts in README.md
}

func readmeBlocks(t *testing.T) (string, []block) {
	t.Helper()
	b, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	var blocks []block
	var cur *block
	for i, l := range strings.Split(text, "\n") {
		switch {
		case cur == nil && strings.HasPrefix(l, "```"):
			cur = &block{lang: strings.TrimPrefix(l, "```"), line: i + 1}
		case cur != nil && l == "```":
			blocks = append(blocks, *cur)
			cur = nil
		case cur != nil:
			cur.lines = append(cur.lines, l)
		}
	}
	if cur != nil {
		t.Fatalf("README.md:%d: code block not closed", cur.line)
	}
	return text, blocks
}

// containsLines reports whether want occurs as consecutive lines of have,
// comparing lines with their leading tabs removed (the README quotes the
// body of an Example function one level less indented).
func containsLines(have, want []string) bool {
	trim := func(s string) string { return strings.TrimLeft(s, "\t") }
	for i := 0; i+len(want) <= len(have); i++ {
		ok := true
		for j := range want {
			if trim(have[i+j]) != trim(want[j]) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// TestReadmeGoBlocks checks that every Go block of the README is quoted
// from an Example in this directory, so that it compiles and its output is
// checked by go test.
func TestReadmeGoBlocks(t *testing.T) {
	_, blocks := readmeBlocks(t)
	files, _ := filepath.Glob("*_test.go")
	var sources [][]string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		sources = append(sources, strings.Split(string(b), "\n"))
	}
	n := 0
	for _, bl := range blocks {
		if bl.lang != "go" {
			continue
		}
		n++
		found := false
		for _, src := range sources {
			if containsLines(src, bl.lines) {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("README.md:%d: Go block is not quoted from any example in examples/", bl.line)
		}
	}
	if n < 8 {
		t.Errorf("README has %d Go blocks, want one per package (8)", n)
	}
}

// TestReadmeReportExcerpt checks that the report excerpt of the README is
// what the command prints (the golden report of cmd/kerjasama).
func TestReadmeReportExcerpt(t *testing.T) {
	_, blocks := readmeBlocks(t)
	golden, err := os.ReadFile("../cmd/kerjasama/testdata/report/embedded.id.txt")
	if err != nil {
		t.Fatal(err)
	}
	have := strings.Split(string(golden), "\n")
	for _, bl := range blocks {
		if bl.lang == "text" && !containsLines(have, bl.lines) {
			t.Errorf("README.md:%d: report excerpt differs from cmd/kerjasama/testdata/report/embedded.id.txt", bl.line)
		}
	}
}

// TestReadmeFirstScreen checks that the first screen gives the two commands
// a newcomer needs.
func TestReadmeFirstScreen(t *testing.T) {
	text, _ := readmeBlocks(t)
	first := strings.Join(strings.SplitN(text, "\n", 26)[:25], "\n")
	for _, cmd := range []string{"go run ./cmd/kerjasama report", "go test ./... ./store/... ./cmd/kerjasama/..."} {
		if !strings.Contains(first, cmd) {
			t.Errorf("the first 25 lines of README.md lack %q", cmd)
		}
	}
}

var (
	linkRE    = regexp.MustCompile(`\]\(([^)#:]+)(#[^)]*)?\)`)
	commandRE = regexp.MustCompile("(?m)^\\| `([a-z]+)` \\|")
	fuzzRE    = regexp.MustCompile(`-fuzz '\^(Fuzz\w+)\$' .*(\./[a-z/]+)`)
	runRE     = regexp.MustCompile(`Example_\w+`)
)

// TestReadmeReferences checks that what the README names exists: linked
// files, subcommands, fuzz targets and examples.
func TestReadmeReferences(t *testing.T) {
	text, _ := readmeBlocks(t)
	for _, m := range linkRE.FindAllStringSubmatch(text, -1) {
		if _, err := os.Stat(filepath.Join("..", m[1])); err != nil {
			t.Errorf("README links to %s, which does not exist", m[1])
		}
	}
	cmds := commandRE.FindAllStringSubmatch(text, -1)
	if len(cmds) == 0 {
		t.Errorf("README lists no subcommands")
	}
	for _, m := range cmds {
		if _, err := os.Stat(filepath.Join("../cmd/kerjasama", m[1]+".go")); err != nil {
			t.Errorf("README lists the subcommand %q, but cmd/kerjasama/%s.go does not exist", m[1], m[1])
		}
	}
	for _, m := range fuzzRE.FindAllStringSubmatch(text, -1) {
		files, _ := filepath.Glob(filepath.Join("..", m[2], "*_test.go"))
		found := false
		for _, f := range files {
			b, _ := os.ReadFile(f)
			if strings.Contains(string(b), "func "+m[1]+"(") {
				found = true
			}
		}
		if !found {
			t.Errorf("README runs %s in %s, which has no such fuzz target", m[1], m[2])
		}
	}
	files, _ := filepath.Glob("*_test.go")
	var all strings.Builder
	for _, f := range files {
		b, _ := os.ReadFile(f)
		all.Write(b)
	}
	for _, name := range runRE.FindAllString(text, -1) {
		if !strings.Contains(all.String(), "func "+name+"()") {
			t.Errorf("README names %s, which is not an example here", name)
		}
	}
}
