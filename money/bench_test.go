package money

import (
	"strconv"
	"testing"

	"golang.org/x/text/currency"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// The benchmarks of the issue, side by side: Formatter.Append against x/text's
// message printer for the same value, and Parse of a real string.
//
//	go test -run='^$' -bench=. -benchmem -benchtime=1s -count=3 ./money

var sinkBytes []byte
var sinkString string
var sinkAmount Amount

func BenchmarkFormatterAppend(b *testing.B) {
	f := Formatter{Lang: language.Indonesian}
	a := Rupiah(100387357175)
	buf := make([]byte, 0, 64)
	b.ReportAllocs()
	for b.Loop() {
		buf = f.Append(buf[:0], a)
	}
	sinkBytes = buf
}

// BenchmarkXTextPrinter is the line of the issue: a new printer per call.
func BenchmarkXTextPrinter(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkString = message.NewPrinter(language.Indonesian).Sprintf("%d", 100387357175)
	}
}

// BenchmarkXTextPrinterReused builds the printer once, the kindest use of
// x/text.
func BenchmarkXTextPrinterReused(b *testing.B) {
	p := message.NewPrinter(language.Indonesian)
	b.ReportAllocs()
	for b.Loop() {
		sinkString = p.Sprintf("%d", 100387357175)
	}
}

func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		a, err := Parse("Rp. 100.387.357.175", language.Indonesian)
		if err != nil {
			b.Fatal(err)
		}
		sinkAmount = a
	}
}

// BenchmarkParser is BenchmarkParse with the language matched once.
func BenchmarkParser(b *testing.B) {
	b.ReportAllocs()
	p := NewParser(language.Indonesian, currency.XXX)
	for b.Loop() {
		a, err := p.Parse("Rp. 100.387.357.175")
		if err != nil {
			b.Fatal(err)
		}
		sinkAmount = a
	}
}

func BenchmarkFormatterAppendWords(b *testing.B) {
	f := Formatter{Lang: language.Indonesian, Style: Words}
	a := Rupiah(100387357175)
	buf := make([]byte, 0, 256)
	b.ReportAllocs()
	for b.Loop() {
		buf = f.Append(buf[:0], a)
	}
	sinkBytes = buf
}

func BenchmarkFormatterAppendCompact(b *testing.B) {
	f := Formatter{Lang: language.Indonesian, Style: Compact}
	a := Rupiah(100387357175)
	buf := make([]byte, 0, 64)
	b.ReportAllocs()
	for b.Loop() {
		buf = f.Append(buf[:0], a)
	}
	sinkBytes = buf
}

func BenchmarkParseMalayScaled(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		a, err := Parse("RM1.18 bilion", language.Malay)
		if err != nil {
			b.Fatal(err)
		}
		sinkAmount = a
	}
}

// BenchmarkParseBaseline is the floor issue #16 measures Parse against:
// strip the symbol and the dots of "Rp. 100.387.357.175" into a stack
// buffer and call strconv.ParseInt, with no checks at all.
func BenchmarkParseBaseline(b *testing.B) {
	b.ReportAllocs()
	s := "Rp. 100.387.357.175"
	for b.Loop() {
		var buf [32]byte
		n := 0
		for i := 0; i < len(s); i++ {
			if c := s[i]; c >= '0' && c <= '9' {
				buf[n] = c
				n++
			}
		}
		v, err := strconv.ParseInt(string(buf[:n]), 10, 64)
		if err != nil {
			b.Fatal(err)
		}
		sinkAmount = Rupiah(v)
	}
}
