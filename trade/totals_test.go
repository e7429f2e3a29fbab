package trade

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/money"
	"golang.org/x/text/language"
)

// rowsOf reads in with c and returns the rows, the errors and the
// warnings as texts.
func rowsOf(c CSVReader, in string) (rows []Row, errs, warns []string) {
	c.Warn = func(re *RowError) { warns = append(warns, re.Error()) }
	for r, err := range c.Rows(strings.NewReader(in)) {
		if err != nil {
			errs = append(errs, err.Error())
			continue
		}
		rows = append(rows, r)
	}
	return rows, errs, warns
}

func TestReadCSVTotalRows(t *testing.T) {
	y := date.YearRange(2022)
	tests := []struct {
		name  string
		c     CSVReader
		in    string
		want  []Row
		errs  []string
		warns []string
	}{
		{
			name: "Jumlah/Total in the partner column, checked against the rows above",
			c:    CSVReader{Period: y, Layout: BPS},
			in:   "Negara Tujuan,Nilai FOB (US$)\nMalaysia,100\nSingapura,50\nJumlah/Total,150\n",
			want: []Row{
				{Record: Record{Period: y, Flow: Export, Partner: "MY", Basis: PortBasis, Value: usd(10000)}, Line: 2, Column: 10},
				{Record: Record{Period: y, Flow: Export, Partner: "SG", Basis: PortBasis, Value: usd(5000)}, Line: 3, Column: 11},
			},
			warns: []string{"4:1: Negara Tujuan: a total row, not a figure (USD 150, the sum of the 2 rows of export above it)"},
		},
		{
			name: "Semua negara, a total that includes countries not listed",
			c:    CSVReader{Period: y, Layout: BPS},
			in:   "Negara Tujuan,Nilai FOB (US$)\nMalaysia,100\nSemua negara,160\n",
			want: []Row{
				{Record: Record{Period: y, Flow: Export, Partner: "MY", Basis: PortBasis, Value: usd(10000)}, Line: 2, Column: 10},
			},
			warns: []string{`3:1: Negara Tujuan: a total row, not a figure (USD 160, but the row of export above it sum to USD 100, a difference of USD 60: rows not listed, such as "lainnya"?)`},
		},
		{
			name: "World beside other partners of its year and flow: a total, checked",
			in:   "tahun,arus,mitra,nilai,mata_uang\n2022,ekspor,World,150,USD\n2022,ekspor,Malaysia,100,USD\n2022,ekspor,Singapura,40,USD\n2022,impor,Dunia,70,USD\n",
			want: []Row{
				{Record: Record{Period: y, Flow: Export, Partner: "MY", Value: usd(10000)}, Line: 3, Column: 22},
				{Record: Record{Period: y, Flow: Export, Partner: "SG", Value: usd(4000)}, Line: 4, Column: 23},
				// No other partner for imports: the World's row is the figure.
				{Record: Record{Period: y, Flow: Import, Value: usd(7000)}, Line: 5, Column: 18},
			},
			warns: []string{"2:13: mitra: a total row, not a figure (USD 150, but the rows it totals sum to USD 140, a difference of USD 10: rows not listed, such as \"lainnya\"?)"},
		},
		{
			name: "a total in the month column of a wide table",
			in:   "Tahun,Bulan,Ekspor (Juta US$),Impor (Juta US$)\n2016,November,\"72,12\",\"23,53\"\n2016,Desember,\"62,78\",\"29,27\"\n2016,Jumlah,\"134,90\",\"52,80\"\n",
			want: []Row{
				{Record: Record{Period: date.MonthRange(2016, time.November), Flow: Export, Value: usd(7212000000)}, Line: 2, Column: 15},
				{Record: Record{Period: date.MonthRange(2016, time.November), Flow: Import, Value: usd(2353000000)}, Line: 2, Column: 23},
				{Record: Record{Period: date.MonthRange(2016, time.December), Flow: Export, Value: usd(6278000000)}, Line: 3, Column: 15},
				{Record: Record{Period: date.MonthRange(2016, time.December), Flow: Import, Value: usd(2927000000)}, Line: 3, Column: 23},
			},
			warns: []string{"4:6: Bulan: a total row, not a figure (USD 134900000, the sum of the 2 rows of export above it); (USD 52800000, the sum of the 2 rows of import above it)"},
		},
		{
			// Month names as Malay and English tables write them.
			name: "months in Malay and English in the Bulan column",
			in:   "Tahun,Bulan,Eksport (Juta US$),Import (Juta US$)\n2023,Ogos,\"1.5\",\n2023,Mac,2,\n2023,September,3,\n",
			want: []Row{
				{Record: Record{Period: date.MonthRange(2023, time.August), Flow: Export, Value: usd(150000000)}, Line: 2, Column: 11},
				{Record: Record{Period: date.MonthRange(2023, time.March), Flow: Export, Value: usd(200000000)}, Line: 3, Column: 10},
				{Record: Record{Period: date.MonthRange(2023, time.September), Flow: Export, Value: usd(300000000)}, Line: 4, Column: 16},
			},
		},
		{
			name: "a wide row with no value at all is an error at its position",
			in:   "Tahun,Bulan,Ekspor (Juta US$),Impor (Juta US$)\n2017,Januari,,\n2017,Maret,-1,\n",
			errs: []string{
				"2:14: Ekspor (Juta US$): no export or import value in the row",
				"3:12: Ekspor (Juta US$): negative value: a trade value is an amount of goods, never below zero",
			},
		},
	}
	for _, tt := range tests {
		got, errs, warns := rowsOf(tt.c, tt.in)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: rows mismatch (-want +got):\n%s", tt.name, diff)
		}
		if diff := cmp.Diff(tt.errs, errs); diff != "" {
			t.Errorf("%s: errors mismatch (-want +got):\n%s", tt.name, diff)
		}
		if diff := cmp.Diff(tt.warns, warns); diff != "" {
			t.Errorf("%s: warnings mismatch (-want +got):\n%s", tt.name, diff)
		}
	}
}

