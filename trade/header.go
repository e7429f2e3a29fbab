package trade

import (
	"strings"

	"github.com/kerjasama/kerjasama/internal/fold"
	"github.com/kerjasama/kerjasama/internal/lang"
	"github.com/kerjasama/kerjasama/money"
	"golang.org/x/text/currency"
)

// A role is what a CSV column holds.
type role uint8

const (
	colNone role = iota
	colYear
	colMonth
	colPeriod
	colFlow
	colReporter
	colPartner
	colPost
	colHS
	colValue
	colCurrency
	colScheme
	colBasis
	colNetWeight
	colQuantity
	colUnit
	colSource
	colLevel  // UN Comtrade's aggregate level (aggrLevel, Aggregate Level)
	colLeaf   // UN Comtrade's leaf flag (isLeaf, Is Leaf Code)
	colClass  // UN Comtrade's classification (classificationCode, Classification)
	colExport // the export value of a wide table (Ekspor (Juta US$))
	colImport // the import value of a wide table (Impor (Juta US$))
	numRoles
)

var roleNames = [numRoles]string{"", "year", "month", "period", "flow", "reporter", "partner", "post", "hs",
	"value", "currency", "scheme", "basis", "net weight", "quantity", "unit", "source",
	"aggregate level", "leaf flag", "classification", "exports", "imports"}

// A column describes one known header: its role, the language it is
// written in (English also for language-neutral names), the layout it
// belongs to when only one layout uses it, and what it implies.
type column struct {
	role    role
	lang    lang.Lang
	only    Layout // 0: any layout
	flow    Flow   // the flow a BPS value or partner column implies
	neutral bool   // says nothing about the language ("hs")
	// prio ranks columns of one role: where a file has two ("Reporter"
	// and "Reporter ISO" in UN Comtrade's legacy files), the higher one
	// is read and the other ignored; two of the same rank are an error.
	prio uint8
}

