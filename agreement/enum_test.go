package agreement

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

func TestParseType(t *testing.T) {
	tests := []struct {
		in   string
		want Type
	}{
		{"KSDD", KSDD},
		{"ksdd wajib", KSDDCompulsory},
		{"KSDD Sukarela", KSDDVoluntary},
		{"Kerja Sama Daerah dengan Pihak Ketiga", KSDPK},
		{"KSDPL", KSDPL},
		{"sister province", KSDPLSisterProvince},
		{"Sister  Province", KSDPLSisterProvince},
		{"kerja sama sister province", KSDPLSisterProvince},
		{"Provinsi Kembar", KSDPLSisterProvince},
		{"Negeri Berkembar", KSDPLSisterProvince},
		{"sister city", KSDPLSisterCity},
		{"Kota Kembar", KSDPLSisterCity},
		{"Bandar Berkembar", KSDPLSisterCity},
		{"Friendship Cooperation", KSDPLOther},
		{"KSDLL", KSDLL},
		{"ksdll", KSDLL},
		{"", 0},
		{"unknown", 0},
		{"ksdd-compulsory", KSDDCompulsory},
		{"Sister Province (KSDPL)", KSDPLSisterProvince},
		{"KSDPL - Sister Provice", KSDPLSisterProvince},
		{"KSDPL / Kota Kembar", KSDPLSisterCity},
		{"KSDD (wajib)", KSDDCompulsory},
		{"Kerja sama daerah dengan pihak ketiga (KSDPK)", KSDPK},
	}
	for _, tt := range tests {
		got, err := ParseType(tt.in)
		if err != nil {
			t.Errorf("ParseType(%q): %v", tt.in, err)
			continue
		}
		if got != tt.want {
			t.Errorf("ParseType(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
	for _, bad := range []string{"kerja sama rahasia", "KSDD / KSDPL", "sister city, sister province", "sister city di Korea"} {
		if got, err := ParseType(bad); !errors.Is(err, ErrUnknown) {
			t.Errorf("ParseType(%q) = %v, %v; want ErrUnknown", bad, got, err)
		}
	}
}

func TestTypeScheme(t *testing.T) {
	tests := []struct {
		in      Type
		scheme  Type
		foreign bool
	}{
		{0, 0, false},
		{KSDD, KSDD, false},
		{KSDDCompulsory, KSDD, false},
		{KSDDVoluntary, KSDD, false},
		{KSDPK, KSDPK, false},
		{KSDPL, KSDPL, true},
		{KSDPLSisterProvince, KSDPL, true},
		{KSDPLSisterCity, KSDPL, true},
		{KSDPLOther, KSDPL, true},
		{KSDLL, KSDLL, true},
	}
	for _, tt := range tests {
		if got := tt.in.Scheme(); got != tt.scheme {
			t.Errorf("%v.Scheme() = %v, want %v", tt.in, got, tt.scheme)
		}
		if got := tt.in.IsForeign(); got != tt.foreign {
			t.Errorf("%v.IsForeign() = %v, want %v", tt.in, got, tt.foreign)
		}
	}
}

func TestParseKind(t *testing.T) {
	tests := []struct {
		in   string
		want Kind
	}{
		{"LoI", KindLetterOfIntent},
		{"L.o.I.", KindLetterOfIntent},
		{"Letter of Intent", KindLetterOfIntent},
		{"Pernyataan Kehendak", KindLetterOfIntent},
		{"Surat Niat", KindLetterOfIntent},
		{"KB", KindJointAgreement},
		{"Kesepakatan Bersama", KindJointAgreement},
		{"MOU", KindMoU},
		{"M.o.U", KindMoU},
		{"Nota Kesepahaman", KindMoU},
		{"Memorandum Persefahaman", KindMoU},
		{"PKS", KindCooperationAgreement},
		{"MoA", KindCooperationAgreement},
		{"Perjanjian Kerja Sama", KindCooperationAgreement},
		{"Perjanjian Kerjasama", KindCooperationAgreement},
		{"Rencana Kerja Sama", KindPlanOfAction},
		{"plan of action", KindPlanOfAction},
		{"Nota Kesepakatan", KindNoteOfAgreement},
		{"Addendum", KindAddendum},
		{"adendum", KindAddendum},
		{"mou", KindMoU},
	}
	for _, tt := range tests {
		got, err := ParseKind(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseKind(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
}

func TestParseStageStatusRole(t *testing.T) {
	stages := map[string]Stage{
		"penjajagan": StageExploration, "Penjajakan": StageExploration, "rakor interkem": StageInterMinisterial,
		"rapat interdep": StageInterMinisterial, "KAK": StageProposal, "city profile": StageProposal,
		"persetujuan DPRD": StageDPRDApproval, "monev": StageMonitoring, "perpanjangan": StageRenewal,
		"penandatanganan": StageSigning, "termination": StageTermination, "LoI": StageLetterOfIntent,
	}
	for in, want := range stages {
		if got, err := ParseStage(in); err != nil || got != want {
			t.Errorf("ParseStage(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	statuses := map[string]Status{
		"Aktif": StatusActive, "berlaku": StatusActive, "Berakhir": StatusExpired, "Tamat": StatusExpired,
		"kadaluarsa": StatusExpired, "expiring soon": StatusExpiringSoon, "Diperpanjang": StatusRenewed,
		"dibatalkan": StatusTerminated, "draft": StatusDraft, "dalam proses": StatusInPreparation,
		"Masih berlaku s.d. 2024": StatusActive, "Sudah Berakhir (2016)": StatusExpired, "Diputus, 2021": StatusTerminated,
	}
	for in, want := range statuses {
		if got, err := ParseStatus(in); err != nil || got != want {
			t.Errorf("ParseStatus(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, bad := range []string{"Tidak aktif", "aktif / berakhir", "entah"} {
		if got, err := ParseStatus(bad); !errors.Is(err, ErrUnknown) {
			t.Errorf("ParseStatus(%q) = %v, %v; want ErrUnknown", bad, got, err)
		}
	}
	roles := map[string]Role{"mitra": RolePartner, "Pemda": RoleRegion, "saksi": RoleWitness, "donor": RoleFunder, "fasilitator": RoleFacilitator}
	for in, want := range roles {
		if got, err := ParseRole(in); err != nil || got != want {
			t.Errorf("ParseRole(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
}

// TestEnumText checks String, Label, MarshalText and UnmarshalText of every
// value of every enumeration, and out-of-range values.
func TestEnumText(t *testing.T) {
	type enum interface {
		String() string
		Label(language.Tag) string
		MarshalText() ([]byte, error)
	}
	check := func(name string, v enum, parse func(string) (string, error)) {
		t.Helper()
		b, err := v.MarshalText()
		if err != nil {
			t.Errorf("%s %v: MarshalText: %v", name, v, err)
			return
		}
		if string(b) != v.String() {
			t.Errorf("%s: MarshalText = %q, String = %q", name, b, v.String())
		}
		for _, tag := range []language.Tag{language.Indonesian, language.Malay, language.English} {
			l := v.Label(tag)
			if l == "" {
				t.Errorf("%s %v: empty label in %v", name, v, tag)
			}
			if got, err := parse(l); err != nil || got != v.String() {
				t.Errorf("%s: parse(Label(%v)) = %q, %v; want %v", name, tag, got, err, v)
			}
		}
		if got, err := parse(string(b)); err != nil || got != v.String() {
			t.Errorf("%s: parse(%q) = %q, %v", name, b, got, err)
		}
	}
	str := func(f func(string) (fmtStringer, error)) func(string) (string, error) {
		return func(s string) (string, error) {
			v, err := f(s)
			if err != nil {
				return "", err
			}
			return v.String(), nil
		}
	}
	for v := Type(1); v <= KSDLL; v++ {
		check("Type", v, str(func(s string) (fmtStringer, error) { return ParseType(s) }))
	}
	for v := Kind(1); v <= KindJointStatement; v++ {
		check("Kind", v, str(func(s string) (fmtStringer, error) { return ParseKind(s) }))
	}
	for v := Stage(1); v <= StageTermination; v++ {
		check("Stage", v, str(func(s string) (fmtStringer, error) { return ParseStage(s) }))
	}
	for v := Status(1); v <= StatusRenewed; v++ {
		check("Status", v, str(func(s string) (fmtStringer, error) { return ParseStatus(s) }))
	}
	for v := Role(1); v <= RoleWitness; v++ {
		check("Role", v, str(func(s string) (fmtStringer, error) { return ParseRole(s) }))
	}
	for _, v := range Sectors() {
		check("Sector", v, str(func(s string) (fmtStringer, error) { return ParseSector(s) }))
	}
	outOfRange := []struct {
		got, want string
	}{
		{Type(99).String(), "%!Type(99)"},
		{Kind(0).String(), ""},
		{Sector(200).String(), "%!Sector(200)"},
		{Status(0).Label(language.Indonesian), "tidak diketahui"},
	}
	for _, tt := range outOfRange {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
	if _, err := Kind(77).MarshalText(); err == nil {
		t.Errorf("Kind(77).MarshalText: no error")
	}
	var k Kind
	if err := k.UnmarshalText([]byte("MOU")); err != nil || k != KindMoU {
		t.Errorf("UnmarshalText(MOU) = %v, %v", k, err)
	}
	b, _ := KindMoU.AppendText([]byte("x:"))
	if diff := cmp.Diff("x:mou", string(b)); diff != "" {
		t.Errorf("AppendText mismatch (-want +got):\n%s", diff)
	}
}

type fmtStringer interface{ String() string }
