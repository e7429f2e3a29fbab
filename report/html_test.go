package report

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/kerjasama/kerjasama/agreement"
	"github.com/kerjasama/kerjasama/date"
	"golang.org/x/text/language"
)

const evilTitle = `<script>alert(1)</script>`

// evilReport is a report whose title, agreement and source carry markup
// and table pipes.
func evilReport(t *testing.T) *Report {
	t.Helper()
	evil := evilTitle + ` & "quoted" <img src=x onerror=alert(2)> | kolom`
	d := &Dataset{
		Title:      evil,
		Agreements: []agreement.Agreement{{ID: "x", Title: evil, Signed: agreement.InYear(2018)}},
		Sources:    []Source{{Section: SectionAgreements, Subject: evil, Document: evil}},
	}
	r, err := Build(d, date.Date{Year: 2019, Month: 8, Day: 7})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func render(t testing.TB, r *Report, f Format, tag language.Tag) string {
	t.Helper()
	var b bytes.Buffer
	if err := r.Write(&b, f, tag); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestHTMLEscapesUserText checks that text from the data never becomes
// markup in the HTML page, in the file and in a browser's DOM.
func TestHTMLEscapesUserText(t *testing.T) {
	out := render(t, evilReport(t), HTML, language.Indonesian)
	for _, bad := range []string{"<script", "<img"} {
		if strings.Contains(out, bad) {
			t.Errorf("HTML contains %q written as markup", bad)
		}
	}
	if !strings.Contains(out, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Errorf("escaped title missing from the page")
	}
	assertSelfContained(t, out)
	t.Run("chromium", func(t *testing.T) {
		dom := renderInChromium(t, []byte(out))
		if strings.Contains(dom, "<script") || strings.Contains(dom, "<img") {
			t.Errorf("the browser's DOM has elements made from user text")
		}
		if !strings.Contains(dom, "&lt;script&gt;alert(1)&lt;/script&gt;") {
			t.Errorf("the browser's DOM lacks the title as text")
		}
	})
}

// TestHTMLInChromium renders the HTML report of the embedded dataset in
// headless Chromium and checks the page for the seed figures, the charts
// and the absence of scripts, then prints it to PDF.
func TestHTMLInChromium(t *testing.T) {
	r, err := Build(Embedded(), date.Date{Year: 2026, Month: time.January, Day: 31}) // after every record
	if err != nil {
		t.Fatal(err)
	}
	page := render(t, r, HTML, language.Indonesian)
	assertSelfContained(t, page)
	dom := renderInChromium(t, []byte(page))
	for _, want := range []string{
		`<html lang="id">`,
		"Rp100.387.357.175", "Rp270.791.872.000", "-Rp121.415.423.072", "55,2%", "melebar 70,0%",
		"US$5.291.170.000", "2022*", "15,3%",
		"Incheon", "Daejeon", "Rp848.388", "Rp1.186.868", "51,5%",
		"Sidang ke-33, Singkawang", "Hotel Grand Mahkota",
		`class="chart chart-bars"`, `class="chart chart-timeline"`, `class="chart chart-counts"`,
	} {
		if !strings.Contains(dom, want) {
			t.Errorf("rendered report lacks %q", want)
		}
	}
	if strings.Contains(dom, "<script") {
		t.Errorf("rendered report has a script element")
	}
	// Two trade series, agreements by status, and a timeline for each of
	// the four forums with sessions in the seed and the public record.
	if n := strings.Count(dom, "<svg"); n != 7 {
		t.Errorf("rendered report has %d charts, want 7 (two trade series, agreements, four forums)", n)
	}
	// Printed: a PDF of several A4 pages.
	path := filepath.Join(t.TempDir(), "laporan.html")
	if err := os.WriteFile(path, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	pdf := printToPDF(t, chromium(t), path)
	if !bytes.HasPrefix(pdf, []byte("%PDF-")) {
		t.Fatalf("printing gave no PDF")
	}
	if n := len(pdfPageRE.FindAll(pdf, -1)); n < 2 {
		t.Errorf("printed report has %d pages, want several", n)
	}
}

var pdfPageRE = regexp.MustCompile(`/Type\s*/Page[^s]`)

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
