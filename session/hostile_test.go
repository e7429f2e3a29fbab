package session

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/kerjasama/kerjasama/internal/input"
)

// countRows counts the data rows of CSV text without quotes the way a
// person counts them, independently of the reader under test: the
// non-empty lines after the first one (the header), lines ending at LF,
// CRLF or CR alone, after a UTF-8 byte order mark.
func countRows(text string) int {
	text = strings.TrimPrefix(text, "\ufeff")
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	n := 0
	for line := range strings.SplitSeq(text, "\n") {
		if line != "" {
			n++
		}
	}
	return max(n-1, 0)
}

// parseErrors returns the *ParseError values joined in err; it fails the
// test on any other error.
func parseErrors(t *testing.T, err error) []*ParseError {
	t.Helper()
	if err == nil {
		return nil
	}
	var pes []*ParseError
	for _, e := range unjoin(err) {
		pe, ok := e.(*ParseError)
		if !ok {
			t.Fatalf("error %T is not a *ParseError: %v", e, e)
		}
		pes = append(pes, pe)
	}
	return pes
}

func utf16Bytes(s string, bigEndian bool) []byte {
	var b []byte
	put := func(u uint16) {
		if bigEndian {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	put(0xfeff)
	for _, u := range utf16.Encode([]rune(s)) {
		put(u)
	}
	return b
}

// TestReadItemsCSVHostile reads generated hostile files and checks that
// every row is loaded or reported at its position: rows in (counted by
// countRows, or by construction) = rows loaded + rows reported.
func TestReadItemsCSVHostile(t *testing.T) {
	rows := func(sep string, n int) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "kalbar-sarawak,KK/%d,Ruas jalan %d,%d%s", i, i, 30+i, sep)
		}
		return b.String()
	}
	const head = "forum,ref,title,session"
	type at struct{ line, col int }
	for _, tt := range []struct {
		name   string
		in     []byte
		rowsIn int // by construction
		loaded int
		errs   []at
		is     []error // each error wraps these
	}{
		{name: "LF", in: []byte(head + "\n" + rows("\n", 5)), rowsIn: 5, loaded: 5},
		{name: "CR only", in: []byte(head + "\r" + rows("\r", 5)), rowsIn: 5, loaded: 5},
		{name: "CRLF", in: []byte(head + "\r\n" + rows("\r\n", 5)), rowsIn: 5, loaded: 5},
		{name: "mixed line ends", in: []byte(head + "\r" + rows("\n", 2) + rows("\r\n", 2) + "kalbar-sarawak,KK/9,x,39"), rowsIn: 5, loaded: 5},
		{name: "UTF-8 BOM", in: []byte("\ufeff" + head + "\n" + rows("\n", 3)), rowsIn: 3, loaded: 3},
		{name: "UTF-16LE", in: utf16Bytes(head+"\r\n"+rows("\r\n", 4), false), rowsIn: 4, loaded: 4},
		{name: "UTF-16BE", in: utf16Bytes(head+"\n"+rows("\n", 4), true), rowsIn: 4, loaded: 4},
		{name: "short and long rows", in: []byte(head + "\n" + rows("\n", 2) + "k,A,t\n" + rows("\n", 1) + "k,B,t,3,extra\n"),
			rowsIn: 5, loaded: 3, errs: []at{{4, 6}, {6, 9}}, is: []error{ErrSyntax, input.ErrFieldCount}},
		{name: "unclosed quote mid-file", in: []byte(head + "\n" + rows("\n", 2) + "k,\"A,t,3\n" + rows("\n", 3)),
			rowsIn: 6, loaded: 2, errs: []at{{4, 3}}, is: []error{ErrSyntax, input.ErrQuote}},
		{name: "bare quote", in: []byte(head + "\n" + "k,A\"B,t,3\n" + rows("\n", 2)),
			rowsIn: 3, loaded: 2, errs: []at{{2, 4}}, is: []error{ErrSyntax, input.ErrQuote}},
		{name: "invalid UTF-8", in: []byte(head + "\n" + "k,A,\xff,3\n" + rows("\n", 2)),
			rowsIn: 3, loaded: 2, errs: []at{{2, 5}}, is: []error{ErrSyntax, input.ErrEncoding}},
		{name: "bad cells", in: []byte(head + "\n" + "k,,t,3\nk,A,t,nol\n" + rows("\n", 2)),
			rowsIn: 4, loaded: 2, errs: []at{{2, 3}, {3, 7}}, is: []error{ErrSyntax}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			items, loaded, err := readItemsCSV(bytes.NewReader(tt.in))
			pes := parseErrors(t, err)
			if loaded != tt.loaded || len(pes) != len(tt.errs) {
				t.Fatalf("loaded %d rows and reported %d (%v), want %d and %d", loaded, len(pes), err, tt.loaded, len(tt.errs))
			}
			var got []at
			reported := 0
			for _, pe := range pes {
				got = append(got, at{pe.Line, pe.Column})
				for _, is := range tt.is {
					if !errors.Is(pe, is) {
						t.Errorf("%v does not wrap %v", pe, is)
					}
				}
				if errors.Is(pe, input.ErrQuote) && strings.Contains(pe.Error(), "unclosed quote") {
					// The quote took its row and every line after it.
					reported += tt.rowsIn - (pe.Line - 2)
					continue
				}
				reported++
			}
			if diff := cmp.Diff(tt.errs, got, cmp.AllowUnexported(at{}), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("error positions mismatch (-want +got):\n%s", diff)
			}
			if tt.rowsIn != loaded+reported {
				t.Errorf("rows in %d != rows loaded %d + rows reported %d", tt.rowsIn, loaded, reported)
			}
			entries := 0
			for _, it := range items {
				entries += len(it.History)
			}
			if entries != loaded {
				t.Errorf("%d history entries, want one per row loaded (%d)", entries, loaded)
			}
			if !bytes.Contains(tt.in, []byte{0}) && !bytes.ContainsRune(tt.in, '"') {
				if n := countRows(string(tt.in)); n != tt.rowsIn {
					t.Errorf("countRows = %d, want %d", n, tt.rowsIn)
				}
			}
		})
	}
}

