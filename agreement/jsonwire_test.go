package agreement

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"golang.org/x/text/language"

	"github.com/kerjasama/kerjasama/money"
	"github.com/kerjasama/kerjasama/region"
)

// countElements counts the agreements of a JSON file with encoding/json
// alone, not with ReadJSON: the elements of the bare array, or of the
// "agreements" array of the object. ok is false when the text is no such
// file.
func countElements(b []byte) (n int, ok bool) {
	var arr []json.RawMessage
	if err := json.Unmarshal(b, &arr); err == nil {
		return len(arr), true
	}
	var obj struct {
		Agreements []json.RawMessage `json:"agreements"`
	}
	if err := json.Unmarshal(b, &obj); err != nil || obj.Agreements == nil {
		return 0, false
	}
	return len(obj.Agreements), true
}

// TestReadJSONUnknownKeys puts an unknown key at each level of the form:
// each is an error at the key, the other agreements load.
func TestReadJSONUnknownKeys(t *testing.T) {
	tests := []struct {
		name, elem string
		key        string // the unknown key, whose opening quote is the error's position
	}{
		{"agreement", `{"id": "x", "tittle": "typo"}`, "tittle"},
		{"agreement, case", `{"id": "x", "Title": "a"}`, "Title"},
		{"party", `{"id": "x", "parties": [{"role": "partner", "regoin": "KR-30"}]}`, "regoin"},
		{"event", `{"id": "x", "events": [{"stage": "signing", "dat": "2016"}]}`, "dat"},
		{"funding", `{"id": "x", "funding": [{"amount": "IDR 5", "currency": "IDR"}]}`, "currency"},
		{"activity", `{"id": "x", "activities": [{"date": "2016", "valeu": "IDR 5"}]}`, "valeu"},
		{"source", `{"id": "x", "sources": [{"document": "a", "page": 3}]}`, "page"},
		{"nested in a list of objects", `{"id": "x", "parties": [{"role": "region", "region": "36"}, {"name": "A", "xyz": {"y": 1}}]}`, "xyz"},
	}
	for _, tt := range tests {
		in := "[\n  {\"id\": \"a\"},\n  " + tt.elem + ",\n  {\"id\": \"c\"}\n]"
		l, err := ReadJSON(strings.NewReader(in), ReadOptions{File: "x.json"})
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		n, _ := countElements([]byte(in))
		if n != len(l.Agreements)+len(l.Rejected) || n != l.Rows {
			t.Errorf("%s: %d in, Rows %d, %d loaded + %d rejected", tt.name, n, l.Rows, len(l.Agreements), len(l.Rejected))
		}
		if len(l.Rejected) != 1 {
			t.Errorf("%s: rejected %v", tt.name, l.Rejected)
			continue
		}
		e := l.Rejected[0]
		col := 3 + strings.Index(tt.elem, `"`+tt.key+`"`) // after the indent of two spaces
		if e.Line != 3 || e.Column != col || !strings.Contains(e.Error(), "unknown key") {
			t.Errorf("%s: error %v, want at 3:%d", tt.name, e, col)
		}
		if diff := cmp.Diff([]string{"a", "c"}, ids(l.Agreements)); diff != "" {
			t.Errorf("%s: loaded mismatch (-want +got):\n%s", tt.name, diff)
		}
	}
	for _, in := range []string{`{"agreements": [], "x": 1}`, `{"x": 1, "agreements": []}`} {
		if _, err := ReadJSON(strings.NewReader(in), ReadOptions{}); err == nil || !strings.Contains(err.Error(), `unknown key "x"`) {
			t.Errorf("ReadJSON(%s): %v, want an unknown key error", in, err)
		}
	}
	if l, err := ReadJSON(strings.NewReader(`{"note": "a remark", "agreements": [{"id": "a"}]}`), ReadOptions{}); err != nil || len(l.Agreements) != 1 {
		t.Errorf("note: %v", err)
	}
	var a Agreement
	if err := json.Unmarshal([]byte(`{"id": "x", "tittle": "typo"}`), &a); err == nil {
		t.Errorf("Agreement.UnmarshalJSON: unknown key read")
	}
}

