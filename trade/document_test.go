package trade

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/money"
	"golang.org/x/text/currency"
)

// kaltengDocument is what testdata/balances.json (the report's embedded
// data file, seed 004) holds.
func kaltengDocument() *Document {
	const note = "Central Kalimantan's foreign trade surplus as published, in US dollars: only the net was published, so each balance is net-only. Source: seed 004, \"Kalteng Optimistis KTT ASEAN Optimalkan Perluasan Ekspor Produk Daerah\", Republika/ANTARA, Ahad (28/5/2023), quoting the Dinas Perdagangan dan Perindustrian Kalimantan Tengah. Main exports since 2017, as the article lists them: mineral fuels, animal or vegetable fats and oils, ores, slag and ash, jewellery and gems, wood and articles of wood, food and other products; destinations include Malaysia, Singapore, Thailand, Japan, China, India, South Korea and Kenya. No figure is given per commodity or country."
	bal := func(p date.Range, hundredths int64, source string) Balance {
		b := PublishedNet(p, money.FromMinor(hundredths, currency.USD), "Seed 004: "+source)
		b.Reporter = "62" // from the document
		return b
	}
	return &Document{
		Note:     note,
		Reporter: "62",
		Balances: []Balance{
			bal(date.YearRange(2017), 172_599_000_000, `"Dimulai pada 2017 neraca perdagangan luar negeri Kalimantan Tengah surplus sebanyak 1.725,99 juta dolar AS"`),
			bal(date.YearRange(2018), 167_729_000_000, `"2018 surplus sebanyak 1.677,29 juta dolar AS"`),
			bal(date.YearRange(2019), 209_940_000_000, `"2019 surplus sebanyak 2.099,40 juta dolar AS"`),
			bal(date.YearRange(2020), 179_109_000_000, `"2020 surplus sebanyak 1.791,09 juta dolar AS"`),
			bal(date.YearRange(2021), 305_082_000_000, `"2021 surplus sebanyak 3.050,82 juta dolar AS"`),
			bal(date.Range{Start: date.Date{Year: 2022, Month: time.January, Day: 1}, End: date.Date{Year: 2022, Month: time.November, Day: 30}},
				529_117_000_000, `"serta 2022 (sampai November) surplus sebanyak 5.291,17 juta dolar AS"`),
		},
	}
}

