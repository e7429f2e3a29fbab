package trade

import "golang.org/x/text/language"

// A Layout is the shape of a CSV file of trade figures. The zero Layout
// means "detect it from the header".
type Layout uint8

// The layouts ReadCSV knows.
const (
	// Simple is one figure per row: tahun, bulan, arus, pos, mitra, hs,
	// nilai, mata_uang (or year, month, flow, post, partner, hs, value,
	// currency), with optional periode, pelapor, skema, basis,
	// berat_bersih, jumlah, satuan and sumber columns.
	Simple Layout = 1 + iota
	// BPS is an export or import table as Statistics Indonesia (BPS)
	// publishes it: HS code, port of loading or unloading, country of
	// destination or origin, net weight in kg and the FOB (exports) or CIF
	// (imports) value in US dollars. The value column says the flow.
	BPS
	// Comtrade is the UN Comtrade layout: refYear, refMonth, reporterISO,
	// partnerISO, flowCode, cmdCode, primaryValue (US dollars), netWgt (kg).
	Comtrade
)

var layoutLabels = []labels{
	{id: "auto", en: "detected", in: "otomatis", ms: "automatik"},
	Simple:   {id: "simple", en: "simple", in: "sederhana", ms: "ringkas", aliases: []string{"basic", "default"}},
	BPS:      {id: "bps", en: "BPS export/import table", in: "tabel ekspor/impor BPS", ms: "jadual eksport/import BPS", aliases: []string{"bps", "badan pusat statistik"}},
	Comtrade: {id: "comtrade", en: "UN Comtrade", in: "UN Comtrade", ms: "UN Comtrade", aliases: []string{"un comtrade", "uncomtrade", "comtrade plus"}},
}

var layoutEnum = newEnum("layout", layoutLabels)

// String returns the identifier of l: "simple", "bps", "comtrade"; "auto"
// for the zero Layout.
func (l Layout) String() string { return enumString("Layout", layoutLabels, int(l)) }

// Label returns the name of l in the language of t. Unsupported languages
// get English.
func (l Layout) Label(t language.Tag) string {
	if int(l) < len(layoutLabels) {
		return layoutLabels[l].label(t)
	}
	return l.String()
}

// AppendText implements encoding.TextAppender: it appends what
// MarshalText returns to b.
func (l Layout) AppendText(b []byte) ([]byte, error) {
	return appendEnum(b, "Layout", layoutLabels, int(l))
}

// MarshalText implements encoding.TextMarshaler with the identifier of l;
// the zero Layout marshals to empty text.
func (l Layout) MarshalText() ([]byte, error) {
	return appendEnum(nil, "Layout", layoutLabels, int(l))
}

// UnmarshalText implements encoding.TextUnmarshaler: it accepts what
// ParseLayout accepts, and empty text (or "auto") for the zero Layout.
func (l *Layout) UnmarshalText(text []byte) error {
	if string(text) == "auto" {
		*l = 0
		return nil
	}
	v, err := unmarshalEnum(layoutEnum, "Layout.UnmarshalText", text)
	*l = Layout(v)
	return err
}

// ParseLayout reads a layout name: "simple", "sederhana", "bps",
// "comtrade", "UN Comtrade".
func ParseLayout(s string) (Layout, error) {
	v, err := layoutEnum.lookup("ParseLayout", s)
	return Layout(v), err
}
