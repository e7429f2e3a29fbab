package trade

import (
	"github.com/kerjasama/kerjasama/internal/enum"
	"golang.org/x/text/language"
)

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
	// (imports) value in US dollars. The value column says the flow
	// ("Nilai FOB/CIF" does not: a flow column or CSVReader.Flow does).
	// The wide table of a press release (Tahun, Bulan, Ekspor (Juta US$),
	// Impor (Juta US$)) is read in any layout, a record for each cell.
	BPS
	// Comtrade is the UN Comtrade layout: refYear, refMonth, reporterISO,
	// partnerISO, flowCode, cmdCode, primaryValue (US dollars), netWgt (kg).
	Comtrade
)

var layoutLabels = []enum.Entry{
	{ID: "auto", En: "detected", In: "otomatis", Ms: "automatik", Aliases: []string{"unknown"}},
	Simple:   {ID: "simple", En: "simple", In: "sederhana", Ms: "ringkas", Aliases: []string{"basic", "default"}},
	BPS:      {ID: "bps", En: "BPS export/import table", In: "tabel ekspor/impor BPS", Ms: "jadual eksport/import BPS", Aliases: []string{"bps", "badan pusat statistik"}},
	Comtrade: {ID: "comtrade", En: "UN Comtrade", In: "UN Comtrade", Ms: "UN Comtrade", Aliases: []string{"un comtrade", "uncomtrade", "comtrade plus"}},
}

// The zero Layout is a value, "auto": detect the layout from the header.
var layoutEnum = enum.New(enum.Config{Type: "Layout", ZeroIsValue: true, MaxLen: maxLabel, Err: enumError}, layoutLabels)

// String returns the identifier of l: "simple", "bps", "comtrade"; "auto"
// for the zero Layout.
func (l Layout) String() string { return layoutEnum.String(int(l)) }

// Label returns the name of l in the language of t. Unsupported languages
// get English.
func (l Layout) Label(t language.Tag) string {
	return layoutEnum.Label(int(l), t)
}

// AppendText implements encoding.TextAppender: it appends what
// MarshalText returns to b.
func (l Layout) AppendText(b []byte) ([]byte, error) {
	return layoutEnum.AppendText(b, int(l))
}

// MarshalText implements encoding.TextMarshaler with the identifier of l;
// the zero Layout marshals to "auto".
func (l Layout) MarshalText() ([]byte, error) {
	return layoutEnum.AppendText(nil, int(l))
}

// UnmarshalText implements encoding.TextUnmarshaler: it accepts what
// ParseLayout accepts, and empty text (or "auto") for the zero Layout.
func (l *Layout) UnmarshalText(text []byte) error {
	v, err := layoutEnum.UnmarshalText(text)
	*l = Layout(v)
	return err
}

// ParseLayout reads a layout name: "simple", "sederhana", "bps",
// "comtrade", "UN Comtrade".
func ParseLayout(s string) (Layout, error) {
	v, err := layoutEnum.Parse("ParseLayout", s)
	return Layout(v), err
}