func readBalancesFile(t testing.TB) []byte {
	t.Helper()
	b, err := os.ReadFile("testdata/balances.json")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestReadJSONBalancesFile(t *testing.T) {
	got, err := ReadJSON(bytes.NewReader(readBalancesFile(t)))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(kaltengDocument(), got); diff != "" {
		t.Errorf("ReadJSON(testdata/balances.json) mismatch (-want +got):\n%s", diff)
	}
}

// entikongArray is the records of seed 000 (PLBN Entikong) as a bare
// array, written by hand: labels in Indonesian, a full ISO interval.
const entikongArray = `[
  {"period": "2015", "flow": "ekspor", "reporter": "61", "partner": "MY-13", "post": "entikong", "value": "IDR 100387357175", "source": "Kantor Pelayanan Bea dan Cukai Entikong"},
  {"period": "2016", "flow": "export", "reporter": "61", "partner": "MY-13", "post": "entikong", "value": "IDR 149376448928", "source": "Kantor Pelayanan Bea dan Cukai Entikong"},
  {"period": "2015-01-01/2015-12-31", "flow": "impor", "reporter": "61", "partner": "MY-13", "post": "entikong", "scheme": "KILB", "value": "IDR 171793920000", "source": "Kantor Pelayanan Bea dan Cukai Entikong"},
  {"period": "2016", "flow": "import", "reporter": "61", "partner": "MY-13", "post": "entikong", "scheme": "border-card", "value": "IDR 270791872000", "source": "Kantor Pelayanan Bea dan Cukai Entikong"}
]`

// entikongObject is the same records with the reporter and post said once.
const entikongObject = `{
  "note": "Seed 000: trade through PLBN Entikong.",
  "subject": "PLBN Entikong",
  "reporter": "61",
  "post": "entikong",
  "records": [
    {"period": "2015", "flow": "ekspor", "partner": "MY-13", "value": "IDR 100387357175", "source": "Kantor Pelayanan Bea dan Cukai Entikong"},
    {"period": "2016", "flow": "export", "partner": "MY-13", "value": "IDR 149376448928", "source": "Kantor Pelayanan Bea dan Cukai Entikong"},
    {"period": "2015-01-01/2015-12-31", "flow": "impor", "partner": "MY-13", "scheme": "KILB", "value": "IDR 171793920000", "source": "Kantor Pelayanan Bea dan Cukai Entikong"},
    {"period": "2016", "flow": "import", "partner": "MY-13", "scheme": "border-card", "value": "IDR 270791872000", "source": "Kantor Pelayanan Bea dan Cukai Entikong"}
  ]
}`

func TestReadJSON(t *testing.T) {
	usd := func(h int64) money.Amount { return money.FromMinor(h, currency.USD) }
	tests := []struct {
		name string
		in   string
		want *Document
	}{
		{"bare array", entikongArray, &Document{Records: entikongRecords()}},
		{"object with defaults", entikongObject, &Document{Note: "Seed 000: trade through PLBN Entikong.", Subject: "PLBN Entikong",
			Reporter: "61", Post: "entikong", Records: entikongRecords()}},
		{"a record's own reporter and post win over the defaults", `{"reporter": "61", "post": "entikong", "records": [
			{"period": "2015", "flow": "export", "reporter": "ID", "post": "aruk", "value": "IDR 1"},
			{"period": "2015", "flow": "export", "value": "IDR 2"}]}`,
			&Document{Reporter: "61", Post: "entikong", Records: []Record{
				{Period: date.YearRange(2015), Flow: Export, Reporter: "ID", Post: "aruk", Value: money.Rupiah(1)},
				{Period: date.YearRange(2015), Flow: Export, Reporter: "61", Post: "entikong", Value: money.Rupiah(2)},
			}}},
		{"keys in any order, records and balances", `{"balances": [{"period": "2015", "exports": "IDR 3", "imports": "IDR 5", "net": "IDR -2", "source": "s"}],
			"records": [{"value": "USD 1.5", "flow": "re-export", "period": "2022-01/2022-11", "hs": "1511.10", "basis": "asal barang", "net_weight": "1500 kg", "quantity": "3 u"}],
			"post": "PLBN Aruk", "reporter": "ID-KB"}`,
			&Document{Reporter: "ID-KB", Post: "PLBN Aruk",
				Records: []Record{{Period: date.Range{Start: date.Date{Year: 2022, Month: 1, Day: 1}, End: date.Date{Year: 2022, Month: 11, Day: 30}},
					Flow: ReExport, Reporter: "ID-KB", Post: "PLBN Aruk", HS: MustParseHS("151110"), Basis: OriginBasis, Value: usd(150),
					NetWeight: Kilograms(1500), Quantity: Quantity{Milli: 3000, Unit: "u"}}},
				Balances: []Balance{{Period: date.YearRange(2015), Reporter: "ID-KB", Exports: money.Rupiah(3), Imports: money.Rupiah(5), Net: money.Rupiah(-2), Source: "s"}},
			}},
		{"null inside a record is an absent key", `[{"period": "2015", "flow": "export", "post": null, "hs": null, "value": "IDR 1"}]`,
			&Document{Records: []Record{{Period: date.YearRange(2015), Flow: Export, Value: money.Rupiah(1)}}}},
		{"escaped keys are keys", `[{"p\u0065riod": "2015", "flow": "export", "value": "IDR 1"}]`,
			&Document{Records: []Record{{Period: date.YearRange(2015), Flow: Export, Value: money.Rupiah(1)}}}},
		{"empty array", " [ ] \n", &Document{}},
		{"empty object", "{}", &Document{}},
		{"empty lists", `{"records": [], "balances": []}`, &Document{}},
		{"byte order mark", "\ufeff" + `{"subject": "Kalimantan Tengah"}`, &Document{Subject: "Kalimantan Tengah"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadJSON(strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ReadJSON mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// problem is a *RowError as the tests compare it.
type problem struct {
	Line, Column int
	Header, Text string
	Err          string
}

// problems returns the errors joined in err; an error that is not a
// *RowError has line and column 0.
func problems(err error) []problem {
	var out []problem
	for _, e := range unjoin(err) {
		var re *RowError
		if errors.As(e, &re) {
			out = append(out, problem{re.Line, re.Column, re.Field, re.Text, re.Err.Error()})
			continue
		}
		out = append(out, problem{Err: e.Error()})
	}
	return out
}

func TestReadJSONErrors(t *testing.T) {
	const (
		recordKeyList  = "period, flow, reporter, partner, post, basis, scheme, hs, classification, code, value, net_weight, quantity or source"
		balanceKeyList = "period, reporter, partner, exports, imports, net, net_only, no_exports, no_imports or source"
		docKeyList     = "note, subject, reporter, post, records or balances"
	)
	tests := []struct {
		name string
		in   string
		want []problem
		is   error // every problem wraps it, when not nil
	}{
		{
			name: "bad records are reported where they start and reading goes on",
			in: `{
  "reporter": "61",
  "records": [
    {"period": "2015", "flow": "export", "value": "IDR 1"},
    {"period": "2015", "flow": 5, "value": "IDR 3"},
    {"period": "2015-13", "flow": "transit", "value": "Rp4"},
    {"period": "2015", "flow": "export"},
    "2016",
    {}
  ]
}`,
			want: []problem{
				{5, 5, "flow", "5", "a JSON number cannot be read here"},
				{6, 5, "period", "2015-13", `trade.ParsePeriod("2015-13"): not a year, a month (2015-03) or an ISO 8601 interval`},
				{6, 5, "flow", "transit", `trade.Flow.UnmarshalText("transit"): unknown flow`},
				{6, 5, "value", "Rp4", `money.UnmarshalText("Rp4"): expected a digit`},
				{7, 5, "", "", "trade: record value has no currency"},
				{8, 5, "", "2016", "a record must be a JSON object, not a string"},
				{9, 5, "", "", `trade: record period "0000-00-00/0000-00-00" is not a valid range`},
				{9, 5, "", "", "trade: record has no flow"},
				{9, 5, "", "", "trade: record value has no currency"},
			},
		},
		{
			name: "unknown keys inside a record are errors where they are",
			in: `[
  {"period": "2015", "flow": "ekspor", "pots": "entikong", "value": "IDR 2"},
  {"period": "2015", "flow": "export", "value": "IDR 2", "Post": "aruk", "post": "aruk", "post": "badau"}
]`,
			want: []problem{
				{2, 40, "pots", "entikong", "unknown key in a record (want " + recordKeyList + ")"},
				{3, 58, "Post", "aruk", "unknown key in a record (want " + recordKeyList + ")"},
				{3, 90, "post", "badau", "key given twice"},
			},
			is: ErrSyntax,
		},
		{
			name: "keys after nested values",
			in:   `[{"period": "2015", "flow": "export", "value": "IDR 1", "source": {"a": ["]", "\"}"]}, "x": 1.5e3, "y": true}]`,
			want: []problem{
				{1, 2, "source", `{"a": ["]", "\"}"]}`, "a JSON object cannot be read here"},
				{1, 88, "x", "1.5e3", "unknown key in a record (want " + recordKeyList + ")"},
				{1, 100, "y", "true", "unknown key in a record (want " + recordKeyList + ")"},
			},
			is: ErrSyntax,
		},
		{
			name: "bad balances",
			in: `{"reporter": "62", "balances": [
  {"period": "2017", "nett": "USD 1", "net_only": true},
  {"period": "2018", "net": "USD 1", "net_only": "yes"},
  {"period": "2019", "exports": "USD 3", "imports": "USD 1", "net": "USD 1"}
]}`,
			want: []problem{
				{2, 3, "", "", "trade: balance net has no currency"},
				{2, 22, "nett", "USD 1", "unknown key in a balance (want " + balanceKeyList + ")"},
				{3, 3, "net_only", "yes", "a JSON string cannot be read here"},
				{4, 3, "", "", "trade: balance net USD 1 is not exports − imports = USD 2"},
			},
		},
		{
			name: "unknown, repeated and mistyped keys at the top",
			in: `{
  "note": 5,
  "subjct": "PLBN Entikong",
  "records": {"period": "2015"},
  "balances": null,
  "post": "entikong",
  "post": "aruk"
}`,
			want: []problem{
				{2, 11, "note", "5", `"note" must be a JSON string, not a number`},
				{3, 3, "subjct", "", "unknown key (want " + docKeyList + ")"},
				{4, 14, "records", `{"period": "2015"}`, `"records" must be a JSON array, not an object`},
				{5, 15, "balances", "null", `"balances" must be a JSON array, not null`},
				{7, 3, "post", "", "key given twice"},
			},
			is: ErrSyntax,
		},
		{
			name: "a syntax error stops reading, after the bad records before it",
			in: `[
  {"period": "2015", "flow": "export", "value": "Rp1"},
  {"period": "2015" "flow": "export"},
  {"period": "2015", "flow": "export", "value": "Rp1"}
]`,
			want: []problem{
				{2, 3, "value", "Rp1", `money.UnmarshalText("Rp1"): expected a digit`},
				{3, 21, "", "", `invalid character '"' after object key:value pair`},
			},
		},
		{
			name: "syntax error between records",
			in:   "[\n  {\"period\": \"2015\", \"flow\": \"export\", \"value\": \"IDR 1\"}\n  x\n]",
			want: []problem{{3, 3, "", "", "invalid character 'x' after array element"}},
			is:   ErrSyntax,
		},
		{
			name: "a file that ends too soon ends at its last byte",
			in:   "{\"records\": [\n  {\"period\": \"2015\",\n",
			want: []problem{{2, 21, "", "", "unexpected end of file"}},
			is:   ErrSyntax,
		},
		{
			name: "end of file after a key",
			in:   `{"note"`,
			want: []problem{{1, 7, "", "", "unexpected end of file"}},
			is:   ErrSyntax,
		},
		{
			name: "empty",
			in:   " \n",
			want: []problem{{1, 1, "", "", "empty file"}},
			is:   ErrSyntax,
		},
		{
			name: "not a document",
			in:   "\n  \"records\"",
			want: []problem{{2, 3, "", "", "a trade file must be a JSON object with records or balances, or a JSON array of records, not a string"}},
			is:   ErrSyntax,
		},
		{
			name: "data after the document",
			in:   "[]\n[]",
			want: []problem{{2, 1, "", "", "data after the end of the document"}},
			is:   ErrSyntax,
		},
		{
			name: "not UTF-8",
			in:   "{\"note\": \"Entikong\",\n \"subject\": \"Caf\xe9\"}",
			want: []problem{{2, 17, "", "", "not UTF-8 text (byte 0xe9)"}},
			is:   ErrSyntax,
		},
		{
			name: "too deep",
			in:   `[{"source": ` + strings.Repeat("[", 10001),
			want: []problem{{1, 10011, "", "", "invalid character '[' exceeded max depth"}},
			is:   ErrSyntax,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := ReadJSON(strings.NewReader(tt.in))
			if doc != nil {
				t.Errorf("ReadJSON returned a Document with errors: %+v", doc)
			}
			if diff := cmp.Diff(tt.want, problems(err)); diff != "" {
				t.Errorf("ReadJSON problems mismatch (-want +got):\n%s\n%v", diff, err)
			}
			if tt.is != nil {
				for _, e := range unjoin(err) {
					if !errors.Is(e, tt.is) {
						t.Errorf("%v does not wrap %v", e, tt.is)
					}
				}
			}
		})
	}
}

func TestReadJSONSentinels(t *testing.T) {
	_, err := ReadJSON(strings.NewReader(`[{"period": "2015", "flow": "transit", "scheme": "PLB", "value": "IDR 1"}]`))
	if !errors.Is(err, ErrUnknown) || !errors.Is(err, ErrAmbiguous) {
		t.Errorf("flow transit, scheme PLB: %v, want ErrUnknown and ErrAmbiguous", err)
	}
	var re *RowError
	if !errors.As(err, &re) {
		t.Errorf("%v is not a *RowError", err)
	}
}

func TestReadJSONTooLarge(t *testing.T) {
	defer func(n int) { maxJSONSize = n }(maxJSONSize)
	maxJSONSize = 40
	fits := `{"note": "abcde",` + "\n" + `"subject": "Entikong"}` // 40 bytes
	if len(fits) != 40 {
		t.Fatalf("len %d", len(fits))
	}
	if _, err := ReadJSON(strings.NewReader(fits)); err != nil {
		t.Errorf("%d bytes: %v", len(fits), err)
	}
	large := strings.Replace(fits, "abcde", "abcdef", 1)
	doc, err := ReadJSON(strings.NewReader(large))
	if doc != nil || !errors.Is(err, ErrRange) {
		t.Errorf("%d bytes: %v, %v; want an error wrapping ErrRange", len(large), doc, err)
	}
	if diff := cmp.Diff([]problem{{2, 22, "", "", "larger than 40 bytes"}}, problems(err)); diff != "" {
		t.Errorf("too large mismatch (-want +got):\n%s", diff)
	}
	// ReadJSON reads no more than one byte past the limit.
	r := &countingReader{r: strings.NewReader(strings.Repeat(" ", 1000))}
	if _, err := ReadJSON(r); !errors.Is(err, ErrRange) {
		t.Errorf("1000 bytes: %v", err)
	}
	if r.n > 41 {
		t.Errorf("read %d bytes of 1000, want at most 41", r.n)
	}
	if MaxJSONSize != 64<<20 {
		t.Errorf("MaxJSONSize = %d", MaxJSONSize)
	}
}

type countingReader struct {
	r io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

func TestReadJSONReaderError(t *testing.T) {
	bad := errors.New("disk on fire")
	if _, err := ReadJSON(iotest.ErrReader(bad)); !errors.Is(err, bad) {
		t.Errorf("ReadJSON(failing reader) = %v, want %v", err, bad)
	}
}

func TestReadJSONManyProblems(t *testing.T) {
	in := "[" + strings.Repeat(`{"period": "2015", "flow": "export"},`, 1500) + `{"period": "2015", "flow": "export"}]`
	_, err := ReadJSON(strings.NewReader(in))
	ps := problems(err)
	if len(ps) != maxProblems+1 {
		t.Fatalf("%d problems, want %d", len(ps), maxProblems+1)
	}
	if want := (problem{Err: "501 more problems not listed"}); ps[maxProblems] != want {
		t.Errorf("last problem %+v, want %+v", ps[maxProblems], want)
	}
	if want := (problem{1, 1 + 37*999 + 1, "", "", "trade: record value has no currency"}); ps[maxProblems-1] != want {
		t.Errorf("problem %d: %+v, want %+v", maxProblems, ps[maxProblems-1], want)
	}
}

func TestJSONKeys(t *testing.T) {
	got := [][]string{documentKeys, recordKeys, balanceKeys}
	want := [][]string{
		{"note", "subject", "reporter", "post", "records", "balances"},
		{"period", "flow", "reporter", "partner", "post", "basis", "scheme", "hs", "classification", "code", "value", "net_weight", "quantity", "source"},
		{"period", "reporter", "partner", "exports", "imports", "net", "net_only", "no_exports", "no_imports", "source"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("JSON keys mismatch (-want +got):\n%s", diff)
	}
}

func TestWriteJSON(t *testing.T) {
	doc := &Document{Note: `Seed 000 & "KPPBC" <Entikong>`, Subject: "PLBN Entikong", Reporter: "61", Post: "entikong",
		Records: entikongRecords()[:2]}
	var b bytes.Buffer
	if err := WriteJSON(&b, doc); err != nil {
		t.Fatal(err)
	}
	const want = `{
  "note": "Seed 000 \u0026 \"KPPBC\" \u003cEntikong\u003e",
  "subject": "PLBN Entikong",
  "reporter": "61",
  "post": "entikong",
  "records": [
    {"period":"2015","flow":"export","reporter":"61","partner":"MY-13","post":"entikong","value":"IDR 100387357175","source":"Kantor Pelayanan Bea dan Cukai Entikong"},
    {"period":"2016","flow":"export","reporter":"61","partner":"MY-13","post":"entikong","value":"IDR 149376448928","source":"Kantor Pelayanan Bea dan Cukai Entikong"}
  ]
}
`
	if diff := cmp.Diff(want, b.String()); diff != "" {
		t.Errorf("WriteJSON mismatch (-want +got):\n%s", diff)
	}
	b.Reset()
	if err := WriteJSON(&b, &Document{}); err != nil || b.String() != "{}\n" {
		t.Errorf("WriteJSON(empty) = %q, %v", b.String(), err)
	}
}

func TestWriteJSONErrors(t *testing.T) {
	var b bytes.Buffer
	if err := WriteJSON(&b, nil); err == nil {
		t.Error("WriteJSON(nil) succeeded")
	}
	bad := &Document{Records: []Record{entikongRecords()[0], {Period: date.YearRange(2015), Flow: Export}},
		Balances: []Balance{{Period: date.YearRange(2015), Exports: money.Rupiah(1), Net: money.Rupiah(2)}}}
	err := WriteJSON(&b, bad)
	want := "trade: WriteJSON: record 1: trade: record value has no currency\n" +
		"trade: WriteJSON: balance 0: trade: balance net IDR 2 is not exports − imports = IDR 1"
	if err == nil || err.Error() != want {
		t.Errorf("WriteJSON(invalid) = %v, want %s", err, want)
	}
	if b.Len() > 0 {
		t.Errorf("WriteJSON(invalid) wrote %q", b.String())
	}
	if err := WriteJSON(errWriter{}, kaltengDocument()); err == nil {
		t.Error("WriteJSON to a failing writer succeeded")
	}
}

type errWriter struct{}

func (errWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestJSONRoundTrip(t *testing.T) {
	full := Record{Period: date.Range{Start: date.Date{Year: 2017, Month: 10, Day: 23}, End: date.Date{Year: 2017, Month: 10, Day: 25}}, Flow: ReImport,
		Reporter: "ID", Partner: "MY", Post: "Pos Lintas Batas \"Jagoi Babang\"", Basis: OriginBasis, Scheme: BorderTradePass,
		HS: MustParseHS("2701.12.10.00"), Value: money.FromMinor(-123, money.MYR), NetWeight: Quantity{1234567, "kg"}, Quantity: Quantity{5, "u"},
		Source: "KPPBC Entikong\n<baris 2> & \u2028"}
	withNet, _ := NewBalance(date.YearRange(2015), money.Rupiah(100_387_357_175), money.Rupiah(171_793_920_000))
	docs := map[string]*Document{
		"balances file": kaltengDocument(),
		"entikong":      {Subject: "PLBN Entikong", Reporter: "61", Post: "entikong", Records: entikongRecords()},
		"mixed":         {Note: "ñ ✓", Records: append(sampleRecords(), full), Balances: []Balance{withNet}},
		"empty":         {},
	}
	for name, doc := range docs {
		t.Run(name, func(t *testing.T) {
			var first bytes.Buffer
			if err := WriteJSON(&first, doc); err != nil {
				t.Fatal(err)
			}
			got, err := ReadJSON(bytes.NewReader(first.Bytes()))
			if err != nil {
				t.Fatalf("%v\n%s", err, first.Bytes())
			}
			if diff := cmp.Diff(doc, got); diff != "" {
				t.Errorf("WriteJSON, ReadJSON mismatch (-want +got):\n%s", diff)
			}
			var second bytes.Buffer
			if err := WriteJSON(&second, got); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(first.String(), second.String()); diff != "" {
				t.Errorf("write, read, write is not byte-identical (-want +got):\n%s", diff)
			}
		})
	}
}

// A document that ReadJSON returns writes and reads back equal, although
// its file said the reporter once.
func TestJSONRoundTripOfRead(t *testing.T) {
	for _, in := range []string{string(readBalancesFile(t)), entikongArray, entikongObject} {
		doc, err := ReadJSON(strings.NewReader(in))
		if err != nil {
			t.Fatal(err)
		}
		checkRoundTrip(t, doc)
	}
}

// checkRoundTrip checks that doc writes, reads back equal and writes the
// same bytes again.
func checkRoundTrip(t *testing.T, doc *Document) {
	t.Helper()
	var first, second bytes.Buffer
	if err := WriteJSON(&first, doc); err != nil {
		t.Fatalf("WriteJSON: %v", err)
	}
	again, err := ReadJSON(bytes.NewReader(first.Bytes()))
	if err != nil {
		t.Fatalf("ReadJSON(WriteJSON(doc)): %v\n%s", err, first.Bytes())
	}
	if diff := cmp.Diff(doc, again); diff != "" {
		t.Fatalf("round trip mismatch (-want +got):\n%s\n%s", diff, first.Bytes())
	}
	if err := WriteJSON(&second, again); err != nil {
		t.Fatalf("WriteJSON again: %v", err)
	}
	if !bytes.Equal(first.Bytes(), second.Bytes()) {
		t.Fatalf("write, read, write is not byte-identical:\n%s\n%s", first.Bytes(), second.Bytes())
	}
}

func FuzzReadJSON(f *testing.F) {
	f.Add(string(readBalancesFile(f)))
	f.Add(entikongArray)
	f.Add(entikongObject)
	f.Add(`{"reporter": "61", "post": "entikong", "records": [{"period": "2015", "flow": "export", "reporter": "ID", "post": "aruk", "value": "IDR 1"}, {"period": "2015", "flow": "export", "value": "IDR 2"}]}`)
	f.Add(`[{"period": "2022-01/2022-11", "flow": "ekspor", "reporter": "62", "hs": "1511.10", "value": "USD 5291170000", "basis": "asal barang", "net_weight": "1500 kg", "quantity": "3 u"}]`)
	f.Add(`{"balances": [{"period": "2015", "exports": "IDR 100387357175", "imports": "IDR 171793920000", "net": "IDR -71406562825", "source": "KPPBC Entikong"}]}`)
	f.Add(`[{"period": "2015", "flow": "ekspor", "pots": "entikong", "value": "IDR 2"}]`)
	f.Add("{\"records\": [\n  {\"period\": \"2015\",\n")
	f.Fuzz(func(t *testing.T, in string) {
		checkMembers(t, []byte(in))
		doc, err := ReadJSON(strings.NewReader(in))
		if err != nil {
			if doc != nil {
				t.Fatalf("a Document with errors: %v", err)
			}
			lines := strings.Split(in, "\n")
			for _, e := range unjoin(err) {
				var re *RowError
				if !errors.As(e, &re) {
					if !strings.HasSuffix(e.Error(), "more problems not listed") {
						t.Errorf("%v is not a *RowError", e)
					}
					continue
				}
				if re.Line < 1 || re.Line > len(lines) || re.Column < 1 || re.Column > len(lines[re.Line-1])+1 {
					t.Errorf("%v: position outside the input", re)
				}
			}
			return
		}
		if doc == nil {
			t.Fatal("nil Document and no error")
		}
		// Records in = records loaded, counted by encoding/json, not by
		// the reader under test: a document that reads loads every record
		// and every balance (one with a bad record reads as nil, above).
		if records, balances, ok := countJSONRecords([]byte(in)); ok && (records != len(doc.Records) || balances != len(doc.Balances)) {
			t.Fatalf("%d records and %d balances in, %d and %d loaded", records, balances, len(doc.Records), len(doc.Balances))
		}
		checkRoundTrip(t, doc)
	})
}

// countJSONRecords counts the records and balances of a trade JSON
// document with encoding/json: a top-level array of records, or an object
// with "records" and "balances" lists. ok is false for text encoding/json
// does not read that way.
func countJSONRecords(in []byte) (records, balances int, ok bool) {
	var list []json.RawMessage
	if json.Unmarshal(in, &list) == nil {
		return len(list), 0, true
	}
	var doc struct {
		Records, Balances []json.RawMessage
	}
	if json.Unmarshal(in, &doc) != nil {
		return 0, 0, false
	}
	return len(doc.Records), len(doc.Balances), true
}

// checkMembers checks that members finds the keys and values of a valid
// JSON object that encoding/json finds.
func checkMembers(t *testing.T, in []byte) {
	if !json.Valid(in) {
		return
	}
	type kv struct {
		Key, Value string
		Off        int
	}
	var want []kv
	dec := json.NewDecoder(bytes.NewReader(in))
	if tok, _ := dec.Token(); tok != json.Delim('{') {
		if _, ok := members(in, nil); ok {
			t.Errorf("members(%q) is an object", in)
		}
		return
	}
	for dec.More() {
		off := nextValue(in, int(dec.InputOffset()))
		k, _ := dec.Token()
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			t.Fatal(err)
		}
		want = append(want, kv{k.(string), string(v), off})
	}
	ms, ok := members(in, nil)
	if !ok {
		t.Fatalf("members(%q) is not an object", in)
	}
	var got []kv
	for _, m := range ms {
		got = append(got, kv{m.key(), string(m.value), m.off})
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("members(%q) mismatch (-want +got):\n%s", in, diff)
	}
}

// BenchmarkReadJSON reads a document of 100,000 records (about 14 MB).
func BenchmarkReadJSON(b *testing.B) {
	posts := []string{"entikong", "aruk", "nanga-badau", "jagoi-babang", "sei-kelik", "motaain", "skouw", "serasan"}
	doc := &Document{Reporter: "61", Records: make([]Record, 100_000)}
	for i := range doc.Records {
		f := Export
		if i%3 == 0 {
			f = Import
		}
		doc.Records[i] = Record{Period: date.MonthRange(2014+i%10, time.Month(1+i%12)), Flow: f, Reporter: "61",
			Partner: "MY", Post: posts[i%len(posts)], HS: MustParseHS("1511.10"), Value: money.Rupiah(int64(i) * 1_234_567),
			Source: "KPPBC " + posts[i%len(posts)]}
	}
	var buf bytes.Buffer
	if err := WriteJSON(&buf, doc); err != nil {
		b.Fatal(err)
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		got, err := ReadJSON(bytes.NewReader(data))
		if err != nil || len(got.Records) != len(doc.Records) {
			b.Fatal(err)
		}
	}
}
