package agreement

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

// realDocuments are kinds of document as real registers, cooperation
// offices and the documents themselves write them, with the Document
// ParseDocument must give. Kind zero means the text must be reported as
// unknown (kept as the name, never guessed).
var realDocuments = []struct {
	in   string
	want Document
	src  string
}{
	{"Nota Kesepakatan", Document{Kind: KindNoteOfAgreement}, "brief; Kemendagri register columns"},
	{"Kesepakatan Bersama (KB)", Document{Kind: KindJointAgreement}, "Permendagri 22/2020 register"},
	{"Perjanjian Kerja Sama (PKS)", Document{Kind: KindCooperationAgreement}, "Permendagri 22/2020 register"},
	{"Memorandum of Understanding", Document{Kind: KindMoU}, "kerjasama.bandung.go.id (fasilitasi naskah KSDPL)"},
	{"Memorandum Saling Pengertian", Document{Kind: KindMoU}, "text-id.123dok.com (Surakarta–Montana)"},
	{"NOTA SALING PENGERTIAN", Document{Kind: KindMoU}, "fdokumen.com (MoU Kota Pontianak–Udon Thani)"},
	{"Surat Pernyataan Kehendak", Document{Kind: KindLetterOfIntent}, "Permenlu 09/A/KP/XII/2006/01 guide"},
	{"Letter of Intent (LoI)", Document{Kind: KindLetterOfIntent}, "ksln.co.id (Bandung sister cities)"},
	{"Record of Discussion", Document{Kind: KindRecordOfDiscussion}, "Kemlu guide to regions' foreign cooperation"},
	{"Record of Discussion (RoD)", Document{Kind: KindRecordOfDiscussion}, "Kemlu guide"},
	{"Minutes of Meeting", Document{Kind: KindRecordOfDiscussion}, "registers of sister-city meetings"},
	{"Addendum", Document{Kind: KindAddendum}, "brief"},
	{"Adendum PKS", Document{Kind: KindAddendum, Series: KindCooperationAgreement}, "registers"},
	{"Addendum I terhadap Perjanjian Kerja Sama", Document{Kind: KindAddendum, Series: KindCooperationAgreement, Phase: 1}, "registers"},
	{"Amandemen Kedua", Document{Kind: KindAddendum, Phase: 2}, "registers"},
	{"Nota Kesepahaman", Document{Kind: KindMoU}, "nusakini.com (Kemendagri–IDBC, 2018)"},
	{"MoU Sister City", Document{Kind: KindMoU, Name: "Sister City", Type: KSDPLSisterCity}, "123dok.com (Jayapura–Vanimo)"},
	{"Memorandum of Understanding Sister Province", Document{Kind: KindMoU, Name: "Sister Province", Type: KSDPLSisterProvince}, "legalroom.co.id"},
	{"Nota Kesepahaman tentang Kerja Sama Kota Kembar", Document{Kind: KindMoU, Name: "Kerja Sama Kota Kembar", Type: KSDPLSisterCity}, "fdokumen.com (Kerjasama Kota Kembar)"},
	{"LoI Sister Province", Document{Kind: KindLetterOfIntent, Name: "Sister Province", Type: KSDPLSisterProvince}, "lib.lemhannas.go.id"},
	{"Surat Minat", Document{Kind: KindLetterOfIntent}, "fdokumen.com: \"surat minat yang ditanda tangani\""},
	{"Rencana Kerja Sama (RKS)", Document{Kind: KindPlanOfAction}, "ksln.co.id"},
	{"Plan of Action", Document{Kind: KindPlanOfAction}, "ksln.co.id"},
	{"Action plan/rencana kerja", Document{Kind: KindPlanOfAction}, "kerjasama.bandung.go.id"},
	{"Perjanjian Kerja Sama Tahap II", Document{Kind: KindCooperationAgreement, Phase: 2}, "registers"},
	{"MOU Friendship Coopertion (Loi Tahap III)", Document{Kind: KindMoU, Series: KindLetterOfIntent, Phase: 3, Name: "Friendship Cooperation", Type: KSDPLOther}, "seed 001 (misspelt as written)"},
	{"Memorandum of Agreement (MoA)", Document{Kind: KindCooperationAgreement}, "registers"},
	{"Nota Kesepakatan Bersama", Document{Kind: KindNoteOfAgreement}, "registers"},
	{"Pernyataan Kehendak (LoI)", Document{Kind: KindLetterOfIntent}, "PP 28/2018 wording"},
	{"Implementing Arrangement", Document{Kind: KindArrangement}, "Kemlu guide"},
	{"Joint Statement", Document{Kind: KindJointStatement}, "Kemlu guide"},
	{"Surat Pernyataan Bersama", Document{Kind: KindJointStatement}, "registers"},
	{"Memorandum Persefahaman", Document{Kind: KindMoU}, "Malaysian state registers"},
	{"Kesepakatan Bersama Antar Daerah", Document{Kind: KindJointAgreement, Name: "Antar Daerah"}, "KSDD registers"},
	{"Naskah Hubungan Kerjasama", Document{Name: "Naskah Hubungan Kerjasama"}, "123dok.com (Medan): a generic name, reported"},
	{"Term of Reference", Document{Name: "Term of Reference"}, "ksln.co.id: a preparatory paper, not an agreement; reported"},
	{"Kerangka Acuan Kerja", Document{Name: "Kerangka Acuan Kerja"}, "kerjasama.bandung.go.id: reported"},
}

