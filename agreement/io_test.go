package agreement

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/money"
	"github.com/kerjasama/kerjasama/region"
)

func TestSeedFixtures(t *testing.T) {
	r := seedRegister(t)
	daejeon, _ := r.Get("tangsel-daejeon-2016")
	want := Agreement{
		ID: "tangsel-daejeon-2016", Type: KSDPLOther, Kind: KindMoU, Name: "Friendship Cooperation", Phase: 3, Series: KindLetterOfIntent,
		Sectors: []Sector{SectorEducation, SectorCulture, SectorSport, SectorYouth, SectorEconomy, SectorEnvironment, SectorInformationTechnology, SectorBiotechnology},
		Signed:  On(d("2016-02-21")),
	}
	got := Agreement{ID: daejeon.ID, Type: daejeon.Type, Kind: daejeon.Kind, Name: daejeon.Name, Phase: daejeon.Phase, Series: daejeon.Series, Sectors: daejeon.Sectors, Signed: daejeon.Signed}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Daejeon fixture mismatch (-want +got):\n%s", diff)
	}
	if c := daejeon.Countries(); !cmp.Equal(c, []string{"KR"}) {
		t.Errorf("Daejeon countries = %v", c)
	}
	offer, _ := r.Get("kaltim-jepang-air-bersih-2022")
	f := offer.Funding[0]
	if !f.Amount.Equal(money.Rupiah(1_300_000_000)) || !f.Ceiling || len(f.Restrictions) != 2 {
		t.Errorf("Japan offer funding = %+v", f)
	}
	bm, _ := r.Get("kaltim-palembang-2022")
	act := bm.Activities[0]
	if !act.Value.Equal(money.Rupiah(18_000_000_000)) || !act.Approximate || act.Sector != SectorTrade {
		t.Errorf("business matching activity = %+v", act)
	}
	for _, a := range r.All() {
		if len(a.Sources) == 0 || !strings.HasPrefix(a.Sources[0].Document, "seeds/00") || a.Sources[0].Quote == "" {
			t.Errorf("%s: no source", a.ID)
		}
	}
}

func TestJSONRoundTrip(t *testing.T) {
	r := seedRegister(t)
	chain := chainRegister(t)
	extra := Agreement{ID: "full", Title: "semua kolom", Type: KSDDCompulsory, Kind: KindAddendum, Name: "x", Phase: 2, Series: KindCooperationAgreement,
		Parties:      []Party{{Role: RoleRegion, Region: mustRegion(t, "64"), Name: "Kaltim", Signatory: "Gubernur"}, {Role: RoleFunder, Name: "Bank", Country: "JP"}},
		OtherSectors: []string{"Xylofon"}, Signed: InMonth(2020, 3), Term: Term{Start: d("2020-04-01"), Months: 30}, NoticeDays: 120,
		Predecessor: "p", Events: []Event{{Stage: StageDPRDApproval, Date: On(d("2020-01-10")), Note: "n"}, {Stage: StageTermination}},
		Funding:    []Funding{{Amount: money.FromMinor(150, money.Rupiah(0).Currency()), Source: "APBD", Purpose: []Sector{SectorHealth}}},
		Activities: []Activity{{Date: InYear(2021), Sector: SectorHealth, Description: "d", Value: money.Ringgit(5)}},
		Notes:      "catatan", Sources: []Source{{Document: "doc"}}}
	as := append(append(r.All(), chain.All()[6:]...), extra)
	var buf bytes.Buffer
	if err := WriteJSON(&buf, as); err != nil {
		t.Fatal(err)
	}
	l, err := ReadJSON(bytes.NewReader(buf.Bytes()), ReadOptions{})
	if err != nil || len(l.Rejected) > 0 {
		t.Fatalf("ReadJSON: %v %v", err, l.Err())
	}
	if diff := cmp.Diff(as, l.Agreements); diff != "" {
		t.Errorf("JSON round trip mismatch (-want +got):\n%s", diff)
	}
	var again bytes.Buffer
	WriteJSON(&again, l.Agreements)
	if again.String() != buf.String() {
		t.Errorf("second JSON encoding differs")
	}
}

