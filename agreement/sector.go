package agreement

import (
	"golang.org/x/text/language"
)

// A Sector is a field of cooperation (bidang, urusan). The zero value means
// none. Every sector named in the seeds has a value, and so has every
// government affair (urusan pemerintahan) a region may cooperate on under
// UU 23/2014 (Lampiran; the objects of cooperation of Permendagri 22/2020),
// so that registers that name sectors by their urusan are read too.
type Sector uint8

// The sectors.
const (
	SectorEconomy               Sector = 1 + iota // ekonomi
	SectorTrade                                   // perdagangan
	SectorInvestment                              // investasi, penanaman modal
	SectorIndustry                                // industri, perindustrian
	SectorTourism                                 // pariwisata
	SectorScienceTechnology                       // ilmu pengetahuan dan teknologi (Iptek)
	SectorEducation                               // pendidikan
	SectorCulture                                 // budaya, kebudayaan
	SectorAgriculture                             // pertanian
	SectorYouth                                   // pemuda, kepemudaan
	SectorSport                                   // olahraga
	SectorEnvironment                             // lingkungan hidup
	SectorSocialWelfare                           // kesejahteraan sosial
	SectorCivilSociety                            // masyarakat sipil
	SectorEntrepreneurship                        // kewirausahaan
	SectorInformationTechnology                   // teknologi informasi
	SectorBiotechnology                           // bioteknologi
	SectorHealth                                  // kesehatan
	SectorCleanWater                              // air bersih
	SectorTransport                               // perhubungan, transportasi
	SectorPublicWorks                             // pekerjaan umum
	SectorSecurity                                // keamanan
	SectorBorderManagement                        // pengelolaan perbatasan
	SectorSocial                                  // sosial (social affairs in general)
	SectorUrbanAffairs                            // perkotaan
	SectorMaritime                                // kelautan
	SectorFisheries                               // perikanan
	SectorForestry                                // kehutanan
	SectorEnergy                                  // energi
	SectorGovernance                              // pemerintahan
	SectorHumanResources                          // sumber daya manusia
	SectorSmallBusiness                           // UMKM, koperasi
	SectorDisasterManagement                      // penanggulangan bencana
	SectorSpatialPlanning                         // penataan ruang
	SectorLabour                                  // ketenagakerjaan
	SectorCreativeEconomy                         // ekonomi kreatif
	SectorHousing                                 // perumahan rakyat dan kawasan permukiman
	SectorPublicOrder                             // ketenteraman, ketertiban umum dan pelindungan masyarakat
	SectorWomenChildren                           // pemberdayaan perempuan dan pelindungan anak
	SectorFood                                    // pangan, ketahanan pangan
	SectorLand                                    // pertanahan
	SectorCivilRegistration                       // administrasi kependudukan dan pencatatan sipil
	SectorCommunityEmpowerment                    // pemberdayaan masyarakat dan desa
	SectorFamilyPlanning                          // pengendalian penduduk dan keluarga berencana
	SectorStatistics                              // statistik
	SectorCryptography                            // persandian
	SectorLibraries                               // perpustakaan
	SectorArchives                                // kearsipan
	SectorTransmigration                          // transmigrasi
	numSectors                                    // end marker, not a sector
)

