package report

import (
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/kerjasama/kerjasama/agreement"
	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/evaluate"
	"github.com/kerjasama/kerjasama/money"
	"github.com/kerjasama/kerjasama/trade"
	"golang.org/x/text/language"
)

// goldenDay is the day of seed 001, the Cabinet Secretariat's visit to
// Banten (Rabu, 7/8/2019).
var goldenDay = date.Date{Year: 2019, Month: time.August, Day: 7}

var langs = []language.Tag{language.Indonesian, language.Malay, language.MustParse("ms-BN"), language.English}

func embeddedReport(t testing.TB) *Report {
	t.Helper()
	r, err := Build(Embedded(), goldenDay)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestEmbedded(t *testing.T) {
	d := Embedded()
	got := map[string]int{
		"trade series": len(d.Trade),
		"agreements":   len(d.Agreements),
		"forums":       len(d.Sessions.Forums),
		"sessions":     len(d.Sessions.Sessions),
		"spending":     len(d.Spending),
	}
	// forums: GBC, HLC (public sources 2022-2025), SPC (seed 003), central
	// and the three regional series. sessions: the seed's 33rd plus the
	// twelve of session.History it lacks (three of them the 15th, 19th and
	// 21st of the Riau series, added from public sources).
	want := map[string]int{"trade series": 2, "agreements": 6, "forums": 7, "sessions": 13, "spending": 2}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("embedded dataset mismatch (-want +got):\n%s", diff)
	}
	// Entikong: two years of both flows, summed by trade.Aggregator.
	var n int
	for _, g := range d.Trade[0].Groups {
		n += g.Records
	}
	if d.Trade[0].Options.Subject != "PLBN Entikong" || !d.Trade[0].Options.BorderPost || n != 4 {
		t.Errorf("Entikong series: %+v, %d records", d.Trade[0].Options, n)
	}
	if n := len(d.Trade[1].Balances); n != 6 {
		t.Errorf("Kalimantan Tengah balances: %d, want 6", n)
	}
	// Every figure of the seeds has a source: four trade records, six
	// balances, the agreements' quotations, the sessions, two welfare figures.
	count := map[Section]int{}
	for _, s := range d.Sources {
		if s.Document == "" || s.Subject == "" {
			t.Errorf("source without subject or document: %+v", s)
		}
		count[s.Section]++
	}
	if count[SectionTrade] != 10 || count[SectionWelfare] != 2 || count[SectionAgreements] < 6 || count[SectionForums] == 0 {
		t.Errorf("sources by section: %v", count)
	}
	// A copy: changing it does not change the next one.
	d.Trade = nil
	d.Agreements[0].Title = "changed"
	if e := Embedded(); len(e.Trade) != 2 || e.Agreements[0].Title == "changed" {
		t.Errorf("Embedded returned a shared dataset")
	}
}

