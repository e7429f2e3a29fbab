package trade

import "testing"

// BenchmarkParseFlow measures the enumeration parsers on the spellings of
// real files: ASCII in any case (the allocation-free path) and a label
// that needs Unicode folding.
func BenchmarkParseFlow(b *testing.B) {
	for _, s := range []string{"Ekspor", "re-export", "X", "IMPOR KEMBALI"} {
		b.Run(s, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := ParseFlow(s); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	b.Run("Ékspor", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := ParseFlow("Ékspor"); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkParseScheme(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseScheme("kartu identitas lintas batas"); err != nil {
			b.Fatal(err)
		}
	}
}