func TestRealDocuments(t *testing.T) {
	for _, tt := range realDocuments {
		got, err := ParseDocument(tt.in, language.Indonesian)
		if tt.want.Kind == 0 {
			if !errors.Is(err, ErrUnknown) {
				t.Errorf("ParseDocument(%q) error = %v, want ErrUnknown [%s]", tt.in, err, tt.src)
			}
		} else if err != nil {
			t.Errorf("ParseDocument(%q) error = %v [%s]", tt.in, err, tt.src)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ParseDocument(%q) mismatch (-want +got) [%s]:\n%s", tt.in, tt.src, diff)
		}
	}
}

// realSectors are lists of fields (bidang, ruang lingkup) as cooperation
// documents and news write them: with "dan", "serta", "/", bullets,
// numbering, "dll", "dsb" and the catch-all "bidang-bidang lain yang
// disetujui kedua belah pihak". unknown lists what must be reported.
var realSectors = []struct {
	in      string
	want    []Sector
	unknown []string
	src     string
}{
	{"Ekonomi, perdagangan, investasi, industri, dan pariwisata", []Sector{SectorEconomy, SectorTrade, SectorInvestment, SectorIndustry, SectorTourism}, nil, "SE Mendagri 193/1652/PUOD (1993) via newsmeter.id / Tempo"},
	{"Ilmu pengetahuan, teknologi, dan administrasi", []Sector{SectorScienceTechnology, SectorGovernance}, nil, "SE Mendagri 193/1652/PUOD"},
	{"Pendidikan, kebudayaan, kesejahteraan sosial, pemuda dan olahraga", []Sector{SectorEducation, SectorCulture, SectorSocialWelfare, SectorYouth, SectorSport}, nil, "SE Mendagri 193/1652/PUOD"},
	{"Bidang-bidang lain yang disetujui kedua belah pihak.", nil, nil, "SE Mendagri 193/1652/PUOD: the catch-all"},
	{"bidang-bidang lainnya yang disepakati", nil, nil, "brief"},
	{"1) Ekonomi dan Perdagangan; 2) Budaya dan Pariwisata; 3) Pendidikan;", []Sector{SectorEconomy, SectorTrade, SectorCulture, SectorTourism, SectorEducation}, nil, "fdokumen.com (MoU Pontianak–Udon Thani, Pasal 1)"},
	{"perbatasan, ekonomi, dan sosial budaya", []Sector{SectorBorderManagement, SectorEconomy, SectorSocial, SectorCulture}, nil, "kalimantantoday.com 2025"},
	{"ekonomi dan konektivitas", []Sector{SectorEconomy, SectorTransport}, nil, "selalukabar.com (ANTARA) 2025"},
	{"perdagangan lintas batas, investasi, dan pertukaran budaya", []Sector{SectorTrade, SectorInvestment, SectorCulture}, nil, "amperanews.com 2025 (cross-border trade is trade; not \"linmas\")"},
	{"kerja sama lintas batas", []Sector{SectorBorderManagement}, nil, "registers"},
	{"ekonomi, pendidikan, kesehatan dan lain sebagainya", []Sector{SectorEconomy, SectorEducation, SectorHealth}, nil, "kalbar.antaranews.com"},
	{"pariwisata, budaya, olahraga, dan pertukaran pemuda", []Sector{SectorTourism, SectorCulture, SectorSport, SectorYouth}, nil, "pontianakinformasi.co.id 2024"},
	{"Bidang Sosial dan Kebudayaan, Bidang Ekonomi, Perdagangan dan Perhubungan, serta Bidang Keamanan dan Pengelolaan Perbatasan", []Sector{SectorSocial, SectorCulture, SectorEconomy, SectorTrade, SectorTransport, SectorSecurity, SectorBorderManagement}, nil, "nusantarainfo.com (39th session)"},
	{"ekonomi, sosial, budaya, lingkungan hidup, pertahanan, dan keamanan", []Sector{SectorEconomy, SectorSocial, SectorCulture, SectorEnvironment, SectorSecurity}, nil, "kompasiana.com (PP 28/2018)"},
	{"pertukaran informasi, pertukaran sumber daya manusia, dan pengembangan produk unggulan", []Sector{SectorHumanResources}, []string{"informasi", "produk unggulan"}, "kompasiana.com: forms of cooperation, partly no field"},
	{"Pariwisata / Kebudayaan / Pendidikan", []Sector{SectorTourism, SectorCulture, SectorEducation}, nil, "registers"},
	{"• Ekonomi\n• Pendidikan\n• Kesehatan", []Sector{SectorEconomy, SectorEducation, SectorHealth}, nil, "registers (bullets)"},
	{"Pendidikan, Kesehatan, dll", []Sector{SectorEducation, SectorHealth}, nil, "registers"},
	{"Perdagangan, Investasi dsb.", []Sector{SectorTrade, SectorInvestment}, nil, "registers"},
	{"penanganan penyakit menular", []Sector{SectorHealth}, nil, "pontianakinformasi.co.id (rabies, malaria …)"},
	{"Penyelenggaraan Perparkiran", []Sector{SectorTransport}, nil, "Perbup Sidoarjo 53/2020 (scribd.com)"},
	{"Bidang Sosial dan Budaya, Bidang Ekonomi, Perdagangan dan Perhubungan dan Bidang Keselamatan / Keamanan dan Pengurusan Sempadan / Perbatasan", []Sector{SectorSocial, SectorCulture, SectorEconomy, SectorTrade, SectorTransport, SectorSecurity, SectorBorderManagement}, nil, "melaka.gov.my (Malay)"},
	{"kuliner, pariwisata, investasi", []Sector{SectorTourism, SectorInvestment}, []string{"kuliner"}, "penakalbar.com: culinary is not a field of the list; reported"},
	{"Ekonomi & Perdagangan", []Sector{SectorEconomy, SectorTrade}, nil, "registers"},
	{"Pendidikan\u00a0dan\u202fKebudayaan", []Sector{SectorEducation, SectorCulture}, nil, "registers (no-break spaces)"},
}

