package trade

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/money"
	"golang.org/x/text/currency"
	"golang.org/x/text/language"
)

// readAll collects the records and the row errors of a CSV text.
func readAll(t *testing.T, c CSVReader, in string) ([]Record, []string) {
	t.Helper()
	var recs []Record
	var errs []string
	for r, err := range c.Records(strings.NewReader(in)) {
		if err != nil {
			errs = append(errs, err.Error())
			continue
		}
		recs = append(recs, r)
	}
	return recs, errs
}

var janNov2022 = date.Range{Start: date.Date{Year: 2022, Month: 1, Day: 1}, End: date.Date{Year: 2022, Month: 11, Day: 30}}

func usd(minor int64) money.Amount { return money.FromMinor(minor, currency.USD) }

// A readCase is a CSV text, the reader, and what reading it must give:
// the records, the errors and the warnings (as their texts).
type readCase struct {
	name string
	c    CSVReader
	in   string
	want []Record
	errs []string
	warn []string
}

func runReadCases(t *testing.T, tests []readCase) {
	t.Helper()
	for _, tt := range tests {
		var warns []string
		c := tt.c
		c.Warn = func(e *RowError) {
			if !errors.Is(e, ErrRounded) && !errors.Is(e, ErrTotalRow) && !errors.Is(e, ErrNotSelected) {
				t.Errorf("%s: warning %v does not wrap ErrRounded, ErrTotalRow or ErrNotSelected", tt.name, e)
			}
			warns = append(warns, e.Error())
		}
		got, errs := readAll(t, c, tt.in)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: records mismatch (-want +got):\n%s", tt.name, diff)
		}
		if diff := cmp.Diff(tt.errs, errs); diff != "" {
			t.Errorf("%s: errors mismatch (-want +got):\n%s", tt.name, diff)
		}
		if diff := cmp.Diff(tt.warn, warns); diff != "" {
			t.Errorf("%s: warnings mismatch (-want +got):\n%s", tt.name, diff)
		}
	}
}

