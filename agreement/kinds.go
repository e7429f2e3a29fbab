package agreement

import (
	"errors"
	"sync"

	"golang.org/x/text/language"

	"github.com/kerjasama/kerjasama/internal/lang"
)

// A Type is the scheme of a regional cooperation under PP 28/2018
// (Peraturan Pemerintah Nomor 28 Tahun 2018 tentang Kerja Sama Daerah). The
// zero value means the type is not stated.
//
// KSDD and KSDPL also exist without their form (compulsory/voluntary, sister
// province/sister city/other) for registers that do not say it.
type Type uint8

// The cooperation types.
const (
	KSDD                Type = 1 + iota // with another Indonesian region (kerja sama daerah dengan daerah lain), form not stated
	KSDDCompulsory                      // KSDD wajib
	KSDDVoluntary                       // KSDD sukarela
	KSDPK                               // with a third party (pihak ketiga)
	KSDPL                               // with a foreign local government, form not stated
	KSDPLSisterProvince                 // sister province / state (provinsi kembar)
	KSDPLSisterCity                     // sister city or regency (kabupaten/kota kembar)
	KSDPLOther                          // other KSDPL, such as a "friendship cooperation"
	KSDLL                               // with a foreign institution (lembaga di luar negeri)
)

var typeTable = newTable("Type", []label{
	{},
	{ident: "ksdd", en: "inter-regional cooperation (KSDD)", id: "Kerja Sama Daerah dengan Daerah Lain (KSDD)", ms: "Kerjasama Daerah dengan Daerah Lain (KSDD)",
		alias: []string{"KSDD", "kerja sama daerah dengan daerah lain", "kerjasama daerah dengan daerah lain", "kerja sama antardaerah", "kerja sama antar daerah", "kerjasama antar daerah", "kerjasama antardaerah", "inter-regional cooperation", "interregional cooperation", "kerja sama dalam negeri", "domestic cooperation"}},
	{ident: "ksdd-compulsory", en: "compulsory inter-regional cooperation (KSDD)", id: "KSDD wajib", ms: "KSDD wajib",
		alias: []string{"kerja sama wajib", "kerjasama wajib", "KSDD compulsory", "KSDD mandatory", "compulsory cooperation", "mandatory cooperation"}},
	{ident: "ksdd-voluntary", en: "voluntary inter-regional cooperation (KSDD)", id: "KSDD sukarela", ms: "KSDD sukarela",
		alias: []string{"kerja sama sukarela", "kerjasama sukarela", "KSDD voluntary", "voluntary cooperation"}},
	{ident: "ksdpk", en: "cooperation with a third party (KSDPK)", id: "Kerja Sama Daerah dengan Pihak Ketiga (KSDPK)", ms: "Kerjasama Daerah dengan Pihak Ketiga (KSDPK)",
		alias: []string{"KSDPK", "kerja sama daerah dengan pihak ketiga", "kerjasama daerah dengan pihak ketiga", "kerja sama pihak ketiga", "kerjasama pihak ketiga", "third party cooperation", "cooperation with a third party"}},
	{ident: "ksdpl", en: "cooperation with a foreign local government (KSDPL)", id: "Kerja Sama Daerah dengan Pemerintah Daerah di Luar Negeri (KSDPL)", ms: "Kerjasama Daerah dengan Kerajaan Tempatan Luar Negara (KSDPL)",
		alias: []string{"KSDPL", "kerja sama daerah dengan pemerintah daerah di luar negeri", "kerjasama daerah dengan pemerintah daerah di luar negeri", "cooperation with a foreign local government"}},
	{ident: "sister-province", en: "sister province (KSDPL)", id: "provinsi kembar (KSDPL)", ms: "negeri berkembar (KSDPL)",
		alias: []string{"sister province", "sister state", "provinsi kembar", "provinsi bersaudara", "negeri kembar", "negeri berkembar", "KSDPL sister province", "kerja sama sister province", "kerjasama sister province"}},
	{ident: "sister-city", en: "sister city or regency (KSDPL)", id: "kabupaten/kota kembar (KSDPL)", ms: "bandar berkembar (KSDPL)",
		alias: []string{"sister city", "sister cities", "sister regency", "sister kabupaten", "kota kembar", "kabupaten kembar", "kota bersaudara", "bandar kembar", "bandar berkembar", "twin city", "twin town", "town twinning", "KSDPL sister city", "kerja sama sister city", "kerjasama sister city", "sister city/kabupaten", "sister city kabupaten"}},
	{ident: "ksdpl-other", en: "other cooperation with a foreign local government (KSDPL)", id: "kerja sama lain dengan pemerintah daerah di luar negeri (KSDPL)", ms: "kerjasama lain dengan kerajaan tempatan luar negara (KSDPL)",
		alias: []string{"KSDPL other", "KSDPL lain", "KSDPL lainnya", "friendship cooperation", "friendship city", "friendship province", "friendly city", "kota persahabatan", "provinsi persahabatan", "kerja sama persahabatan", "kerjasama persahabatan"}},
	{ident: "ksdll", en: "cooperation with a foreign institution (KSDLL)", id: "Kerja Sama Daerah dengan Lembaga di Luar Negeri (KSDLL)", ms: "Kerjasama Daerah dengan Institusi Luar Negara (KSDLL)",
		alias: []string{"KSDLL", "kerja sama daerah dengan lembaga di luar negeri", "kerjasama daerah dengan lembaga di luar negeri", "kerja sama dengan lembaga luar negeri", "cooperation with a foreign institution", "KSDLL penerusan", "KSDLL_PENERUSAN"}},
})

