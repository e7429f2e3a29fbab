package trade

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

func TestParseFlow(t *testing.T) {
	tests := []struct {
		in   string
		want Flow
		err  error
	}{
		{"ekspor", Export, nil},
		{"Ekspor", Export, nil},
		{"EKSPOR", Export, nil},
		{" ekspor\u00a0", Export, nil},
		{"eksport", Export, nil},
		{"export", Export, nil},
		{"Exports", Export, nil},
		{"X", Export, nil},
		{"x", Export, nil},
		{"DX", Export, nil},
		{"impor", Import, nil},
		{"Import", Import, nil},
		{"M", Import, nil},
		{"FM", Import, nil},
		{"Nilai Impor", Import, nil},
		{"ekspor kembali", ReExport, nil},
		{"Eksport Semula", ReExport, nil},
		{"re-export", ReExport, nil},
		{"Re-Ekspor", ReExport, nil},
		{"RX", ReExport, nil},
		{"impor kembali", ReImport, nil},
		{"import semula", ReImport, nil},
		{"re_import", ReImport, nil},
		{"RM", ReImport, nil},
		{"éxport", Export, nil}, // non-ASCII goes through fold.Key
		{"", 0, ErrSyntax},
		{"   ", 0, ErrSyntax},
		{"transit", 0, ErrUnknown},
		{"MIP", 0, ErrUnknown},
		{string(make([]byte, 200)), 0, ErrSyntax},
	}
	for _, tt := range tests {
		got, err := ParseFlow(tt.in)
		if !errors.Is(err, tt.err) || (tt.err == nil) != (err == nil) {
			t.Errorf("ParseFlow(%q) error = %v, want %v", tt.in, err, tt.err)
		}
		if got != tt.want {
			t.Errorf("ParseFlow(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestParseSchemeRefusesPLB(t *testing.T) {
	tests := []struct {
		in   string
		want Scheme
		err  error
	}{
		{"KILB", BorderTradeCard, nil},
		{"kilb", BorderTradeCard, nil},
		{"Kartu Identitas Lintas Batas", BorderTradeCard, nil},
		{"pas lintas batas", BorderTradePass, nil},
		{"Pas Lintas Sempadan", BorderTradePass, nil},
		{"border pass", BorderTradePass, nil},
		{"lintas batas", BorderTrade, nil},
		{"BTA", BorderTrade, nil},
		{"perdagangan rentas sempadan", BorderTrade, nil},
		{"PEB", Regular, nil},
		{"reguler", Regular, nil},
		{"regular", Regular, nil},
		{"PLB", 0, ErrAmbiguous},
		{"P.L.B.", 0, ErrAmbiguous},
		{"pos lintas batas", 0, ErrUnknown}, // a place, not a scheme
	}
	for _, tt := range tests {
		got, err := ParseScheme(tt.in)
		if !errors.Is(err, tt.err) || (tt.err == nil) != (err == nil) {
			t.Errorf("ParseScheme(%q) error = %v, want %v", tt.in, err, tt.err)
		}
		if got != tt.want {
			t.Errorf("ParseScheme(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestParseBasisStatusLayout(t *testing.T) {
	for in, want := range map[string]Basis{"port": PortBasis, "Pelabuhan Muat": PortBasis, "origin": OriginBasis, "Provinsi Asal": OriginBasis, "asal barangan": OriginBasis} {
		if got, err := ParseBasis(in); err != nil || got != want {
			t.Errorf("ParseBasis(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for in, want := range map[string]Status{"surplus": Surplus, "Defisit": Deficit, "lebihan": Surplus, "seimbang": Balanced, "deficit": Deficit} {
		if got, err := ParseStatus(in); err != nil || got != want {
			t.Errorf("ParseStatus(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for in, want := range map[string]Layout{"simple": Simple, "Sederhana": Simple, "BPS": BPS, "UN Comtrade": Comtrade, "comtrade": Comtrade} {
		if got, err := ParseLayout(in); err != nil || got != want {
			t.Errorf("ParseLayout(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
}

func TestEnumText(t *testing.T) {
	type labelled interface {
		String() string
		Label(language.Tag) string
		MarshalText() ([]byte, error)
	}
	tests := []struct {
		v          labelled
		id, in, ms string
		en         string
	}{
		{Export, "export", "ekspor", "eksport", "export"},
		{ReImport, "re-import", "impor kembali", "import semula", "re-import"},
		{Flow(0), "", "tidak diketahui", "tidak diketahui", "unknown"},
		{Flow(9), "%!Flow(9)", "%!Flow(9)", "%!Flow(9)", "%!Flow(9)"},
		{PortBasis, "port", "menurut pelabuhan", "melalui pelabuhan", "through the reporter's ports"},
		{BorderTradeCard, "border-card", "perdagangan lintas batas dengan KILB", "perdagangan rentas sempadan dengan KILB", "border trade with KILB card"},
		{Scheme(200), "%!Scheme(200)", "%!Scheme(200)", "%!Scheme(200)", "%!Scheme(200)"},
		{Surplus, "surplus", "surplus", "lebihan", "surplus"},
		{Deficit, "deficit", "defisit", "defisit", "deficit"},
		{Status(7), "%!Status(7)", "%!Status(7)", "%!Status(7)", "%!Status(7)"},
		{Comtrade, "comtrade", "UN Comtrade", "UN Comtrade", "UN Comtrade"},
	}
	for _, tt := range tests {
		got := []string{tt.v.String(), tt.v.Label(language.Indonesian), tt.v.Label(language.Malay), tt.v.Label(language.English), tt.v.Label(language.Japanese)}
		want := []string{tt.id, tt.in, tt.ms, tt.en, tt.en}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("labels of %v mismatch (-want +got):\n%s", tt.id, diff)
		}
	}
	// Round trips through text.
	for f := Flow(0); f <= ReImport; f++ {
		b, err := f.MarshalText()
		var g Flow
		if err == nil {
			err = g.UnmarshalText(b)
		}
		if err != nil || g != f {
			t.Errorf("Flow %v: text %q gives %v, %v", f, b, g, err)
		}
	}
	for s := Scheme(0); s <= BorderTradePass; s++ {
		b, err := s.MarshalText()
		var g Scheme
		if err == nil {
			err = g.UnmarshalText(b)
		}
		if err != nil || g != s {
			t.Errorf("Scheme %v: text %q gives %v, %v", s, b, g, err)
		}
	}
	for s := Basis(0); s <= OriginBasis; s++ {
		b, err := s.MarshalText()
		var g Basis
		if err == nil {
			err = g.UnmarshalText(b)
		}
		if err != nil || g != s {
			t.Errorf("Basis %v: text %q gives %v, %v", s, b, g, err)
		}
	}
	for s := Status(0); s <= Balanced; s++ {
		b, err := s.MarshalText()
		var g Status
		if err == nil {
			err = g.UnmarshalText(b)
		}
		if err != nil || g != s {
			t.Errorf("Status %v: text %q gives %v, %v", s, b, g, err)
		}
	}
	if b, err := BorderTradeCard.AppendText([]byte("scheme=")); err != nil || string(b) != "scheme=border-card" {
		t.Errorf("AppendText = %q, %v", b, err)
	}
	if b, err := Layout(0).MarshalText(); err != nil || string(b) != "auto" {
		t.Errorf("Layout(0).MarshalText() = %q, %v; want \"auto\"", b, err)
	}
	if b, err := Flow(0).MarshalText(); err != nil || b == nil || len(b) != 0 {
		t.Errorf("Flow(0).MarshalText() = %#v, %v; want empty text", b, err)
	}
	if _, err := Flow(9).MarshalText(); !errors.Is(err, ErrRange) {
		t.Errorf("Flow(9).MarshalText() error = %v, want ErrRange", err)
	}
}

func TestParseFlowNoAllocs(t *testing.T) {
	allocs := testing.AllocsPerRun(100, func() {
		if _, err := ParseFlow("Ekspor"); err != nil {
			t.Fatal(err)
		}
	})
	if allocs != 0 {
		t.Errorf("ParseFlow allocates %v times, want 0", allocs)
	}
}

func TestParseError(t *testing.T) {
	_, err := ParseHS("0101.2")
	want := `trade.ParseHS("0101.2"): odd number of digits (was a leading zero dropped?) (at "2")`
	if err == nil || err.Error() != want {
		t.Errorf("ParseHS(%q) error = %v, want %s", "0101.2", err, want)
	}
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Offset != 5 || pe.Input != "0101.2" {
		t.Errorf("ParseHS error = %#v, want a *ParseError at offset 5", err)
	}
}