func TestReadCSVSimple(t *testing.T) {
	const src = "Kantor Pelayanan Bea dan Cukai Entikong"
	seed := []Record{
		{Period: date.YearRange(2015), Flow: Export, Post: "entikong", Partner: "MY-13", Value: money.Rupiah(100_387_357_175)},
		{Period: date.YearRange(2016), Flow: Export, Post: "entikong", Partner: "MY-13", Value: money.Rupiah(149_376_448_928)},
		{Period: date.YearRange(2015), Flow: Import, Post: "entikong", Partner: "MY-13", Value: money.Rupiah(171_793_920_000)},
		{Period: date.YearRange(2016), Flow: Import, Post: "entikong", Partner: "MY-13", Value: money.Rupiah(270_791_872_000)},
	}
	withSource := func(rs []Record) []Record {
		out := append([]Record(nil), rs...)
		for i := range out {
			out[i].Source = src
		}
		return out
	}
	tests := []readCase{
		{
			name: "Indonesian headers and numbers, seed 000",
			in: "tahun,bulan,arus,pos,mitra,hs,nilai,mata_uang\n" +
				"2015,,ekspor,PLBN Entikong,Sarawak,,Rp. 100.387.357.175,IDR\n" +
				"2016,,Ekspor,Entikong,Negeri Sarawak,,Rp.149.376.448.928,IDR\n" +
				"2015,,impor,entikong,Sarawak,,171.793.920.000,IDR\n" +
				"2016,,IMPOR,entikong,sarawak,,\"270.791.872.000\",\n",
			want: seed,
		},
		{
			name: "semicolons, BOM, CRLF and no-break spaces",
			in: "\ufeffTahun;Bulan;Arus;Pos;Mitra;HS;Nilai;Mata Uang\r\n" +
				"2015;;ekspor;PLBN Entikong;Sarawak;;Rp\u00a0100.387.357.175;IDR\r\n" +
				"2016;; ekspor ;Entikong;Sarawak;;Rp.149.376.448.928 ;idr\r\n" +
				"2015;;impor;entikong;Sarawak;;171.793.920.000;Rp\r\n" +
				"2016;;impor;entikong;Sarawak;;270.791.872.000;rupiah\r\n",
			want: seed,
		},
		{
			name: "English headers, English numbers, months, source",
			c:    CSVReader{Source: src},
			in: "year,month,flow,post,partner,hs,value,currency\n" +
				"2022,11,export,Entikong,Malaysia,1511.10,\"1,234.50\",MYR\n" +
				"2022,Nov,import,Aruk,MY,0101,2.5,USD\n" +
				"2022,1-11,export,,SG,,100,USD\n",
			want: withSource([]Record{
				{Period: date.MonthRange(2022, time.November), Flow: Export, Post: "entikong", Partner: "MY", HS: MustParseHS("151110"), Value: money.FromMinor(123450, money.MYR)},
				{Period: date.MonthRange(2022, time.November), Flow: Import, Post: "aruk", Partner: "MY", HS: MustParseHS("0101"), Value: usd(250)},
				{Period: date.Range{Start: date.Date{Year: 2022, Month: 1, Day: 1}, End: date.Date{Year: 2022, Month: 11, Day: 30}}, Flow: Export, Partner: "SG", Value: usd(10000)},
			}),
		},
		{
			name: "period column, optional columns, partial years in words",
			c:    CSVReader{Reporter: "62"},
			in: "periode,arus,pelapor,skema,basis,nilai,mata_uang,berat_bersih,jumlah,satuan,sumber\n" +
				"2022-01/2022-11,ekspor,,,asal barang,\"5.291,17 juta\",USD,\"1.234,5\",10,ton,ANTARA\n" +
				"Januari - November 2022,ekspor,Kalbar,KILB,,1,USD,,,,\n" +
				"2021,impor,61,pas lintas batas,pelabuhan,2,USD,,,,\n",
			want: []Record{
				{Period: date.Range{Start: date.Date{Year: 2022, Month: 1, Day: 1}, End: date.Date{Year: 2022, Month: 11, Day: 30}}, Flow: Export, Reporter: "62", Basis: OriginBasis,
					Value: usd(529_117_000_000), NetWeight: Quantity{1234500, "kg"}, Quantity: Quantity{10000, "ton"}, Source: "ANTARA"},
				{Period: date.Range{Start: date.Date{Year: 2022, Month: 1, Day: 1}, End: date.Date{Year: 2022, Month: 11, Day: 30}}, Flow: Export, Reporter: "61", Scheme: BorderTradeCard, Value: usd(100)},
				{Period: date.YearRange(2021), Flow: Import, Reporter: "61", Scheme: BorderTradePass, Basis: PortBasis, Value: usd(200)},
			},
		},
		{
			name: "partial years as documents write them",
			c:    CSVReader{Currency: currency.USD},
			in: "tahun,bulan,arus,nilai\n" +
				"2022 (sampai November),,ekspor,\"5.291,17 juta\"\n" +
				"2022,s.d. November,ekspor,1\n" +
				"2022,sampai Nopember,ekspor,2\n" +
				"2022,Jan-Nov,ekspor,3\n" +
				"2022 (sampai November),11,ekspor,4\n" +
				"2022,s.d. Jan-Nov,ekspor,5\n",
			want: []Record{
				{Period: janNov2022, Flow: Export, Value: usd(529_117_000_000)},
				{Period: janNov2022, Flow: Export, Value: usd(100)},
				{Period: janNov2022, Flow: Export, Value: usd(200)},
				{Period: janNov2022, Flow: Export, Value: usd(300)},
			},
			errs: []string{
				"6:24: bulan: a month with a period in the year column",
				`7:6: bulan: trade.month("s.d. Jan-Nov"): not a month or a range of months`,
			},
		},
		{
			name: "title lines, provisional years, quarters",
			c:    CSVReader{Currency: currency.USD},
			in: "Ekspor Kalimantan Tengah menurut triwulan,,,\n" +
				",,,\n" +
				"tahun,bulan,arus,nilai\n" +
				"2022*,Triwulan IV,ekspor,1\n" +
				"2023**,Q1,ekspor,2\n" +
				"2023,TW 2,ekspor,3\n" +
				"2023,Kuartal 5,ekspor,4\n",
			want: []Record{
				{Period: date.QuarterRange(2022, 4), Flow: Export, Value: usd(100)},
				{Period: date.QuarterRange(2023, 1), Flow: Export, Value: usd(200)},
				{Period: date.QuarterRange(2023, 2), Flow: Export, Value: usd(300)},
			},
			errs: []string{`7:6: bulan: trade.month("Kuartal 5"): not a month or a range of months`},
		},
		{
			name: "a one-column file with defaults",
			c:    CSVReader{Period: date.YearRange(2016), Flow: Import, Currency: currency.IDR},
			in:   "nilai\n270.791.872.000\n",
			want: []Record{{Period: date.YearRange(2016), Flow: Import, Value: money.Rupiah(270_791_872_000)}},
		},
		{
			name: "Indonesian month names under English headers, weight in tonnes",
			in:   "year,month,flow,value,currency,net weight (ton)\n2022,Agustus,export,1,USD,2.5\n",
			want: []Record{{Period: date.MonthRange(2022, time.August), Flow: Export, Value: usd(100), NetWeight: Quantity{2500, "ton"}}},
		},
		{
			name: "bad rows are reported with line and column, the rest goes on",
			in: "tahun,arus,nilai,mata_uang,hs,skema\n" +
				"2015,ekspor,Rp5.000,IDR,,\n" +
				"15,ekspor,Rp5.000,IDR,,\n" +
				"2015,transit,Rp5.000,IDR,,\n" +
				"2015,ekspor,5.00.0,IDR,,\n" +
				"2015,ekspor,Rp5.000,XYZ,,\n" +
				"2015,ekspor,US$5,IDR,,\n" +
				"2015,ekspor,5.000,IDR,101,\n" +
				"2015,ekspor,5.000,IDR,,PLB\n" +
				"Jumlah,ekspor,5.000,IDR,,\n" +
				"2015,ekspor\n" +
				"2015,\"ekspor,5.000,IDR,,\n",
			want: []Record{{Period: date.YearRange(2015), Flow: Export, Value: money.Rupiah(5000)}},
			errs: []string{
				`3:1: tahun: trade.parseYear("15"): a year has four digits`,
				`4:6: arus: trade.ParseFlow("transit"): unknown flow`,
				`5:13: nilai: money.Parser.Parse("5.00.0"): digit group not three digits long (at "00.0")`,
				`6:21: mata_uang: trade.parseCurrency("XYZ"): unknown currency`,
				`7:13: nilai: value in USD but currency column says IDR: money: currency mismatch`,
				`8:23: hs: trade.ParseHS("101"): odd number of digits (was a leading zero dropped?) (at "1")`,
				`9:24: skema: trade.ParseScheme("PLB"): "PLB" may mean a border post (Pos Lintas Batas) or a border pass (Pas Lintas Batas); write "pas lintas batas" for the pass`,
				`11:12: wrong number of fields: 2, want 6`,
				`12:6: unclosed quote: the quoted field opened here runs to the end of the input (line 12), taking every line after it`,
			},
			warn: []string{"10:1: tahun: a total row, not a figure (IDR 5000, the sum of the row of export above it)"},
		},
		{
			name: "strict mode stops at the first bad row",
			c:    CSVReader{Strict: true},
			in:   "tahun,arus,nilai\n2015,ekspor,Rp1\n2015,y,Rp1\n2016,ekspor,Rp2\n",
			want: []Record{{Period: date.YearRange(2015), Flow: Export, Value: money.Rupiah(1)}},
			errs: []string{`3:6: arus: trade.ParseFlow("y"): unknown flow`},
		},
		{
			name: "header problems end the file at once",
			in:   "tahun,arus,mata_uang\n2015,ekspor,IDR\n",
			errs: []string{"1:1: header: no value column (nilai, value, Nilai FOB, primaryValue, Ekspor, Impor): missing column"},
		},
		{
			name: "two columns for one thing",
			in:   "tahun,year,arus,nilai\n",
			errs: []string{"1:1: header: columns 1 and 2 both hold the year"},
		},
		{
			name: "empty file",
			in:   "",
			errs: []string{"1:1: header: empty file"},
		},
		{
			name: "English file without currency",
			in:   "year,flow,value\n2020,export,5\n",
			errs: []string{"2:13: value: no currency: add a currency column (mata_uang) or set the reader's Currency"},
		},
		{
			name: "Malay headers read Malay numbers",
			in:   "tahun,aliran,nilai,mata wang\n2023,eksport,\"1,234.56\",MYR\n2023,import,RM600,\n",
			want: []Record{
				{Period: date.YearRange(2023), Flow: Export, Value: money.FromMinor(123456, money.MYR)},
				{Period: date.YearRange(2023), Flow: Import, Value: money.Ringgit(600)},
			},
		},
	}
	runReadCases(t, tests)
}

