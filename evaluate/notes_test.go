package evaluate

import (
	"bytes"
	"encoding/json"
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/money"
	"github.com/kerjasama/kerjasama/trade"
)

func TestRatioNotesJSON(t *testing.T) {
	tests := []struct {
		name string
		v    any
		want string
	}{
		{"defined change", Change{Rate: RatioOf(0.488)}, `{"rate":0.488}`},
		{"growth from nothing", Change{Rate: Growth(0, 5)}, `{"rate":null,"rate_note":"zero base"}`},
		{"growth from a deficit", Change{Rate: Growth(-5, 5), Deficit: true}, `{"rate":null,"rate_note":"negative base","deficit":true}`},
		{"no exports to share", Concentration{}, `{"index":null,"index_note":"no data","n":0}`},
		{"no items", Implementation{}, `{"items":0,"levels":[0,0,0,0],"share":null,"share_note":"no data"}`},
		{"a partial year", GrowthSpan{Flow: WordSurplus, Rate: undefined(statePartial)},
			`{"flow":"surplus","from":"","to":"","years":0,"rate":null,"rate_note":"partial period"}`},
	}
	for _, tt := range tests {
		b, err := json.Marshal(tt.v)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if diff := cmp.Diff(tt.want, string(b)); diff != "" {
			t.Errorf("%s: JSON mismatch (-want +got):\n%s", tt.name, diff)
		}
	}
}

func TestRatioNotesRoundTrip(t *testing.T) {
	// Exports from nothing, imports with no previous year to compare.
	b15, _ := trade.NewBalance(date.YearRange(2015), money.Rupiah(0), money.Rupiah(0))
	b16, _ := trade.NewBalance(date.YearRange(2016), money.Rupiah(10), money.Rupiah(0))
	ev, err := Balances([]trade.Balance{b15, b16}, TradeOptions{Subject: "PLBN Aruk", BorderPost: true})
	if err != nil {
		t.Fatal(err)
	}
	p := ev.Periods[1]
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"export_growth":null,"export_growth_note":"zero base"`, `"coverage":null,"coverage_note":"zero base"`} {
		if !bytes.Contains(b, []byte(want)) {
			t.Errorf("JSON %s lacks %s", b, want)
		}
	}
	var back TradePeriod
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if !errors.Is(back.ExportGrowth.Err(), ErrZeroBase) || !errors.Is(back.Coverage.Err(), ErrZeroBase) {
		t.Errorf("read back: export growth %v, coverage %v; want both zero base", back.ExportGrowth, back.Coverage)
	}
	// Zero amounts are left out of the JSON (omitzero) and read back
	// without their currency; the ratios and the rest come back whole.
	p.Imports, back.Imports = money.Amount{}, money.Amount{}
	if diff := cmp.Diff(p, back); diff != "" {
		t.Errorf("round trip mismatch (-want +got):\n%s", diff)
	}
	// Without notes (JSON written before them), an undefined ratio reads
	// as lack of data, as it always did.
	var old Change
	if err := json.Unmarshal([]byte(`{"rate":null}`), &old); err != nil || !errors.Is(old.Rate.Err(), ErrNoData) {
		t.Errorf("old JSON: %v, %v", old.Rate, err)
	}
}

// ratioFielder is a type that lists its Ratio fields for JSON.
type ratioFielder interface{ ratioFields() []ratioField }

// TestRatioFieldsListed checks, by reflection, that every struct type of
// the package with Ratio fields lists all of them, under their JSON names,
// in ratioFields, and (by parsing the package) that no such type is left
// out of this test.
func TestRatioFieldsListed(t *testing.T) {
	types := []ratioFielder{
		&TradePeriod{}, &GrowthSpan{}, &LikeForLike{}, &Change{}, &Implementation{},
		&ForumEvaluation{}, &Concentration{}, &Spending{}, &WelfarePeriod{},
	}
	ratioType := reflect.TypeFor[Ratio]()
	listed := map[string]bool{}
	for _, v := range types {
		rv := reflect.ValueOf(v).Elem()
		rt := rv.Type()
		listed[rt.Name()] = true
		var want []string
		wantPtr := map[string]*Ratio{}
		for i := range rt.NumField() {
			sf := rt.Field(i)
			if sf.Type != ratioType || !sf.IsExported() {
				continue
			}
			name, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
			switch name {
			case "-":
				continue
			case "":
				name = sf.Name
			}
			want = append(want, name)
			wantPtr[name] = rv.Field(i).Addr().Interface().(*Ratio)
		}
		var got []string
		for _, f := range v.ratioFields() {
			got = append(got, f.name)
			if wantPtr[f.name] != f.r {
				t.Errorf("%s.ratioFields: %q points to the wrong field", rt.Name(), f.name)
			}
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s.ratioFields mismatch (-want +got):\n%s", rt.Name(), diff)
		}
		if _, ok := rv.Interface().(json.Marshaler); !ok {
			t.Errorf("%s has no MarshalJSON", rt.Name())
		}
	}

	// Every struct type declared in the package with a Ratio field must be
	// in the list above.
	fset := token.NewFileSet()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			ts, ok := n.(*ast.TypeSpec)
			if !ok {
				return true
			}
			st, ok := ts.Type.(*ast.StructType)
			if !ok {
				return true
			}
			for _, fld := range st.Fields.List {
				if id, ok := fld.Type.(*ast.Ident); ok && id.Name == "Ratio" && !listed[ts.Name.Name] {
					t.Errorf("%s: type %s has a Ratio field but does not list its Ratio fields for JSON", name, ts.Name.Name)
					break
				}
			}
			return true
		})
	}
}
