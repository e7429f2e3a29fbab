package lang

import (
	"testing"

	"golang.org/x/text/language"
)

func TestOf(t *testing.T) {
	tests := []struct {
		tag  string
		want Lang
	}{
		{"id", Indonesian},
		{"id-ID", Indonesian},
		{"in", Indonesian},
		{"ms", Malay},
		{"ms-MY", Malay},
		{"ms-SG", Malay},
		{"ms-BN", MalayBrunei},
		{"en", English},
		{"en-GB", English},
		{"en-AU", English},
		{"fr", English},
		{"zh-Hans-CN", English},
		{"und", English},
	}
	for _, tt := range tests {
		if got := Of(language.MustParse(tt.tag)); got != tt.want {
			t.Errorf("Of(%q) = %v, want %v", tt.tag, got, tt.want)
		}
		// The cached path must agree with the first answer.
		if got := Of(language.MustParse(tt.tag)); got != tt.want {
			t.Errorf("Of(%q) second call = %v, want %v", tt.tag, got, tt.want)
		}
	}
	if got := Of(language.Tag{}); got != English {
		t.Errorf("Of(zero Tag) = %v, want en", got)
	}
}

func TestString(t *testing.T) {
	for l, want := range map[Lang]string{English: "en", Indonesian: "id", Malay: "ms", MalayBrunei: "ms-BN", Lang(9): "en"} {
		if got := l.String(); got != want {
			t.Errorf("Lang(%d).String() = %q, want %q", l, got, want)
		}
	}
}

func BenchmarkOf(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_ = Of(language.Indonesian)
	}
}
