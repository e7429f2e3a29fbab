package agreement

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	"github.com/kerjasama/kerjasama/internal/typo"
)

func TestParseSectors(t *testing.T) {
	tests := []struct {
		in      string
		lang    language.Tag
		want    []Sector
		unknown []Piece
	}{
		// Seed 001, exactly as written.
		{"Ekonomi, Pariwisata, Iptek Pendidikan dan Budaya", language.Indonesian,
			[]Sector{SectorEconomy, SectorTourism, SectorScienceTechnology, SectorEducation, SectorCulture}, nil},
		{"Invenstasi, Perdagangan, Pariwisata, Pendidikan, Pertanian, Budaya, Pemuda", language.Indonesian,
			[]Sector{SectorInvestment, SectorTrade, SectorTourism, SectorEducation, SectorAgriculture, SectorCulture, SectorYouth}, nil},
		{"bidang, Pemuda Kewirausahaan, Lingkungan, Pendidikan, Kesejahteraan sosial dan masyarakat sipil", language.Indonesian,
			[]Sector{SectorYouth, SectorEntrepreneurship, SectorEnvironment, SectorEducation, SectorSocialWelfare, SectorCivilSociety}, nil},
		{"Pendidikan, Budaya, Olah raga, Pemuda, Ekonomi Lingkungan Tekhniogi Informasi dan Biotekhnologi", language.Indonesian,
			[]Sector{SectorEducation, SectorCulture, SectorSport, SectorYouth, SectorEconomy, SectorEnvironment, SectorInformationTechnology, SectorBiotechnology}, nil},
		// Seed 002 and 003.
		{"air bersih, kesehatan dan lainnya", language.Indonesian, []Sector{SectorCleanWater, SectorHealth}, nil},
		{"masalah perkotaan, sosial ekonomi, dan lainnya", language.Indonesian, []Sector{SectorUrbanAffairs, SectorSocial, SectorEconomy}, nil},
		{"bidang ekonomi, perdagangan dan perhubungan", language.Indonesian, []Sector{SectorEconomy, SectorTrade, SectorTransport}, nil},
		{"bidang keamanan dan kepengurusan perbatasan", language.Indonesian, []Sector{SectorSecurity, SectorBorderManagement}, nil},
		{"sosial budaya", language.Indonesian, []Sector{SectorSocial, SectorCulture}, nil},
		// Multi-word aliases containing a connective.
		{"Ilmu Pengetahuan dan Teknologi serta Pekerjaan Umum", language.Indonesian, []Sector{SectorScienceTechnology, SectorPublicWorks}, nil},
		{"Pemuda dan Olahraga", language.Indonesian, []Sector{SectorYouth, SectorSport}, nil},
		// Separators: ; / & + and line breaks, case, no-break spaces.
		{"TEKNOLOGI INFORMASI; air\u00a0bersih / Pekerjaan\u202fumum & kesehatan\n+ pariwisata", language.Indonesian,
			[]Sector{SectorInformationTechnology, SectorCleanWater, SectorPublicWorks, SectorHealth, SectorTourism}, nil},
		// Misspellings.
		{"Tekhnologi, Pendidkan, Parwisata, Pertanain", language.Indonesian,
			[]Sector{SectorScienceTechnology, SectorEducation, SectorTourism, SectorAgriculture}, nil},
		// Malay and English.
		{"Pelancongan, Pendidikan, Kesihatan, Belia dan Sukan", language.Malay,
			[]Sector{SectorTourism, SectorEducation, SectorHealth, SectorYouth, SectorSport}, nil},
		{"Trade and Investment, Tourism & Culture, Science and Technology", language.English,
			[]Sector{SectorTrade, SectorInvestment, SectorTourism, SectorCulture, SectorScienceTechnology}, nil},
		// Wider variety of register text.
		{"Pendidikan & Kebudayaan, Pertukaran Pelajar", language.Indonesian, []Sector{SectorEducation, SectorCulture}, nil},
		{"Perdagangan, Perindustrian dan Penanaman Modal", language.Indonesian, []Sector{SectorTrade, SectorIndustry, SectorInvestment}, nil},
		{"Kelautan dan Perikanan; Lingkungan Hidup dan Kehutanan", language.Indonesian, []Sector{SectorMaritime, SectorFisheries, SectorEnvironment, SectorForestry}, nil},
		{"Teknologi Informasi dan Komunikasi, Smart City", language.Indonesian, []Sector{SectorInformationTechnology, SectorUrbanAffairs}, nil},
		{"Promosi Pariwisata dan Pengembangan Ekonomi Kreatif", language.Indonesian, []Sector{SectorTourism, SectorCreativeEconomy}, nil},
		{"Kepemudaan dan Olahraga, UMKM, SDM", language.Indonesian, []Sector{SectorYouth, SectorSport, SectorSmallBusiness, SectorHumanResources}, nil},
		{"Pertanian dan Industri Asas Tani, Alam Sekitar", language.Malay, []Sector{SectorAgriculture, SectorEnvironment}, nil},
		{"Economic cooperation, Arts and Culture, Human Resources Development", language.English, []Sector{SectorEconomy, SectorCulture, SectorHumanResources}, nil},
		{"1. Pendidikan\n2. Kesehatan\n3. Pariwisata", language.Indonesian, []Sector{SectorEducation, SectorHealth, SectorTourism}, nil},
		{"a) Pendidikan; b) Kesehatan", language.Indonesian, []Sector{SectorEducation, SectorHealth}, nil},
		// The government affairs of UU 23/2014, as their names are written.
		{"ketenteraman, ketertiban umum, dan pelindungan masyarakat", language.Indonesian, []Sector{SectorPublicOrder}, nil},
		{"koperasi, usaha kecil, dan menengah; penanaman modal", language.Indonesian, []Sector{SectorSmallBusiness, SectorInvestment}, nil},
		{"perumahan rakyat dan kawasan permukiman, pekerjaan umum dan penataan ruang", language.Indonesian, []Sector{SectorHousing, SectorPublicWorks, SectorSpatialPlanning}, nil},
		{"pemberdayaan perempuan dan pelindungan anak, pengendalian penduduk dan keluarga berencana", language.Indonesian, []Sector{SectorWomenChildren, SectorFamilyPlanning}, nil},
		{"administrasi kependudukan dan pencatatan sipil, pemberdayaan masyarakat dan desa", language.Indonesian, []Sector{SectorCivilRegistration, SectorCommunityEmpowerment}, nil},
		{"pangan, pertanahan, statistik, persandian, perpustakaan, kearsipan, transmigrasi", language.Indonesian,
			[]Sector{SectorFood, SectorLand, SectorStatistics, SectorCryptography, SectorLibraries, SectorArchives, SectorTransmigration}, nil},
		{"energi dan sumber daya mineral, komunikasi dan informatika, kepemudaan dan olah raga", language.Indonesian,
			[]Sector{SectorEnergy, SectorInformationTechnology, SectorYouth, SectorSport}, nil},
		// Duplicates once.
		{"Budaya, Kebudayaan, budaya", language.Indonesian, []Sector{SectorCulture}, nil},
		// Unrecognised pieces are reported with offsets, never dropped.
		{"Ekonomi, Xylofon Kuantum, Budaya", language.Indonesian, []Sector{SectorEconomy, SectorCulture},
			[]Piece{{"Xylofon Kuantum", 9}}},
		{"Pertahanan, Kuliner", language.Indonesian, []Sector{SectorSecurity}, []Piece{{"Kuliner", 12}}},
		{"", language.Indonesian, nil, nil},
		{"bidang lainnya", language.Indonesian, nil, nil},
	}
	for _, tt := range tests {
		got, err := ParseSectors(tt.in, tt.lang)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ParseSectors(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
		var unknown []Piece
		var se *SectorError
		if errors.As(err, &se) {
			unknown = se.Unknown
			if !errors.Is(err, ErrUnknown) {
				t.Errorf("ParseSectors(%q): error does not wrap ErrUnknown", tt.in)
			}
		} else if err != nil {
			t.Errorf("ParseSectors(%q): unexpected error %v", tt.in, err)
		}
		if diff := cmp.Diff(tt.unknown, unknown); diff != "" {
			t.Errorf("ParseSectors(%q) unknown mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
	if _, err := ParseSectors(strings.Repeat("ekonomi ", 600), language.Indonesian); !errors.Is(err, ErrTooLong) {
		t.Errorf("ParseSectors(long) error = %v, want ErrTooLong", err)
	}
}

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"investasi", "invenstasi", 1},
		{"tekniogi informasi", "teknologi informasi", 2},
		{"abc", "acb", 1},
		{"", "abc", 3},
		{"pendidikan", "pendidikan", 0},
	}
	// The matcher skips fuzzy matching of phrases with numbers: no alias may
	// contain a digit.
	for _, v := range []*vocabulary{sectorVocab(), kindVocab(), typeVocab(), nameVocab()} {
		for k := range v.exact {
			if strings.ContainsAny(k, "0123456789") {
				t.Errorf("alias %q contains a digit", k)
			}
		}
	}
	for _, tt := range tests {
		if got := typo.Distance(tt.a, tt.b, 10); got != tt.want {
			t.Errorf("typo.Distance(%q, %q, 10) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestParseDocument(t *testing.T) {
	tests := []struct {
		in   string
		want Document
	}{
		{"MOU Friendship Coopertion (Loi Tahap III)", Document{Kind: KindMoU, Series: KindLetterOfIntent, Phase: 3, Name: "Friendship Cooperation", Type: KSDPLOther}},
		{"LoI (Letter of Intent)", Document{Kind: KindLetterOfIntent}},
		{"Kesepakatan Bersama", Document{Kind: KindJointAgreement}},
		{"KB", Document{Kind: KindJointAgreement}},
		{"PKS tahap ke-2", Document{Kind: KindCooperationAgreement, Phase: 2}},
		{"MoA Phase 2 Sister City", Document{Kind: KindCooperationAgreement, Phase: 2, Name: "Sister City", Type: KSDPLSisterCity}},
		{"Memorandum of Understading", Document{Kind: KindMoU}},
		{"Nota Kesepahaman Kota Kembar", Document{Kind: KindMoU, Name: "Kota Kembar", Type: KSDPLSisterCity}},
		{"Adendum PKS", Document{Kind: KindAddendum, Series: KindCooperationAgreement}},
		{"Rencana Kerja Sama tahap kedua", Document{Kind: KindPlanOfAction, Phase: 2}},
		{"MoU Pendidikan Vokasi", Document{Kind: KindMoU, Name: "Pendidikan Vokasi"}},
		{"Letter of Intent on Friendship Cooperation", Document{Kind: KindLetterOfIntent, Name: "Friendship Cooperation", Type: KSDPLOther}},
		{"Nota Kesepahaman tentang Kerja Sama Pendidikan", Document{Kind: KindMoU, Name: "Kerja Sama Pendidikan"}},
		{"Memorandum Persefahaman (MoU) Fasa 2", Document{Kind: KindMoU, Phase: 2}},
		{"Surat Pernyataan Kehendak (Letter of Intent) Sister City", Document{Kind: KindLetterOfIntent, Name: "Sister City", Type: KSDPLSisterCity}},
		{"PKS Tahap IV", Document{Kind: KindCooperationAgreement, Phase: 4}},
		{"", Document{}},
	}
	for _, tt := range tests {
		got, err := ParseDocument(tt.in, language.Indonesian)
		if err != nil {
			t.Errorf("ParseDocument(%q): %v", tt.in, err)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ParseDocument(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
	d, err := ParseDocument("Surat Sakti", language.Indonesian)
	if !errors.Is(err, ErrUnknown) || d.Name != "Surat Sakti" {
		t.Errorf("ParseDocument(unknown) = %+v, %v; want the text kept as Name and ErrUnknown", d, err)
	}
}

func FuzzParseSectors(f *testing.F) {
	for _, s := range []string{
		"Ekonomi, Pariwisata, Iptek Pendidikan dan Budaya",
		"Invenstasi, Perdagangan, Pariwisata, Pendidikan, Pertanian, Budaya, Pemuda",
		"bidang, Pemuda Kewirausahaan, Lingkungan, Pendidikan, Kesejahteraan sosial dan masyarakat sipil",
		"Pendidikan, Budaya, Olah raga, Pemuda, Ekonomi Lingkungan Tekhniogi Informasi dan Biotekhnologi",
		"air bersih, kesehatan dan lainnya",
		"masalah perkotaan, sosial ekonomi, dan lainnya",
		"bidang kerjasama sosial budaya, bidang ekonomi, perdagangan dan perhubungan, serta bidang keamanan dan kepengurusan perbatasan",
		"MOU Friendship Coopertion (Loi Tahap III)",
		"\xff\xfe(((;;", "Kebudayaan\u00a0dan\u202fPelancongan",
	} {
		f.Add(s)
	}
	// Lists and kinds of document as real texts write them (realtext_test.go).
	for _, tt := range realSectors {
		f.Add(tt.in)
	}
	for _, tt := range realDocuments {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := ParseSectors(s, language.Indonesian)
		if len(s) > maxInput {
			if !errors.Is(err, ErrTooLong) {
				t.Fatalf("ParseSectors(%d bytes): error %v, want ErrTooLong", len(s), err)
			}
			return
		}
		seen := map[Sector]bool{}
		for _, x := range got {
			if x == 0 || x >= numSectors || seen[x] {
				t.Fatalf("ParseSectors(%q) = %v: invalid or repeated sector", s, got)
			}
			seen[x] = true
		}
		var se *SectorError
		if err != nil && !errors.As(err, &se) {
			t.Fatalf("ParseSectors(%q): unexpected error type %T", s, err)
		}
		if se != nil {
			for _, p := range se.Unknown {
				if p.Offset < 0 || p.Offset+len(p.Text) > len(s) || s[p.Offset:p.Offset+len(p.Text)] != p.Text {
					t.Fatalf("ParseSectors(%q): piece %+v does not point into the input", s, p)
				}
			}
		}
		// Labels of what was found read back to the same sectors.
		var labels []string
		for _, x := range got {
			labels = append(labels, x.Label(language.Indonesian))
		}
		again, err := ParseSectors(strings.Join(labels, "; "), language.Indonesian)
		if err != nil {
			t.Fatalf("ParseSectors(labels of %q): %v", s, err)
		}
		if diff := cmp.Diff(got, again); diff != "" {
			t.Fatalf("ParseSectors(labels of %q) mismatch (-want +got):\n%s", s, diff)
		}
		if _, err := ParseDocument(s, language.Indonesian); err != nil && !errors.Is(err, ErrUnknown) {
			t.Fatalf("ParseDocument(%q): %v", s, err)
		}
	})
}

func BenchmarkParseSectors(b *testing.B) {
	const s = "Pendidikan, Budaya, Olah raga, Pemuda, Ekonomi Lingkungan Tekhniogi Informasi dan Biotekhnologi"
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseSectors(s, language.Indonesian); err != nil {
			b.Fatal(err)
		}
	}
}