// String returns the stable English identifier of t ("ksdd", "sister-city",
// …), "" for the zero Type (Label names it "unknown").
func (t Type) String() string { return typeTable.str(uint8(t)) }

// Label returns the name of t in the language of tag (Indonesian, Malay or
// English; other tags give English).
func (t Type) Label(tag language.Tag) string { return typeTable.label(uint8(t), tag) }

// AppendText appends the identifier of t to b; the zero Type appends nothing.
func (t Type) AppendText(b []byte) ([]byte, error) {
	s, err := typeTable.marshal(uint8(t))
	return append(b, s...), err
}

// MarshalText returns the identifier of t; the zero Type gives empty text.
func (t Type) MarshalText() ([]byte, error) { return typeTable.marshal(uint8(t)) }

// UnmarshalText reads any name ParseType accepts.
func (t *Type) UnmarshalText(b []byte) error {
	v, err := typeTable.unmarshal("ParseType", b)
	*t = Type(v)
	return err
}

// ParseType reads a cooperation type: an acronym ("KSDPL"), a full name in
// Indonesian, Malay or English, or a form ("sister city", "Kota Kembar",
// "Friendship Cooperation"). Case, spacing and punctuation do not matter.
// Empty text gives the zero Type.
//
// Text that is not one name is read with the tolerant matcher of
// ParseSectors: "Sister Province (KSDPL)", "KSDPL - Sister Provice" and
// "kerja sama sister city" give the most specific type named, provided
// every word is recognised and all the names belong to one scheme.
func ParseType(s string) (Type, error) {
	v, err := typeTable.parse("ParseType", s)
	if err == nil || errors.Is(err, ErrTooLong) {
		return Type(v), err
	}
	vals, unknown := typeVocab().matchAll(s, lang.English)
	if len(unknown) > 0 || len(vals) == 0 {
		return 0, err
	}
	best := Type(vals[0])
	for _, x := range vals[1:] {
		t := Type(x)
		switch {
		case t.Scheme() != best.Scheme():
			return 0, err
		case t == best || t == t.Scheme():
		case best == best.Scheme():
			best = t
		default:
			return 0, err // two different forms
		}
	}
	return best, nil
}

var typeVocab = sync.OnceValue(func() *vocabulary { return newVocabulary(typeTable) })

// Scheme returns the scheme of t without its form: KSDD, KSDPK, KSDPL or
// KSDLL (zero for the zero Type).
func (t Type) Scheme() Type {
	switch t {
	case KSDDCompulsory, KSDDVoluntary:
		return KSDD
	case KSDPLSisterProvince, KSDPLSisterCity, KSDPLOther:
		return KSDPL
	}
	return t
}

