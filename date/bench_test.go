package date

import (
	"testing"
	"time"

	"golang.org/x/text/language"
)

// The benchmarks of this file are read side by side: each of ours next to
// the nearest thing package time does.

var (
	benchDate = Date{2019, 8, 7}
	benchBuf  = make([]byte, 0, 64)
	sinkDate  Date
	sinkTime  time.Time
	sinkRange Range
)

func BenchmarkAppendLong(b *testing.B) {
	f := Formatter{Lang: language.Indonesian, Style: Long}
	b.ReportAllocs()
	for b.Loop() {
		benchBuf = f.Append(benchBuf[:0], benchDate)
	}
}

func BenchmarkTimeAppendFormat(b *testing.B) {
	t := time.Date(2019, 8, 7, 0, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	for b.Loop() {
		benchBuf = t.AppendFormat(benchBuf[:0], "2 January 2006")
	}
}

func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkDate, _ = Parse("Rabu, 7/8/2019", language.Indonesian)
	}
}

func BenchmarkTimeParse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkTime, _ = time.Parse("2/1/2006", "7/8/2019")
	}
}

func BenchmarkParseLong(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkDate, _ = Parse("Jum'at, 15 November 2024", language.Indonesian)
	}
}

func BenchmarkTimeParseLong(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkTime, _ = time.Parse("Monday, 2 January 2006", "Friday, 15 November 2024")
	}
}

func BenchmarkParseRange(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkRange, _ = ParseRange("28 Desember 2017 s.d. 3 Januari 2018", language.Indonesian)
	}
}

func BenchmarkAppendRange(b *testing.B) {
	f := Formatter{Lang: language.Indonesian}
	r := Range{Date{2017, 10, 23}, Date{2017, 10, 25}}
	b.ReportAllocs()
	for b.Loop() {
		benchBuf = f.AppendRange(benchBuf[:0], r)
	}
}

// The Ratio benchmarks run ours and time's in alternating batches, so that
// both see the same load on a shared machine, and report ours/time as
// "x-time" (the targets: Append ≤ 1.5, Parse ≤ 3). Their ns/op is for a
// batch of 64 calls of each.

func BenchmarkAppendLongRatio(b *testing.B) {
	f := Formatter{Lang: language.Indonesian, Style: Long}
	t := time.Date(2019, 8, 7, 0, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	ratio(b, func() { benchBuf = f.Append(benchBuf[:0], benchDate) },
		func() { benchBuf = t.AppendFormat(benchBuf[:0], "2 January 2006") })
}

func BenchmarkParseRatio(b *testing.B) {
	b.ReportAllocs()
	ratio(b, func() { sinkDate, _ = Parse("Rabu, 7/8/2019", language.Indonesian) },
		func() { sinkTime, _ = time.Parse("2/1/2006", "7/8/2019") })
}

func ratio(b *testing.B, ours, theirs func()) {
	const batch = 64
	var dOurs, dTheirs time.Duration
	for b.Loop() {
		t0 := time.Now()
		for range batch {
			ours()
		}
		t1 := time.Now()
		for range batch {
			theirs()
		}
		dOurs += t1.Sub(t0)
		dTheirs += time.Since(t1)
	}
	b.ReportMetric(float64(dOurs)/float64(dTheirs), "x-time")
}

// TestNoAllocs pins the allocation counts of the hot paths at zero.
func TestNoAllocs(t *testing.T) {
	buf := make([]byte, 0, 128)
	tests := []struct {
		name string
		fn   func()
	}{
		{"Append Long id", func() { buf = Formatter{Lang: language.Indonesian}.Append(buf[:0], benchDate) }},
		{"Append Full ms", func() { buf = Formatter{Lang: language.Malay, Style: Full}.Append(buf[:0], benchDate) }},
		{"Append Short en-US", func() { buf = Formatter{Lang: language.AmericanEnglish, Style: Short}.Append(buf[:0], benchDate) }},
		{"AppendRange", func() {
			buf = Formatter{Lang: language.Indonesian}.AppendRange(buf[:0], Range{Date{2017, 9, 30}, Date{2017, 10, 2}})
		}},
		{"AppendOrdinal", func() { buf = AppendOrdinal(buf[:0], 33, language.English) }},
		{"AppendRoman", func() { buf = AppendRoman(buf[:0], 3) }},
		{"AppendText", func() { buf, _ = benchDate.AppendText(buf[:0]) }},
		{"Parse", func() { sinkDate, _ = Parse("Rabu, 7/8/2019", language.Indonesian) }},
		{"Parse long", func() { sinkDate, _ = Parse("pada hari Jum'at, tanggal 15 Nopember 2024", language.Malay) }},
		{"Parse English", func() { sinkDate, _ = Parse("Wednesday, August 7th, 2019", language.English) }},
		{"ParseRange", func() { sinkRange, _ = ParseRange("28 Desember 2017 s.d. 3 Januari 2018", language.Indonesian) }},
		{"ParseRange partial year", func() { sinkRange, _ = ParseRange("2022 (Januari–November)", language.Indonesian) }},
		{"ParseRange weekdays", func() { sinkRange, _ = ParseRange("Senin – Rabu, 23 – 25 Oktober 2017", language.Indonesian) }},
		{"ParseRange ISO", func() { sinkRange, _ = ParseRange("2017-10-23/2017-10-25", language.Indonesian) }},
		{"ParseISO", func() { sinkDate, _ = ParseISO("2017-09-12") }},
		{"ParseRoman", func() { _, _ = ParseRoman("XXXIII") }},
		{"ParseRoman dotted", func() { _, _ = ParseRoman("(III).") }},
		{"Parse in words", func() {
			_, _ = Parse("Pada hari ini Sabtu tanggal Dua Puluh Tiga bulan Oktober tahun Dua Ribu Sepuluh", language.Indonesian)
		}},
		{"ParseRange partial year to a day", func() { sinkRange, _ = ParseRange("2022 (sampai 30 November)", language.Indonesian) }},
		{"ParseISORange one day", func() { sinkRange, _ = ParseISORange("2017-09-12") }},
	}
	for _, tt := range tests {
		if n := testing.AllocsPerRun(100, tt.fn); n != 0 {
			t.Errorf("%s: %v allocs per run, want 0", tt.name, n)
		}
	}
	if sinkDate != (Date{2017, 9, 12}) || !sinkRange.IsValid() {
		t.Errorf("benchmarked calls failed: %v %v", sinkDate, sinkRange)
	}
}