// longLine yields a header, good rows and then one line of n bytes that
// never ends, without holding it in memory.
type longLine struct {
	head []byte
	n    int64
}

func (l *longLine) Read(p []byte) (int, error) {
	if len(l.head) > 0 {
		k := copy(p, l.head)
		l.head = l.head[k:]
		return k, nil
	}
	if l.n <= 0 {
		return 0, io.EOF
	}
	k := min(int64(len(p)), l.n)
	for i := range p[:k] {
		p[i] = 'x'
	}
	l.n -= k
	return int(k), nil
}

// TestReadItemsCSVLongLine reads a 50 MB line at the end of a file: the
// rows before it are loaded, the line is an error at its start, and the
// reading allocates less than 100 MB.
func TestReadItemsCSVLongLine(t *testing.T) {
	r := &longLine{head: []byte("forum,ref,session\nk,A,1\nk,B,2\n"), n: 50 << 20}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	items, loaded, err := readItemsCSV(r)
	runtime.ReadMemStats(&after)
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 100<<20 {
		t.Errorf("reading a 50 MB line allocated %d MB, want at most 100", alloc>>20)
	}
	pes := parseErrors(t, err)
	if loaded != 2 || len(items) != 2 || len(pes) != 1 {
		t.Fatalf("loaded %d rows, %d items, %d errors (%v); want 2, 2, 1", loaded, len(items), len(pes), err)
	}
	if pe := pes[0]; pe.Line != 4 || pe.Column != 1 || !errors.Is(pe, ErrTooLarge) || !errors.Is(pe, input.ErrTooLong) {
		t.Errorf("error %v, want 4:1 wrapping ErrTooLarge and input.ErrTooLong", pe)
	}
}

