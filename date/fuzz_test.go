package date

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

// fuzzSeeds are the real strings of the seeds, the issue and DESIGN.md,
// with the tables' variants.
func fuzzSeeds() []string {
	seeds := []string{
		"12 September 2017", "tanggal 12 September 2017", "pada tanggal 6 Februari 2007",
		"14 Nopember tahun 1983", "21 Desember 1985", "2017-09-12", "Rabu, 7/8/2019",
		"Kamis (9/6/2022)", "Kamis (27/10/2022)", "Ahad (28/5/2023)", "Minggu, 1 Desember 2024",
		"Jum'at, 15 November 2024", "12hb September 2017", "7 August 2019", "August 7, 2019",
		"23 – 25 Oktober 2017", "23-25 Oktober 2017", "30 September - 2 Oktober 2017",
		"28 Desember 2017 s.d. 3 Januari 2018", "23 dan 24 Oktober 2017", "tahun 2013", "2013", "2015-2016", "2015 – 2016",
		"Oktober 2017", "2022 (sampai November)", "Januari–November 2022", "2017-2022",
		"Senin, 12-09-2017", "12 Sept. 2017", "1 Juli s/d 30 September 2020", "Jumat (15/11/2024)",
		"23-25 Okt 2017", "Oktober – Desember 2017", "Triwulan III 2022", "ke-33", "III",
		"2017-10-23/2017-10-25", "02 September 2018", "11 Januari 1999",
	}
	for _, tt := range parseTests {
		seeds = append(seeds, tt.in)
	}
	for _, tt := range parseRangeTests {
		seeds = append(seeds, tt.in)
	}
	for _, tt := range realDates {
		seeds = append(seeds, tt.in)
	}
	for _, tt := range realRanges {
		seeds = append(seeds, tt.in)
	}
	seeds = append(seeds, "March 5, 2019, Tuesday", "5 Mac 2019, Selasa", "March 5, 2019, Wednesday")
	dates, ranges := charTests()
	for _, tt := range dates {
		seeds = append(seeds, tt.in)
	}
	for _, tt := range ranges {
		seeds = append(seeds, tt.in)
	}
	return seeds
}

var fuzzTags = []language.Tag{tagID, tagMS, tagMSBN, tagEN, tagUS}

func FuzzParse(f *testing.F) {
	for i, s := range fuzzSeeds() {
		f.Add(s, uint8(i))
	}
	f.Fuzz(func(t *testing.T, s string, li uint8) {
		tag := fuzzTags[int(li)%len(fuzzTags)]
		d, err := Parse(s, tag)
		if err != nil {
			if d != (Date{}) {
				t.Fatalf("Parse(%q) = %v with error %v", s, d, err)
			}
			return
		}
		if !d.IsValid() {
			t.Fatalf("Parse(%q) = %v, not valid", s, d)
		}
		for _, style := range []Style{Long, Full, Medium, Short} {
			out := Formatter{Lang: tag, Style: style}.Format(d)
			got, err := Parse(out, tag)
			if err != nil || got != d {
				t.Fatalf("Parse(%q) = %v; Parse(Format %v = %q) = %v, %v", s, d, style, out, got, err)
			}
		}
		if got, err := ParseISO(d.String()); err != nil || got != d {
			t.Fatalf("ParseISO(%q) = %v, %v; want %v", d.String(), got, err, d)
		}
		// What reads as a date reads as the one-day range of it.
		if r, err := ParseRange(s, tag); err != nil || r != (Range{d, d}) {
			t.Fatalf("Parse(%q) = %v but ParseRange = %v, %v", s, d, r, err)
		}
	})
}

