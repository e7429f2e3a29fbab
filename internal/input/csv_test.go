package input

import (
	"encoding/csv"
	"io"
	"math/rand/v2"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"
)

// A chooser makes the choices of genCSV: a number in [0, n).
type chooser func(n int) int

// randChooser chooses at random.
func randChooser(rnd *rand.Rand) chooser { return func(n int) int { return rnd.IntN(n) } }

// bytesChooser takes the choices from b, a byte each, and 0 when b is
// used up.
func bytesChooser(b []byte) chooser {
	return func(n int) int {
		if len(b) == 0 {
			return 0
		}
		c := int(b[0]) % n
		b = b[1:]
		return c
	}
}

// genCSV writes up to maxRecords records of valid RFC 4180 text
// separated by comma: unquoted fields of text without the separator,
// quotes or line ends, quoted fields with any of these ("" for a quote;
// LF, CRLF, and CR alone if loneCR), LF or CRLF after each record, but
// perhaps not the last, and empty lines here and there.
func genCSV(ch chooser, comma rune, maxRecords int, loneCR bool) string {
	var text []string
	for _, s := range []string{"a", "Z", "0", "9", " ", ".", "-", "é", "–", "中", "Rp", ",", ";", "\t", "|"} {
		if s != string(comma) {
			text = append(text, s)
		}
	}
	quoted := append(text[:len(text):len(text)], string(comma), `""`, "\n", "\r\n")
	if loneCR {
		quoted = append(quoted, "\r")
	}
	var b strings.Builder
	n := ch(maxRecords + 1)
	for rec := range n {
		if ch(5) == 0 {
			b.WriteString([]string{"\n", "\r\n"}[ch(2)]) // an empty line
		}
		fields := 1 + ch(5)
		for f := range fields {
			if f > 0 {
				b.WriteRune(comma)
			}
			switch ch(3) {
			case 0: // empty, or unquoted
				for range ch(6) {
					b.WriteString(text[ch(len(text))])
				}
			default:
				b.WriteByte('"')
				for range ch(8) {
					b.WriteString(quoted[ch(len(quoted))])
				}
				b.WriteByte('"')
			}
		}
		if rec < n-1 || ch(2) == 0 {
			b.WriteString([]string{"\n", "\r\n"}[ch(2)])
		}
	}
	return b.String()
}

// A readRecord is a record and the line and column of each field.
type readRecord struct {
	Fields []string
	Lines  []int
	Cols   []int
}

// readStd reads in with encoding/csv.
func readStd(in string, comma rune) ([]readRecord, error) {
	cr := csv.NewReader(strings.NewReader(in))
	cr.Comma = comma
	cr.FieldsPerRecord = -1
	var out []readRecord
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		r := readRecord{Fields: rec}
		for i := range rec {
			line, col := cr.FieldPos(i)
			r.Lines, r.Cols = append(r.Lines, line), append(r.Cols, col)
		}
		out = append(out, r)
	}
}

// readOurs reads in with a Reader.
func readOurs(in io.Reader, opt Options) ([]readRecord, error) {
	r := NewReader(in, opt)
	var out []readRecord
	for {
		fields, _, err := r.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		rec := readRecord{Fields: []string{}}
		for i, f := range fields {
			p := r.FieldPos(i)
			rec.Fields = append(rec.Fields, string(f))
			rec.Lines, rec.Cols = append(rec.Lines, p.Line), append(rec.Cols, p.Column)
		}
		out = append(out, rec)
	}
}

// compareStd checks that a Reader reads in, valid RFC 4180 text, as
// encoding/csv does: the same fields, and, unless the text has a CR alone
// in a quoted field (a line end to us, not to encoding/csv), the same
// lines and columns.
func compareStd(t *testing.T, in string, comma rune) {
	t.Helper()
	want, err := readStd(in, comma)
	if err != nil {
		t.Fatalf("encoding/csv cannot read the generated %q: %v", in, err)
	}
	got, err := readOurs(strings.NewReader(in), Options{Comma: comma})
	if err != nil {
		t.Fatalf("Read(%q): %v", in, err)
	}
	slow, err := readOurs(iotest.OneByteReader(strings.NewReader(in)), Options{Comma: comma})
	if err != nil {
		t.Fatalf("Read(%q) a byte at a time: %v", in, err)
	}
	if diff := cmp.Diff(got, slow); diff != "" {
		t.Fatalf("Read(%q) a byte at a time differs (-whole +bytes):\n%s", in, diff)
	}
	if strings.Contains(strings.ReplaceAll(in, "\r\n", ""), "\r") {
		for i := range want {
			want[i].Lines, want[i].Cols = nil, nil
		}
		for i := range got {
			got[i].Lines, got[i].Cols = nil, nil
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("Read(%q) and encoding/csv differ (-csv +ours):\n%s", in, diff)
	}
	checkFast(t, []byte(in), Options{Comma: comma})
}

func TestMatchesEncodingCSV(t *testing.T) {
	rnd := rand.New(rand.NewPCG(4180, 2026))
	for range 5000 {
		comma := []rune{',', ';', '\t', '|'}[rnd.IntN(4)]
		compareStd(t, genCSV(randChooser(rnd), comma, 8, rnd.IntN(4) == 0), comma)
	}
}

// countRecords counts the records of UTF-8 text independently of the
// Reader: the runs of text between line ends outside quotes that are not
// empty, with strict quoting (a quote opens a field only at its start;
// after the closing quote, the rest of the field is plain text).
func countRecords(b []byte, comma byte) int {
	const (
		begin = iota
		field
		plain
		quoted
		after
	)
	n, st := 0, begin
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch st {
		case begin:
			if c == '\n' || c == '\r' {
				continue
			}
			st = field
			i--
		case field:
			if c == '"' {
				st = quoted
			} else {
				st = plain
				i--
			}
		case plain, after:
			switch {
			case c == comma:
				st = field
			case c == '\n' || c == '\r':
				n++
				st = begin
			default:
				st = plain
			}
		case quoted:
			if c == '"' {
				if i+1 < len(b) && b[i+1] == '"' {
					i++
				} else {
					st = after
				}
			}
		}
	}
	if st != begin {
		n++
	}
	return n
}

func TestCountRecords(t *testing.T) {
	for in, want := range map[string]int{
		"":                   0,
		"\n\r\n\r":           0,
		"a":                  1,
		"a\r\nb\rc\n":        3,
		"\"a\nb\"\nc":        2,
		"a\"b\nc":            2,
		"\"a\"b\"\nc":        2,
		"\"a\"\"\nb\"\nc":    2,
		"\"open\nx\ny":       1,
		"a,\"b\r\n\",c\r\nd": 2,
	} {
		if got := countRecords([]byte(in), ','); got != want {
			t.Errorf("countRecords(%q) = %d, want %d", in, got, want)
		}
	}
}
