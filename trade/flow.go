package trade

import (
	"github.com/kerjasama/kerjasama/internal/enum"
	"golang.org/x/text/language"
)

// A Flow is the direction of a trade figure. The zero Flow is unknown.
type Flow uint8

// The flows. Comtrade's flow codes are accepted by ParseFlow: X, M, RX, RM
// (and DX, domestic exports, and FM, foreign imports, as Export and Import).
const (
	Export   Flow = 1 + iota // goods leaving: ekspor (id), eksport (ms)
	Import                   // goods arriving: impor (id), import (ms)
	ReExport                 // goods leaving again unchanged: ekspor kembali, eksport semula
	ReImport                 // goods returning unchanged: impor kembali, import semula
)

var flowLabels = []enum.Entry{
	{ID: "unknown", En: "unknown", In: "tidak diketahui", Ms: "tidak diketahui"},
	Export: {ID: "export", En: "export", In: "ekspor", Ms: "eksport",
		Aliases: []string{"X", "DX", "E", "exports", "expor", "eksport", "nilai ekspor", "ekspor barang"}},
	Import: {ID: "import", En: "import", In: "impor", Ms: "import",
		Aliases: []string{"M", "FM", "I", "imports", "imp", "nilai impor", "impor barang"}},
	ReExport: {ID: "re-export", En: "re-export", In: "ekspor kembali", Ms: "eksport semula",
		Aliases: []string{"RX", "re-exports", "reexport", "re-ekspor", "reekspor", "re-eksport"}},
	ReImport: {ID: "re-import", En: "re-import", In: "impor kembali", Ms: "import semula",
		Aliases: []string{"RM", "re-imports", "reimport", "re-impor", "reimpor"}},
}

var flowEnum = newEnum("Flow", flowLabels)

// String returns the stable English identifier of f: "export", "import",
// "re-export", "re-import"; "" for the zero Flow and "%!Flow(9)" for
// a value out of range. It never panics.
func (f Flow) String() string { return flowEnum.String(int(f)) }

// Label returns the name of f in the language of t: "ekspor" (id),
// "eksport" (ms), "export" (en). Unsupported languages get English.
func (f Flow) Label(t language.Tag) string {
	return flowEnum.Label(int(f), t)
}

// IsOutward reports whether f takes goods out of the reporter: Export or
// ReExport.
func (f Flow) IsOutward() bool { return f == Export || f == ReExport }

// IsInward reports whether f brings goods into the reporter: Import or
// ReImport.
func (f Flow) IsInward() bool { return f == Import || f == ReImport }

// AppendText implements encoding.TextAppender: it appends what
// MarshalText returns to b.
func (f Flow) AppendText(b []byte) ([]byte, error) {
	return flowEnum.AppendText(b, int(f))
}

// MarshalText implements encoding.TextMarshaler with the identifier of f;
// the zero Flow marshals to empty text.
func (f Flow) MarshalText() ([]byte, error) {
	return flowEnum.AppendText(nil, int(f))
}

// UnmarshalText implements encoding.TextUnmarshaler: it accepts what
// ParseFlow accepts, and empty text for the zero Flow.
func (f *Flow) UnmarshalText(text []byte) error {
	v, err := flowEnum.UnmarshalText(text)
	*f = Flow(v)
	return err
}

// ParseFlow reads a flow written in Indonesian, Malay or English, in any
// letter case: "ekspor", "Impor", "eksport", "import", "Re-export",
// "ekspor kembali", "eksport semula", and Comtrade's codes "X", "M", "RX",
// "RM". It does not allocate for ASCII input.
func ParseFlow(s string) (Flow, error) {
	v, err := flowEnum.Parse("ParseFlow", s)
	return Flow(v), err
}

// A Basis says how a region's exports or imports are counted. Indonesian
// statistics publish provincial trade on two bases whose totals differ. The
// zero Basis is unknown.
type Basis uint8

// The bases.
const (
	// PortBasis counts goods loaded at (exports) or unloaded at (imports)
	// the reporter's ports and border posts, wherever they come from or go
	// to: BPS "menurut pelabuhan muat/bongkar".
	PortBasis Basis = 1 + iota
	// OriginBasis counts goods that originate in the reporter (exports) or
	// are destined for it (imports), whichever port they pass: BPS "menurut
	// provinsi asal barang / tujuan".
	OriginBasis
)