func TestReadCSVBPS(t *testing.T) {
	tests := []readCase{
		{
			name: "exports, Indonesian headers",
			c:    CSVReader{Reporter: "62"},
			in: "Tahun;Bulan;Kode HS;Uraian;Pelabuhan;Negara Tujuan;Berat Bersih (Kg);Nilai FOB (US$)\n" +
				"2022;11;15111000;Minyak kelapa sawit mentah;Pulang Pisau;India;1.500.000;1.234.567,89\n" +
				"2022;November;27011210;Batu bara;Sampit;JEPANG;25.000,5;987.654\n",
			want: []Record{
				{Period: date.MonthRange(2022, time.November), Flow: Export, Reporter: "62", Partner: "IN", Post: "Pulang Pisau", Basis: PortBasis,
					HS: MustParseHS("15111000"), Value: usd(123456789), NetWeight: Kilograms(1_500_000)},
				{Period: date.MonthRange(2022, time.November), Flow: Export, Reporter: "62", Partner: "JP", Post: "Sampit", Basis: PortBasis,
					HS: MustParseHS("27011210"), Value: usd(98765400), NetWeight: Quantity{25000500, "kg"}},
			},
		},
		{
			name: "imports, English headers, default period",
			c:    CSVReader{Period: date.YearRange(2021)},
			in: "HS Code,Description,Port of Unloading,Country of Origin,Net Weight (Kg),CIF Value (US$)\n" +
				"1701.99,Sugar,Entikong,Malaysia,\"1,000\",\"2,500.50\"\n" +
				"1701.99,Sugar,Aruk,Malaysia,-,-\n" +
				"TOTAL,,,,,\n",
			want: []Record{
				{Period: date.YearRange(2021), Flow: Import, Partner: "MY", Post: "entikong", Basis: PortBasis,
					HS: MustParseHS("170199"), Value: usd(250050), NetWeight: Kilograms(1000)},
				{Period: date.YearRange(2021), Flow: Import, Partner: "MY", Post: "aruk", Basis: PortBasis, HS: MustParseHS("170199"), Value: usd(0)},
			},
			warn: []string{`4:1: HS Code: a total row, not a figure`},
		},
		{
			name: "a value in rupiah",
			c:    CSVReader{Period: date.YearRange(2016), Layout: BPS},
			in:   "Kode HS,Negara Tujuan,Nilai FOB (Rp)\n0901,Malaysia,149.376.448.928\n",
			want: []Record{{Period: date.YearRange(2016), Flow: Export, Partner: "MY", Basis: PortBasis, HS: MustParseHS("0901"), Value: money.Rupiah(149_376_448_928)}},
		},
		{
			name: "values in millions and thousands, as BPS tables give them",
			c:    CSVReader{Period: date.YearRange(2022)},
			in:   "Negara Tujuan;Nilai FOB (Juta US$)\nIndia;1.725,99\nJepang;0,001\nChina;0,0001\nKorea;9.223.372.036.854.775\n",
			want: []Record{
				{Period: date.YearRange(2022), Flow: Export, Partner: "IN", Basis: PortBasis, Value: usd(172_599_000_000)},
				{Period: date.YearRange(2022), Flow: Export, Partner: "JP", Basis: PortBasis, Value: usd(100_000)},
				{Period: date.YearRange(2022), Flow: Export, Partner: "CN", Basis: PortBasis, Value: usd(10_000)},
			},
			errs: []string{
				`5:7: Nilai FOB (Juta US$): money.Parser.Parse("9.223.372.036.854.775 juta"): value out of range`,
			},
		},
		{
			name: "English value units",
			c:    CSVReader{Period: date.YearRange(2022)},
			in:   "Country of Origin,CIF Value (million USD),Net Weight (Kg)\nMalaysia,\"1,725.99\",-\n",
			want: []Record{{Period: date.YearRange(2022), Flow: Import, Partner: "MY", Basis: PortBasis, Value: usd(172_599_000_000)}},
		},
		{
			name: "thousands of rupiah",
			c:    CSVReader{Period: date.YearRange(2016), Flow: Export},
			in:   "pos;nilai (ribu Rp)\nEntikong;149.376.448,928\n",
			want: []Record{{Period: date.YearRange(2016), Flow: Export, Post: "entikong", Value: money.Rupiah(149_376_448_928)}},
		},
		{
			name: "a unit that cannot be read is not guessed",
			c:    CSVReader{Period: date.YearRange(2022)},
			in:   "Negara Tujuan;Nilai FOB (Kuintal)\nIndia;1\n",
			errs: []string{`1:1: header: unit "Kuintal" of column 2 (Nilai FOB (Kuintal)) is not a currency or scale this reader knows`},
		},
		{
			name: "no period at all",
			in:   "Kode HS,Negara Tujuan,Nilai FOB (US$)\n0901,Malaysia,1\n",
			errs: []string{"1:1: header: no year or period column (tahun, year, periode, refYear) and no default period: missing column"},
		},
	}
	runReadCases(t, tests)
}