var headerTable = func() map[string]column {
	m := make(map[string]column)
	add := func(r role, l lang.Lang, only Layout, flow Flow, names ...string) {
		for _, n := range names {
			m[fold.Key(n)] = column{role: r, lang: l, only: only, flow: flow}
		}
	}
	id, ms, en := lang.Indonesian, lang.Malay, lang.English
	add(colYear, id, 0, 0, "tahun", "thn")
	add(colYear, en, 0, 0, "year", "yr")
	add(colMonth, id, 0, 0, "bulan", "bln")
	add(colMonth, en, 0, 0, "month")
	add(colPeriod, id, 0, 0, "periode", "masa")
	add(colPeriod, ms, 0, 0, "tempoh")
	add(colPeriod, en, 0, 0, "period")
	add(colFlow, id, 0, 0, "arus", "arah", "jenis", "arus perdagangan", "ekspor impor", "ekspor/impor")
	add(colFlow, ms, 0, 0, "aliran", "eksport import")
	add(colFlow, en, 0, 0, "flow", "trade flow", "direction")
	add(colReporter, id, 0, 0, "pelapor", "provinsi", "daerah", "wilayah", "provinsi pelapor")
	add(colReporter, ms, 0, 0, "negeri")
	add(colReporter, en, 0, 0, "reporter", "region", "province")
	add(colPartner, id, 0, 0, "mitra", "negara mitra", "negara", "mitra dagang")
	add(colPartner, ms, 0, 0, "rakan", "rakan dagang", "negara rakan")
	add(colPartner, en, 0, 0, "partner", "country", "partner country")
	add(colPost, id, 0, 0, "pos", "pos lintas batas", "pos lintas batas negara", "plbn", "pos perbatasan")
	add(colPost, ms, 0, 0, "pos kawalan", "pos sempadan", "pintu masuk")
	add(colPost, en, 0, 0, "post", "border post", "border crossing", "crossing")
	add(colHS, id, 0, 0, "kode hs", "hs kode", "pos tarif", "kode barang", "kode komoditas")
	add(colHS, ms, 0, 0, "kod hs", "kod tarif")
	add(colHS, en, 0, 0, "hs code", "commodity code", "hs", "hs2", "hs4", "hs6", "hs8", "hs10")
	add(colValue, id, 0, 0, "nilai", "nilai rp", "nilai rupiah", "jumlah nilai", "nilai perdagangan")
	add(colValue, ms, 0, 0, "nilai rm", "nilai ringgit", "nilai dagangan")
	add(colValue, en, 0, 0, "value", "trade value", "amount")
	add(colCurrency, id, 0, 0, "mata uang", "valuta", "matauang")
	add(colCurrency, ms, 0, 0, "mata wang", "matawang")
	add(colCurrency, en, 0, 0, "currency", "cur", "ccy")
	add(colScheme, id, 0, 0, "skema", "jalur")
	add(colScheme, ms, 0, 0, "skim")
	add(colScheme, en, 0, 0, "scheme", "channel")
	add(colBasis, id, 0, 0, "basis", "dasar")
	add(colBasis, ms, 0, 0, "asas")
	add(colNetWeight, id, 0, 0, "berat bersih", "berat", "berat bersih kg", "netto", "berat netto")
	add(colNetWeight, en, 0, 0, "net weight", "weight", "net weight kg", "net mass")
	add(colQuantity, id, 0, 0, "jumlah", "kuantitas", "volume")
	add(colQuantity, ms, 0, 0, "kuantiti")
	add(colQuantity, en, 0, 0, "quantity")
	add(colUnit, id, 0, 0, "satuan", "satuan jumlah")
	add(colUnit, en, 0, 0, "unit", "quantity unit")
	add(colSource, id, 0, 0, "sumber", "sumber data")
	add(colSource, en, 0, 0, "source", "data source")

	// BPS export and import tables.
	add(colPost, id, BPS, 0, "pelabuhan", "pelabuhan muat", "pelabuhan bongkar", "pelabuhan ekspor", "pelabuhan impor")
	add(colPost, en, BPS, 0, "port", "port of loading", "port of unloading", "port of export", "port of import")
	add(colPartner, id, BPS, Export, "negara tujuan", "negara tujuan ekspor", "tujuan")
	add(colPartner, en, BPS, Export, "country of destination", "destination country", "destination")
	add(colPartner, id, BPS, Import, "negara asal", "negara asal impor", "asal")
	add(colPartner, en, BPS, Import, "country of origin", "origin country", "origin")
	add(colValue, id, BPS, Export, "nilai fob", "fob", "nilai fob us", "nilai ekspor", "nilai ekspor fob")
	add(colValue, en, BPS, Export, "fob value", "value fob", "fob value us", "export value")
	add(colValue, id, BPS, Import, "nilai cif", "cif", "nilai cif us", "nilai impor", "nilai impor cif")
	add(colValue, en, BPS, Import, "cif value", "value cif", "cif value us", "import value")

	// UN Comtrade.
	add(colYear, en, Comtrade, 0, "refyear")
	add(colMonth, en, Comtrade, 0, "refmonth")
	add(colReporter, en, Comtrade, 0, "reporteriso")
	add(colPartner, en, Comtrade, 0, "partneriso")
	add(colFlow, en, Comtrade, 0, "flowcode")
	add(colHS, en, Comtrade, 0, "cmdcode")
	add(colValue, en, Comtrade, 0, "primaryvalue")
	add(colNetWeight, en, Comtrade, 0, "netwgt")
	add(colQuantity, en, Comtrade, 0, "qty")
	add(colUnit, en, Comtrade, 0, "qtyunitabbr")

	// UN Comtrade's legacy API and bulk files (comtrade.un.org, before
	// Comtrade Plus), whose header reads "Classification,Year,Period,
	// Period Desc.,Aggregate Level,Is Leaf Code,Trade Flow Code,Trade
	// Flow,Reporter Code,Reporter,Reporter ISO,Partner Code,Partner,
	// Partner ISO,Commodity Code,Commodity,Qty Unit Code,Qty Unit,Qty,
	// Netweight (kg),Trade Value (US$),Flag". The ISO columns win over
	// the names beside them ("Reporter", "Partner").
	add(colFlow, en, 0, 0, "tradeflow")
	add(colNetWeight, en, 0, 0, "netweight", "netweightkg", "net wgt")
	add(colValue, en, 0, 0, "tradevalue", "trade value us", "tradevalueus", "primary value")
	add(colUnit, en, 0, 0, "qty unit", "qtyunit")
	for _, n := range []string{"reporter iso", "reporteriso3", "reporter iso3"} {
		m[fold.Key(n)] = column{role: colReporter, lang: en, only: Comtrade, prio: 1}
	}
	for _, n := range []string{"partner iso", "partneriso3", "partner iso3"} {
		m[fold.Key(n)] = column{role: colPartner, lang: en, only: Comtrade, prio: 1}
	}
	m["reporteriso"] = column{role: colReporter, lang: en, only: Comtrade, prio: 1}
	m["partneriso"] = column{role: colPartner, lang: en, only: Comtrade, prio: 1}

	// BPS microdata and export/import tables name the HS column by its
	// digits ("HS 10 digit", as the BPS microdata catalogue lists the
	// variables of Kompilasi Data Statistik Impor: "HS 10 digit, Negara
	// asal, Pelabuhan bongkar, Berat bersih (KG), Nilai CIF (USD)").
	for _, n := range []string{"2", "4", "6", "8", "9", "10"} {
		add(colHS, id, 0, 0, "hs "+n+" digit", "kode hs "+n+" digit", "hs"+n+" digit")
	}
	add(colValue, id, BPS, Export, "nilai fob usd", "nilai ekspor usd", "nilai ekspor us")
	add(colValue, id, BPS, Import, "nilai cif usd", "nilai impor usd", "nilai impor us")
	add(colValue, en, BPS, Export, "fob value usd", "export value usd", "value fob usd")
	add(colValue, en, BPS, Import, "cif value usd", "import value usd", "value cif usd")
	add(colPartner, id, BPS, Export, "negara tujuan ekspor", "negara penerima")
	add(colPartner, id, BPS, Import, "negara asal barang", "negara pengirim")
	add(colPost, id, BPS, 0, "pelabuhan asal", "pelabuhan tujuan", "kantor pabean", "pelabuhan muat ekspor", "pelabuhan bongkar impor")

	// BPS tables of both flows ("Negara Tujuan/Asal", "Nilai FOB/CIF
	// (US$)"): the flow comes from a flow column or the reader's Flow.
	add(colPartner, id, BPS, 0, "negara tujuan asal", "negara asal tujuan", "negara tujuan atau asal")
	add(colValue, id, BPS, 0, "nilai fob cif", "fob cif", "nilai cif fob", "nilai fob cif us", "nilai fob cif usd")

	// UN Comtrade's levels, leaf flags and classifications, in the
	// spellings of Comtrade Plus and of the legacy API and bulk files.
	add(colLevel, en, Comtrade, 0, "aggrlevel", "aggregate level", "aggr level")
	add(colLeaf, en, Comtrade, 0, "isleaf", "is leaf code", "isleafcode", "is leaf")
	add(colClass, en, Comtrade, 0, "classification", "classificationcode", "classification code")
	add(colFlow, en, Comtrade, 0, "tradeflowname")

	// The wide table of a press release (Berita Resmi Statistik): one row
	// a month, exports and imports side by side ("Tahun, Bulan, Ekspor
	// (Juta US$), Impor (Juta US$)"); each filled cell is one record.
	add(colExport, id, 0, 0, "ekspor", "total ekspor", "ekspor total")
	add(colExport, ms, 0, 0, "eksport", "jumlah eksport")
	add(colExport, en, 0, 0, "export", "exports", "total exports")
	add(colImport, id, 0, 0, "impor", "total impor", "impor total")
	add(colImport, ms, 0, 0, "import", "jumlah import")
	add(colImport, en, 0, 0, "imports", "total imports")

	for _, k := range []string{"hs", "hs2", "hs4", "hs6", "hs8", "hs10", "basis", "fob", "cif", "plbn"} {
		c := m[k]
		c.neutral = true
		m[k] = c
	}
	return m
}()