var basisLabels = []enum.Entry{
	{ID: "unknown", En: "unknown", In: "tidak diketahui", Ms: "tidak diketahui"},
	PortBasis: {ID: "port", En: "through the reporter's ports", In: "menurut pelabuhan", Ms: "melalui pelabuhan",
		Aliases: []string{"ports", "port basis", "through ports", "pelabuhan", "pelabuhan muat", "pelabuhan bongkar",
			"menurut pelabuhan muat", "menurut pelabuhan bongkar", "pelabuhan muat bongkar", "melalui pelabuhan"}},
	OriginBasis: {ID: "origin", En: "of the reporter's origin", In: "menurut asal barang", Ms: "asal barangan",
		Aliases: []string{"origin basis", "by origin", "asal", "asal barang", "daerah asal", "provinsi asal",
			"menurut provinsi asal barang", "menurut daerah asal barang", "tujuan", "provinsi tujuan", "destination"}},
}

var basisEnum = newEnum("Basis", basisLabels)

// String returns the stable identifier of b: "port" or "origin"; ""
// for the zero Basis.
func (b Basis) String() string { return basisEnum.String(int(b)) }

// Label returns the name of b in the language of t ("menurut pelabuhan",
// "melalui pelabuhan", "through the reporter's ports"). Unsupported
// languages get English.
func (b Basis) Label(t language.Tag) string {
	return basisEnum.Label(int(b), t)
}

// AppendText implements encoding.TextAppender: it appends what
// MarshalText returns to dst.
func (b Basis) AppendText(dst []byte) ([]byte, error) {
	return basisEnum.AppendText(dst, int(b))
}

// MarshalText implements encoding.TextMarshaler with the identifier of b;
// the zero Basis marshals to empty text.
func (b Basis) MarshalText() ([]byte, error) {
	return basisEnum.AppendText(nil, int(b))
}

// UnmarshalText implements encoding.TextUnmarshaler: it accepts what
// ParseBasis accepts, and empty text for the zero Basis.
func (b *Basis) UnmarshalText(text []byte) error {
	v, err := basisEnum.UnmarshalText(text)
	*b = Basis(v)
	return err
}

// ParseBasis reads a basis in Indonesian, Malay or English: "port",
// "pelabuhan muat", "origin", "asal barang", "provinsi asal".
func ParseBasis(s string) (Basis, error) {
	v, err := basisEnum.Parse("ParseBasis", s)
	return Basis(v), err
}

// A Scheme is the legal channel a trade flow went through. Border trade
// under the 1970 Indonesia–Malaysia Border Trade Agreement is done by
// residents of the border area holding a cross-border identity card
// (Kartu Identitas Lintas Batas, KILB) or a border pass (Pas Lintas Batas,
// PLB), within a per-person monthly limit (see Limit); everything else goes
// through a regular customs declaration. The zero Scheme is unknown.
//
// A border pass is a travel document held by a person; it is not a border
// post (Pos Lintas Batas, a place — the Post field of Record). Because
// both are abbreviated "PLB", ParseScheme refuses the bare abbreviation.
type Scheme uint8

// The schemes.
const (
	// Regular is trade on a regular customs declaration (PEB for exports,
	// PIB for imports).
	Regular Scheme = 1 + iota
	// BorderTrade is trade under the Border Trade Agreement when the
	// document used is not stated.
	BorderTrade
	// BorderTradeCard is border trade by holders of the cross-border
	// identity card, KILB (Kartu Identitas Lintas Batas).
	BorderTradeCard
	// BorderTradePass is border trade by holders of the border pass, Pas
	// Lintas Batas (a document, not a post).
	BorderTradePass
)

var schemeLabels = []enum.Entry{
	{ID: "unknown", En: "unknown", In: "tidak diketahui", Ms: "tidak diketahui"},
	Regular: {ID: "regular", En: "regular customs declaration", In: "kepabeanan reguler", Ms: "kastam biasa",
		Aliases: []string{"customs", "reguler", "umum", "biasa", "PEB", "PIB", "PEB/PIB", "dokumen kepabeanan", "pemberitahuan pabean"}},
	BorderTrade: {ID: "border-trade", En: "border trade", In: "perdagangan lintas batas", Ms: "perdagangan rentas sempadan",
		Aliases: []string{"BTA", "border trade agreement", "lintas batas", "perdagangan perbatasan", "rentas sempadan", "border"}},
	BorderTradeCard: {ID: "border-card", En: "border trade with KILB card", In: "perdagangan lintas batas dengan KILB", Ms: "perdagangan rentas sempadan dengan KILB",
		Aliases: []string{"KILB", "card", "border card", "kartu", "kad", "kartu identitas lintas batas", "kartu lintas batas",
			"kad pengenalan rentas sempadan", "cross-border card", "border trade card", "lintas batas KILB"}},
	BorderTradePass: {ID: "border-pass", En: "border trade with border pass", In: "perdagangan lintas batas dengan pas lintas batas", Ms: "perdagangan rentas sempadan dengan pas lintas sempadan",
		Aliases: []string{"pass", "border pass", "pas lintas batas", "pas lintas sempadan", "pas", "border trade pass"}},
}

