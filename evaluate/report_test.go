package evaluate

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/kerjasama/kerjasama/agreement"
	"github.com/kerjasama/kerjasama/date"
	"golang.org/x/text/language"
)

func seedInput() Input {
	return Input{
		Trade: []TradeSeries{
			{Options: TradeOptions{Subject: "PLBN Entikong", BorderPost: true}, Balances: entikongBalances()},
			{Options: TradeOptions{Subject: "Kalimantan Tengah"}, Balances: kaltengBalances()},
		},
		Agreements:       bantenAgreements(),
		AgreementOptions: AgreementOptions{Subject: "Provinsi Banten"},
		Sessions:         decisionsDataset(),
		Spending:         kalbarSpending(),
	}
}

func TestReportRender(t *testing.T) {
	r, err := NewReport(seedInput(), date.Date{Year: 2019, Month: time.December, Day: 31})
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
