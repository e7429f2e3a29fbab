package input

import (
	"bytes"
	"encoding/csv"
	"io"
	"strconv"
	"sync"
	"testing"
)

// benchRows is the number of rows of the benchmark file.
const benchRows = 1_000_000

// benchData returns a CSV file of the simple trade layout, tahun, arus,
// pos, nilai, with benchRows rows (51 MB): the value quoted in half of
// them ("2.746.318.213,00", as Indonesian text writes it), a bare number
// in the others.
var benchData = sync.OnceValue(func() []byte {
	posts := []string{"PLBN Terpadu Entikong", "PLBN Terpadu Nanga Badau", "PLBN Terpadu Aruk", "PLBN Jagoi Babang", "PLBN Sei Kelik", "Pos Lintas Batas Segumon"}
	flows := []string{"ekspor", "impor"}
	b := make([]byte, 0, 52<<20)
	b = append(b, "tahun,arus,pos,nilai\n"...)
	x := uint64(2016)
	for i := range benchRows {
		x = x*6364136223846793005 + 1442695040888963407 // a fixed sequence of values
		v := int64(x>>30) * 1000
		b = strconv.AppendInt(b, int64(2010+i%15), 10)
		b = append(b, ',')
		b = append(b, flows[i%2]...)
		b = append(b, ',')
		b = append(b, posts[i%len(posts)]...)
		b = append(b, ',')
		if i%2 == 0 {
			b = append(b, '"')
			b = appendGrouped(b, v)
			b = append(b, ",00\""...)
		} else {
			b = strconv.AppendInt(b, v, 10)
		}
		b = append(b, '\n')
	}
	return b
})

// appendGrouped appends v with "." between groups of three digits.
func appendGrouped(b []byte, v int64) []byte {
	s := strconv.FormatInt(v, 10)
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			b = append(b, '.')
		}
		b = append(b, s[i])
	}
	return b
}

var benchSink int

// BenchmarkRead reads the benchmark file with a Reader and with
// encoding/csv (ReuseRecord set), touching every field. Compare them with
//
//	go test -run='^$' -bench=Read -benchmem -count=5 ./internal/input/ > bench.txt
//	benchstat -col /impl bench.txt
func BenchmarkRead(b *testing.B) {
	data := benchData()
	b.Run("impl=input", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			r := NewReader(bytes.NewReader(data), Options{})
			rows, n := 0, 0
			for {
				fields, _, err := r.Read()
				if err == io.EOF {
					break
				}
				if err != nil {
					b.Fatal(err)
				}
				for _, f := range fields {
					n += len(f)
				}
				rows++
			}
			if rows != benchRows+1 {
				b.Fatalf("read %d rows, want %d", rows, benchRows+1)
			}
			benchSink = n
		}
	})
	b.Run("impl=encoding_csv", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			cr := csv.NewReader(bytes.NewReader(data))
			cr.ReuseRecord = true
			rows, n := 0, 0
			for {
				fields, err := cr.Read()
				if err == io.EOF {
					break
				}
				if err != nil {
					b.Fatal(err)
				}
				for _, f := range fields {
					n += len(f)
				}
				rows++
			}
			if rows != benchRows+1 {
				b.Fatalf("read %d rows, want %d", rows, benchRows+1)
			}
			benchSink = n
		}
	})
}

func TestBenchData(t *testing.T) {
	if testing.Short() {
		t.Skip("generates 51 MB")
	}
	data := benchData()
	if n := len(data); n < 50_500_000 || n > 51_500_000 {
		t.Errorf("benchmark file of %d bytes, want 51 MB", n)
	}
	t.Logf("%d bytes; %q", len(data), data[:200])
}