func TestRealSectors(t *testing.T) {
	for _, tt := range realSectors {
		got, err := ParseSectors(tt.in, language.Indonesian)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ParseSectors(%q) mismatch (-want +got) [%s]:\n%s", tt.in, tt.src, diff)
		}
		var unknown []string
		var se *SectorError
		if errors.As(err, &se) {
			unknown = se.Texts()
		} else if err != nil {
			t.Errorf("ParseSectors(%q) error = %v", tt.in, err)
		}
		if diff := cmp.Diff(tt.unknown, unknown); diff != "" {
			t.Errorf("ParseSectors(%q) unknown mismatch (-want +got) [%s]:\n%s", tt.in, tt.src, diff)
		}
	}
}

// TestRealHeaders reads headers as real inventory spreadsheets write
// them. col is the column each must give; "" means none (kept in Notes
// and reported).
func TestRealHeaders(t *testing.T) {
	tests := []struct {
		in   string
		want headerInfo
	}{
		{"NO.", headerInfo{col: colNo}},
		{"No Urut", headerInfo{col: colNo}},
		{"Judul Kerja Sama", headerInfo{col: colTitle}},
		{"Judul Naskah Kerja Sama", headerInfo{col: colTitle}},
		{"Nama Mitra", headerInfo{col: colPartner}},
		{"Nama Mitra Kerja Sama", headerInfo{col: colPartner}},
		{"Instansi Mitra", headerInfo{col: colPartner}},
		{"Tgl. Penandatanganan", headerInfo{col: colSigned}},
		{"Tanggal Penanda Tanganan", headerInfo{col: colSigned}},
		{"TANGGAL PENANDATANGANAN NASKAH", headerInfo{col: colSigned}},
		{"Tgl TTD", headerInfo{col: colSigned}},
		{"Tangal Penandatangan", headerInfo{col: colSigned}}, // misspelt twice
		{"Masa Berlaku", headerInfo{col: colTerm}},
		{"Jangka Waktu (Tahun)", headerInfo{col: colTerm, unit: "tahun"}},
		{"Jangka Waktu (bln)", headerInfo{col: colTerm, unit: "bulan"}},
		{"Ruang Lingkup", headerInfo{col: colSectors}},
		{"Ruang Lingkup Kerja Sama", headerInfo{col: colSectors}},
		{"Objek Kerja Sama", headerInfo{col: colSectors}},
		{"Keterangan/Status", headerInfo{col: colStatus, statusNotes: true}},
		{"Status / Keterangan", headerInfo{col: colStatus, statusNotes: true}},
		{"Mitra/Negara", headerInfo{col: colPartner}},
		{"Jenis Naskah Kerja Sama", headerInfo{col: colDocument}},
		{"Bentuk Dokumen", headerInfo{col: colDocument}},
		{"No. Naskah", headerInfo{col: colID}},
		{"Nomor Naskah", headerInfo{col: colID}},
		{"Nilai (Juta Rupiah)", headerInfo{col: colFunding, prefix: "Rp", scale: "juta"}},
		{"Anggaran (Rp)", headerInfo{col: colFunding, prefix: "Rp"}},
		{"Negara Asal", headerInfo{col: colCountry}},
		{"Bidang/Urusan", headerInfo{col: colSectors}},
		{"Tanggal Berakhir", headerInfo{col: colTermEnd}},
		{"Berlaku Sampai", headerInfo{col: colTermEnd}},
		{"Tgl. Berakhir", headerInfo{col: colTermEnd}},
		{"Penanggung Jawab (OPD)", headerInfo{}}, // the office in charge: no column
		{"Dokumentasi", headerInfo{}},            // not "Dokumen"
		{"Nomor Telepon", headerInfo{}},          // not an ID
	}
	for _, tt := range tests {
		got := matchHeader(tt.in)
		if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(headerInfo{})); diff != "" {
			t.Errorf("matchHeader(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}

// TestReadCSVRealHeaders reads an inventory whose headers are written the
// way real spreadsheets write them, with a bare number of years in
// "Jangka Waktu (Tahun)" and notes in "Keterangan/Status".
func TestReadCSVRealHeaders(t *testing.T) {
	const in = "NO.;Judul Kerja Sama;Jenis Naskah;Nama Mitra;Tgl. Penandatanganan;Jangka Waktu (Tahun);Ruang Lingkup;Keterangan/Status;Penanggung Jawab\n" +
		"1;Kerja Sama Kota Kembar;Nota Saling Pengertian;Kota Singkawang;24 April 2012;5;Ekonomi dan Perdagangan, Budaya dan Pariwisata, Pendidikan;Masih berlaku;Bagian Kerja Sama\n" +
		"2;Kerja Sama Perbatasan;Kesepakatan Bersama (KB);Kabupaten Sanggau;2019;3;perbatasan, ekonomi, dan sosial budaya;Berakhir;Biro Pemerintahan\n"
	l, err := ReadCSV(strings.NewReader(in), ReadOptions{File: "inventaris.csv", Region: "Kota Pontianak"})
	if err != nil {
		t.Fatal(err)
	}
	if l.Rows != 2 || len(l.Agreements) != 2 || len(l.Rejected) != 0 {
		t.Fatalf("rows %d, loaded %d, rejected %v", l.Rows, len(l.Agreements), l.Rejected)
	}
	a, b := l.Agreements[0], l.Agreements[1]
	// "Berakhir" (ended) is a status derived from the dates: no event, but
	// the text stays in the notes.
	got := []any{a.ID, a.Title, a.Kind, a.Signed.String(), a.Term.Months, a.Sectors, a.Notes, b.Kind, b.Term.Months, len(b.Events), b.Notes}
	want := []any{"1", "Kerja Sama Kota Kembar", KindMoU, "2012-04-24", 60,
		[]Sector{SectorEconomy, SectorTrade, SectorCulture, SectorTourism, SectorEducation},
		"Penanggung Jawab: Bagian Kerja Sama; Masih berlaku", KindJointAgreement, 36, 0,
		"Penanggung Jawab: Biro Pemerintahan; Berakhir"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ReadCSV mismatch (-want +got):\n%s", diff)
	}
	// Only the unknown column is reported; "Masih berlaku" is a note of
	// the Keterangan/Status column, not an unknown status.
	var fields []string
	for _, w := range l.Warnings {
		fields = append(fields, w.Field)
	}
	if diff := cmp.Diff([]string{"Penanggung Jawab"}, fields); diff != "" {
		t.Errorf("warnings mismatch (-want +got):\n%s\n%v", diff, l.Warnings)
	}
}

// TestReadCSVTermEnd reads a column that gives only the end of the term
// ("Tanggal Berakhir", "Berlaku Sampai"), alone and beside a term column.
func TestReadCSVTermEnd(t *testing.T) {
	const in = "No;Jenis Naskah;Tanggal Penandatanganan;Masa Berlaku;Tanggal Berakhir\n" +
		"1;MoU;12 Mei 2019;;11/05/2024\n" + // the end alone: not a one-day term
		"2;MoU;2019;5 tahun;31 Desember 2023\n" + // a duration and an end: the end is added
		"3;PKS;2020;2020-2022;31 Desember 2025\n" + // a contradiction: reported, the term column kept
		"4;KB;2021;;tanpa batas waktu\n" +
		"5;KB;2021;;besok\n" // unreadable: rejected
	l, err := ReadCSV(strings.NewReader(in), ReadOptions{File: "t.csv"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range l.Agreements {
		got = append(got, a.ID+" "+a.Term.String())
	}
	want := []string{"1 ../2024-05-11", "2 ../2023-12-31", "3 2020/2022", "4 .."}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("terms mismatch (-want +got):\n%s", diff)
	}
	if len(l.Rejected) != 1 || l.Rejected[0].Line != 6 {
		t.Errorf("rejected = %v, want line 6", l.Rejected)
	}
	if len(l.Warnings) != 1 || l.Warnings[0].Field != "Tanggal Berakhir" || l.Warnings[0].Line != 4 {
		t.Errorf("warnings = %v, want one on line 4", l.Warnings)
	}
}
