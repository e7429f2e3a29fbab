package evaluate

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzParseLevel(f *testing.F) {
	for _, s := range []string{"0", "3", "full", "penuh", "Sebagian", "separa", "belum dimulai", "not-started", "sepenuhnya",
		"minimal", " Minimum ", "selesai", "4", "", "tidak\u00a0dimulai", "PENUH"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		l, err := ParseLevel(s)
		if err != nil {
			return
		}
		b, err := l.MarshalText()
		if err != nil {
			t.Fatalf("ParseLevel(%q) = %v, which does not marshal: %v", s, l, err)
		}
		back, err := ParseLevel(string(b))
		if err != nil || back != l {
			t.Fatalf("ParseLevel(%q) = %v; round trip gives %v, %v", s, l, back, err)
		}
		if _, ok := l.Score(); !ok && l != 0 {
			t.Fatalf("ParseLevel(%q) = %v without a score", s, l)
		}
	})
}

func FuzzParseSeverity(f *testing.F) {
	for _, s := range []string{"warning", "Peringatan", "AMARAN", "kritis", "kritikal", "maklumat", "informasi", "warn", "crit", "", "none"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseSeverity(s)
		if err != nil {
			return
		}
		b, err := v.MarshalText()
		if err != nil {
			t.Fatalf("ParseSeverity(%q) = %v, which does not marshal: %v", s, v, err)
		}
		if back, err := ParseSeverity(string(b)); err != nil || back != v {
			t.Fatalf("ParseSeverity(%q) = %v; round trip gives %v, %v", s, v, back, err)
		}
	})
}

// FuzzEscapeMarkdown checks that escaped text never carries raw HTML, an
// unescaped table pipe, or a line break.
func FuzzEscapeMarkdown(f *testing.F) {
	for _, s := range []string{"MOU Friendship Coopertion (Loi Tahap III)", "A|B", "<script>alert(1)</script>", "# heading",
		"- item", "1. item", "*bold* _it_ `code` [l](u)", "Provinsi Zhejiang – RRT", "line\nbreak", "\\|", "&amp;"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, out := range []string{EscapeMarkdown(s), escapeBlock(s)} {
			if strings.ContainsAny(out, "<>\n\r") {
				t.Fatalf("EscapeMarkdown(%q) = %q has raw < > or a line break", s, out)
			}
			for i := 0; i < len(out); i++ {
				if out[i] == '|' && !escaped(out, i) {
					t.Fatalf("EscapeMarkdown(%q) = %q has an unescaped |", s, out)
				}
			}
			if utf8.ValidString(s) && !utf8.ValidString(out) {
				t.Fatalf("EscapeMarkdown(%q) = %q is not valid UTF-8", s, out)
			}
		}
	})
}

// escaped reports whether out[i] is preceded by an odd number of
// backslashes.
func escaped(out string, i int) bool {
	n := 0
	for j := i - 1; j >= 0 && out[j] == '\\'; j-- {
		n++
	}
	return n%2 == 1
}