func TestReadCSVComtrade(t *testing.T) {
	in := "typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,reporterDesc,flowCode,flowDesc,partnerCode,partnerISO,partnerDesc,cmdCode,cmdDesc,qtyUnitAbbr,qty,netWgt,primaryValue\n" +
		"C,A,20220101,2022,52,2022,360,IDN,Indonesia,X,Export,458,MYS,Malaysia,TOTAL,All Commodities,,,,12345678901.5\n" +
		"C,M,20221101,2022,11,202211,360,IDN,Indonesia,M,Import,0,W00,World,1511,Palm oil,kg,1500.5,1500.5,250000\n" +
		"C,A,20220101,2022,52,2022,360,IDN,Indonesia,RX,Re-export,702,SGP,Singapore,27,Coal,,,,1.5e9\n"
	// Exponent form, as Comtrade exports large values: read exactly. The
	// rows for all commodities (TOTAL) and for the World total no other
	// row of their period and flow: they are figures, yielded at the end.
	want := []Record{
		{Period: date.YearRange(2022), Flow: ReExport, Reporter: "ID", Partner: "SG", HS: MustParseHS("27"), Value: usd(150_000_000_000)},
		{Period: date.YearRange(2022), Flow: Export, Reporter: "ID", Partner: "MY", Value: usd(1234567890150)},
		{Period: date.MonthRange(2022, time.November), Flow: Import, Reporter: "ID", HS: MustParseHS("1511"), Value: usd(25000000),
			NetWeight: Quantity{1500500, "kg"}, Quantity: Quantity{1500500, "kg"}},
	}
	got, errs := readAll(t, CSVReader{}, in)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Comtrade records mismatch (-want +got):\n%s", diff)
	}
	if len(errs) != 0 {
		t.Errorf("Comtrade errors = %q, want none", errs)
	}
}