// sectorLabels lists the names of each sector. Aliases are the spellings
// ParseSectors matches exactly (after fold.Key and the skeleton rules of
// matcher.go); misspellings that only edit distance would catch need not be
// listed, but the ones seen in real registers are, so that they match even
// when short.
var sectorLabels = []label{
	{},
	{ident: "economy", en: "economy", id: "ekonomi", ms: "ekonomi", alias: []string{"economic", "perekonomian"}},
	{ident: "trade", en: "trade", id: "perdagangan", ms: "perdagangan", alias: []string{"dagang", "commerce", "perdagangan lintas batas", "perdagangan perbatasan", "border trade", "cross border trade", "perdagangan rentas sempadan"}},
	{ident: "investment", en: "investment", id: "investasi", ms: "pelaburan", alias: []string{"penanaman modal", "invenstasi", "investasi daerah"}},
	{ident: "industry", en: "industry", id: "industri", ms: "industri", alias: []string{"perindustrian", "industrial"}},
	{ident: "tourism", en: "tourism", id: "pariwisata", ms: "pelancongan", alias: []string{"kepariwisataan", "pelancungan", "wisata", "tourist"}},
	{ident: "science-technology", en: "science and technology", id: "ilmu pengetahuan dan teknologi", ms: "sains dan teknologi",
		alias: []string{"iptek", "ipteks", "ristek", "riset dan teknologi", "penelitian dan teknologi", "science technology", "sains teknologi", "teknologi", "technology", "sains", "science", "ilmu pengetahuan", "research and development", "penelitian dan pengembangan", "litbang", "riset", "penelitian", "research", "penyelidikan"}},
	{ident: "education", en: "education", id: "pendidikan", ms: "pendidikan", alias: []string{"pelajaran", "educational", "pertukaran pelajar", "pertukaran mahasiswa", "student exchange", "beasiswa", "scholarship", "scholarships", "biasiswa", "vokasi", "pendidikan vokasi", "vocational education"}},
	{ident: "culture", en: "culture", id: "budaya", ms: "kebudayaan", alias: []string{"cultural", "seni budaya", "seni", "arts", "kesenian", "seni dan budaya", "arts and culture", "pertukaran budaya", "cultural exchange"}},
	{ident: "agriculture", en: "agriculture", id: "pertanian", ms: "pertanian", alias: []string{"agricultural", "perkebunan", "peternakan", "agrikultur", "agribisnis", "asas tani", "industri asas tani", "agro"}},
	{ident: "youth", en: "youth", id: "pemuda", ms: "belia", alias: []string{"kepemudaan"}},
	{ident: "sport", en: "sport", id: "olahraga", ms: "sukan", alias: []string{"olah raga", "keolahragaan", "sports"}},
	{ident: "environment", en: "environment", id: "lingkungan hidup", ms: "alam sekitar", alias: []string{"lingkungan", "environmental", "alam sekitar", "persekitaran"}},
	{ident: "social-welfare", en: "social welfare", id: "kesejahteraan sosial", ms: "kebajikan sosial", alias: []string{"kesejahteraan masyarakat", "kesejahteraan rakyat", "welfare", "kebajikan masyarakat"}},
	{ident: "civil-society", en: "civil society", id: "masyarakat sipil", ms: "masyarakat sivil", alias: []string{"masyarakat madani"}},
	{ident: "entrepreneurship", en: "entrepreneurship", id: "kewirausahaan", ms: "keusahawanan", alias: []string{"wirausaha", "kewiraswastaan", "keusahawan"}},
	{ident: "information-technology", en: "information technology", id: "teknologi informasi", ms: "teknologi maklumat",
		alias: []string{"IT", "ICT", "TIK", "teknologi informasi dan komunikasi", "teknologi maklumat dan komunikasi", "information and communication technology", "informatika", "komunikasi dan informatika", "kominfo", "teknologi informatika"}},
	{ident: "biotechnology", en: "biotechnology", id: "bioteknologi", ms: "bioteknologi", alias: []string{"biotek", "biotech"}},
	{ident: "health", en: "health", id: "kesehatan", ms: "kesihatan", alias: []string{"healthcare", "health care", "kesehatan masyarakat", "public health", "medis", "penyakit menular", "pengendalian penyakit", "communicable diseases", "pelayanan kesehatan"}},
	{ident: "clean-water", en: "clean water", id: "air bersih", ms: "air bersih", alias: []string{"air minum", "penyediaan air bersih", "drinking water", "water supply", "bekalan air", "sanitasi air bersih"}},
	{ident: "transport", en: "transport", id: "perhubungan", ms: "pengangkutan", alias: []string{"transportasi", "transportation", "angkutan", "konektivitas", "connectivity", "perparkiran", "parkir", "parking"}},
	{ident: "public-works", en: "public works", id: "pekerjaan umum", ms: "kerja raya", alias: []string{"PU", "infrastruktur", "infrastructure", "prasarana", "jalan", "infrastruktur jalan", "jalan dan jembatan", "jalan raya", "roads"}},
	{ident: "security", en: "security", id: "keamanan", ms: "keselamatan", alias: []string{"pertahanan dan keamanan", "pertahanan", "defence", "defense", "hankam", "defence and security"}},
	{ident: "border-management", en: "border management", id: "pengelolaan perbatasan", ms: "pengurusan sempadan", alias: []string{"kepengurusan perbatasan", "perbatasan", "sempadan", "border", "border area", "lintas batas", "cross border", "rentas sempadan", "kawasan perbatasan"}},
	{ident: "social", en: "social affairs", id: "sosial", ms: "sosial", alias: []string{"social", "kemasyarakatan"}},
	{ident: "urban-affairs", en: "urban affairs", id: "perkotaan", ms: "perbandaran", alias: []string{"urban", "masalah perkotaan", "kawasan perkotaan", "urban development", "tata kota", "smart city", "kota cerdas", "bandar pintar"}},
	{ident: "maritime", en: "maritime affairs", id: "kelautan", ms: "maritim", alias: []string{"maritime", "marine", "kemaritiman"}},
	{ident: "fisheries", en: "fisheries", id: "perikanan", ms: "perikanan", alias: []string{"fishery"}},
	{ident: "forestry", en: "forestry", id: "kehutanan", ms: "perhutanan", alias: []string{"hutan"}},
	{ident: "energy", en: "energy", id: "energi", ms: "tenaga", alias: []string{"energi dan sumber daya mineral", "ESDM", "energy and mineral resources", "pertambangan", "mining"}},
	{ident: "governance", en: "governance", id: "pemerintahan", ms: "tadbir urus", alias: []string{"tata kelola pemerintahan", "good governance", "pemerintahan daerah", "public administration", "administrasi publik", "administration", "administrasi", "administrasi pemerintahan"}},
	{ident: "human-resources", en: "human resources", id: "sumber daya manusia", ms: "sumber manusia", alias: []string{"SDM", "pengembangan SDM", "peningkatan SDM", "capacity building", "peningkatan kapasitas", "pelatihan", "training", "latihan"}},
	{ident: "small-business", en: "small business and cooperatives", id: "koperasi dan UMKM", ms: "perusahaan kecil dan sederhana", alias: []string{"UMKM", "UKM", "IKM", "koperasi", "usaha kecil", "usaha mikro", "koperasi dan usaha kecil", "usaha kecil dan menengah", "usaha mikro kecil dan menengah", "SME", "SMEs", "IKS", "cooperatives"}},
	{ident: "disaster-management", en: "disaster management", id: "penanggulangan bencana", ms: "pengurusan bencana", alias: []string{"kebencanaan", "bencana", "disaster relief", "mitigasi bencana"}},
	{ident: "spatial-planning", en: "spatial planning", id: "penataan ruang", ms: "perancangan bandar", alias: []string{"tata ruang", "town planning", "perencanaan kota", "perencanaan wilayah", "perencanaan wilayah dan kota", "perencanaan tata ruang", "city planning", "urban planning", "regional planning", "pembangunan daerah", "pengembangan wilayah", "regional development"}},
	{ident: "labour", en: "labour", id: "ketenagakerjaan", ms: "guna tenaga", alias: []string{"tenaga kerja", "labor", "employment", "pekerjaan", "buruh", "pekerja migran", "TKI", "PMI"}},
	{ident: "creative-economy", en: "creative economy", id: "ekonomi kreatif", ms: "ekonomi kreatif", alias: []string{"ekraf", "industri kreatif", "creative industry", "creative industries"}},
	{ident: "housing", en: "housing and settlements", id: "perumahan rakyat dan kawasan permukiman", ms: "perumahan", alias: []string{"perumahan rakyat", "perumahan", "kawasan permukiman", "permukiman", "pemukiman", "housing", "settlements", "perkim"}},
	{ident: "public-order", en: "public order and community protection", id: "ketenteraman dan ketertiban umum", ms: "ketenteraman awam", alias: []string{"ketenteraman", "ketertiban umum", "ketertiban", "trantibum", "pelindungan masyarakat", "perlindungan masyarakat", "linmas", "satpol pp", "public order", "ketenteraman ketertiban umum dan pelindungan masyarakat"}},
	{ident: "women-children", en: "women's empowerment and child protection", id: "pemberdayaan perempuan dan pelindungan anak", ms: "pembangunan wanita dan kanak-kanak", alias: []string{"pemberdayaan perempuan", "pelindungan anak", "perlindungan anak", "perempuan dan anak", "pppa", "women and children", "gender", "kesetaraan gender", "wanita", "kanak kanak", "child protection", "women empowerment"}},
	{ident: "food", en: "food security", id: "pangan", ms: "keselamatan makanan", alias: []string{"ketahanan pangan", "food security", "food", "makanan", "sekuriti makanan"}},
	{ident: "land", en: "land affairs", id: "pertanahan", ms: "tanah", alias: []string{"agraria", "land", "land affairs"}},
	{ident: "civil-registration", en: "population administration and civil registration", id: "administrasi kependudukan dan pencatatan sipil", ms: "pendaftaran penduduk", alias: []string{"administrasi kependudukan", "pencatatan sipil", "adminduk", "dukcapil", "kependudukan", "civil registration", "population administration"}},
	{ident: "community-empowerment", en: "community and village empowerment", id: "pemberdayaan masyarakat dan desa", ms: "pembangunan luar bandar", alias: []string{"pemberdayaan masyarakat", "pemberdayaan desa", "desa", "pembangunan desa", "village", "rural development", "pmd", "luar bandar", "community empowerment"}},
	{ident: "family-planning", en: "population control and family planning", id: "pengendalian penduduk dan keluarga berencana", ms: "perancangan keluarga", alias: []string{"pengendalian penduduk", "keluarga berencana", "kb", "family planning", "population control"}},
	{ident: "statistics", en: "statistics", id: "statistik", ms: "perangkaan", alias: []string{"statistical", "data dan statistik"}},
	{ident: "cryptography", en: "cryptography", id: "persandian", ms: "kriptografi", alias: []string{"sandi", "statistik dan persandian", "cryptography", "keamanan informasi"}},
	{ident: "libraries", en: "libraries", id: "perpustakaan", ms: "perpustakaan awam", alias: []string{"library", "literasi"}},
	{ident: "archives", en: "archives", id: "kearsipan", ms: "arkib", alias: []string{"arsip", "archive", "archives", "kearsipan daerah"}},
	{ident: "transmigration", en: "transmigration", id: "transmigrasi", ms: "transmigrasi", alias: []string{"transmigration", "ketransmigrasian"}},
}

