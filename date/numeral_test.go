package date

import (
	"errors"
	"testing"

	"golang.org/x/text/language"
)

func TestOrdinal(t *testing.T) {
	tests := []struct {
		n      int
		id, en string
	}{
		{1, "ke-1", "1st"}, {2, "ke-2", "2nd"}, {3, "ke-3", "3rd"}, {4, "ke-4", "4th"},
		{11, "ke-11", "11th"}, {12, "ke-12", "12th"}, {13, "ke-13", "13th"},
		{21, "ke-21", "21st"}, {22, "ke-22", "22nd"}, {33, "ke-33", "33rd"},
		{101, "ke-101", "101st"}, {111, "ke-111", "111th"}, {112, "ke-112", "112th"},
		{0, "ke-0", "0th"}, {-1, "ke--1", "-1st"},
	}
	for _, tt := range tests {
		if got := FormatOrdinal(tt.n, language.Indonesian); got != tt.id {
			t.Errorf("FormatOrdinal(%d, id) = %q, want %q", tt.n, got, tt.id)
		}
		if got := FormatOrdinal(tt.n, language.Malay); got != tt.id {
			t.Errorf("FormatOrdinal(%d, ms) = %q, want %q", tt.n, got, tt.id)
		}
		if got := FormatOrdinal(tt.n, language.English); got != tt.en {
			t.Errorf("FormatOrdinal(%d, en) = %q, want %q", tt.n, got, tt.en)
		}
		if tt.n < 1 {
			continue
		}
		for _, tag := range allTags {
			for _, s := range []string{tt.id, tt.en} {
				if got, err := ParseOrdinal(s, tag); err != nil || got != tt.n {
					t.Errorf("ParseOrdinal(%q, %v) = %d, %v; want %d", s, tag, got, err, tt.n)
				}
			}
		}
	}
}

func TestParseOrdinal(t *testing.T) {
	tests := []struct {
		in      string
		want    int
		wantErr error
	}{
		{"ke-33", 33, nil},
		{"Ke-33", 33, nil},
		{"KE-33", 33, nil},
		{"ke 33", 33, nil},
		{"ke33", 33, nil},
		{"ke–33", 33, nil},
		{"ke" + nbsp + "33", 33, nil},
		{"kali ke-33", 33, nil},
		{"yang ke-33", 33, nil},
		{"untuk kali ke-33", 33, nil},
		{"33rd", 33, nil},
		{"33RD", 33, nil},
		{"33th", 33, nil},
		{"pertama", 1, nil},
		{"Kedua", 2, nil},
		{"ketiga", 3, nil},
		{"kedelapan", 8, nil},
		{"kelapan", 8, nil},
		{"kesebelas", 11, nil},
		{"first", 1, nil},
		{"Third", 3, nil},
		{"twelfth", 12, nil},
		{"ke-0", 0, ErrRange},
		{"33", 0, ErrSyntax},
		{"33 rd", 0, ErrSyntax},
		{"ke-", 0, ErrSyntax},
		{"ke-33 dan ke-34", 0, ErrSyntax},
		// Written-out ordinals of minutes and letters.
		{"kedua puluh", 20, nil},
		{"ketiga puluh tiga", 33, nil},
		{"Ketiga Puluh Tiga", 33, nil},
		{"kedua puluh enam", 26, nil},
		{"keempat puluh", 40, nil},
		{"ketiga belas", 13, nil},
		{"keseratus", 100, nil},
		{"kesatu", 1, nil},
		{"thirty-third", 33, nil},
		{"Twenty First", 21, nil},
		{"fortieth", 40, nil},
		{"thirteenth", 13, nil},
		{"ketiga tiga", 0, ErrSyntax},
		{"ketiga puluh puluh", 0, ErrSyntax},
		{"kepuluh", 0, ErrSyntax},
		{"kefoo", 0, ErrSyntax},
		{"thirty", 0, ErrSyntax},
		{"thirty-thirtieth", 0, ErrSyntax},
		{"pertama puluh", 0, ErrSyntax},
		{"ke-1234567890", 0, ErrSyntax},
		{"", 0, ErrSyntax},
	}
	for _, tt := range tests {
		got, err := ParseOrdinal(tt.in, language.Indonesian)
		if got != tt.want || !errors.Is(err, tt.wantErr) || (err == nil) != (tt.wantErr == nil) {
			t.Errorf("ParseOrdinal(%q) = %d, %v; want %d, %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}

func TestRoman(t *testing.T) {
	tests := []struct {
		n    int
		want string
	}{
		{1, "I"}, {2, "II"}, {3, "III"}, {4, "IV"}, {9, "IX"}, {14, "XIV"}, {33, "XXXIII"},
		{40, "XL"}, {90, "XC"}, {400, "CD"}, {1983, "MCMLXXXIII"}, {2017, "MMXVII"}, {3999, "MMMCMXCIX"},
		{0, "0"}, {4000, "4000"}, {-3, "-3"},
	}
	for _, tt := range tests {
		if got := FormatRoman(tt.n); got != tt.want {
			t.Errorf("FormatRoman(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
	for n := 1; n <= 3999; n++ {
		s := FormatRoman(n)
		if got, err := ParseRoman(s); err != nil || got != n {
			t.Fatalf("ParseRoman(%q) = %d, %v; want %d", s, got, err, n)
		}
	}
	// Headings, lists and table cells: "III.", "(III)", "III)", spaces.
	for in, want := range map[string]int{"ii": 2, "iii": 3, "Iv": 4, "xxxiii": 33,
		"III.": 3, "(III)": 3, "III)": 3, "(III).": 3, " II": 2, "II ": 2, "( II )": 2, "\tIV.": 4} {
		if got, err := ParseRoman(in); err != nil || got != want {
			t.Errorf("ParseRoman(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", "IIII", "IC", "VV", "XM", "MMMM", "IIV", "A", "I I", "CDC", "ⅱ",
		"(III", "III.)", "((III))", "III..", "()", ".", "Tahap III", "III Tahap", "(", ")"} {
		if got, err := ParseRoman(in); !errors.Is(err, ErrSyntax) {
			t.Errorf("ParseRoman(%q) = %d, %v; want ErrSyntax", in, got, err)
		}
	}
}