func TestReadCSVStopsOnBreak(t *testing.T) {
	in := "tahun,arus,nilai\n2015,ekspor,Rp1\n2015,x,Rp1\n2016,ekspor,Rp2\n"
	n := 0
	for range ReadCSV(strings.NewReader(in), Simple) {
		n++
		break
	}
	if n != 1 {
		t.Errorf("range with break ran %d times", n)
	}
	for _, err := range ReadCSV(iotestErrReader{}, 0) {
		if err == nil || !strings.Contains(err.Error(), "disk on fire") {
			t.Errorf("read error = %v", err)
		}
	}
}

type iotestErrReader struct{}

func (iotestErrReader) Read([]byte) (int, error) { return 0, errors.New("disk on fire") }

func FuzzReadCSV(f *testing.F) {
	seeds := []string{
		"tahun,bulan,arus,pos,mitra,hs,nilai,mata_uang\n2015,,ekspor,PLBN Entikong,Sarawak,,Rp. 100.387.357.175,IDR\n2016,,impor,Entikong,Malaysia,,Rp.270.791.872.000,IDR\n",
		"year;month;flow;post;partner;hs;value;currency\n2022;Nov;export;Aruk;MY;0101;1.725,99 juta dolar AS;USD\n2022;1-11;import;;;;US$9.231,2 juta;USD\n",
		"Tahun;Kode HS;Pelabuhan;Negara Tujuan;Berat Bersih (Kg);Nilai FOB (US$)\n2022;15111000;Sampit;India;1.500.000;1.234.567,89\nJumlah;;;;;\n",
		"refYear,refMonth,reporterISO,partnerISO,flowCode,cmdCode,primaryValue,netWgt\n2022,52,IDN,MYS,X,TOTAL,12345678901.5,\n2022,11,IDN,W00,M,1511,250000,1500.5\n",
		"periode,arus,nilai,mata_uang\n2022 sampai November,ekspor,\"5.291,17 juta\",USD\n\"x,ekspor\n",
		"tahun,arus,nilai\n2015,ekspor,Rp 1.186.868,-\n9999,impor,(Rp5.000)\n",
		"no_kilb;tanggal;pos;nilai;mata_uang;dokumen\n61.03.0042;Rabu, 9/8/2017;PLBN Entikong;RM450;;KILB\n61.03.0107;28 Agustus 2017;Entikong;Rp2.100.000;IDR;pas lintas batas\n",
	}
	// Real header lines (see csv_real_test.go for where each was seen).
	seeds = append(seeds,
		comtradePlusHeader+"\n"+comtradePlusRow("M", "202211", "2022", "11", "X", "MYS", "1511", "kg", "1500.5", "1.5E+3", "123456.789"),
		comtradeLegacyHeader+"\nH4,2016,201611,November 2016,4,0,1,Import,360,Indonesia,IDN,0,World,WLD,1511,Palm oil,1,No Quantity,,,5e3,0\n",
		bpsImportHeader+"\n2016;Desember;1701999000;Malaysia;Entikong;1.000;2.500,5\nJumlah;;;;;;\n",
		bpsExportHeader+"\n15111000;Minyak kelapa sawit mentah;Pulang Pisau;India;1.500.000;1.234.567,89;Nopember;2022*\n",
	)
	// Issue 15: several levels and classifications, SITC codes, total
	// rows in any column, the World beside partners, code cells, the
	// FOB/CIF header and the wide release table (see testdata/real).
	seeds = append(seeds,
		"Classification,Year,Period,Aggregate Level,Is Leaf Code,Trade Flow,Reporter ISO,Partner ISO,Commodity Code,Trade Value (US$)\n"+
			"H4,2016,2016,0,0,Export,AUS,WLD,TOTAL,1398835890\nH4,2016,2016,2,0,Export,AUS,WLD,01,1398835890\nH4,2016,2016,6,1,Export,AUS,WLD,010229,1000000000\nH2,2016,2016,2,0,Import,AUS,WLD,01,5\n",
		"Classification,Year,Period,Aggregate Level,Is Leaf Code,Trade Flow,Reporter ISO,Partner ISO,Commodity Code,Trade Value (US$)\nS3,2008,2008,1,0,Import,AFG,WLD,0,309541080\nS3,2008,2008,3,1,Export,AFG,MYS,011,2\n",
		"Negara Tujuan,Nilai FOB (Juta US$)\nTiongkok,\"26,29\"\nMalaysia,\"25,65\"\nJumlah,\"102,12\"\n",
		"Kode HS,Pelabuhan,Negara Tujuan/Asal,Berat Bersih (Kg),Nilai FOB/CIF (US$)\n[40] Karet dan barang dari karet,,,,40499700\n15x,,,,1\n",
		"Tahun,Bulan,Ekspor (Juta US$),Impor (Juta US$)\n2016,November,\"72,12\",\"23,53\"\n2017,Januari,\"87,48\",\n2017,Jumlah,,\n2017,Maret,,\n",
		"tahun,arus,mitra,nilai,mata_uang\n2022,ekspor,World,150,USD\n2022,ekspor,Malaysia,100,USD\n2022,impor,Dunia,70,USD\n",
	)
	// Hostile files (see hostile_test.go): CR-only and mixed line ends, an
	// unclosed quote mid-file, a decimal comma making a cell too many, a
	// short row, a byte order mark, UTF-16, NUL and invalid UTF-8, a
	// negative value, a repeated row, a year beside its months.
	seeds = append(seeds,
		"tahun,arus,nilai\r2015,ekspor,Rp1\r2016,impor,Rp2\r",
		"tahun,arus,nilai\r\n2015,ekspor,Rp1\r2016,impor,Rp2\n\r\n2017,ekspor,Rp3",
		"tahun,arus,nilai\n2015,ekspor,Rp1\n2016,\"impor,Rp2\n2017,ekspor,Rp3\n",
		"tahun,arus,nilai,mata_uang\n2022,ekspor,2.500.000,75,IDR\n2022,ekspor\n",
		"\ufefftahun;arus;nilai\n2015;ekspor;Rp1\n",
		utf16Text("tahun,arus,nilai\n2015,ekspor,Rp1\n", false, true),
		utf16Text("tahun,arus,nilai\n2015,ekspor,Rp1\n", true, false),
		"tahun,arus,nilai\n2015,eks\x00por,Rp1\n2015,eks\xffpor,Rp1\n",
		"tahun,arus,nilai\n2015,ekspor,-Rp1\n2015,ekspor,(Rp1)\n2015,ekspor,Rp0.500\n",
		"tahun,bulan,arus,nilai\n2015,1,ekspor,Rp1\n2015,1,ekspor,Rp1\n2015,,ekspor,Rp9\n",
	)
	// Rows of one template (the lane): values good, bad, quoted, padded,
	// with a symbol or another currency, negative; a total row; a
	// repeated row; a year beside its months.
	seeds = append(seeds,
		"tahun,bulan,arus,pos,nilai,mata_uang\n2019,1,ekspor,Entikong,1.000,IDR\n2019,1,ekspor,Entikong,2.000,IDR\n2019,1,ekspor,Entikong,x,IDR\n"+
			"2019,1,ekspor,Entikong,\"3.000\",IDR\n2019,1,ekspor,Entikong, 4.000 ,IDR\n2019,1,ekspor,Entikong,Rp5.000,IDR\n2019,1,ekspor,Entikong,US$6,IDR\n"+
			"2019,1,ekspor,Entikong,-7,IDR\n2019,Jumlah,ekspor,Entikong,10.000,IDR\n2019,1,ekspor,Entikong,1.000,IDR\n2019,,ekspor,Entikong,1.000,IDR\n2019,1,ekspor,Entikong,,IDR\n",
	)
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		var read, reported int
		headerFailed := false
		rd := CSVReader{Warn: func(re *RowError) {
			if errors.Is(re, ErrTotalRow) || errors.Is(re, ErrNotSelected) {
				reported++ // a row read and not yielded, said to Warn
			}
		}}
		lines := map[int]bool{} // a row of a wide table yields two records
		for r, err := range rd.Rows(strings.NewReader(in)) {
			if err != nil {
				if errors.Is(err, ErrHeader) {
					if read+reported != 0 {
						t.Fatalf("header error after %d rows: %v", read+reported, err)
					}
					headerFailed = true
				}
				reported++
				continue
			}
			if !lines[r.Line] {
				lines[r.Line] = true
				read++
			}
		}
		if rows, ok := countRows(in); ok && !headerFailed && rows != read+reported {
			t.Fatalf("%d rows in, %d read + %d reported", rows, read, reported)
		}
		// The same file read as purchases: no panic, and the same count.
		read, reported, headerFailed = 0, 0, false
		for _, err := range (CSVReader{}).Purchases(strings.NewReader(in)) {
			switch {
			case err == nil:
				read++
			case errors.Is(err, ErrHeader):
				headerFailed = true
			default:
				reported++
			}
		}
		if rows, ok := countPurchaseRows(in); ok && !headerFailed && rows != read+reported {
			t.Fatalf("purchases: %d rows in, %d read + %d reported", rows, read, reported)
		}
		// Several workers read the file as one goroutine does, and the
		// lane as the full way.
		one := transcript(CSVReader{}, in)
		if diff := cmp.Diff(one, transcript(CSVReader{Workers: 2}, in)); diff != "" {
			t.Fatalf("Workers 2: mismatch (-want +got):\n%s", diff)
		}
		laneOff = true
		full := transcript(CSVReader{}, in)
		fullSum := sumTranscript(CSVReader{}, in, false)
		laneOff = false
		if diff := cmp.Diff(full, one); diff != "" {
			t.Fatalf("lane: mismatch with the full way (-full +lane):\n%s", diff)
		}
		// Summarize with the lane's memos sums as Rows and Add, with one
		// goroutine and with workers (whose lane passes its templates).
		if diff := cmp.Diff(fullSum, sumTranscript(CSVReader{}, in, true)); diff != "" {
			t.Fatalf("Summarize: mismatch with Rows and Add (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff(fullSum, sumTranscript(CSVReader{Workers: 2}, in, true)); diff != "" {
			t.Fatalf("Summarize, Workers 2: mismatch with Rows and Add (-want +got):\n%s", diff)
		}
	})
}