// TestReadJSONOptions checks that Resolve and Lang reach the fields of
// ReadJSON as they reach those of ReadCSV: a partner the caller's own
// gazetteer defines is found by both readers, and amounts, dates and
// terms are read in the file's language.
func TestReadJSONOptions(t *testing.T) {
	var g region.Gazetteer
	kecil, err := g.Define(region.Region{Name: "Kota Kecil", Country: "SE", Level: region.City}, "Kecilstad")
	if err != nil {
		t.Fatal(err)
	}
	opt := ReadOptions{Resolve: g.Find, Lang: language.English}
	csvLoad, err := ReadCSV(strings.NewReader("No,Partner,Signed,Term\n1,Kecilstad,21 February 2016,5 years\n"), opt)
	if err != nil || len(csvLoad.Agreements) != 1 {
		t.Fatalf("ReadCSV: %v %v", err, csvLoad.Err())
	}
	in := `[{"id": "1", "parties": [{"role": "partner", "region": "Kecilstad"}], "signed": "21 February 2016", "term": "5 years",
	  "funding": [{"amount": "Rp1.3 billion"}], "activities": [{"date": "March 2017", "value": "Rp18 billion"}],
	  "events": [{"stage": "signing", "date": "21 February 2016"}]}]`
	l, err := ReadJSON(strings.NewReader(in), opt)
	if err != nil || len(l.Agreements) != 1 {
		t.Fatalf("ReadJSON: %v %v", err, l.Err())
	}
	a, c := l.Agreements[0], csvLoad.Agreements[0]
	if a.Parties[0].Region != kecil || c.Parties[0].Region != kecil {
		t.Errorf("partner: JSON %+v, CSV %+v, want %v", a.Parties[0].Region, c.Parties[0].Region, kecil)
	}
	if a.Signed != c.Signed || a.Term != c.Term || a.Signed != On(d("2016-02-21")) {
		t.Errorf("signed %v term %v, CSV %v %v", a.Signed, a.Term, c.Signed, c.Term)
	}
	if !a.Funding[0].Amount.Equal(money.Rupiah(1_300_000_000)) || !a.Activities[0].Value.Equal(money.Rupiah(18_000_000_000)) ||
		a.Activities[0].Date != InMonth(2017, 3) || a.Events[0].Date != On(d("2016-02-21")) {
		t.Errorf("English amounts and dates: %+v %+v %+v", a.Funding, a.Activities, a.Events)
	}
	// Written by code, the partner reads back through the same gazetteer.
	var buf bytes.Buffer
	if err := WriteJSON(&buf, l.Agreements); err != nil {
		t.Fatal(err)
	}
	back, err := ReadJSON(&buf, ReadOptions{Resolve: g.Find})
	if err != nil || len(back.Agreements) != 1 || back.Agreements[0].Parties[0].Region != kecil {
		t.Errorf("read back: %v %v %+v", err, back.Err(), back.Agreements)
	}
	// Without it, the partner is not found: a rejected row, not a guess.
	if l, _ := ReadJSON(strings.NewReader(in), ReadOptions{Lang: language.English}); len(l.Rejected) != 1 {
		t.Errorf("without the gazetteer: %d rejected", len(l.Rejected))
	}
}

// TestJSONRoundTripSeeds writes and reads the seed register: equal
// registers (empty lists as absent ones), and write–read–write gives the
// same bytes.
func TestJSONRoundTripSeeds(t *testing.T) {
	b, err := os.ReadFile("testdata/seeds.json")
	if err != nil {
		t.Fatal(err)
	}
	checkJSONRoundTrip(t, b)
}

// checkJSONRoundTrip reads b; what loads writes, reads back equal, and
// writes again byte for byte the same. Rows are counted by countElements.
func checkJSONRoundTrip(t *testing.T, b []byte) {
	t.Helper()
	l, err := ReadJSON(bytes.NewReader(b), ReadOptions{})
	if err != nil {
		return
	}
	if n, ok := countElements(b); ok && (n != l.Rows || n != len(l.Agreements)+len(l.Rejected)) {
		t.Fatalf("%d agreements in, Rows %d, %d loaded + %d rejected", n, l.Rows, len(l.Agreements), len(l.Rejected))
	}
	for _, e := range l.Rejected {
		if e.Line < 1 || e.Column < 1 {
			t.Fatalf("rejected without position: %v", e)
		}
	}
	var first bytes.Buffer
	if err := WriteJSON(&first, l.Agreements); err != nil {
		t.Fatal(err)
	}
	back, err := ReadJSON(bytes.NewReader(first.Bytes()), ReadOptions{})
	if err != nil || len(back.Rejected) > 0 {
		t.Fatalf("ReadJSON(WriteJSON(…)): %v %v\n%s", err, back.Err(), first.String())
	}
	if diff := cmp.Diff(l.Agreements, back.Agreements, cmpopts.EquateEmpty()); diff != "" {
		t.Fatalf("round trip mismatch (-want +got):\n%s", diff)
	}
	var second bytes.Buffer
	if err := WriteJSON(&second, back.Agreements); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first.Bytes(), second.Bytes()) {
		t.Fatalf("write–read–write differs:\n%s\n%s", first.String(), second.String())
	}
}

func FuzzReadJSON(f *testing.F) {
	b, err := os.ReadFile("testdata/seeds.json")
	if err != nil {
		f.Fatal(err)
	}
	var file struct {
		Agreements []json.RawMessage `json:"agreements"`
	}
	if err := json.Unmarshal(b, &file); err != nil {
		var arr []json.RawMessage
		if json.Unmarshal(b, &arr) != nil {
			f.Fatal(err)
		}
		file.Agreements = arr
	}
	for _, a := range file.Agreements {
		f.Add([]byte("[" + string(a) + "]"))
	}
	for _, s := range []string{
		`[{"id": "a", "parties": [], "sectors": [], "funding": [{"amount": "Rp 5 juta", "purpose": []}]}]`,
		`{"note": "x", "agreements": [{"id": "b", "signed": "6 Februari 2007", "term": "5 tahun"}, {"id": "b"}]}`,
		`[{"id": "c", "tittle": "x"}, {"id": "d", "parties": [{"regoin": "36"}]}]`,
		`[{"id": "e", "activities": [{"date": "2022", "sector": "trade", "value": "Rp18 miliar", "approximate": true}]}]`,
		`[{"id": "f", "events": [{"stage": "signing", "date": "2016-02-21", "note": "\u001b[2J"}]}]`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		checkJSONRoundTrip(t, b)
	})
}

func TestJSONDoesNotUseReflection(t *testing.T) {
	src, err := os.ReadFile("json.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, banned := range []string{"internal/emptyslice", `"reflect"`} {
		if bytes.Contains(src, []byte(banned)) {
			t.Errorf("json.go imports %s", banned)
		}
	}
}