// FuzzReadItemsCSV checks that ReadItemsCSV never panics, that its errors
// are *ParseError values inside the input, and that every row is loaded or
// reported: for text without quotes (whose rows countRows counts without
// the reader), rows in = rows loaded + rows reported exactly; with quotes,
// a record spans one line or more, so no more are loaded and reported
// than there are lines.
func FuzzReadItemsCSV(f *testing.F) {
	f.Add([]byte("forum,ref,title,session,outcome,status,note\nkalbar-sarawak,KK2/33/01,Inland port Entikong,33,disepakati,dalam proses,\n"))
	f.Add([]byte("Forum;No. Isu;Sidang ke-;Hasil Sidang\rkalbar-sarawak;A;33;dipersetujui\rk;B;x;y\r"))
	f.Add([]byte("forum,ref,session\nk,\"A,3\nk,B,4\n"))
	f.Add([]byte("forum,ref,session\nk,A\nk,B,4,5\n\n\nk,C,2\r\n"))
	f.Add([]byte("\ufeffforum\tref\tsession\nk\tA\t1\n"))
	f.Add(utf16Bytes("forum,ref,session\r\nk,A,1\r\n", false))
	f.Add([]byte("forum,ref,title,field,proposer,session,outcome,status,note\nkalbar-sarawak,KK2/33/01,Inland port Entikong,Tim Teknis II,indonesia,33,disepakati,open,\n"))
	f.Add([]byte("Forum;No. Isu;Perkara;Kertas Kerja;Pengusul;Sidang ke-;Hasil Sidang;Status Tindak Lanjut;Keterangan\n" +
		"kalbar-sarawak;KK2/33/01;Pelabuhan darat Entikong;Kertas Kerja 2;Indonesia;33;disepakati;dalam proses;dibahas kembali\n"))
	f.Add([]byte("forum\tref\tsession\nx\t\"a\"\"b\"\t0\n"))
	// Malay headers, no forum column (testdata/real/SOURCES.md).
	f.Add([]byte("Rujukan,Tajuk,Bidang,Pencadang,Sidang,Keputusan,Status,Catatan\n" +
		"KK-36-2,Kendala perlintasan warga perbatasan untuk kegiatan ekonomi pasca covid,Ekonomi,Kalimantan Barat,36,dibahas,,seputarkalbar.com 21 Sep 2023\n" +
		"KK-36-1,Kelembagaan,Kelembagaan,Kalimantan Barat,Sidang ke-36,diusulkan,,\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		items, loaded, err := readItemsCSV(bytes.NewReader(data))
		pes := parseErrors(t, err)
		for _, pe := range pes {
			if pe.Line < 1 || pe.Column < 1 || pe.Offset < 0 {
				t.Fatalf("error at %d:%d (offset %d): %v", pe.Line, pe.Column, pe.Offset, pe)
			}
		}
		if items == nil && loaded == 0 && len(pes) == 1 {
			return // the header: the whole file reported
		}
		entries := 0
		for _, it := range items {
			if it.Ref == "" {
				t.Fatalf("item without a ref")
			}
			for _, e := range it.History {
				if e.Session < 1 {
					t.Fatalf("session %d", e.Session)
				}
			}
			entries += len(it.History)
		}
		if entries > loaded {
			t.Fatalf("%d history entries from %d rows loaded", entries, loaded)
		}
		simple := !bytes.ContainsAny(data, "\"\x00") && !bytes.HasPrefix(data, []byte{0xfe, 0xff}) && !bytes.HasPrefix(data, []byte{0xff, 0xfe})
		in := countRows(string(data))
		if simple && in != loaded+len(pes) {
			t.Fatalf("rows in %d != rows loaded %d + rows reported %d (%v)", in, loaded, len(pes), err)
		}
		if !simple && bytes.IndexByte(data, 0) < 0 && loaded+len(pes) > in {
			t.Fatalf("rows loaded %d + rows reported %d > lines %d", loaded, len(pes), in)
		}
	})
}