func TestReadCSVLangOverride(t *testing.T) {
	// An English header over Indonesian numbers: the reader's Lang decides.
	in := "year,flow,value,currency\n2015,export,1.500,IDR\n"
	got, errs := readAll(t, CSVReader{Lang: language.Indonesian}, in)
	if len(errs) != 0 || len(got) != 1 || got[0].Value != money.Rupiah(1500) {
		t.Errorf("Lang id: %v %v", got, errs)
	}
	// From the English header, "1.500" is never 1,500 rupiah: money reads
	// it as 1.5, or refuses it as three decimal places of money; either
	// way the row does not silently become the Indonesian reading.
	got, errs = readAll(t, CSVReader{}, in)
	if len(got)+len(errs) != 1 || len(got) == 1 && got[0].Value != money.FromMinor(150, currency.IDR) {
		t.Errorf("Lang from header (en): %v %v", got, errs)
	}
}

func TestTextCache(t *testing.T) {
	var c textCache
	keys := []string{"ab", "axb", "PLBN Entikong", "Entikong", "entikong", "aab", "abb", "a", ""}
	for i, k := range keys {
		if _, ok := c.get(k); ok {
			t.Errorf("get(%q) before put: found", k)
		}
		c.put(k, strings.Repeat("v", i+1))
	}
	for round := 0; round < 2; round++ {
		for i, k := range keys {
			if v, ok := c.get(k); !ok || v != strings.Repeat("v", i+1) {
				t.Errorf("round %d: get(%q) = %q, %v", round, k, v, ok)
			}
		}
	}
}