// TestOneLayout renders the embedded report in every format and language
// from one Report and checks that each carries the same headings, the
// same column names and the same figures: those of its Layout.
func TestOneLayout(t *testing.T) {
	r := embeddedReport(t)
	for _, tag := range langs {
		blocks := r.Layout(tag)
		outs := map[Format]string{}
		for _, f := range []Format{Text, Markdown, HTML, JSON} {
			outs[f] = render(t, r, f, tag)
		}
		// Each format, read back as plain text.
		plain := map[Format]string{
			Text:     outs[Text],
			Markdown: unescapeMarkdown(outs[Markdown]),
			HTML:     html.UnescapeString(outs[HTML]),
		}
		var texts []string
		tables := 0
		for _, b := range blocks {
			switch b.Kind {
			case BlockTitle, BlockHeading, BlockParagraph:
				texts = append(texts, b.Text)
			case BlockTable:
				tables++
				texts = append(texts, b.Table.Head...)
				if b.Table.Caption != "" {
					texts = append(texts, b.Table.Caption)
				}
				for _, row := range b.Table.Rows {
					texts = append(texts, row...)
				}
			case BlockList:
				texts = append(texts, b.Items...)
			case BlockFindings:
				for _, f := range b.Findings {
					texts = append(texts, f.Message(tag))
				}
			}
		}
		if tables < 10 || blocks[len(blocks)-1].Kind != BlockList {
			t.Fatalf("%s: layout has %d tables", tag, tables)
		}
		for f, out := range plain {
			for _, s := range texts {
				if s != "" && !strings.Contains(out, s) {
					t.Errorf("%s %v lacks %q", tag, f, s)
				}
			}
		}
		// JSON carries the same layout, block for block (findings are in
		// its flat list), and every finding's message.
		var doc struct {
			Layout   []Block `json:"layout"`
			Findings []struct {
				Message string `json:"message"`
			} `json:"findings"`
		}
		if err := json.Unmarshal([]byte(outs[JSON]), &doc); err != nil {
			t.Fatalf("%s: JSON: %v", tag, err)
		}
		var want []Block
		for _, b := range blocks {
			if b.Kind != BlockFindings {
				want = append(want, b)
			}
		}
		if diff := cmp.Diff(want, doc.Layout); diff != "" {
			t.Errorf("%s: JSON layout mismatch (-want +got):\n%s", tag, diff)
		}
		var msgs []string
		for _, f := range doc.Findings {
			msgs = append(msgs, f.Message)
		}
		for _, f := range r.Findings(evaluate.None) {
			if !strings.Contains(strings.Join(msgs, "\n"), f.Message(tag)) {
				t.Errorf("%s: JSON lacks finding %q", tag, f.Message(tag))
			}
		}
	}
}

// unescapeMarkdown undoes escapeMarkdown, for comparing text.
func unescapeMarkdown(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			i++
		}
		b.WriteByte(s[i])
	}
	return html.UnescapeString(b.String())
}