func FuzzParseRange(f *testing.F) {
	for i, s := range fuzzSeeds() {
		f.Add(s, uint8(i))
	}
	f.Fuzz(func(t *testing.T, s string, li uint8) {
		tag := fuzzTags[int(li)%len(fuzzTags)]
		r, err := ParseRange(s, tag)
		if err != nil {
			if r != (Range{}) {
				t.Fatalf("ParseRange(%q) = %v with error %v", s, r, err)
			}
			return
		}
		if !r.IsValid() {
			t.Fatalf("ParseRange(%q) = %v, not valid", s, r)
		}
		for _, style := range []Style{Long, Full, Medium, Short} {
			out := Formatter{Lang: tag, Style: style}.FormatRange(r)
			got, err := ParseRange(out, tag)
			if err != nil {
				t.Fatalf("ParseRange(%q) = %v; ParseRange(FormatRange %v = %q): %v", s, r, style, out, err)
			}
			if diff := cmp.Diff(r, got); diff != "" {
				t.Fatalf("ParseRange(%q) = %v; ParseRange(FormatRange %v = %q) mismatch (-want +got):\n%s", s, r, style, out, diff)
			}
		}
		if got, err := ParseISORange(r.String()); err != nil || got != r {
			t.Fatalf("ParseISORange(%q) = %v, %v; want %v", r.String(), got, err, r)
		}
		var u Range
		if b, err := r.MarshalText(); err != nil || u.UnmarshalText(b) != nil || u != r {
			t.Fatalf("MarshalText/UnmarshalText of %v gave %v", r, u)
		}
	})
}

func FuzzParseISORange(f *testing.F) {
	for _, s := range []string{"2017-10-23/2017-10-25", "2017-10-23/25", "2017-09-30/10-02", "2017-10-25/2017-10-23", "2024-02-29", "2017-09-12", "2017-09-12/12"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := ParseISORange(s)
		if err != nil {
			return
		}
		if !r.IsValid() {
			t.Fatalf("ParseISORange(%q) = %v, not valid", s, r)
		}
		if got, err := ParseISORange(r.String()); err != nil || got != r {
			t.Fatalf("ParseISORange(%q) = %v, %v; want %v", r.String(), got, err, r)
		}
		var u Range
		if b, err := r.MarshalText(); err != nil || u.UnmarshalText(b) != nil || u != r {
			t.Fatalf("MarshalText/UnmarshalText of %v gave %v", r, u)
		}
	})
}

func FuzzParseOrdinal(f *testing.F) {
	for _, s := range []string{"ke-33", "Ke 33", "kali ke-33", "33rd", "pertama", "kesebelas", "ke–2", "ke-0",
		"ketiga puluh tiga", "kedua puluh enam", "keseratus", "thirty-third", "fortieth", "Persidangan Ke-40"} {
		f.Add(s, uint8(0))
	}
	f.Fuzz(func(t *testing.T, s string, li uint8) {
		tag := fuzzTags[int(li)%len(fuzzTags)]
		n, err := ParseOrdinal(s, tag)
		if err != nil {
			return
		}
		if n < 1 {
			t.Fatalf("ParseOrdinal(%q) = %d", s, n)
		}
		if got, err := ParseOrdinal(FormatOrdinal(n, tag), tag); err != nil || got != n {
			t.Fatalf("ParseOrdinal(FormatOrdinal(%d)) = %d, %v", n, got, err)
		}
	})
}

func FuzzParseRoman(f *testing.F) {
	for _, s := range []string{"II", "III", "iv", "MCMLXXXIII", "IIII", "IC", "III.", "(III)", "II)", "Tahap III", "(II"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseRoman(s)
		if err != nil {
			return
		}
		if n < 1 || n > 3999 {
			t.Fatalf("ParseRoman(%q) = %d", s, n)
		}
		start, end := trimRoman(s)
		if got := FormatRoman(n); start < 0 || !equalFoldASCII(got, s[start:end]) {
			t.Fatalf("ParseRoman(%q) = %d, but FormatRoman(%d) = %q", s, n, n, got)
		}
	})
}

func equalFoldASCII(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if a[i]|0x20 != b[i]|0x20 {
			return false
		}
	}
	return true
}

// TestTokenLimit runs every seed, and every prefix of it, behind enough
// filler words to bring it to the parser's token limit, where lookahead
// past the last token is most likely to go wrong. Nothing may panic, and
// what is read must be what the seed alone reads.
func TestTokenLimit(t *testing.T) {
	for _, s := range fuzzSeeds() {
		want, wantErr := ParseRange(s, tagID)
		for k := maxTokens - 8; k <= maxTokens; k++ {
			padded := strings.Repeat("pada ", k) + s
			for cut := len(padded) - len(s); cut <= len(padded); cut++ {
				_, _ = ParseRange(padded[:cut], tagID)
			}
			_, _ = Parse(padded, tagID)
			// Whenever the padded text reads, it reads as the seed does.
			if got, err := ParseRange(padded, tagID); err == nil && (wantErr != nil || got != want) {
				t.Errorf("ParseRange(%d fillers + %q) = %v, want %v, %v", k, s, got, want, wantErr)
			}
		}
	}
}