func TestReadCSVClassifications(t *testing.T) {
	const head = "Classification,Year,Period,Aggregate Level,Is Leaf Code,Trade Flow,Reporter ISO,Partner ISO,Commodity Code,Trade Value (US$)\n"
	y := date.YearRange(2008)
	tests := []struct {
		name string
		c    CSVReader
		in   string
		want []Record
		errs []string
	}{
		{
			name: "SITC codes of every length kept as written",
			in: head + "S3,2008,2008,1,0,Export,AFG,WLD,0,10\nS3,2008,2008,1,0,Export,AFG,WLD,01,10\n" +
				"S3,2008,2008,1,0,Export,AFG,WLD,011,10\nS3,2008,2008,1,0,Export,AFG,WLD,0111,10\nS3,2008,2008,1,1,Export,AFG,WLD,01111,10\n",
			want: []Record{
				{Period: y, Flow: Export, Reporter: "AFG", Classification: S3, Code: "0", Value: usd(1000)},
				{Period: y, Flow: Export, Reporter: "AFG", Classification: S3, Code: "01", Value: usd(1000)},
				{Period: y, Flow: Export, Reporter: "AFG", Classification: S3, Code: "011", Value: usd(1000)},
				{Period: y, Flow: Export, Reporter: "AFG", Classification: S3, Code: "0111", Value: usd(1000)},
				{Period: y, Flow: Export, Reporter: "AFG", Classification: S3, Code: "01111", Value: usd(1000)},
			},
		},
		{
			name: "SITC beside HS: refused at the classification cell",
			in:   head + "S3,2008,2008,1,0,Export,AFG,WLD,0,10\nH3,2008,2008,2,0,Export,AFG,WLD,01,10\n",
			want: []Record{{Period: y, Flow: Export, Reporter: "AFG", Classification: S3, Code: "0", Value: usd(1000)}},
			errs: []string{"3:1: Classification: several classifications: H3 beside S3 (line 2): codes of different classifications or editions are not summed; choose one (--classification, CSVReader.Classification)"},
		},
		{
			// The services row of the same fixture (testdata/real/README.md):
			// EBOPS code 200, no ISO codes.
			name: "EBOPS services",
			in:   head + "EB,2008,2008,0,0,Import,,,200,570089358\n",
			want: []Record{{Period: y, Flow: Import, Classification: EBOPS, Code: "200", Value: usd(57008935800)}},
		},
		{
			name: "a SITC code of six digits is not one",
			in:   head + "S4,2008,2008,1,0,Export,AFG,WLD,011111,10\n",
			errs: []string{`2:33: Commodity Code: trade.ParseSITC("011111"): a SITC code has 1 to 5 digits`},
		},
	}
	for _, tt := range tests {
		got, errs := readAll(t, tt.c, tt.in)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: records mismatch (-want +got):\n%s", tt.name, diff)
		}
		if diff := cmp.Diff(tt.errs, errs); diff != "" {
			t.Errorf("%s: errors mismatch (-want +got):\n%s", tt.name, diff)
		}
	}
}