func TestLayoutHeadings(t *testing.T) {
	r := embeddedReport(t)
	type head struct {
		Section Section
		Index   int
		Text    string
	}
	var got []head
	for _, b := range r.Layout(language.English) {
		if b.Kind == BlockHeading || b.Kind == BlockTitle {
			got = append(got, head{b.Section, b.Index, b.Text})
		}
	}
	want := []head{
		{0, 0, "Cooperation evaluation report"},
		{SectionTrade, 0, "Trade balance — PLBN Entikong"},
		{SectionTrade, 1, "Trade balance — Kalimantan Tengah"},
		{SectionAgreements, 0, "Cooperation agreements — Banten, Kota Tangerang Selatan"},
		{SectionForums, 0, "Regularity of forum sessions — KK Sosek Malindo of West Kalimantan Province"},
		{SectionForums, 1, "Regularity of forum sessions — KK Sosek Malindo of Riau/Riau Islands Province"},
		{SectionWelfare, 0, "Welfare — West Kalimantan (whole province)"},
		{0, 0, "Sources"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("layout headings mismatch (-want +got):\n%s", diff)
	}
	if l := SectionWelfare.Label(language.Malay); l != "Kesejahteraan" {
		t.Errorf("SectionWelfare.Label(ms) = %q", l)
	}
	fs := r.Findings(evaluate.Warning)
	if len(fs) == 0 || fs[0].Section != SectionTrade || fs[len(fs)-1].Section != SectionWelfare {
		t.Errorf("Findings: %d, first %v, last %v", len(fs), fs[0].Section, fs[len(fs)-1].Section)
	}
}

// TestTradeFromAggregator checks that the trade figures on the report's
// path are the groups of trade.Aggregator: the report's Entikong table
// equals evaluate.Groups on records summed by an Aggregator in the test.
func TestTradeFromAggregator(t *testing.T) {
	var agg trade.Aggregator
	agg.By = evaluate.GroupDims
	for _, rec := range []trade.Record{
		{Period: date.YearRange(2015), Flow: trade.Export, Post: "entikong", Value: money.Rupiah(100387357175)},
		{Period: date.YearRange(2015), Flow: trade.Import, Post: "entikong", Scheme: trade.BorderTradeCard, Value: money.Rupiah(171793920000)},
		{Period: date.YearRange(2016), Flow: trade.Export, Post: "entikong", Value: money.Rupiah(149376448928)},
		{Period: date.YearRange(2016), Flow: trade.Import, Post: "entikong", Scheme: trade.BorderTradeCard, Value: money.Rupiah(270791872000)},
	} {
		if err := agg.Add(&rec); err != nil {
			t.Fatal(err)
		}
	}
	want, err := evaluate.Groups(agg.Groups(), evaluate.TradeOptions{Subject: "PLBN Entikong", BorderPost: true})
	if err != nil {
		t.Fatal(err)
	}
	got := embeddedReport(t).Trade[0]
	if diff := cmp.Diff(want.Periods, got.Periods, cmp.Comparer(func(a, b money.Amount) bool { return a == b })); diff != "" {
		t.Errorf("Entikong periods mismatch (-want +got):\n%s", diff)
	}
}

func TestMarkdownEscapes(t *testing.T) {
	d := &Dataset{Title: "# Judul <b>tebal</b>", Agreements: []agreement.Agreement{{ID: "x",
		Title: "MoU A|B <script>alert(1)</script> *bold* _it_ [link](http://x)", Signed: agreement.InYear(2018)}}}
	r, err := Build(d, date.Date{Year: 2019, Month: 1, Day: 1})
	if err != nil {
		t.Fatal(err)
	}
	out := render(t, r, Markdown, language.Indonesian)
	for _, bad := range []string{"<script>", "<b>", "A|B", "*bold*", "[link]", "\n# #"} {
		if strings.Contains(out, bad) {
			t.Errorf("markdown contains %q unescaped:\n%s", bad, out)
		}
	}
	for _, good := range []string{`# \# Judul &lt;b&gt;tebal&lt;/b&gt;`, `MoU A\|B &lt;script&gt;alert(1)&lt;/script&gt; \*bold\* \_it\_ \[link\](http://x)`} {
		if !strings.Contains(out, good) {
			t.Errorf("markdown lacks %q:\n%s", good, out)
		}
	}
	// Control characters never reach the text report.
	d.Title = "Judul\x1b[31m merah\r\nbaris"
	r, _ = Build(d, date.Date{Year: 2019, Month: 1, Day: 1})
	if txt := render(t, r, Text, language.Indonesian); strings.ContainsAny(txt, "\x1b\r") || !strings.Contains(txt, "Judul [31m merah  baris") {
		t.Errorf("text report keeps control characters:\n%q", txt)
	}
}

func TestEmptyAndErrors(t *testing.T) {
	r, err := Build(&Dataset{}, date.Date{Year: 2020, Month: 1, Day: 1})
	if err != nil {
		t.Fatal(err)
	}
	if out := render(t, r, Text, language.Indonesian); !strings.Contains(out, "Tidak ada data untuk dievaluasi.") {
		t.Errorf("empty report:\n%s", out)
	}
	// A series in two currencies fails the whole report: nothing partial.
	mixed := []trade.Balance{
		must(trade.NewBalance(date.YearRange(2015), money.Rupiah(1), money.Rupiah(2))),
		must(trade.NewBalance(date.YearRange(2016), money.Ringgit(1), money.Ringgit(2))),
	}
	d := Embedded()
	d.Trade = append(d.Trade, TradeSeries{Options: evaluate.TradeOptions{Subject: "bad"}, Balances: mixed})
	r, err = Build(d, goldenDay)
	if err == nil || r != nil || !errors.Is(err, money.ErrCurrencyMismatch) || !strings.Contains(err.Error(), "trade bad") {
		t.Errorf("Build with a bad series = %v, %v; want no report and the currency error", r, err)
	}
	var b strings.Builder
	if err := embeddedReport(t).Write(&b, Format(9), language.English); !errors.Is(err, ErrUnknownFormat) || b.Len() != 0 {
		t.Errorf("Write(Format(9)) = %v, wrote %d bytes", err, b.Len())
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func TestParseFormat(t *testing.T) {
	for in, want := range map[string]Format{"text": Text, "TXT": Text, "md": Markdown, "Markdown": Markdown, "html": HTML, " json ": JSON} {
		if got, err := ParseFormat(in); got != want || err != nil {
			t.Errorf("ParseFormat(%q) = %v, %v; want %v", in, got, err, want)
		}
		if want.String() == "" {
			t.Errorf("%d has no name", want)
		}
	}
	if _, err := ParseFormat("pdf"); !errors.Is(err, ErrUnknownFormat) {
		t.Errorf("ParseFormat(pdf) = %v", err)
	}
	if s := Format(9).String(); s != "%!Format(9)" {
		t.Errorf("Format(9).String() = %q", s)
	}
	if s := Section(9).String(); s != "%!Section(9)" || Section(9).Label(language.English) != "%!Section(9)" {
		t.Errorf("Section(9) = %q", s)
	}
	if b, err := Section(0).MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("Section(0).MarshalText = %q, %v; want empty text", b, err)
	}
	if _, err := Section(9).MarshalText(); !errors.Is(err, ErrUnknownSection) {
		t.Errorf("Section(9).MarshalText error = %v, want ErrUnknownSection", err)
	}
	var s Section
	if err := s.UnmarshalText([]byte("forums")); err != nil || s != SectionForums {
		t.Errorf("UnmarshalText(forums) = %v, %v", s, err)
	}
	if err := s.UnmarshalText([]byte("nowhere")); err == nil {
		t.Errorf("UnmarshalText(nowhere) succeeded")
	}
	if BlockKind(9).String() != "%!BlockKind(9)" {
		t.Errorf("BlockKind(9).String() = %q", BlockKind(9).String())
	}
}

// TestWordsComplete checks that every word has its three languages, and
// that every key the package's code asks for is in the table (word
// returns an unknown key as it is, which a reader would see).
func TestWordsComplete(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	keyRE := regexp.MustCompile(`(?:lo\.w|word|wordf)\((?:l|lo\.l), "([a-z.-]+)"|lo\.w\("([a-z.-]+)"\)`)
	used := 0
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range keyRE.FindAllStringSubmatch(string(b), -1) {
			key := m[1] + m[2]
			used++
			if _, ok := words[key]; !ok {
				t.Errorf("%s: word %q is not in the table", f, key)
			}
		}
	}
	if used < 50 {
		t.Errorf("found only %d uses of words: the pattern is out of date", used)
	}
	for k, w := range words {
		for i, s := range w {
			if s == "" || !utf8.ValidString(s) {
				t.Errorf("words[%q][%d] is empty or not UTF-8", k, i)
			}
		}
	}
}

// TestMixedTradeTable: a series with both flows for 2015 and only the
// published net for 2016 has a column for the growth of the balance.
func TestMixedTradeTable(t *testing.T) {
	b15 := must(trade.NewBalance(date.YearRange(2015), money.Rupiah(200), money.Rupiah(100)))
	b16 := trade.PublishedNet(date.YearRange(2016), money.Rupiah(150), "test")
	toNov := date.Range{Start: date.Date{Year: 2017, Month: time.January, Day: 1}, End: date.Date{Year: 2017, Month: time.November, Day: 30}}
	b17 := trade.PublishedNet(toNov, money.Rupiah(300), "test")
	r, err := Build(&Dataset{Trade: []TradeSeries{{Options: evaluate.TradeOptions{Subject: "Kalimantan Tengah"}, Balances: []trade.Balance{b15, b16, b17}}}},
		date.Date{Year: 2018, Month: time.January, Day: 1})
	if err != nil {
		t.Fatal(err)
	}
	var table []string
	for _, line := range strings.Split(render(t, r, Text, language.English), "\n") {
		if strings.HasPrefix(line, "Period") || strings.HasPrefix(line, "20") || strings.HasPrefix(line, "Jan") {
			table = append(table, line)
		}
	}
	want := []string{
		"Period                                  Exports  Imports  Balance  Status   Exports/imports  Export growth  Import growth  Change in balance  Growth of surplus/deficit",
		"2015                                      Rp200    Rp100    Rp100  surplus           200.0%              —              —                  —                          —",
		"2016                                          —        —    Rp150  surplus                —              —              —              +Rp50                      50.0%",
		"January–November 2017 (part of a year)        —        —    Rp300  surplus                —              —              —                  —                          —",
	}
	if diff := cmp.Diff(want, table); diff != "" {
		t.Errorf("mixed table mismatch (-want +got):\n%s", diff)
	}
	md := render(t, r, Markdown, language.Indonesian)
	if !strings.Contains(md, "| Perubahan neraca | Pertumbuhan surplus/defisit |") || !strings.Contains(md, "| +Rp50 | 50,0% |") {
		t.Errorf("Markdown lacks the balance growth column:\n%s", md)
	}
	page := html.UnescapeString(render(t, r, HTML, language.Indonesian))
	if !strings.Contains(page, ">Pertumbuhan surplus/defisit</th>") || !strings.Contains(page, ">50,0%</td>") {
		t.Errorf("HTML lacks the balance growth column")
	}
}

// FuzzEscapeMarkdown checks that escaped text never carries raw HTML, an
// unescaped table pipe, or a line break.
func FuzzEscapeMarkdown(f *testing.F) {
	for _, s := range []string{"MOU Friendship Coopertion (Loi Tahap III)", "A|B", "<script>alert(1)</script>", "# heading",
		"- item", "1. item", "*bold* _it_ `code` [l](u)", "Provinsi Zhejiang – RRT", "line\nbreak", "\\|", "&amp;"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, out := range []string{escapeMarkdown(s), escapeBlock(s)} {
			if strings.ContainsAny(out, "<>\n\r") {
				t.Fatalf("escapeMarkdown(%q) = %q has raw < > or a line break", s, out)
			}
			for i := 0; i < len(out); i++ {
				if out[i] == '|' && !escaped(out, i) {
					t.Fatalf("escapeMarkdown(%q) = %q has an unescaped |", s, out)
				}
			}
			if utf8.ValidString(s) && !utf8.ValidString(out) {
				t.Fatalf("escapeMarkdown(%q) = %q is not valid UTF-8", s, out)
			}
		}
	})
}