// TestReadJSONEmptyLists checks that an empty list reads as nil, the same
// as an absent key, at every depth, so that what ReadJSON reads writes and
// reads back equal.
func TestReadJSONEmptyLists(t *testing.T) {
	in := `[{"id": "a", "parties": [], "sectors": [], "other_sectors": [], "events": [],
	  "funding": [{"amount": "Rp 5 juta", "purpose": []}], "activities": [], "sources": []}]`
	l, err := ReadJSON(strings.NewReader(in), ReadOptions{})
	if err != nil || len(l.Rejected) > 0 {
		t.Fatalf("ReadJSON: %v %v", err, l.Err())
	}
	want := []Agreement{{ID: "a", Funding: []Funding{{Amount: money.Rupiah(5_000_000)}}}}
	if diff := cmp.Diff(want, l.Agreements); diff != "" {
		t.Errorf("ReadJSON mismatch (-want +got):\n%s", diff)
	}
	var buf bytes.Buffer
	if err := WriteJSON(&buf, l.Agreements); err != nil {
		t.Fatal(err)
	}
	back, err := ReadJSON(&buf, ReadOptions{})
	if err != nil || len(back.Rejected) > 0 {
		t.Fatalf("ReadJSON(WriteJSON(…)): %v %v", err, back.Err())
	}
	if diff := cmp.Diff(l.Agreements, back.Agreements); diff != "" {
		t.Errorf("round trip mismatch (-first +second):\n%s", diff)
	}
}