// IsForeign reports whether t is a cooperation with a foreign partner
// (KSDPL or KSDLL in any form).
func (t Type) IsForeign() bool { s := t.Scheme(); return s == KSDPL || s == KSDLL }

// A Kind is the kind of an agreement's document. The zero value means the
// kind is not stated.
//
// For KSDPL the documents follow each other as Letter of Intent → plan of
// action → MoU (→ cooperation agreement); for KSDD and KSDPK, joint agreement
// (Kesepakatan Bersama) → cooperation agreement (PKS).
//
// Two kinds a register keeps are not agreements (Kind.IsAgreement): a
// Letter of Intent states the wish to cooperate and binds no one, and an
// offer (KindOffer) is an opportunity a partner puts to regions, with the
// money and conditions in its Funding. Neither is ever in force.
type Kind uint8

// The document kinds.
const (
	KindLetterOfIntent       Kind = 1 + iota // Letter of Intent, Pernyataan Kehendak (LoI)
	KindJointAgreement                       // Kesepakatan Bersama (KB)
	KindMoU                                  // Memorandum of Understanding, Nota Kesepahaman
	KindCooperationAgreement                 // Perjanjian Kerja Sama (PKS), Memorandum of Agreement (MoA)
	KindPlanOfAction                         // Rencana Kerja Sama, plan of action
	KindNoteOfAgreement                      // Nota Kesepakatan
	KindAddendum                             // addendum to an earlier document
	KindRecordOfDiscussion                   // Record of Discussion (RoD), minutes of a negotiation
	KindArrangement                          // Implementing Arrangement under an MoU
	KindJointStatement                       // Joint Statement (Pernyataan Bersama)
	// KindOffer is an offer of cooperation or funding (tawaran, peluang
	// kerja sama) that regions may take up: its Funding says how much, for
	// what, on which conditions and how to apply (Funding.Apply). It is a
	// record of the register, not an agreement.
	KindOffer
)

var kindTable = newTable("Kind", []label{
	{},
	{ident: "letter-of-intent", en: "Letter of Intent", id: "Pernyataan Kehendak (LoI)", ms: "Surat Hasrat (LoI)",
		alias: []string{"LoI", "L.o.I.", "surat pernyataan kehendak", "pernyataan kehendak", "surat niat", "surat hasrat", "letter of intention"}},
	{ident: "joint-agreement", en: "Joint Agreement (Kesepakatan Bersama)", id: "Kesepakatan Bersama", ms: "Perjanjian Bersama",
		alias: []string{"KB", "joint agreement", "kesepakatan bersama", "perjanjian bersama"}},
	{ident: "mou", en: "Memorandum of Understanding", id: "Nota Kesepahaman (MoU)", ms: "Memorandum Persefahaman",
		alias: []string{"MoU", "M.o.U.", "nota kesepahaman", "memorandum of understanding", "memorandum saling pengertian", "nota saling pengertian", "memorandum kesepahaman", "nota persefahaman", "memorandum persefahaman", "memorandum persefahaman (MoU)"}},
	{ident: "cooperation-agreement", en: "Cooperation Agreement (PKS/MoA)", id: "Perjanjian Kerja Sama (PKS)", ms: "Perjanjian Kerjasama",
		alias: []string{"PKS", "MoA", "M.o.A.", "memorandum of agreement", "perjanjian kerja sama", "perjanjian kerjasama", "surat perjanjian kerja sama", "cooperation agreement", "co-operation agreement", "agreement"}},
	{ident: "plan-of-action", en: "Plan of Action", id: "Rencana Kerja Sama", ms: "Pelan Tindakan",
		alias: []string{"PoA", "RKS", "plan of action", "action plan", "rencana kerja sama", "rencana kerjasama", "rencana aksi", "pelan tindakan", "work plan", "rencana kerja", "RK"}},
	{ident: "note-of-agreement", en: "Note of Agreement (Nota Kesepakatan)", id: "Nota Kesepakatan", ms: "Nota Persetujuan",
		alias: []string{"nota kesepakatan", "note of agreement", "nota persetujuan", "nota kesepakatan bersama", "NK"}},
	{ident: "addendum", en: "Addendum", id: "Adendum", ms: "Adendum",
		alias: []string{"addendum", "adendum", "amandemen", "amendment", "pindaan", "perubahan perjanjian"}},
	// The three below are document kinds of the Foreign Ministry's guide
	// to the foreign cooperation of regions (Panduan Umum Tata Cara
	// Hubungan dan Kerja Sama Luar Negeri oleh Pemerintah Daerah) and of
	// the registers that follow it.
	{ident: "record-of-discussion", en: "Record of Discussion", id: "Risalah Pembahasan (RoD)", ms: "Rekod Perbincangan",
		alias: []string{"RoD", "record of discussion", "record of discussions", "records of discussion", "risalah pembahasan", "risalah perundingan", "rekod perbincangan", "minutes of meeting", "minutes of meetings", "MoM", "risalah rapat", "notulen rapat", "minit mesyuarat"}},
	{ident: "arrangement", en: "Implementing Arrangement", id: "Pengaturan Pelaksanaan", ms: "Pengaturan Pelaksanaan",
		alias: []string{"implementing arrangement", "implementation arrangement", "IA", "arrangement", "pengaturan pelaksanaan", "pengaturan teknis", "technical arrangement", "perjanjian teknis", "PERTEK"}},
	{ident: "joint-statement", en: "Joint Statement", id: "Pernyataan Bersama", ms: "Kenyataan Bersama",
		alias: []string{"joint statement", "joint declaration", "pernyataan bersama", "surat pernyataan bersama", "deklarasi bersama", "kenyataan bersama", "komunike bersama", "joint communique"}},
	{ident: "offer", en: "Offer of cooperation", id: "Tawaran kerja sama", ms: "Tawaran kerjasama",
		alias: []string{"offer", "tawaran", "penawaran", "tawaran kerja sama", "tawaran kerjasama", "penawaran kerja sama", "peluang kerja sama", "peluang kerjasama", "cooperation offer", "funding offer", "grant offer", "tawaran hibah", "tawaran dana"}},
})