const plbAmbiguous = `"PLB" may mean a border post (Pos Lintas Batas) or a border pass (Pas Lintas Batas); write "pas lintas batas" for the pass`

var schemeEnum = newEnum("Scheme", schemeLabels).Refuse("PLB", plbAmbiguous).Refuse("P.L.B.", plbAmbiguous)

// String returns the stable identifier of s: "regular", "border-trade",
// "border-card", "border-pass"; "" for the zero Scheme.
func (s Scheme) String() string { return schemeEnum.String(int(s)) }

// Label returns the name of s in the language of t. Unsupported languages
// get English.
func (s Scheme) Label(t language.Tag) string {
	return schemeEnum.Label(int(s), t)
}

// IsBorderTrade reports whether s is border trade under the Border Trade
// Agreement, with whatever document.
func (s Scheme) IsBorderTrade() bool {
	return s == BorderTrade || s == BorderTradeCard || s == BorderTradePass
}

// AppendText implements encoding.TextAppender: it appends what
// MarshalText returns to b.
func (s Scheme) AppendText(b []byte) ([]byte, error) {
	return schemeEnum.AppendText(b, int(s))
}

// MarshalText implements encoding.TextMarshaler with the identifier of s;
// the zero Scheme marshals to empty text.
func (s Scheme) MarshalText() ([]byte, error) {
	return schemeEnum.AppendText(nil, int(s))
}

// UnmarshalText implements encoding.TextUnmarshaler: it accepts what
// ParseScheme accepts, and empty text for the zero Scheme.
func (s *Scheme) UnmarshalText(text []byte) error {
	v, err := schemeEnum.UnmarshalText(text)
	*s = Scheme(v)
	return err
}

// ParseScheme reads a scheme in Indonesian, Malay or English: "regular",
// "PEB", "lintas batas", "KILB", "kartu identitas lintas batas", "pas
// lintas batas", "border pass". The bare abbreviation "PLB" is refused with
// ErrAmbiguous: it also stands for Pos Lintas Batas, a border post.
func ParseScheme(s string) (Scheme, error) {
	v, err := schemeEnum.Parse("ParseScheme", s)
	return Scheme(v), err
}

// A Status is the sign of a trade balance. The zero Status is unknown.
type Status uint8

// The statuses.
const (
	Surplus  Status = 1 + iota // exports exceed imports
	Deficit                    // imports exceed exports
	Balanced                   // exports equal imports
)

var statusLabels = []enum.Entry{
	{ID: "unknown", En: "unknown", In: "tidak diketahui", Ms: "tidak diketahui"},
	Surplus:  {ID: "surplus", En: "surplus", In: "surplus", Ms: "lebihan", Aliases: []string{"lebihan dagangan", "positif"}},
	Deficit:  {ID: "deficit", En: "deficit", In: "defisit", Ms: "defisit", Aliases: []string{"kurangan", "defisit dagangan", "negatif"}},
	Balanced: {ID: "balanced", En: "balanced", In: "seimbang", Ms: "seimbang", Aliases: []string{"even", "berimbang", "nol"}},
}

var statusEnum = newEnum("Status", statusLabels)

// String returns the stable identifier of s: "surplus", "deficit",
// "balanced"; "" for the zero Status.
func (s Status) String() string { return statusEnum.String(int(s)) }

// Label returns the name of s in the language of t: "defisit" (id, ms),
// "deficit" (en); "lebihan" is the Malay surplus. Unsupported languages get
// English.
func (s Status) Label(t language.Tag) string {
	return statusEnum.Label(int(s), t)
}

// AppendText implements encoding.TextAppender: it appends what
// MarshalText returns to b.
func (s Status) AppendText(b []byte) ([]byte, error) {
	return statusEnum.AppendText(b, int(s))
}

// MarshalText implements encoding.TextMarshaler with the identifier of s;
// the zero Status marshals to empty text.
func (s Status) MarshalText() ([]byte, error) {
	return statusEnum.AppendText(nil, int(s))
}

// UnmarshalText implements encoding.TextUnmarshaler: it accepts what
// ParseStatus accepts, and empty text for the zero Status.
func (s *Status) UnmarshalText(text []byte) error {
	v, err := statusEnum.UnmarshalText(text)
	*s = Status(v)
	return err
}

// ParseStatus reads a balance status in Indonesian, Malay or English:
// "surplus", "defisit", "lebihan", "deficit", "seimbang", "balanced".
func ParseStatus(s string) (Status, error) {
	v, err := statusEnum.Parse("ParseStatus", s)
	return Status(v), err
}
