package evaluate

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/kerjasama/kerjasama/agreement"
	"github.com/kerjasama/kerjasama/date"
	"golang.org/x/text/language"
)

func seedInput(t testing.TB) Input {
	return Input{
		Trade: []TradeSeries{
			{Options: TradeOptions{Subject: "PLBN Entikong", BorderPost: true}, Balances: entikongBalances()},
			{Options: TradeOptions{Subject: "Kalimantan Tengah"}, Balances: kaltengBalances()},
		},
		Agreements:       bantenAgreements(t),
		AgreementOptions: AgreementOptions{Subject: "Provinsi Banten"},
		Sessions:         decisionsDataset(),
		Spending:         kalbarSpending(),
	}
}

func TestReportRender(t *testing.T) {
	r, err := NewReport(seedInput(t), date.Date{Year: 2019, Month: time.December, Day: 31})
	if err != nil {
		t.Fatal(err)
	}
	for _, tag := range []language.Tag{language.Indonesian, language.Malay, language.English} {
		var txt, md, js bytes.Buffer
		if err := r.WriteText(&txt, tag); err != nil {
			t.Fatal(err)
		}
		if err := r.WriteMarkdown(&md, tag); err != nil {
			t.Fatal(err)
		}
		if err := r.WriteJSON(&js, tag); err != nil {
			t.Fatal(err)
		}
		if testing.Verbose() {
			t.Logf("%s text:\n%s", tag, txt.String())
			t.Logf("%s markdown:\n%s", tag, md.String())
		}
		var back map[string]any
		if err := json.Unmarshal(js.Bytes(), &back); err != nil {
			t.Fatalf("%s: JSON does not parse: %v", tag, err)
		}
	}
}

func TestMarkdownEscapes(t *testing.T) {
	agreements := []agreement.Agreement{{ID: "x", Title: "MoU A|B <script>alert(1)</script> *bold* _it_ [link](http://x)",
		Signed: agreement.InYear(2018)}}
	r, err := NewReport(Input{Title: "# Judul <b>tebal</b>", Agreements: agreements}, date.Date{Year: 2019, Month: 1, Day: 1})
	if err != nil {
		t.Fatal(err)
	}
	var md bytes.Buffer
	if err := r.WriteMarkdown(&md, language.Indonesian); err != nil {
		t.Fatal(err)
	}
	out := md.String()
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
}

func TestLayout(t *testing.T) {
	r, err := NewReport(seedInput(t), date.Date{Year: 2019, Month: time.December, Day: 31})
	if err != nil {
		t.Fatal(err)
	}
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
		{SectionAgreements, 0, "Cooperation agreements — Provinsi Banten"},
		{SectionForums, 0, "Regularity of forum sessions — KK Sosek Malindo of West Kalimantan Province"},
		{SectionDecisions, 0, "Decisions carried out — KK Sosek Malindo of West Kalimantan Province"},
		{SectionWelfare, 0, "Welfare at the border — West Kalimantan"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("layout headings mismatch (-want +got):\n%s", diff)
	}
	if l := SectionWelfare.Label(language.Malay); l != "Kesejahteraan di sempadan" {
		t.Errorf("SectionWelfare.Label(ms) = %q", l)
	}
	// Findings of every section, in order, with at least a warning per agreement.
	fs := r.Findings(Warning)
	if len(fs) == 0 || fs[0].Section != SectionTrade || fs[len(fs)-1].Section != SectionWelfare {
		t.Errorf("Findings: %d, first %v, last %v", len(fs), fs[0].Section, fs[len(fs)-1].Section)
	}
}

func TestReportEmptyAndErrors(t *testing.T) {
	r, err := NewReport(Input{}, date.Date{Year: 2020, Month: 1, Day: 1})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := r.WriteText(&b, language.Indonesian); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "Tidak ada data untuk dievaluasi.") {
		t.Errorf("empty report:\n%s", b.String())
	}
	in := Input{Trade: []TradeSeries{{Options: TradeOptions{Subject: "bad"}, Records: mixedRecords()}}, Spending: kalbarSpending()}
	r, err = NewReport(in, date.Date{Year: 2020, Month: 1, Day: 1})
	if err == nil || len(r.Trade) != 0 || len(r.Welfare) != 1 {
		t.Errorf("report with a bad series: err %v, %d trade, %d welfare", err, len(r.Trade), len(r.Welfare))
	}
}