// IsAgreement reports whether a document of kind k is an agreement: every
// kind but a Letter of Intent, which states an intent and binds no one
// (see ErrLoIFunding), and an offer (KindOffer). The zero Kind, a document
// whose kind the register does not state, counts as an agreement. What is
// not an agreement is never in force, never dormant and not scored
// (Agreement.StatusOn gives it StatusIntent or StatusOffered).
func (k Kind) IsAgreement() bool { return k != KindLetterOfIntent && k != KindOffer }

// String returns the stable English identifier of k ("letter-of-intent",
// "mou", …), "" for the zero Kind (Label names it "unknown").
func (k Kind) String() string { return kindTable.str(uint8(k)) }

// Label returns the name of k in the language of tag (other tags give English).
func (k Kind) Label(tag language.Tag) string { return kindTable.label(uint8(k), tag) }

// AppendText appends the identifier of k to b; the zero Kind appends nothing.
func (k Kind) AppendText(b []byte) ([]byte, error) {
	s, err := kindTable.marshal(uint8(k))
	return append(b, s...), err
}

// MarshalText returns the identifier of k; the zero Kind gives empty text.
func (k Kind) MarshalText() ([]byte, error) { return kindTable.marshal(uint8(k)) }

// UnmarshalText reads any name ParseKind accepts.
func (k *Kind) UnmarshalText(b []byte) error {
	v, err := kindTable.unmarshal("ParseKind", b)
	*k = Kind(v)
	return err
}

// ParseKind reads the name of a document kind exactly as a whole ("LoI",
// "MOU", "MoA", "PKS", "KB", "Nota Kesepahaman", "Memorandum Persefahaman").
// For the free text of a register's "Jenis Naskah" column, which adds names
// and phases ("MOU Friendship Cooperation (LoI Tahap III)"), use
// ParseDocument.
func ParseKind(s string) (Kind, error) {
	v, err := kindTable.parse("ParseKind", s)
	return Kind(v), err
}

// A Stage is a step in the life of an agreement, in the order of the
// procedure of PP 28/2018 and Permendagri 22/2020. The zero value means none.
type Stage uint8