// TestReadJSONUnknownKeys checks that an unknown key is an error at its
// line and column at every level of the document.
func TestReadJSONUnknownKeys(t *testing.T) {
	for _, path := range []string{
		"", "forums[0]", "forums[0].names[0]", "forums[0].decrees[0]", "forums[0].decrees[0].source",
		"forums[0].secretariats[0]", "forums[0].sources[0]", "sessions[0]", "sessions[0].chairs[0]", "sessions[0].sources[0]",
		"sessions[0].meetings[0]", "sessions[0].meetings[0].chairs[0]", "sessions[0].delegations[0]",
		"sessions[0].delegations[0].leader", "sessions[0].delegations[0].members[0]", "sessions[0].minutes",
		"sessions[0].minutes.signers[0]", "sessions[0].minutes.source", "items[0]", "items[0].history[0]", "items[0].actions[0]",
	} {
		t.Run(path, func(t *testing.T) {
			doc := map[string]any{
				"forums": []any{map[string]any{"id": "f", "level": "regional",
					"names":        []any{map[string]any{"side": "indonesia", "lang": "id", "name": "n"}},
					"decrees":      []any{map[string]any{"issuer": "i", "source": map[string]any{"title": "t"}}},
					"secretariats": []any{map[string]any{"side": "indonesia", "agency": "a"}},
					"sources":      []any{map[string]any{"title": "t"}}}},
				"sessions": []any{map[string]any{"forum": "f", "number": 1,
					"chairs":  []any{map[string]any{"name": "c"}},
					"sources": []any{map[string]any{"title": "t"}},
					"meetings": []any{map[string]any{"kind": "technical",
						"chairs": []any{map[string]any{"name": "c"}}}},
					"delegations": []any{map[string]any{"side": "indonesia", "leader": map[string]any{"name": "l"},
						"members": []any{map[string]any{"name": "m"}}}},
					"minutes": map[string]any{"place": "p", "signers": []any{map[string]any{"name": "s"}},
						"source": map[string]any{"title": "t"}}}},
				"items": []any{map[string]any{"forum": "f", "ref": "r", "title": "t",
					"history": []any{map[string]any{"session": 1}},
					"actions": []any{map[string]any{"agency": "a"}}}},
			}
			// Walk to the object at path and add the key.
			var obj any = doc
			for part := range strings.SplitSeq(path, ".") {
				if part == "" {
					continue
				}
				name, idx, _ := strings.Cut(part, "[")
				obj = obj.(map[string]any)[name]
				if idx != "" {
					obj = obj.([]any)[0]
				}
			}
			obj.(map[string]any)["zzz_unknown"] = true
			data, err := json.MarshalIndent(doc, "", " ")
			if err != nil {
				t.Fatal(err)
			}
			_, err = ReadJSON(bytes.NewReader(data))
			pes := parseErrors(t, err)
			if len(pes) != 1 || !errors.Is(pes[0], ErrSyntax) || !strings.Contains(pes[0].Error(), "zzz_unknown") {
				t.Fatalf("ReadJSON = %v, want one syntax error naming the unknown key", err)
			}
			off := bytes.Index(data, []byte(`"zzz_unknown"`))
			line := 1 + bytes.Count(data[:off], []byte("\n"))
			col := off - bytes.LastIndexByte(data[:off], '\n')
			if pes[0].Line != line || pes[0].Column != col {
				t.Errorf("error at %d:%d, want %d:%d (the key): %v", pes[0].Line, pes[0].Column, line, col, pes[0])
			}
		})
	}
}

// TestNilEmptyCoversModel checks, for every list reachable in a Dataset
// in turn, that Dataset.nilEmpty (which names the lists explicitly) reads
// it empty as absent: the list is made empty and every other list given
// one element, by reflection here in the test only.
func TestNilEmptyCoversModel(t *testing.T) {
	for k := 0; ; k++ {
		var d Dataset
		n := k
		emptied := false
		fill(reflect.ValueOf(&d).Elem(), &n, &emptied, 0)
		if !emptied {
			if k < 10 {
				t.Fatalf("only %d lists found in the model", k)
			}
			return
		}
		d.nilEmpty()
		var left []string
		findEmpty(reflect.ValueOf(d), "d", &left)
		if len(left) > 0 {
			t.Errorf("nilEmpty leaves empty lists: %v; name them in Dataset.nilEmpty", left)
		}
	}
}

// fill gives every slice of v one element, except the n-th slice met
// (counting down n), which it makes empty and not nil.
func fill(v reflect.Value, n *int, emptied *bool, depth int) {
	switch v.Kind() {
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(v.Field(i), n, emptied, depth)
			}
		}
	case reflect.Slice:
		if depth > 8 {
			return
		}
		if *n == 0 && !*emptied {
			v.Set(reflect.MakeSlice(v.Type(), 0, 0))
			*emptied = true
			return
		}
		*n--
		v.Set(reflect.MakeSlice(v.Type(), 1, 1))
		fill(v.Index(0), n, emptied, depth+1)
	}
}

func findEmpty(v reflect.Value, path string, out *[]string) {
	switch v.Kind() {
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				findEmpty(v.Field(i), path+"."+v.Type().Field(i).Name, out)
			}
		}
	case reflect.Slice:
		if v.Len() == 0 && !v.IsNil() {
			*out = append(*out, path)
		}
		for i := range v.Len() {
			findEmpty(v.Index(i), fmt.Sprintf("%s[%d]", path, i), out)
		}
	}
}