// TestIsTotal checks the labels of total rows in the casings files use,
// and that the cheap first test (mayBeTotal) lets none of them by.
func TestIsTotal(t *testing.T) {
	labels := []string{"total", "jumlah", "grand total", "jumlah total", "total jumlah", "total keseluruhan", "jumlah keseluruhan", "subtotal", "sub total",
		"jumlah seluruhnya", "semua negara", "seluruh negara", "all countries", "jumlah semua negara", "total semua negara",
		"jumlah total ekspor", "jumlah ekspor", "jumlah impor", "total ekspor impor"}
	var got []string
	for _, l := range labels {
		for _, s := range []string{l, strings.ToUpper(l), strings.ToUpper(l[:1]) + l[1:], " " + l + " "} {
			if !isTotal(trimSpace(s)) {
				got = append(got, s)
			}
		}
	}
	for _, s := range []string{"Aruk", "Jagoi Babang", "Sei Kelik", "Skouw", "Serasan", "Sabah", "Tebedu", "Gerbang", "Ajibata", "Sumatera", "Jumlahnya ada", "Totalitas"} {
		if isTotal(s) {
			got = append(got, s)
		}
	}
	if diff := cmp.Diff([]string(nil), got); diff != "" {
		t.Errorf("isTotal wrong for (-want +got):\n%s", diff)
	}
}