// The stages, in procedural order.
const (
	StageInitiative       Stage = 1 + iota // initiative or offer (prakarsa, tawaran)
	StageExploration                       // exploration (penjajakan)
	StageProposal                          // terms of reference (KAK) and region profile
	StageLetterOfIntent                    // Letter of Intent signed
	StageWorkPlan                          // plan of action / Rencana Kerja Sama
	StageInterMinisterial                  // inter-ministerial meeting (rakor interkem, rapat interdep)
	StageDPRDApproval                      // approval of the regional parliament (persetujuan DPRD)
	StageClearance                         // verification and clearance (Kemendagri, Kemlu full powers)
	StageSigning                           // signing of the agreement
	StageImplementation                    // implementation (pelaksanaan)
	StageMonitoring                        // monitoring (pemantauan, monev)
	StageEvaluation                        // evaluation
	StageRenewal                           // renewal or extension (perpanjangan)
	StageTermination                       // termination (pengakhiran)
)

var stageTable = newTable("Stage", []label{
	{},
	{ident: "initiative", en: "initiative", id: "prakarsa", ms: "inisiatif",
		alias: []string{"inisiatif", "tawaran", "offer", "penawaran", "usulan kerja sama"}},
	{ident: "exploration", en: "exploration", id: "penjajakan", ms: "penjajakan kerjasama",
		alias: []string{"penjajagan", "penjajakan kerja sama", "exploratory visit", "exploratory meeting"}},
	{ident: "proposal", en: "terms of reference and profile", id: "penyusunan KAK dan profil daerah", ms: "kertas cadangan",
		alias: []string{"KAK", "kerangka acuan kerja", "city profile", "profil daerah", "profil kota", "terms of reference", "ToR", "proposal", "usulan program kerja sama"}},
	{ident: "letter-of-intent", en: "Letter of Intent", id: "Pernyataan Kehendak", ms: "Surat Hasrat",
		alias: []string{"LoI", "letter of intent", "penandatanganan LoI"}},
	{ident: "work-plan", en: "plan of action", id: "Rencana Kerja Sama", ms: "Pelan Tindakan",
		alias: []string{"work plan", "RKS", "PoA", "rencana kerja"}},
	{ident: "inter-ministerial-meeting", en: "inter-ministerial meeting", id: "rapat antarkementerian", ms: "mesyuarat antara kementerian",
		alias: []string{"rakor interkem", "rapat interkem", "rapat interdep", "interdep", "interkem", "rapat koordinasi antarkementerian", "rapat koordinasi antar kementerian", "inter-ministerial coordination meeting"}},
	{ident: "dprd-approval", en: "DPRD approval", id: "persetujuan DPRD", ms: "kelulusan DPRD",
		alias: []string{"DPRD", "approval of the DPRD", "persetujuan dewan"}},
	{ident: "clearance", en: "verification and clearance", id: "verifikasi dan izin", ms: "pengesahan dan kelulusan",
		alias: []string{"verifikasi", "clearance", "izin", "persetujuan Kemendagri", "full powers", "surat kuasa", "izin prinsip"}},
	{ident: "signing", en: "signing", id: "penandatanganan", ms: "pemeteraian",
		alias: []string{"tanda tangan", "ditandatangani", "signed"}},
	{ident: "implementation", en: "implementation", id: "pelaksanaan", ms: "pelaksanaan kerjasama",
		alias: []string{"implementasi"}},
	{ident: "monitoring", en: "monitoring", id: "pemantauan", ms: "pemantauan kerjasama",
		alias: []string{"monev", "monitoring dan evaluasi", "monitoring and evaluation"}},
	{ident: "evaluation", en: "evaluation", id: "evaluasi", ms: "penilaian",
		alias: []string{"penilaian kerja sama"}},
	{ident: "renewal", en: "renewal", id: "perpanjangan", ms: "pembaharuan",
		alias: []string{"pembaruan", "perpanjangan kerja sama", "extension"}},
	{ident: "termination", en: "termination", id: "pengakhiran", ms: "penamatan",
		alias: []string{"pemutusan", "pembatalan", "terminated"}},
})