func TestReadJSONErrors(t *testing.T) {
	in := `[
  {"id": "a", "signed": "2016-02-21"},
  {"id": "b", "signed": "21 Februari"},
  {"id": "c", "parties": [{"region": "Atlantis"}]},
  {"id": "a"},
  {"id": "e", "funding": [{"amount": "Rp1,3 miliar"}], "type": "KSDD", "signed": "6 Februari 2007", "term": "5 tahun",
   "parties": [{"role": "pemda", "region": "Kaltim"}, {"role": "mitra", "region": "Kota Daejeon (Korea Selatan)"}]}
]`
	l, err := ReadJSON(strings.NewReader(in), ReadOptions{File: "x.json"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range l.Rejected {
		got = append(got, fmt.Sprintf("%d:%d", e.Line, e.Column))
	}
	if diff := cmp.Diff([]string{"3:3", "4:3", "5:3"}, got); diff != "" {
		t.Errorf("rejected positions mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"a", "e"}, ids(l.Agreements)); diff != "" {
		t.Errorf("loaded mismatch (-want +got):\n%s", diff)
	}
	e := l.Agreements[1]
	if l.Rows != 5 || !e.Funding[0].Amount.Equal(money.Rupiah(1_300_000_000)) || e.Type != KSDD ||
		e.Parties[0].Region.Code != "64" || e.Parties[1].Region.Code != "KR-30" || e.Parties[1].Role != RolePartner ||
		e.Signed != On(d("2007-02-06")) || e.Term.Months != 60 {
		t.Errorf("Rows = %d, e = %+v", l.Rows, e)
	}
	if !strings.HasPrefix(l.Rejected[0].Error(), "x.json:3:3: ") {
		t.Errorf("error = %q", l.Rejected[0])
	}
	if _, err := ReadJSON(strings.NewReader(in), ReadOptions{Strict: true}); err == nil {
		t.Errorf("strict: no error")
	}
	for _, bad := range []string{"", "42", `{"x": 1}`, `[{"id": "a"`, `{"agreements": 5}`} {
		if _, err := ReadJSON(strings.NewReader(bad), ReadOptions{}); err == nil {
			t.Errorf("ReadJSON(%q): no error", bad)
		}
	}
}

func readFile(t testing.TB, name string, opt ReadOptions) *Load {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	opt.File = name
	l, err := ReadCSV(f, opt)
	if err != nil {
		t.Fatalf("ReadCSV(%s): %v", name, err)
	}
	return l
}

// TestReadCSVSeeds reads the seeds as an office would type them into a
// spreadsheet and checks they give the same facts as the JSON fixtures.
func TestReadCSVSeeds(t *testing.T) {
	l := readFile(t, "testdata/seeds.csv", ReadOptions{})
	if len(l.Rejected) > 0 || len(l.Warnings) > 0 {
		t.Fatalf("seeds.csv: rejected %v, warnings %v", l.Rejected, l.Warnings)
	}
	fixtures := seedRegister(t).All()[:4]
	type core struct {
		Type               Type
		Kind, Series       Kind
		Name               string
		Phase              int
		Sectors            []Sector
		Signed             PartialDate
		Term               Term
		Regions, Countries []string
	}
	coreOf := func(a Agreement) core {
		c := core{a.Type, a.Kind, a.Series, a.Name, a.Phase, a.Sectors, a.Signed, a.Term, nil, a.Countries()}
		for _, p := range a.Parties {
			c.Regions = append(c.Regions, p.Region.Code)
		}
		return c
	}
	for i, a := range l.Agreements {
		want := coreOf(fixtures[i])
		if a.ID == "4" {
			want.Type = KSDPLOther // from "Friendship Cooperation"
		}
		if diff := cmp.Diff(want, coreOf(a)); diff != "" {
			t.Errorf("row %s mismatch (-want +got):\n%s", a.ID, diff)
		}
	}
}

func TestReadCSVBroken(t *testing.T) {
	l := readFile(t, "testdata/broken.csv", ReadOptions{})
	var rejected, warnings []string
	for _, e := range l.Rejected {
		rejected = append(rejected, fmt.Sprintf("%d:%d %s", e.Line, e.Column, e.Field))
	}
	for _, e := range l.Warnings {
		warnings = append(warnings, fmt.Sprintf("%d:%d %s", e.Line, e.Column, e.Field))
	}
	wantRejected := []string{
		"3:59 Tanggal Penandatanganan", // 31 Februari
		"4:68 Jangka Waktu",            // "sampai kapan-kapan"
		"6:1 no",                       // duplicate No 1
		"7:73 ",                        // a thirteenth cell
		"9:64 Nilai",                   // "Rp 1.2.3"
	}
	wantWarnings := []string{
		"1:108 Penanggung Jawab", // unknown column, kept in notes
		"5:76 Bidang",            // Xylofon
		"5:54 Negara",            // Negeri Antah Berantah
		"5:40 Mitra",             // Kota Atlantis
	}
	if diff := cmp.Diff(wantRejected, rejected); diff != "" {
		t.Errorf("rejected mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantWarnings, warnings); diff != "" {
		t.Errorf("warnings mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"1", "4", "7"}, ids(l.Agreements)); diff != "" {
		t.Errorf("loaded mismatch (-want +got):\n%s", diff)
	}
	if l.Rows != len(l.Agreements)+len(l.Rejected) {
		t.Errorf("Rows %d != %d loaded + %d rejected", l.Rows, len(l.Agreements), len(l.Rejected))
	}
	atlantis := l.Agreements[1]
	if atlantis.Parties[0].Name != "Kota Atlantis" || !cmp.Equal(atlantis.OtherSectors, []string{"Xylofon"}) ||
		atlantis.Notes != "Penanggung Jawab: Biro Pemerintahan; Negara: Negeri Antah Berantah" ||
		!atlantis.Funding[0].Amount.Equal(money.Rupiah(1_300_000_000)) || !atlantis.Funding[0].Ceiling {
		t.Errorf("unresolved values not kept: %+v", atlantis)
	}
	if s := l.Agreements[2].StatusOn(d("2020-01-01")); s != StatusTerminated {
		t.Errorf("row 7 (Diputus) status = %v, want terminated", s)
	}
	if s := l.Agreements[0].StatusOn(d("2011-12-01")); s != StatusExpiringSoon {
		t.Errorf("row 1 (5 tahun from 6 Feb 2007) status on 2011-12-01 = %v, want expiring soon", s)
	}
	f, _ := os.Open("testdata/broken.csv")
	defer f.Close()
	sl, err := ReadCSV(f, ReadOptions{File: "broken.csv", Strict: true})
	var re *RowError
	if !errors.As(err, &re) || re.Line != 3 || len(sl.Agreements) != 1 {
		t.Errorf("strict: err %v, loaded %d", err, len(sl.Agreements))
	}
	if !strings.HasPrefix(err.Error(), "broken.csv:3:59: Tanggal Penandatanganan: ") {
		t.Errorf("strict error = %q", err)
	}
}

func TestReadCSVSeparators(t *testing.T) {
	for _, in := range []string{
		"No;Mitra;Nilai;Bidang\n1;Kota Daejeon;Rp1,3 miliar;Ekonomi, Budaya\n",
		"No\tMitra\tNilai\tBidang\n1\tKota Daejeon\tRp1,3 miliar\tEkonomi, Budaya\n",
		"No,Mitra,Nilai,Bidang\n1,Kota Daejeon,\"Rp1,3 miliar\",\"Ekonomi, Budaya\"\n",
		"\"No;x\",Mitra,Nilai,Bidang\n1,Kota Daejeon,\"Rp1,3 miliar\",\"Ekonomi, Budaya\"\n",
	} {
		l, err := ReadCSV(strings.NewReader(in), ReadOptions{})
		if err != nil || len(l.Agreements) != 1 {
			t.Errorf("ReadCSV(%q): %v, %v", in, err, l)
			continue
		}
		a := l.Agreements[0]
		if !a.Funding[0].Amount.Equal(money.Rupiah(1_300_000_000)) || len(a.Sectors) != 2 || a.Parties[0].Region.Code != "KR-30" {
			t.Errorf("ReadCSV(%q) = %+v", in, a)
		}
	}
}

func TestReadCSVPlaceholders(t *testing.T) {
	in := "No,Judul,Tanggal Penandatanganan,Jangka Waktu,Nilai,Bidang,Mitra\n1,x,-,–,n/a,?,Tidak ada\n2,y,belum ditandatangani,...,-,-,-\n"
	l, err := ReadCSV(strings.NewReader(in), ReadOptions{})
	if err != nil || len(l.Agreements) != 2 || len(l.Rejected)+len(l.Warnings) > 0 {
		t.Fatalf("ReadCSV: %v, %v, %v", err, l.Rejected, l.Warnings)
	}
	for _, a := range l.Agreements {
		if !a.Signed.IsZero() || !a.Term.IsZero() || a.Funding != nil || a.Sectors != nil || a.Parties != nil {
			t.Errorf("placeholders read as values: %+v", a)
		}
	}
}

func TestReadCSVSeveralPartners(t *testing.T) {
	in := "No,Mitra\n1,Kota Daejeon dan Provinsi Incheon\n2,Kota Daejeon; Timra\n3,Kota Daejeon dan Kota Atlantis\n4,\"Provinsi Zhejiang, RRT\"\n"
	l, err := ReadCSV(strings.NewReader(in), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var got [][]string
	for _, a := range l.Agreements {
		var ps []string
		for _, p := range a.Parties {
			ps = append(ps, p.Region.Code+"|"+p.Name)
		}
		got = append(got, ps)
	}
	want := [][]string{
		{"KR-30|Kota Daejeon", "KR-28|Provinsi Incheon"},
		{"KR-30|Kota Daejeon", "SE/timra|Timra"},
		{"|Kota Daejeon dan Kota Atlantis"}, // kept whole, with a warning
		{"CN-ZJ|Provinsi Zhejiang, RRT"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("partners mismatch (-want +got):\n%s", diff)
	}
	if len(l.Warnings) != 1 || l.Warnings[0].Line != 4 {
		t.Errorf("warnings = %v", l.Warnings)
	}
}

func TestCSVHeaders(t *testing.T) {
	in := "\uFEFFTITLE , document,PARTNER,Country,sectors,signed,TERM,status,notes,id\n" +
		"Friendship,MOU,Kota Daejeon,South Korea,Education; Culture,2016-02-21,5 years,expired,,k1\n"
	l, err := ReadCSV(strings.NewReader(in), ReadOptions{Lang: language.English, Region: "Kota Tangerang Selatan"})
	if err != nil || len(l.Agreements) != 1 || len(l.Warnings) > 0 {
		t.Fatalf("ReadCSV: %v %v %v", err, l.Rejected, l.Warnings)
	}
	a := l.Agreements[0]
	if a.ID != "k1" || a.Kind != KindMoU || len(a.Parties) != 2 || a.Parties[0].Region.Code != "36.74" || a.Parties[1].Region.Code != "KR-30" {
		t.Errorf("got %+v", a)
	}
	for _, bad := range []string{"", "foo,bar\n1,2\n"} {
		if _, err := ReadCSV(strings.NewReader(bad), ReadOptions{}); err == nil {
			t.Errorf("ReadCSV(%q): no error", bad)
		}
	}
}

func TestCSVRoundTrip(t *testing.T) {
	as := seedRegister(t).All()
	for _, tag := range []language.Tag{language.Indonesian, language.English, language.Malay} {
		var buf bytes.Buffer
		if err := WriteCSV(&buf, as, WriteOptions{Lang: tag, AsOf: d("2016-06-01")}); err != nil {
			t.Fatal(err)
		}
		l, err := ReadCSV(bytes.NewReader(buf.Bytes()), ReadOptions{Lang: tag})
		// The consulate is an institution, not a region: kept by name,
		// quietly (institution.go).
		if err != nil || len(l.Rejected) > 0 || len(l.Warnings) != 0 {
			t.Fatalf("%v: ReadCSV: %v %v %v\n%s", tag, err, l.Rejected, l.Warnings, buf.String())
		}
		for i, a := range l.Agreements {
			w := as[i]
			var gotAmounts, wantAmounts []string
			for _, f := range a.Funding {
				gotAmounts = append(gotAmounts, fmt.Sprint(f.Amount, f.Ceiling))
			}
			for _, f := range w.Funding {
				wantAmounts = append(wantAmounts, fmt.Sprint(f.Amount, f.Ceiling))
			}
			got := []any{a.ID, a.Type, a.Kind, a.Name, a.Phase, a.Series, a.Sectors, a.Signed, a.Term, a.Countries(), a.Notes, gotAmounts}
			want := []any{w.ID, w.Type, w.Kind, w.Name, w.Phase, w.Series, w.Sectors, w.Signed, w.Term, w.Countries(), w.Notes, wantAmounts}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%v: %s mismatch (-want +got):\n%s", tag, w.ID, diff)
			}
		}
	}
}

func FuzzReadCSV(f *testing.F) {
	// Small seeds (a header and a row or two from the seed files and from
	// broken.csv) keep the fuzzer's minimisation short.
	for _, name := range []string{"testdata/seeds.csv", "testdata/broken.csv", "testdata/real/jateng-queensland-news.csv",
		"testdata/real/sisfo-magang2-tbl_mou.csv", "testdata/real/akreditasi-uin-kerjasama-dalam-negeri.csv"} {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		lines := strings.SplitAfter(string(b), "\n")
		for _, row := range lines[1:] {
			if row != "" {
				f.Add([]byte(lines[0] + row))
			}
		}
	}
	f.Add([]byte("No,Judul\n1,\"a\"b\"\n2,x\n"))
	f.Add([]byte("Jenis Naskah,Bidang\nMOU Friendship Coopertion (Loi Tahap III),\"Ekonomi Lingkungan Tekhniogi Informasi dan Biotekhnologi\"\n"))
	// Headers as real spreadsheets write them (realtext_test.go).
	f.Add([]byte("NO.;Judul Kerja Sama;Jenis Naskah;Nama Mitra;Tgl. Penandatanganan;Jangka Waktu (Tahun);Ruang Lingkup;Keterangan/Status\n" +
		"1;Kota Kembar;Nota Saling Pengertian;Kota Singkawang;24 April 2012;5;Ekonomi dan Perdagangan, Budaya;Masih berlaku\n"))
	f.Add([]byte("No Urut,Instansi Mitra,Masa Berlaku,Nilai (Juta Rupiah),Status / Keterangan\n1,Pemprov Kalbar,2019-2024,500,Berakhir\n"))
	opt := ReadOptions{}
	f.Fuzz(func(t *testing.T, b []byte) {
		l, err := ReadCSV(bytes.NewReader(b), opt)
		if err != nil {
			var re *RowError
			if !errors.As(err, &re) {
				t.Fatalf("error %v (%T) is not a *RowError", err, err)
			}
			return
		}
		if l.Rows != len(l.Agreements)+len(l.Rejected) {
			t.Fatalf("rows in %d != %d loaded + %d reported", l.Rows, len(l.Agreements), len(l.Rejected))
		}
		// Count the rows independently (countRows, not the input
		// toolbox): every record after the header that is not blank, and
		// every record that cannot be read.
		rows, ok := countRows(b)
		if !ok {
			return // encodings countRows does not read
		}
		if rows != l.Rows {
			t.Fatalf("input has %d rows, ReadCSV counted %d", rows, l.Rows)
		}
		seen := map[string]bool{}
		for _, a := range l.Agreements {
			if a.ID == "" || seen[a.ID] {
				t.Fatalf("empty or repeated ID %q", a.ID)
			}
			seen[a.ID] = true
		}
		for _, e := range l.Rejected {
			if e.Line < 1 || e.Column < 1 {
				t.Fatalf("rejected row without position: %v", e)
			}
		}
		// What loads writes and reads back without loss of rows.
		var buf bytes.Buffer
		if err := WriteCSV(&buf, l.Agreements, WriteOptions{}); err != nil {
			t.Fatal(err)
		}
		again, err := ReadCSV(&buf, opt)
		if err != nil || len(again.Agreements) != len(l.Agreements) {
			t.Fatalf("rewrite: %v, %d of %d rows: %v", err, len(again.Agreements), len(l.Agreements), again.Err())
		}
	})
}

// inventory generates an inventory CSV of n rows in the Indonesian form.
func inventory(n int) []byte {
	var b bytes.Buffer
	b.WriteString("No,Judul,Jenis Naskah,Jenis Kerja Sama,Mitra,Negara,Bidang,Tanggal Penandatanganan,Jangka Waktu,Status,Keterangan\n")
	partners := []string{"Provinsi Incheon,Korea Selatan", "Kota Daejeon,Korea Selatan", "Provinsi Zhejiang – RRT,RRT", "Pemerintah Kota Timra,Swedia", "Kota Palembang,Indonesia"}
	docs := []string{"LoI (Letter of Intent)", "MOU", "PKS", "MOU Friendship Coopertion (Loi Tahap III)", "Kesepakatan Bersama"}
	sectors := []string{"Ekonomi, Pariwisata, Iptek Pendidikan dan Budaya", "Invenstasi, Perdagangan, Pariwisata, Pendidikan", "Pemuda Kewirausahaan, Lingkungan", "Air bersih, Kesehatan", "Perdagangan"}
	months := []string{"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "Nopember", "Desember"}
	for i := 0; i < n; i++ {
		y := 2005 + i%18
		fmt.Fprintf(&b, "%d,Kerja sama %d,%s,KSDPL,%s,\"%s\",%d %s %d,%d-%d,,\n",
			i+1, i, docs[i%len(docs)], partners[i%len(partners)], sectors[i%len(sectors)], 1+i%28, months[i%12], y, y, y+1+i%5)
	}
	return b.Bytes()
}

func BenchmarkReadCSV(b *testing.B) {
	data := inventory(100_000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		l, err := ReadCSV(bytes.NewReader(data), ReadOptions{})
		if err != nil || len(l.Agreements) != 100_000 {
			b.Fatalf("%v, %d rows, %v", err, len(l.Agreements), l.Err())
		}
	}
}

func TestInventoryGenerator(t *testing.T) {
	l, err := ReadCSV(bytes.NewReader(inventory(50)), ReadOptions{})
	if err != nil || len(l.Agreements) != 50 || len(l.Warnings) > 0 {
		t.Fatalf("%v %v %v", err, l.Err(), l.Warnings)
	}
	if got := l.Agreements[3].Term; got != (Term{Start: d("2008-01-01"), End: date.YearRange(2012).End}) {
		t.Errorf("row 4 term = %v", got)
	}
}

func TestReadCSVResolve(t *testing.T) {
	calls := 0
	codesOnly := func(name string) (region.Region, error) {
		calls++
		if r, ok := region.Lookup(name); ok {
			return r, nil
		}
		return region.Region{}, &region.NotFoundError{Name: name}
	}
	in := "No,Mitra,Negara\n1,KR-30,KR\n2,Kota Daejeon,KR\n3,KR-30,KR\n"
	l, err := ReadCSV(strings.NewReader(in), ReadOptions{Resolve: codesOnly})
	if err != nil || len(l.Agreements) != 3 {
		t.Fatalf("ReadCSV: %v %v", err, l.Err())
	}
	if len(l.Warnings) != 1 || !strings.Contains(l.Warnings[0].Error(), "3:3: Mitra: partner not recognised") {
		t.Errorf("warnings = %v", l.Warnings)
	}
	if calls != 3 { // KR-30, KR, Kota Daejeon: each name resolved once per load
		t.Errorf("resolver called %d times, want 3", calls)
	}
	if l.Agreements[1].Parties[0].CountryCode() != "KR" || l.Agreements[1].Parties[0].Name != "Kota Daejeon" {
		t.Errorf("unresolved partner = %+v", l.Agreements[1].Parties[0])
	}
}

// TestReadJSONBOM reads a register saved by a Windows editor, with a
// UTF-8 byte order mark: it loads, and positions stay those of the file.
func TestReadJSONBOM(t *testing.T) {
	l, err := ReadJSON(strings.NewReader("\ufeff[{\"id\": \"a\"},\n {\"id\": \"a\"}]"), ReadOptions{File: "x.json"})
	if err != nil {
		t.Fatal(err)
	}
	var rejected []string
	for _, e := range l.Rejected {
		rejected = append(rejected, fmt.Sprintf("%d:%d", e.Line, e.Column))
	}
	if diff := cmp.Diff([]string{"2:2"}, rejected); len(l.Agreements) != 1 || diff != "" {
		t.Errorf("%d loaded; rejected at (-want +got):\n%s", len(l.Agreements), diff)
	}
}