// TestNestedHS checks that a file without a level column never sums an
// HS code with its own chapter, heading or subheading, reads codes of
// different lengths that do not nest, and reads one length when
// CSVReader.Level chooses it.
func TestNestedHS(t *testing.T) {
	type result struct {
		Values   []int64 // minor units of the records read, in order
		Errors   []string
		Warnings []string
	}
	const head = "tahun,arus,pos,hs,nilai\n"
	tests := []struct {
		name, in string
		level    int
		want     result
	}{
		{"a chapter, then one of its headings", head + "2019,ekspor,Entikong,40,100\n2019,ekspor,Entikong,4001,60\n2019,ekspor,Entikong,4002,40\n", 0,
			result{Values: []int64{10000}, Errors: []string{
				"3:22: hs: several aggregate levels in one file: HS 4001 is within HS 40 of line 2, and the two summed count the same goods twice; choose one level (--level 2 or 4, CSVReader.Level)",
				"4:22: hs: several aggregate levels in one file: HS 4002 is within HS 40 of line 2, and the two summed count the same goods twice; choose one level (--level 2 or 4, CSVReader.Level)"}}},
		{"headings, then their chapter", head + "2019,ekspor,Entikong,4001.10,60\n2019,ekspor,Entikong,40,100\n", 0,
			result{Values: []int64{6000}, Errors: []string{
				"3:22: hs: several aggregate levels in one file: HS 40 contains HS 4001.10 of line 2, and the two summed count the same goods twice; choose one level (--level 2 or 6, CSVReader.Level)"}}},
		{"a chapter twice after its heading", head + "2019,ekspor,Entikong,4001,60\n2019,ekspor,Entikong,40,100\n2019,ekspor,Entikong,40,30\n2019,ekspor,Entikong,4001,5\n", 0,
			result{Values: []int64{6000, 500}, Errors: []string{
				"3:22: hs: several aggregate levels in one file: HS 40 contains HS 4001 of line 2, and the two summed count the same goods twice; choose one level (--level 2 or 4, CSVReader.Level)",
				"4:22: hs: several aggregate levels in one file: HS 40 contains HS 4001 of line 2, and the two summed count the same goods twice; choose one level (--level 2 or 4, CSVReader.Level)"}}},
		{"codes of different lengths that do not nest", head + "2019,ekspor,Entikong,27,100\n2019,ekspor,Entikong,4001,60\n2019,ekspor,Entikong,27,5\n", 0,
			result{Values: []int64{10000, 6000, 500}}},
		{"headings chosen", head + "2019,ekspor,Entikong,40,100\n2019,ekspor,Entikong,4001,60\n2019,ekspor,Entikong,4002,40\n", 4,
			result{Values: []int64{6000, 4000}, Warnings: []string{
				"2:22: hs: not the level or classification chosen: an HS code of 2 digits, not 4"}}},
		{"chapter chosen, a row with no code", head + "2019,ekspor,Entikong,40,100\n2019,ekspor,Entikong,,60\n", 2,
			result{Values: []int64{10000}, Warnings: []string{
				"3:22: hs: not the level or classification chosen: no HS code, not a code of 2 digits"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got result
			c := CSVReader{Level: tt.level, Warn: func(e *RowError) { got.Warnings = append(got.Warnings, e.Error()) }}
			for r, err := range c.Records(strings.NewReader(tt.in)) {
				if err != nil {
					got.Errors = append(got.Errors, err.Error())
					continue
				}
				got.Values = append(got.Values, r.Value.Minor())
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