// String returns the stable English identifier of s, "" for zero (Label names it "unknown").
func (s Stage) String() string { return stageTable.str(uint8(s)) }

// Label returns the name of s in the language of tag (other tags give English).
func (s Stage) Label(tag language.Tag) string { return stageTable.label(uint8(s), tag) }

// AppendText appends the identifier of s to b; the zero Stage appends nothing.
func (s Stage) AppendText(b []byte) ([]byte, error) {
	t, err := stageTable.marshal(uint8(s))
	return append(b, t...), err
}

// MarshalText returns the identifier of s; the zero Stage gives empty text.
func (s Stage) MarshalText() ([]byte, error) { return stageTable.marshal(uint8(s)) }

// UnmarshalText reads any name ParseStage accepts.
func (s *Stage) UnmarshalText(b []byte) error {
	v, err := stageTable.unmarshal("ParseStage", b)
	*s = Stage(v)
	return err
}

// ParseStage reads a stage by its identifier or its name in Indonesian, Malay
// or English ("penjajagan", "rakor interkem", "monev", "perpanjangan").
func ParseStage(s string) (Stage, error) {
	v, err := stageTable.parse("ParseStage", s)
	return Stage(v), err
}

// A Status is where an agreement stands on a given day. It is never stored:
// Agreement.StatusOn derives it from dates and events. The zero value means
// unknown.
type Status uint8

// The statuses.
const (
	StatusDraft         Status = 1 + iota // nothing dated has happened yet
	StatusInPreparation                   // preparatory stages under way, or signed but the term not begun
	StatusActive                          // signed and in its term (or open-ended)
	StatusExpiringSoon                    // active, with the end of term within the notice period
	StatusExpired                         // the term has ended
	StatusTerminated                      // ended early by a termination event
	StatusRenewed                         // replaced by a renewal or a successor agreement
	// StatusIntent is a signed Letter of Intent whose term, if any, has not
	// ended: an intent declared, not an agreement in force.
	StatusIntent
	// StatusOffered is an offer (KindOffer) that stands: not an agreement,
	// never draft, in force or dormant.
	StatusOffered
)

var statusTable = newTable("Status", []label{
	{},
	{ident: "draft", en: "draft", id: "rancangan", ms: "draf",
		alias: []string{"draf", "konsep", "drafting"}},
	{ident: "in-preparation", en: "in preparation", id: "dalam proses", ms: "dalam persediaan",
		alias: []string{"proses", "dalam persiapan", "persiapan", "in progress", "pending", "belum berlaku", "dalam penjajakan", "penjajakan"}},
	{ident: "active", en: "active", id: "aktif", ms: "berkuat kuasa",
		alias: []string{"berlaku", "masih berlaku", "berjalan", "in force", "valid"}},
	{ident: "expiring-soon", en: "expiring soon", id: "segera berakhir", ms: "akan tamat",
		alias: []string{"hampir berakhir", "akan berakhir", "expiring"}},
	{ident: "expired", en: "expired", id: "berakhir", ms: "tamat",
		alias: []string{"tidak berlaku", "sudah berakhir", "habis masa berlaku", "kedaluwarsa", "kadaluarsa", "kadaluwarsa", "selesai", "tamat tempoh"}},
	{ident: "terminated", en: "terminated", id: "diakhiri", ms: "ditamatkan",
		alias: []string{"dibatalkan", "diputus", "diputuskan", "dihentikan", "cancelled", "canceled"}},
	{ident: "renewed", en: "renewed", id: "diperpanjang", ms: "diperbaharui",
		alias: []string{"diperbarui", "extended", "diperpanjangkan"}},
	{ident: "intent", en: "letter of intent", id: "pernyataan kehendak", ms: "surat hasrat",
		alias: []string{"LoI", "intent", "intent only", "surat pernyataan kehendak", "pernyataan kehendak (LoI)", "surat hasrat (LoI)"}},
	{ident: "offered", en: "offer", id: "tawaran", ms: "tawaran",
		alias: []string{"offered", "ditawarkan", "penawaran", "tawaran kerja sama", "peluang kerja sama"}},
})

// String returns the stable English identifier of s, "" for zero (Label names it "unknown").
func (s Status) String() string { return statusTable.str(uint8(s)) }