// headerColumn returns what the header text h announces, with the unit or
// currency written in brackets after it: "Nilai FOB (US$)" is a BPS export
// value in US dollars, "Berat Bersih (Kg)" a net weight in kg.
func headerColumn(h string) (c column, unit string, ok bool) {
	h = strings.TrimPrefix(h, "\ufeff")
	name := h
	if i := strings.IndexAny(h, "(["); i > 0 {
		name = h[:i]
		unit = strings.Trim(h[i:], "()[] \u00a0")
	}
	c, ok = headerTable[fold.Key(name)]
	if !ok && name != h {
		c, ok = headerTable[fold.Key(h)]
		unit = ""
	}
	return c, unit, ok
}

// unitCurrency returns the currency a header unit names: "US$", "USD",
// "Rp", "RM", "ribu US$" are not all scales this package reads; only a
// bare currency counts.
func unitCurrency(unit string) (currency.Unit, bool) {
	var buf [maxLabel]byte
	k, ascii := asciiKey(buf[:0], unit)
	if !ascii || len(unit) > maxLabel {
		k = []byte(fold.Key(unit))
	}
	switch string(k) {
	case "us", "usd", "us dollar", "dolar as", "dolar":
		return currency.USD, true
	case "rp", "idr", "rupiah":
		return currency.IDR, true
	case "rm", "myr", "ringgit":
		return money.MYR, true
	}
	return currency.Unit{}, false
}

// valueUnit reads the unit written in brackets after a value header:
// "US$", "Rp", "Juta US$", "Ribu Rupiah", "million USD", "000 US$". It
// returns the currency (zero if none is named) and the scale by which the
// column's numbers are to be multiplied (1 if none is named); ok is false
// for a unit it cannot read, which must not be guessed.
func valueUnit(unit string) (cur currency.Unit, scale int64, ok bool) {
	scale = 1
	for _, w := range strings.Fields(fold.Key(unit)) {
		if c, isCur := unitCurrency(w); isCur {
			cur = c
			continue
		}
		switch w {
		case "as": // "dolar AS"
		case "ribu", "rb", "thousand", "thousands", "000":
			scale *= 1_000
		case "juta", "jt", "million", "millions", "mn", "000000":
			scale *= 1_000_000
		case "miliar", "milyar", "billion", "billions", "bn":
			scale *= 1_000_000_000
		default:
			return currency.Unit{}, 0, false
		}
		if scale > 1_000_000_000_000 {
			return currency.Unit{}, 0, false
		}
	}
	return cur, scale, true
}
