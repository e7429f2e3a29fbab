package agreement

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	"github.com/kerjasama/kerjasama/date"
)

// TestRegisterHeaders checks the headers real registers use (issue 15):
// what each is read as.
func TestRegisterHeaders(t *testing.T) {
	type info struct {
		Col   column
		Unit  string
		Round bool
	}
	for _, tc := range []struct {
		header string
		want   info
	}{
		{"Nama Instansi", info{Col: colPartner}},
		{"Instansi", info{Col: colPartner}},
		{"Kota Mitra", info{Col: colPartner}},
		{"nama_lembaga_mitra", info{Col: colPartner}},
		{"lembaga_mitra", info{Col: colPartner}},
		{"Mitra Kerja Sama", info{Col: colPartner}},
		{"Mulai", info{Col: colStart}},
		{"Tanggal Mulai", info{Col: colStart}},
		{"Tgl. Mulai", info{Col: colStart}},
		{"Periode Awal", info{Col: colStart}},
		{"Berakhir", info{Col: colTermEnd}},
		{"Tanggal Berakhir", info{Col: colTermEnd}},
		{"Periode Akhir", info{Col: colTermEnd}},
		{"tanggal_akhir_kerja_sama", info{Col: colTermEnd}},
		{"tanggal_akhir", info{Col: colTermEnd}},
		{"tanggal_kerja_sama", info{Col: colSigned}},
		{"durasi_kerja_sama", info{Col: colDuration}},
		{"durasi", info{Col: colDuration}},
		{"Durasi (Tahun)", info{Col: colDuration, Unit: "tahun"}},
		{"durasi_tahun", info{Col: colDuration, Unit: "tahun"}},
		{"Lama (Bulan)", info{Col: colDuration, Unit: "bulan"}},
		{"Kategori Kerjasama", info{Col: colCategory}},
		{"kategori_moa", info{Col: colCategory}},
		{"Jenis Kerja Sama", info{Col: colType}},
		{"Jenis Kegiatan", info{Col: colScope}},
		{"Ruang Lingkup", info{Col: colSectors}},
		{"Manfaat yang Telah Diperoleh", info{Col: colActivity}},
		{"Realisasi", info{Col: colActivity}},
		{"Kegiatan", info{Col: colActivity}},
		{"Tanggal Kegiatan", info{Col: colActivityDate}},
		{"periode", info{Col: colTerm, Round: true}},
		{"Periode (Tahun)", info{Col: colTerm, Unit: "tahun"}},
		{"Jangka Waktu", info{Col: colTerm}},
		{"Nomor Naskah", info{Col: colID}},
	} {
		h := matchHeader(tc.header)
		got := info{Col: h.col, Unit: h.unit, Round: h.round}
		if diff := cmp.Diff(tc.want, got, cmp.AllowUnexported(info{})); diff != "" {
			t.Errorf("matchHeader(%q) mismatch (-want +got):\n%s", tc.header, diff)
		}
	}
}

// regRow is what TestRegisterRows compares of one agreement.
type regRow struct {
	Partner, Country, Region string
	Type, Kind               string
	Sectors                  []string
	Signed, Term, Status     string
	Phase                    int
	Activities               []string // "date: description"
	Warnings                 int
	Rejected                 string // the error of a rejected row
}

