package main

import (
	"bytes"
	"context"
	"html/template"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/kerjasama/kerjasama/internal/chart"
)

const evilTitle = `<script>alert(1)</script>`

func TestHTMLEscapesUserText(t *testing.T) {
	evil := evilTitle + ` & "quoted" <img src=x onerror=alert(2)>`
	p := htmlPage{
		Lang:     "id",
		Title:    evil,
		Subtitle: evil,
		Sections: []htmlSection{{
			ID:      "agreements",
			Title:   evil,
			Summary: evil,
			Parts: []htmlPart{{
				Title:         evil,
				Charts:        []template.HTML{template.HTML(chart.Counts{Title: evil, Items: []chart.Count{{Label: evil, N: 1}}}.SVG())},
				Tables:        []htmlTable{{Caption: evil, Head: []string{evil}, Rows: [][]htmlCell{{{Text: evil}, {Text: "a|b", Num: true}}}}},
				Findings:      []htmlFinding{{Severity: "warning", Label: evil, Code: evil, Message: evil}},
				FindingsTitle: evil,
			}},
		}},
		Footer: evil,
	}
	var b bytes.Buffer
	if err := writeHTML(&b, p); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, bad := range []string{"<script", "<img"} {
		if strings.Contains(out, bad) {
			t.Errorf("HTML contains %q written as markup", bad)
		}
	}
	if !strings.Contains(out, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Errorf("escaped title missing from the page")
	}
	assertSelfContained(t, out)
}

// assertSelfContained checks that page loads nothing from elsewhere and
// runs no script: no element that fetches or runs anything, no attribute
// that points outside the page, and no style that imports or fetches.
func assertSelfContained(t *testing.T, page string) {
	t.Helper()
	for _, tag := range tagRE.FindAllString(page, -1) {
		low := strings.ToLower(tag)
		name := strings.Fields(strings.Trim(low, "</>"))
		if len(name) > 0 {
			switch name[0] {
			case "script", "link", "iframe", "img", "object", "embed", "video", "audio", "source", "image", "use", "foreignobject":
				t.Errorf("page is not self-contained: element %s", tag)
			}
		}
		for _, m := range attrRE.FindAllStringSubmatch(low, -1) {
			name, value := m[1], m[2]
			switch {
			case name == "src", name == "srcset", name == "action", name == "formaction", name == "xlink:href",
				strings.HasPrefix(name, "on"),
				name == "href" && !strings.HasPrefix(value, "#"),
				strings.Contains(value, "javascript:"):
				t.Errorf("page is not self-contained: attribute %s=%q in %s", name, value, tag)
			}
		}
	}
	if i, j := strings.Index(page, "<style>"), strings.Index(page, "</style>"); i >= 0 && j > i {
		css := strings.ToLower(page[i:j])
		for _, bad := range []string{"@import", "url(", "@font-face"} {
			if strings.Contains(css, bad) {
				t.Errorf("style sheet contains %q", bad)
			}
		}
	}
}

var (
	tagRE  = regexp.MustCompile(`<[a-zA-Z/][^>]*>`)
	attrRE = regexp.MustCompile(`\s([a-z][a-z0-9:-]*)\s*=\s*"([^"]*)"`)
)

// chromium returns the path of a headless-capable Chromium, or skips the
// test saying how to get one.
func chromium(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("KERJASAMA_CHROMIUM"); p != "" {
		if _, err := exec.LookPath(p); err == nil {
			return p
		}
		t.Logf("KERJASAMA_CHROMIUM=%q is not executable; looking on PATH", p)
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome-stable", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("no Chromium found: install Debian's chromium package (apt-get install chromium; .ci/run does this) or set KERJASAMA_CHROMIUM to a browser's path to run the HTML rendering test")
	return ""
}

// dumpDOM renders the HTML file at path in headless Chromium and returns
// the document as Chromium serialises it after parsing and layout.
func dumpDOM(t *testing.T, browser, path string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	profile := t.TempDir()
	cmd := exec.CommandContext(ctx, browser,
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-dev-shm-usage", "--user-data-dir="+profile,
		"--dump-dom", "file://"+path)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	cmd.Env = append(os.Environ(), "HOME="+profile)
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s --dump-dom: %v\nstderr:\n%s", browser, err, lastLines(stderr.String(), 20))
	}
	if stdout.Len() == 0 {
		t.Fatalf("%s --dump-dom printed nothing\nstderr:\n%s", browser, lastLines(stderr.String(), 20))
	}
	return stdout.String()
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// printToPDF prints the HTML file at path with Chromium's print layout and
// returns the PDF.
func printToPDF(t *testing.T, browser, path string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	profile := t.TempDir()
	pdf := filepath.Join(t.TempDir(), "report.pdf")
	cmd := exec.CommandContext(ctx, browser,
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-dev-shm-usage", "--user-data-dir="+profile, "--no-pdf-header-footer",
		"--print-to-pdf="+pdf, "file://"+path)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	cmd.Env = append(os.Environ(), "HOME="+profile)
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s --print-to-pdf: %v\nstderr:\n%s", browser, err, lastLines(stderr.String(), 20))
	}
	b, err := os.ReadFile(pdf)
	if err != nil {
		t.Fatalf("no PDF printed: %v\nstderr:\n%s", err, lastLines(stderr.String(), 20))
	}
	return b
}

// renderInChromium writes page to a file, renders it and returns the DOM.
func renderInChromium(t *testing.T, page []byte) string {
	t.Helper()
	browser := chromium(t)
	path := filepath.Join(t.TempDir(), "report.html")
	if err := os.WriteFile(path, page, 0o644); err != nil {
		t.Fatal(err)
	}
	return dumpDOM(t, browser, path)
}