func TestParseClassificationAndLevel(t *testing.T) {
	var got []string
	for _, s := range []string{"H4", "h0", "HS", "S3", "SITC Rev. 4", "BEC", "HS 2012", "EB02", "X9"} {
		c, err := ParseClassification(s)
		got = append(got, c.String()+" "+c.Label(language.Indonesian)+" "+errText(err))
	}
	for _, s := range []string{"2", "6", "leaf", "13", "x"} {
		n, err := ParseLevel(s)
		got = append(got, s+"="+itoa(n)+" "+errText(err))
	}
	want := []string{
		"H4 HS 2012 ", "H0 HS 1992 ", "HS HS ", "S3 SITC Rev. 3 ", "S4 SITC Rev. 4 ", "BEC BEC ", "H4 HS 2012 ", "EB EBOPS ",
		`none tidak disebut trade.ParseClassification("X9"): unknown classification`,
		"2=2 ", "6=6 ", "leaf=-1 ",
		`13=0 trade.ParseLevel("13"): an aggregate level is a number from 0 to 12, or leaf`,
		`x=0 trade.ParseLevel("x"): an aggregate level is a number from 0 to 12, or leaf`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("parse mismatch (-want +got):\n%s", diff)
	}
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func TestBalanceNotRecorded(t *testing.T) {
	var agg Aggregator
	for _, r := range []Record{
		{Period: date.MonthRange(2018, time.May), Flow: Export, Value: usd(9956000000)},
	} {
		if err := agg.Add(&r); err != nil {
			t.Fatal(err)
		}
	}
	g := agg.Groups()[0]
	b, err := g.Balance()
	if err != nil {
		t.Fatal(err)
	}
	_, covErr := b.CoverageRatio()
	type result struct {
		Counts               [4]int
		NoExports, NoImports bool
		Net                  money.Amount
		Status               Status
		Coverage             bool
		Valid                bool
	}
	got := result{g.Counts, b.NoExports, b.NoImports, b.Net, b.Status(), errors.Is(covErr, ErrNotRecorded), b.Validate() == nil}
	want := result{Counts: [4]int{1, 0, 0, 0}, NoImports: true, Coverage: true, Valid: true}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("exports only mismatch (-want +got):\n%s", diff)
	}
	// A Group made by hand, without counts, has both flows, as before.
	hand := Group{Exports: usd(5), Imports: usd(0), Records: 1}
	if b, _ := hand.Balance(); b.NotRecorded() || b.Status() != Surplus {
		t.Errorf("hand-made group: %+v, status %v", b, b.Status())
	}
}