// TestRegisterRows reads one-row registers with the columns of real ones.
func TestRegisterRows(t *testing.T) {
	on := date.Date{Year: 2026, Month: 12, Day: 3}
	for _, tc := range []struct {
		name, csv string
		want      regRow
	}{
		{"Fujian is the Chinese province, not a Lampung district",
			"No,Judul,Mitra,Negara\n1,Sister province Jawa Timur - Fujian,Fujian,Tiongkok\n",
			regRow{Partner: "Fujian", Country: "CN", Region: "CN-FJ", Status: "draft"}},
		{"a university is a named party, quietly",
			"No,Nama Instansi,Mulai,Berakhir\n1,\"University of Zagreb, Croatia\",2014,2017\n",
			regRow{Partner: "University of Zagreb, Croatia", Country: "HR", Term: "2014/2017", Status: "expired"}},
		{"a company, a Dinas, a school, an embassy",
			"No,Mitra\n1,PT Bank Sumut; Dinas Pendidikan Kota Depok; SMA Negeri 12 Tangerang Selatan; Embassy of India Jakarta\n",
			regRow{Partner: "Embassy of India Jakarta", Country: "IN", Status: "draft"}},
		{"a partner that looks like a region and is not found still warns",
			"No,Kota Mitra\n1,Kota Xyzqwabad\n",
			regRow{Partner: "Kota Xyzqwabad", Status: "draft", Warnings: 1}},
		{"start column and a stated duration",
			"No,Mitra,Tanggal Mulai,Jangka Waktu\n1,Fujian,2020-03-01,5 (lima) tahun\n",
			regRow{Partner: "Fujian", Country: "CN", Region: "CN-FJ", Term: "2020-03-01/P5Y", Status: "expired"}},
		{"start and end columns past: expired, not a draft",
			"No,Mitra,Periode Awal,Periode Akhir,Status\n1,Fujian,1 Januari 2019,31 Desember 2023,\n",
			regRow{Partner: "Fujian", Country: "CN", Region: "CN-FJ", Term: "2019/2023", Status: "expired"}},
		{"only the end, past: expired, not a draft",
			"No,Mitra,Berakhir\n1,Fujian,2017\n",
			regRow{Partner: "Fujian", Country: "CN", Region: "CN-FJ", Term: "../2017-12-31", Status: "expired"}},
		{"only the end, to come: still a draft",
			"No,Mitra,Berakhir\n1,Fujian,2030\n",
			regRow{Partner: "Fujian", Country: "CN", Region: "CN-FJ", Term: "../2030-12-31", Status: "draft"}},
		{"start column in force on the day",
			"No,Mitra,Mulai,Berakhir\n1,Fujian,2025,2027\n",
			regRow{Partner: "Fujian", Country: "CN", Region: "CN-FJ", Term: "2025/2027", Status: "active"}},
		{"periode as a round, the duration with its unit in the header",
			"No,Mitra,periode,tanggal_kerja_sama,durasi (tahun)\n1,Fujian,2,2024-01-10,3\n",
			regRow{Partner: "Fujian", Country: "CN", Region: "CN-FJ", Signed: "2024-01-10", Term: "P3Y", Status: "expiring-soon", Phase: 2}},
		{"periode as a term",
			"No,Mitra,Periode,Tanggal\n1,Fujian,5 tahun,2024-01-10\n",
			regRow{Partner: "Fujian", Country: "CN", Region: "CN-FJ", Signed: "2024-01-10", Term: "P5Y", Status: "active"}},
		{"a bare duration the dates confirm",
			"No,Mitra,tanggal_kerja_sama,durasi_kerja_sama,tanggal_akhir_kerja_sama\n1,Fujian,2022-11-11,1,2023-11-11\n",
			regRow{Partner: "Fujian", Country: "CN", Region: "CN-FJ", Signed: "2022-11-11", Term: "../2023-11-11", Status: "expired"}},
		{"a bare duration without unit or dates is refused",
			"No,Mitra,tanggal_kerja_sama,durasi_kerja_sama\n1,Fujian,2022-11-11,1\n",
			regRow{Rejected: `2:21: durasi_kerja_sama: syntax error: "1" has no unit`}},
		{"a bare duration the dates contradict is refused",
			"No,Mitra,Mulai,Durasi,Berakhir\n1,Fujian,2022-11-11,4,2023-11-11\n",
			regRow{Rejected: `2:21: Durasi: syntax error: "4" has no unit`}},
		{"an end column before the start column is refused, not kept as a term no one can write",
			"No,Mitra,Mulai,Berakhir\n1,Fujian,2019,2014\n",
			regRow{Rejected: "2:15: Berakhir: term ends before it starts: 2019-01-01 to 2014-12-31"}},
		{"category: a type",
			"No,Mitra,Kategori Kerjasama\n1,PT Angkasa Pura,KSDPK\n",
			regRow{Partner: "PT Angkasa Pura", Type: "ksdpk", Status: "draft"}},
		{"category: KSDLL_PENERUSAN",
			"No,Mitra,Kategori Kerjasama\n1,Fujian,KSDLL_PENERUSAN\n",
			regRow{Partner: "Fujian", Country: "CN", Region: "CN-FJ", Type: "ksdll", Status: "draft"}},
		{"category: a kind of document",
			"No,Mitra,Kategori\n1,Kementerian Dalam Negeri,NK/RK\n",
			regRow{Partner: "Kementerian Dalam Negeri", Kind: "note-of-agreement", Status: "draft"}},
		{"category: PERTEK",
			"No,Mitra,Kategori\n1,Kementerian Dalam Negeri,PERTEK\n",
			regRow{Partner: "Kementerian Dalam Negeri", Kind: "arrangement", Status: "draft"}},
		{"category: sectors (kategori_moa)",
			"No,lembaga_mitra,kategori_moa\n1,Universitas Tanjungpura,Penelitian\n",
			regRow{Partner: "Universitas Tanjungpura", Sectors: []string{"science-technology"}, Status: "draft"}},
		{"category not recognised: warned, kept",
			"No,Mitra,Kategori\n1,Fujian,Zzyzx\n",
			regRow{Partner: "Fujian", Country: "CN", Region: "CN-FJ", Status: "draft", Warnings: 1}},
		{"Jenis Kegiatan: sectors named exactly, the rest kept quietly",
			"No,Mitra,Jenis Kegiatan\n1,Fujian,Penguatan kelembagaan tenaga pendidik dan riset bersama\n",
			regRow{Partner: "Fujian", Country: "CN", Region: "CN-FJ", Sectors: []string{"science-technology"}, Status: "draft"}},
		{"an activity column without a date: evidence, no date",
			"No,Mitra,Mulai,Berakhir,Manfaat yang Telah Diperoleh\n1,Fujian,2015,2018,Pertukaran dosen\n",
			regRow{Partner: "Fujian", Country: "CN", Region: "CN-FJ", Term: "2015/2018", Status: "expired", Activities: []string{": Pertukaran dosen"}}},
		// An activity does not sign an agreement: with no signing date,
		// start or signing event the record stays a draft, as before.
		{"an activity column with its date",
			"No,Mitra,Realisasi,Tanggal Kegiatan\n1,Fujian,Pameran dagang,Maret 2016\n",
			regRow{Partner: "Fujian", Country: "CN", Region: "CN-FJ", Status: "draft", Activities: []string{"2016-03: Pameran dagang"}}},
		{"city planning is spatial planning, not disaster management",
			"No,Mitra,Bidang\n1,Fujian,Perencanaan Kota\n",
			regRow{Partner: "Fujian", Country: "CN", Region: "CN-FJ", Sectors: []string{"spatial-planning"}, Status: "draft"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l, err := ReadCSV(strings.NewReader(tc.csv), ReadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if l.Rows != len(l.Agreements)+len(l.Rejected) {
				t.Errorf("rows %d != %d + %d", l.Rows, len(l.Agreements), len(l.Rejected))
			}
			var got regRow
			got.Warnings = len(l.Warnings)
			for _, a := range l.Agreements {
				for _, p := range a.Parties {
					if p.Role == RolePartner {
						got.Partner, got.Country, got.Region = p.Name, p.CountryCode(), p.Region.Code
					}
				}
				got.Type, got.Kind = a.Type.String(), a.Kind.String()
				for _, s := range a.Sectors {
					got.Sectors = append(got.Sectors, s.String())
				}
				got.Signed, got.Term, got.Status, got.Phase = a.Signed.String(), a.Term.String(), a.StatusOn(on).String(), a.Phase
				for _, act := range a.Activities {
					got.Activities = append(got.Activities, act.Date.String()+": "+act.Description)
				}
			}
			for _, r := range l.Rejected {
				got.Rejected = r.Error()
				if i := strings.Index(got.Rejected, " has no unit"); i >= 0 {
					got.Rejected = got.Rejected[:i+len(" has no unit")] // the rest is advice
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("ReadCSV(%q) mismatch (-want +got):\n%s\nwarnings: %v", tc.csv, diff, l.Warnings)
			}
		})
	}
}

// TestRealSectorPhrases checks the sector phrases of real registers that
// were not read (FINDINGS of issue 15) and that "perencanaan" (planning)
// is a word, never a misspelling of "kebencanaan" (disasters).
func TestRealSectorPhrases(t *testing.T) {
	for _, tc := range []struct {
		in      string
		want    []Sector
		unknown []string
	}{
		{"Perencanaan Kota", []Sector{SectorSpatialPlanning}, nil},
		{"perencanaan wilayah dan kota", []Sector{SectorSpatialPlanning}, nil},
		{"pembangunan perkotaan dan daerah", []Sector{SectorUrbanAffairs, SectorSpatialPlanning}, nil},
		{"infrastruktur jalan dan transportasi", []Sector{SectorPublicWorks, SectorTransport}, nil},
		{"pengembangan ekonomi berbasis masyarakat", []Sector{SectorEconomy, SectorCommunityEmpowerment}, nil},
		{"Perencanaan", nil, []string{"Perencanaan"}},
		{"perencanaan, kebencanaan", []Sector{SectorDisasterManagement}, []string{"perencanaan"}},
		{"Kebencanan", []Sector{SectorDisasterManagement}, nil}, // a real misspelling still reads
	} {
		got, err := ParseSectors(tc.in, language.Indonesian)
		var unknown []string
		var se *SectorError
		if errors.As(err, &se) {
			unknown = se.Texts()
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("ParseSectors(%q) mismatch (-want +got):\n%s", tc.in, diff)
		}
		if diff := cmp.Diff(tc.unknown, unknown); diff != "" {
			t.Errorf("ParseSectors(%q) unknown mismatch (-want +got):\n%s", tc.in, diff)
		}
	}
}

// TestProblemMessage checks problems in the three languages, at the line
// of their agreement.
func TestProblemMessage(t *testing.T) {
	in := "No,Mitra\n1,Fujian\n\n2,Queensland\n"
	l, err := ReadCSV(strings.NewReader(in), ReadOptions{File: "r.csv"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range Problems(l.Register().Validate()) {
		for _, tag := range []language.Tag{language.Indonesian, language.Malay, language.English} {
			got = append(got, fmt.Sprintf("%d %s", l.Line(p.ID), p.Message(tag)))
		}
	}
	want := []string{
		"2 kerja sama 1: pihak: tidak ada pihak Indonesia (sebutkan dalam kolom Daerah, atau berikan daerah kantor sendiri)",
		"2 kerjasama 1: pihak: tiada pihak Indonesia (nyatakan dalam lajur Daerah, atau berikan daerah pejabat sendiri)",
		"2 agreement 1: parties: no Indonesian party (name it in a Daerah column, or give the office's own region)",
		"4 kerja sama 2: pihak: tidak ada pihak Indonesia (sebutkan dalam kolom Daerah, atau berikan daerah kantor sendiri)",
		"4 kerjasama 2: pihak: tiada pihak Indonesia (nyatakan dalam lajur Daerah, atau berikan daerah pejabat sendiri)",
		"4 agreement 2: parties: no Indonesian party (name it in a Daerah column, or give the office's own region)",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Problem.Message mismatch (-want +got):\n%s", diff)
	}
	// With the region told, there is none.
	l, err = ReadCSV(strings.NewReader(in), ReadOptions{Region: "Jawa Timur"})
	if err != nil {
		t.Fatal(err)
	}
	if ps := Problems(l.Register().Validate()); len(ps) != 0 {
		t.Errorf("with the region: %v", ps)
	}
	// A JSON register takes the told region too, where it has none.
	jr, err := ReadJSON(strings.NewReader(`[{"id": "a", "parties": [{"role": "partner", "name": "Fujian"}]},
 {"id": "b", "parties": [{"role": "region", "region": "35"}]}]`), ReadOptions{Region: "Banten"})
	if err != nil {
		t.Fatal(err)
	}
	var regions []string
	for _, a := range jr.Agreements {
		regions = append(regions, a.Parties[0].Region.Code)
	}
	if diff := cmp.Diff([]string{"36", "35"}, regions); diff != "" {
		t.Errorf("ReadJSON with Region mismatch (-want +got):\n%s", diff)
	}
	// JSON elements have their lines too.
	j := "[\n{\"id\": \"a\"},\n\n  {\"id\": \"b\"}\n]"
	jl, err := ReadJSON(strings.NewReader(j), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]int{2, 4, 0}, []int{jl.Line("a"), jl.Line("b"), jl.Line("c")}); diff != "" {
		t.Errorf("Load.Line mismatch (-want +got):\n%s", diff)
	}
	// Fields with an index keep it; errors that are no sentinel keep their text.
	p := &Problem{ID: "x", Field: "funding[1]", Err: ErrNegativeAmount, Detail: "IDR -5.00"}
	if got, want := p.Message(language.Indonesian), "kerja sama x: pendanaan[1]: jumlah negatif (IDR -5.00)"; got != want {
		t.Errorf("Message = %q, want %q", got, want)
	}
	p = &Problem{ID: "x", Field: "other", Err: errors.New("odd")}
	if got, want := p.Message(language.Malay), "kerjasama x: other: odd"; got != want {
		t.Errorf("Message = %q, want %q", got, want)
	}
}

// TestAddActivities reads a file of activities against a register.
func TestAddActivities(t *testing.T) {
	reg := "No,Judul,Mitra\n1,Sister province Jawa Timur - Fujian,Fujian\n2,Kerja sama Queensland,Queensland\n3,Kerja sama Queensland,Queensland\n"
	acts := "Kerja Sama,Tanggal,Kegiatan,Nilai\n" +
		"1,Maret 2016,Pameran dagang,sekitar Rp18 miliar\n" +
		"Sister Province Jawa Timur - FUJIAN,,Kunjungan delegasi,\n" +
		"9,2017,Pertemuan,\n" +
		"Kerja sama Queensland,2018,Pertemuan,\n" +
		"2,31 Februari 2019,Pertemuan,\n" +
		"2,2019-05-01,,\n"
	l, err := ReadCSV(strings.NewReader(reg), ReadOptions{Region: "Jawa Timur"})
	if err != nil {
		t.Fatal(err)
	}
	n, err := l.AddActivities(strings.NewReader(acts), ReadOptions{File: "kegiatan.csv"})
	if n != 3 {
		t.Errorf("AddActivities added %d, want 3", n)
	}
	var gotErrs []string
	for _, e := range joined(err) {
		var re *RowError
		if !errors.As(e, &re) {
			t.Fatalf("error %v is not a *RowError", e)
		}
		gotErrs = append(gotErrs, fmt.Sprintf("%d:%d %s %v", re.Line, re.Column, re.Field, errors.Is(e, ErrUnknown)))
	}
	wantErrs := []string{"4:1 Kerja Sama true", "5:1 Kerja Sama true", "6:3 Tanggal false"}
	if diff := cmp.Diff(wantErrs, gotErrs); diff != "" {
		t.Errorf("AddActivities errors mismatch (-want +got):\n%s\n%v", diff, err)
	}
	type act struct {
		ID, Date, Text, Value string
		Approx                bool
	}
	var got []act
	for _, a := range l.Agreements {
		for _, x := range a.Activities {
			v := ""
			if x.Value.Sign() != 0 {
				v = x.Value.String()
			}
			got = append(got, act{a.ID, x.Date.String(), x.Description, v, x.Approximate})
		}
	}
	want := []act{
		{"1", "2016-03", "Pameran dagang", "IDR 18000000000", true},
		{"1", "", "Kunjungan delegasi", "", false},
		{"2", "2019-05-01", "", "", false},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("activities mismatch (-want +got):\n%s", diff)
	}
	if _, err := l.AddActivities(strings.NewReader("Foo,Bar\n1,2\n"), ReadOptions{}); err == nil {
		t.Error("AddActivities without the columns: no error")
	}
}

// joined returns the errors joined in err, or err alone.
func joined(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// TestTwoRowHeader reads a register as a clerk exports it from the
// university's HTML table (irsanmansyur/akreditasi): a header of two rows
// ("Kurun Waktu Kerjasama" over "Mulai" and "Berakhir") and a row
// numbering the columns. Neither is a record.
func TestTwoRowHeader(t *testing.T) {
	for _, tc := range []struct{ name, csv string }{
		{"group header, empty cell", "No,Nama Instansi,Jenis Kegiatan,Kurun Waktu Kerjasama,,Manfaat yang Telah Diperoleh\n" +
			",,,Mulai,Berakhir,\n(1),(2),(3),(4),(5),(6)\n" +
			"1,Universitas Kebangsaan Malaysia,Research collaboration,2009,2017,Terbuka peluang untuk riset bersama dan studi lanjut\n"},
		{"header repeated in both rows", "No,Nama Instansi,Jenis Kegiatan,Kurun Waktu Kerjasama,Kurun Waktu Kerjasama,Manfaat yang Telah Diperoleh\n" +
			",,,Mulai,Berakhir,\n" +
			"1,Universitas Kebangsaan Malaysia,Research collaboration,2009,2017,Terbuka peluang untuk riset bersama dan studi lanjut\n"},
		{"numbering without brackets", "No,Nama Instansi,Jenis Kegiatan,Mulai,Berakhir,Manfaat yang Telah Diperoleh\n1,2,3,4,5,6\n" +
			"1,Universitas Kebangsaan Malaysia,Research collaboration,2009,2017,Terbuka peluang untuk riset bersama dan studi lanjut\n"},
	} {
		l, err := ReadCSV(strings.NewReader(tc.csv), ReadOptions{Region: "Banten"})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, a := range l.Agreements {
			got = append(got, fmt.Sprintf("%s %s %s %d", a.ID, a.Parties[1].Name, a.Term, len(a.Activities)))
		}
		want := []string{"1 Universitas Kebangsaan Malaysia 2009/2017 1"}
		if diff := cmp.Diff(want, got); diff != "" || l.Rows != 1 || len(l.Warnings) != 0 || len(l.Rejected) != 0 {
			t.Errorf("%s: mismatch (-want +got):\n%s\nrows %d, warnings %v, rejected %v", tc.name, diff, l.Rows, l.Warnings, l.Rejected)
		}
	}
	// A first record that only looks like numbers is a record when it
	// does not number every column in order.
	l, err := ReadCSV(strings.NewReader("No,Mitra,Tanggal\n1,3,2\n"), ReadOptions{})
	if err != nil || l.Rows != 1 {
		t.Errorf("1,3,2 under three columns: %v, %d rows", err, l.Rows)
	}
}

// TestInstitutionPartners checks which partners are kept as institutions
// and which are looked up as regions.
func TestInstitutionPartners(t *testing.T) {
	type party struct {
		Name, Country, Region string
		Warned                bool
	}
	var names []string
	want := []party{
		{"Universitas Kebangsaan Malaysia", "MY", "", false},
		{"University of Nyala, Sudan", "SD", "", false},
		{"Rhine-Waal University of Applied Sciences-Germany", "DE", "", false},
		{"PT Bank Sumut", "", "", false},
		{"Dinas Pariwisata Provinsi Bali", "", "", false},
		{"Kementerian Luar Negeri", "", "", false},
		{"Embassy of India Jakarta", "IN", "", false},
		{"Konsulat Jenderal Jepang di Surabaya", "JP", "", false},
		{"THE PUBLIC AFFAIRS SECTION OF THE U.S. EMBASSYJAKARTA", "US", "", false},
		{"SMA Negeri 12 Tangerang Selatan", "", "", false},
		{"Institut Teknologi Bandung", "", "", false},
		{"Bank Indonesia", "ID", "", false}, // the country from the end of the name
		{"Sungkyunkwan University, Korea", "KR", "", false},
		{"Jakarta Pusat", "ID", "31.71", false}, // "pusat" is a word of institutions, but this is a city
		{"Pemerintah Kota Depok", "ID", "32.76", false},
		{"Fujian", "CN", "CN-FJ", false},
		{"Kabupaten Tidakada", "", "", true}, // looks like a region, is none: warned
	}
	for _, p := range want {
		names = append(names, p.Name)
	}
	in := "No,Mitra\n1,\"" + strings.Join(names, "; ") + "\"\n"
	l, err := ReadCSV(strings.NewReader(in), ReadOptions{Region: "Banten"})
	if err != nil || len(l.Agreements) != 1 {
		t.Fatalf("ReadCSV: %v %v", err, l.Rejected)
	}
	warned := map[string]bool{}
	for _, w := range l.Warnings {
		for _, n := range names {
			if strings.Contains(w.Error(), `"`+n+`"`) {
				warned[n] = true
			}
		}
	}
	var got []party
	for _, p := range l.Agreements[0].Parties[1:] {
		got = append(got, party{p.Name, p.CountryCode(), p.Region.Code, warned[p.Name]})
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("partners mismatch (-want +got):\n%s\nwarnings: %v", diff, l.Warnings)
	}
}