// Label returns the name of s in the language of tag (other tags give English).
func (s Status) Label(tag language.Tag) string { return statusTable.label(uint8(s), tag) }

// AppendText appends the identifier of s to b; the zero Status appends nothing.
func (s Status) AppendText(b []byte) ([]byte, error) {
	t, err := statusTable.marshal(uint8(s))
	return append(b, t...), err
}

// MarshalText returns the identifier of s; the zero Status gives empty text.
func (s Status) MarshalText() ([]byte, error) { return statusTable.marshal(uint8(s)) }

// UnmarshalText reads any name ParseStatus accepts.
func (s *Status) UnmarshalText(b []byte) error {
	v, err := statusTable.unmarshal("ParseStatus", b)
	*s = Status(v)
	return err
}

// ParseStatus reads a status as registers write it ("Aktif", "Berlaku",
// "Berakhir", "Tamat", "expired"). Text that is not one name is read with
// the tolerant matcher when every word is recognised and all name one
// status ("Masih berlaku s.d. 2024", "Sudah Berakhir (2016)"); a word it
// does not know ("Tidak aktif") makes it an error rather than a guess.
func ParseStatus(s string) (Status, error) {
	v, err := statusTable.parse("ParseStatus", s)
	if err == nil || errors.Is(err, ErrTooLong) {
		return Status(v), err
	}
	vals, unknown := statusVocab().matchAll(s, lang.English)
	if len(unknown) > 0 || len(vals) != 1 {
		return 0, err
	}
	return Status(vals[0]), nil
}

var statusVocab = sync.OnceValue(func() *vocabulary { return newVocabulary(statusTable) })

// A Role is what a party does in an agreement. The zero value means not stated.
type Role uint8

// The roles.
const (
	RoleRegion      Role = 1 + iota // the Indonesian regional government that is party to the agreement
	RolePartner                     // the partner (mitra): another region, a foreign government, an institution
	RoleFacilitator                 // a facilitator: a ministry, an embassy or consulate
	RoleFunder                      // a funder or donor
	RoleWitness                     // a witness to the signing
)

var roleTable = newTable("Role", []label{
	{},
	{ident: "region", en: "region", id: "pemerintah daerah", ms: "kerajaan negeri",
		alias: []string{"pemda", "daerah", "pihak daerah", "Indonesian region", "pemrakarsa", "initiator"}},
	{ident: "partner", en: "partner", id: "mitra", ms: "rakan kongsi",
		alias: []string{"mitra kerja sama", "counterpart", "rakan"}},
	{ident: "facilitator", en: "facilitator", id: "fasilitator", ms: "pemudah cara",
		alias: []string{"fasilitasi", "pendamping"}},
	{ident: "funder", en: "funder", id: "pemberi dana", ms: "penyumbang dana",
		alias: []string{"donor", "penyandang dana", "sponsor"}},
	{ident: "witness", en: "witness", id: "saksi", ms: "saksi",
		alias: []string{"disaksikan"}},
})

// String returns the stable English identifier of r, "" for zero (Label names it "unknown").
func (r Role) String() string { return roleTable.str(uint8(r)) }

// Label returns the name of r in the language of tag (other tags give English).
func (r Role) Label(tag language.Tag) string { return roleTable.label(uint8(r), tag) }

// AppendText appends the identifier of r to b; the zero Role appends nothing.
func (r Role) AppendText(b []byte) ([]byte, error) {
	t, err := roleTable.marshal(uint8(r))
	return append(b, t...), err
}

// MarshalText returns the identifier of r; the zero Role gives empty text.
func (r Role) MarshalText() ([]byte, error) { return roleTable.marshal(uint8(r)) }

// UnmarshalText reads any name ParseRole accepts.
func (r *Role) UnmarshalText(b []byte) error {
	v, err := roleTable.unmarshal("ParseRole", b)
	*r = Role(v)
	return err
}

// ParseRole reads a role by its identifier or its name in Indonesian, Malay
// or English ("mitra", "pemda", "saksi").
func ParseRole(s string) (Role, error) {
	v, err := roleTable.parse("ParseRole", s)
	return Role(v), err
}