func TestSummaryLikeForLike(t *testing.T) {
	in := "tahun,bulan,arus,nilai,mata_uang\n"
	for m := 1; m <= 12; m++ {
		in += "2018," + itoa(m) + ",ekspor,100,USD\n"
		if m <= 11 {
			in += "2019," + itoa(m) + ",ekspor,110,USD\n2019," + itoa(m) + ",impor,50,USD\n"
		}
	}
	in += "2020,,ekspor,5000,USD\n2021,1-11,ekspor,4000,USD\n"
	s := Summary{By: ByYear}
	for r, err := range ReadCSV(strings.NewReader(in), 0) {
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Add(&r); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.Table(language.English)
	if err != nil {
		t.Fatal(err)
	}
	// 2019 (January–November) against January–November 2018, not the
	// whole of 2018; imports were not recorded in 2018. 2021 to November
	// cannot be compared: 2020 is one whole-year figure.
	want := [][]string{
		{"year", "exports", "imports", "balance", "status", "coverage", "period", "change in exports/imports from the same months a year before"},
		{"2018", "US$1,200", "not recorded", "–", "–", "–", "2018", "–"},
		{"2019", "US$1,210", "US$550", "US$660", "surplus", "2.20", "2019-01/2019-11", "+10.00% / – (2018-01/2018-11)"},
		{"2020", "US$5,000", "not recorded", "–", "–", "–", "2020", "–"},
		{"2021", "US$4,000", "not recorded", "–", "–", "–", "2021-01/2021-11", "–"},
		{"total", "US$11,410", "US$550 (incomplete)", "–", "–", "–", "2018-01/2021-11", "–"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("summary mismatch (-want +got):\n%s", diff)
	}
	if r := s.Reporters(); len(r) != 0 {
		t.Errorf("Reporters() = %q, want none", r)
	}
}

func TestSeveralReporters(t *testing.T) {
	got := SeveralReporters([]string{"AU", "BE", "BR", "DE", "ID", "MY"})
	want := "the figures of 6 reporters (AU, BE, BR, DE, ID, …) are summed into each line: group by reporter to keep them apart"
	if got != want {
		t.Errorf("SeveralReporters = %q, want %q", got, want)
	}
}

func TestAggregatorClassifications(t *testing.T) {
	y := date.YearRange(2008)
	var agg Aggregator
	var got []string
	for _, r := range []Record{
		{Period: y, Flow: Export, Value: usd(1)},                                            // not stated: goes with any
		{Period: y, Flow: Export, Classification: S3, Code: "0", Value: usd(2)},             // the first stated
		{Period: y, Flow: Export, Classification: S3, Code: "01", Value: usd(3)},            // the same
		{Period: y, Flow: Export, Classification: H3, HS: MustParseHS("01"), Value: usd(4)}, // another file's HS 2007
	} {
		got = append(got, errText(agg.Add(&r)))
	}
	want := []string{"", "", "", "trade: aggregating a record in H3 with records in S3: several classifications"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Add mismatch (-want +got):\n%s", diff)
	}
	agg.By = ByChapter
	if tot, _ := agg.Total(); tot.Exports != usd(6) {
		t.Errorf("total exports %v, want USD 0.06", tot.Exports)
	}
	var by Aggregator
	by.By = ByChapter
	for _, c := range []string{"0", "01", "011", "02"} {
		r := Record{Period: y, Flow: Export, Classification: S3, Code: c, Value: usd(1)}
		if err := by.Add(&r); err != nil {
			t.Fatal(err)
		}
	}
	var keys []string
	for _, g := range by.Groups() {
		keys = append(keys, g.Key.Code+"="+g.Exports.String())
	}
	if diff := cmp.Diff([]string{"0=USD 0.01", "01=USD 0.02", "02=USD 0.01"}, keys); diff != "" {
		t.Errorf("SITC by chapter mismatch (-want +got):\n%s", diff)
	}
}