// escaped reports whether out[i] is preceded by an odd number of
// backslashes.
func escaped(out string, i int) bool {
	n := 0
	for j := i - 1; j >= 0 && out[j] == '\\'; j-- {
		n++
	}
	return n%2 == 1
}

func TestDetectLang(t *testing.T) {
	tests := []struct {
		header string
		want   language.Tag
	}{
		{"No,Judul,Jenis Naskah,Daerah,Mitra,Bidang,Tanggal Penandatanganan,Jangka Waktu", language.Indonesian},
		{"No;Title;Kind;Region;Partner;Sector;Signed;Term", language.English},
		{"Bil,Tajuk,Rakan,Tarikh Ditandatangani,Tempoh", language.Malay},
		{"a,b,c", language.Indonesian},
		{"", language.Indonesian},
	}
	for _, tt := range tests {
		if got := detectLang([]byte(tt.header)); got != tt.want {
			t.Errorf("detectLang(%q) = %v, want %v", tt.header, got, tt.want)
		}
	}
}

// TestLoadLanguages reads an Indonesian register ("Rp1.500") and writes
// the report in English: the language of the files is not the language
// of the report.
func TestLoadLanguages(t *testing.T) {
	fsys := fstest.MapFS{
		"register.csv": {Data: []byte("No,Judul,Jenis Naskah,Daerah,Mitra,Tanggal Penandatanganan,Jangka Waktu,Nilai\n" +
			"1,Kerja sama Banten – Incheon,MoU,Provinsi Banten,Incheon,6 Februari 2017,5 tahun,Rp1.500\n")},
		"register-en.csv": {Data: []byte("No,Title,Kind,Region,Partner,Signed,Term\n" +
			"1,Banten – Incheon,MoU,Banten,Incheon,\"February 6, 2017\",5 years\n")},
	}
	for _, name := range []string{"register.csv", "register-en.csv"} {
		d, err := Load(fsys, Files{Agreements: name}, LoadOptions{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		r, err := Build(d, goldenDay)
		if err != nil {
			t.Fatal(err)
		}
		if out := render(t, r, Text, language.English); !strings.Contains(out, "Banten – Incheon") || !strings.Contains(out, "February 5, 2022") && !strings.Contains(out, "5 February 2022") {
			t.Errorf("%s: report lacks the agreement or its end:\n%s", name, out)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	fsys := fstest.MapFS{
		"entikong.csv": {Data: []byte("periode,arus,pelapor,pos,nilai,mata_uang\n" +
			"2015,ekspor,61,entikong,Rp. 100.387.357.175,IDR\n" +
			"2016,ekspor,61,entikong,Rp. 1.2.3,IDR\n" +
			"2016,masuk-keluar,61,entikong,5000,IDR\n")},
		"balances.json": {Data: []byte("{\"balances\": [\n  {\"period\": \"2017\", \"net\": \"USD 10\", \"net_only\": true},\n  {\"period\": \"2018-13\", \"net\": \"USD 12\", \"net_only\": true}\n]}\n")},
		"rusak.json":    {Data: []byte("{\"records\": [\n  {\"period\": \"2015\",\n")},
		"register.csv":  {Data: []byte("No,Judul,Jenis Naskah,Mitra,Tanggal Penandatanganan,Jangka Waktu\n1,Kerja sama A,LoI,Incheon,6 Februari 2007,\n2,Kerja sama B,MoU,Daejeon,31 Februari 2016,\n")},
		"sidang.json":   {Data: []byte("{\"sessions\": [{\"forum\": \"nowhere\", \"number\": 1, \"dates\": \"2017-10-25/2017-10-23\"}]}")},
		"butir.csv":     {Data: []byte("forum,ref,session\nkalbar-sarawak,x,tiga puluh\n")},
		"welfare.json":  {Data: []byte("{\"spending\": [], \"extra\": 1}")},
		"data.xlsx":     {Data: []byte("x")},
		"dir.csv":       {Mode: 0o755 | 1<<31},
	}
	tests := []struct {
		name  string
		files Files
		want  []string // in the English message
	}{
		{"trade csv", Files{Trade: []string{"entikong.csv"}}, []string{"entikong.csv, line 3, column", "entikong.csv, line 4, column", "2 of 3 records could not be read"}},
		{"trade json record", Files{Trade: []string{"balances.json"}}, []string{"balances.json, line 3, column 3"}},
		{"trade json syntax", Files{Trade: []string{"rusak.json"}}, []string{"rusak.json, line 2, column", "unexpected end"}},
		{"agreements csv", Files{Agreements: "register.csv"}, []string{"register.csv, line 3, column"}},
		{"sessions json", Files{Sessions: "sidang.json"}, []string{"sidang.json, line 1, column"}},
		{"items csv", Files{Sessions: "butir.csv"}, []string{"butir.csv, line 2, column"}},
		{"welfare", Files{Welfare: "welfare.json"}, []string{"welfare.json", "extra"}},
		{"missing", Files{Trade: []string{"none.csv"}}, []string{"cannot read none.csv"}},
		{"kind", Files{Agreements: "data.xlsx"}, []string{"data.xlsx: unknown file type"}},
		{"directory", Files{Sessions: "dir.csv"}, []string{"is a directory"}},
	}
	for _, tt := range tests {
		d, err := Load(fsys, tt.files, LoadOptions{})
		var fe *FileError
		if d != nil || !errors.As(err, &fe) {
			t.Errorf("%s: Load = %v, %v; want a *FileError", tt.name, d, err)
			continue
		}
		msg := fe.Message(language.English)
		for _, w := range tt.want {
			if !strings.Contains(msg, w) {
				t.Errorf("%s: message lacks %q:\n%s", tt.name, w, msg)
			}
		}
		if fe.Error() != msg {
			t.Errorf("%s: Error() is not the English message", tt.name)
		}
	}
	// The same problem in Indonesian and Malay.
	_, err := Load(fsys, Files{Trade: []string{"entikong.csv"}}, LoadOptions{})
	var fe *FileError
	errors.As(err, &fe)
	for tag, w := range map[language.Tag]string{language.Indonesian: "entikong.csv, baris 3, kolom", language.Malay: "2 daripada 3 rekod"} {
		if msg := fe.Message(tag); !strings.Contains(msg, w) {
			t.Errorf("%v message lacks %q:\n%s", tag, w, msg)
		}
	}
	// More than MaxShown problems are counted, not listed.
	many := &FileError{File: "f.csv", Records: 100}
	for i := range 60 {
		many.add(i+2, 1, "nilai", errors.New("bad"))
	}
	if msg := many.Message(language.English); strings.Count(msg, "\n") != MaxShown+1 || !strings.Contains(msg, "10 more problems not shown") {
		t.Errorf("60 problems:\n%s", msg)
	}
}

// TestLoadProgress checks that Load reports its progress through a trade
// CSV file, and ends with Done.
func TestLoadProgress(t *testing.T) {
	var b strings.Builder
	b.WriteString("tahun,arus,pos,nilai,mata_uang\n")
	for i := range 10000 {
		fmt.Fprintf(&b, "%s,entikong,%d,IDR\n", []string{"2015,ekspor", "2016,impor"}[i%2], 1000+i) // no two rows alike
	}
	var calls []Progress
	_, err := Load(fstest.MapFS{"t.csv": {Data: []byte(b.String())}}, Files{Trade: []string{"t.csv"}},
		LoadOptions{Progress: func(p Progress) { calls = append(calls, p) }})
	if err != nil {
		t.Fatal(err)
	}
	if len(calls) != 3 || !calls[2].Done || calls[2].Rows != 10000 || calls[2].Read != int64(b.Len()) || calls[0].Size != int64(b.Len()) {
		t.Errorf("progress calls: %+v", calls)
	}
}

func BenchmarkReport(b *testing.B) {
	for _, f := range []Format{Text, JSON, HTML} {
		b.Run(f.String(), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				r, err := Build(Embedded(), goldenDay)
				if err != nil {
					b.Fatal(err)
				}
				var out strings.Builder
				if err := r.Write(&out, f, language.Indonesian); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestKeepGoing loads files with bad rows and a bad file with KeepGoing:
// the good rows are evaluated, the bad ones listed at the top of the
// report, and Load still returns every problem.
func TestKeepGoing(t *testing.T) {
	fsys := fstest.MapFS{
		"entikong.csv": {Data: []byte("tahun,arus,pos,nilai\n" +
			"2015,ekspor,Entikong,Rp. 100.387.357.175\n" +
			"2015,ekspor,Entikong,Rp. 1.2.3\n" +
			"2016,ekspor,Entikong,Rp. 149.376.448.928\n")},
		"register.csv": {Data: []byte("No,Judul,Jenis Naskah,Daerah,Mitra,Tanggal Penandatanganan,Jangka Waktu\n" +
			"1,Kerja sama A,MoU,Banten,Incheon,6 Februari 2017,5 tahun\n" +
			"2,Kerja sama B,MoU,Banten,Daejeon,31 Februari 2016,5 tahun\n")},
		"sidang.json": {Data: []byte(`{"sessions": [`)},
	}
	files := Files{Trade: []string{"entikong.csv"}, Agreements: "register.csv", Sessions: "sidang.json"}
	if d, err := Load(fsys, files, LoadOptions{}); d != nil || err == nil {
		t.Fatalf("strict Load = %v, %v; want no dataset and an error", d, err)
	}
	d, err := Load(fsys, files, LoadOptions{KeepGoing: true})
	if d == nil || err == nil {
		t.Fatalf("Load with KeepGoing = %v, %v; want the dataset and the errors", d, err)
	}
	var got []string
	for _, fe := range d.Unread {
		got = append(got, fmt.Sprintf("%s %d+%d", fe.File, len(fe.Problems), fe.Omitted))
	}
	if diff := cmp.Diff([]string{"entikong.csv 1+0", "register.csv 1+0", "sidang.json 1+0"}, got); diff != "" {
		t.Errorf("unread mismatch (-want +got):\n%s", diff)
	}
	if len(d.Agreements) != 1 || d.Sessions != nil {
		t.Errorf("kept %d agreements and sessions %v; want the one good agreement and no sessions", len(d.Agreements), d.Sessions)
	}
	r, err := Build(d, goldenDay)
	if err != nil {
		t.Fatal(err)
	}
	out := render(t, r, Text, language.English)
	for _, want := range []string{"Not read\n--------", "entikong.csv, line 3, column", "register.csv, line 3, column", "sidang.json",
		"Rp100,387,357,175", "Rp149,376,448,928", "Kerja sama A"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	if strings.Index(out, "Not read") > strings.Index(out, "Trade balance") {
		t.Errorf("what was not read is not at the top")
	}
}

// TestFileErrorBounded checks that a file with a million bad rows keeps
// MaxShown problems and counts the rest.
func TestFileErrorBounded(t *testing.T) {
	fe := &FileError{File: "f.csv"}
	for i := range 1_000_000 {
		fe.add(i+2, 1, "nilai", ErrFormat)
	}
	if len(fe.Problems) != MaxShown || fe.Omitted != 1_000_000-MaxShown {
		t.Errorf("kept %d problems, omitted %d", len(fe.Problems), fe.Omitted)
	}
	if msg := fe.Message(language.English); !strings.Contains(msg, "999950 more problems not shown") || !strings.Contains(msg, "1000000 of 1000000 records") {
		t.Errorf("message:\n%s", msg[max(0, len(msg)-300):])
	}
}

// TestTradeWarnings: a row that repeats an earlier one is in the figures,
// and the report says so at its top (never summed silently).
func TestTradeWarnings(t *testing.T) {
	fsys := fstest.MapFS{"t.csv": {Data: []byte("tahun,arus,pos,nilai\n2015,ekspor,Entikong,1000\n2015,ekspor,Entikong,1000\n")}}
	d, err := Load(fsys, Files{Trade: []string{"t.csv"}}, LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Warnings) != 1 || len(d.Warnings[0].Problems) != 1 || d.Warnings[0].Problems[0].Line != 3 {
		t.Fatalf("warnings: %+v", d.Warnings)
	}
	r, err := Build(d, goldenDay)
	if err != nil {
		t.Fatal(err)
	}
	out := render(t, r, Text, language.English)
	if !strings.Contains(out, "Read with a reservation") || !strings.Contains(out, "t.csv, line 3, column 1") || !strings.Contains(out, "Rp2,000") {
		t.Errorf("report:\n%s", out)
	}
}