var sectorTable = newTable("Sector", sectorLabels)

// Sectors returns every sector, in the order of the constants.
func Sectors() []Sector {
	s := make([]Sector, 0, numSectors-1)
	for v := Sector(1); v < numSectors; v++ {
		s = append(s, v)
	}
	return s
}

// String returns the stable English identifier of s ("economy",
// "science-technology", …), "" for zero (Label names it "unknown").
func (s Sector) String() string { return sectorTable.str(uint8(s)) }

// Label returns the name of s in the language of tag (other tags give English).
func (s Sector) Label(tag language.Tag) string { return sectorTable.label(uint8(s), tag) }

// AppendText appends the identifier of s to b; the zero Sector appends nothing.
func (s Sector) AppendText(b []byte) ([]byte, error) {
	t, err := sectorTable.marshal(uint8(s))
	return append(b, t...), err
}

// MarshalText returns the identifier of s; the zero Sector gives empty text.
func (s Sector) MarshalText() ([]byte, error) { return sectorTable.marshal(uint8(s)) }

// UnmarshalText reads one sector by any name ParseSector accepts.
func (s *Sector) UnmarshalText(b []byte) error {
	v, err := sectorTable.unmarshal("ParseSector", b)
	*s = Sector(v)
	return err
}

// ParseSector reads the name of one sector exactly (identifier or label or
// alias in any of the three languages, in any case). For free-text lists and
// misspellings use ParseSectors.
func ParseSector(s string) (Sector, error) {
	v, err := sectorTable.parse("ParseSector", s)
	return Sector(v), err
}
