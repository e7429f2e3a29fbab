package agreement

import (
	"strings"
	"sync"

	"github.com/kerjasama/kerjasama/internal/fold"
	"github.com/kerjasama/kerjasama/internal/header"
)

// Header matching.
//
// Real inventories do not keep to one set of headers: "NO.", "Judul Kerja
// Sama", "Nama Mitra", "Tgl. Penandatanganan", "Masa Berlaku", "Jangka Waktu
// (Tahun)", "Ruang Lingkup", "Keterangan/Status", "Tanggal Penanda Tanganan".
// matchHeader reads a header through internal/header, the one header
// matcher of the module's readers, in these steps, stopping at the first
// that gives a column:
//
//  1. The header as written, folded (case, spacing, punctuation and
//     accents ignored), against the names in columnNames.
//  2. Text in brackets is set aside: "Jangka Waktu (Tahun)" is the term
//     column, and the bracket gives the unit of bare numbers in it
//     ("5" is five years); "Nilai (Juta Rupiah)" gives a currency and a
//     scale for bare amounts (no currency is assumed when the bracket
//     gives none). Other bracketed text is ignored.
//  3. Abbreviations are written out (Tgl → Tanggal, Thn → Tahun, Bln →
//     Bulan, Ket → Keterangan, TTD → Tanda Tangan), words joined
//     ("Penanda Tanganan" is "Penandatanganan") and the words that only
//     restate the subject dropped: "Nama" before, and "Kerja Sama",
//     "Kerjasama", "KS", "Naskah", "Dokumen", "Perjanjian" after, the rest
//     ("Nama Mitra" → "Mitra", "Jenis Naskah Kerja Sama" → "Jenis Naskah").
//  4. A header of several names separated by "/" ("Keterangan/Status",
//     "Mitra/Negara") is the column of its first known part; "Keterangan/
//     Status" and "Status/Keterangan" are a status column whose cells that
//     are not a status are kept as notes without a warning.
//  5. A misspelt header within a small edit distance of exactly one
//     column's name (one edit for 5–8 letters, two from 9; "Tangal
//     Penandatangan").
//
// A term or duration header may also end with its unit as a word
// ("durasi_tahun", "Lama Bulan"). A term column headed "Periode" or
// "Period" alone, without a unit, may hold renewal rounds: its cells that
// are a bare number of one or two digits are read as the round, not the
// term (headerInfo.round).
//
// A header that fits nothing is not guessed: its column is kept in Notes
// and reported once as a warning, as before.

// headerInfo is what a header says about its column.
type headerInfo struct {
	col column
	// unit is appended to a bare number in a term column ("tahun",
	// "bulan"); for a funding column, prefix and scale are put around a
	// bare amount ("Rp", "juta").
	unit, prefix, scale string
	// statusNotes marks a "Keterangan/Status" column.
	statusNotes bool
	// round marks a term column headed "Periode" or "Period" with no
	// unit: its cells that are a bare number of one or two digits are the
	// renewal round (1, 2), not a term.
	round bool
}

// headers reads the headers of inventories through the module's one
// header matcher (internal/header): the column names of columnNames, the
// abbreviations of headers written out, and the words that only restate
// the subject, dropped from the start and end of a header when what is
// left names a column.
var headers = sync.OnceValue(func() *header.Matcher[column] {
	cols := make(map[column][]string, numColumns)
	for c, names := range columnNames {
		cols[column(c)] = names
	}
	return header.New(cols, header.Options{
		Abbrev: map[string]string{
			"tgl": "tanggal", "tgll": "tanggal", "tggl": "tanggal", "thn": "tahun", "th": "tahun", "bln": "bulan",
			"ket": "keterangan", "ttd": "tanda tangan", "jns": "jenis", "kerjasama": "kerja sama",
			"penandatangan": "penandatanganan", "mitrakerja": "mitra kerja", "no": "no", "nmr": "nomor",
		},
		Lead:  []string{"nama", "data", "daftar"},
		Trail: []string{"kerja sama", "ks", "naskah", "dokumen", "perjanjian", "mou", "moa", "pks"},
	})
})

// matchHeader returns what the header h says; col is colNone for a header
// that fits no column.
func matchHeader(h string) headerInfo {
	info := matchHeaderAll(h)
	if info.col == colTerm && info.unit == "" {
		switch fold.Key(h) {
		case "periode", "period", "periode kerja sama", "periode ke", "period no":
			info.round = true
		}
	}
	return info
}

// unitWords are the units a term or duration header may end with
// ("durasi_tahun", "Lama Bulan"), by folded word.
var unitWords = map[string]string{
	"tahun": "tahun", "thn": "tahun", "th": "tahun", "year": "tahun", "years": "tahun",
	"bulan": "bulan", "bln": "bulan", "month": "bulan", "months": "bulan",
	"hari": "hari", "day": "hari", "days": "hari",
}

func matchHeaderAll(h string) headerInfo {
	if c, ok := headers().Exact(h); ok {
		return headerInfo{col: c}
	}
	// A unit as the last word of a term or duration header: "durasi_tahun".
	k := fold.Key(h)
	if i := strings.LastIndexByte(k, ' '); i > 0 {
		if u, ok := unitWords[k[i+1:]]; ok {
			if c, _ := headers().Match(k[:i]); c == colTerm || c == colDuration {
				return headerInfo{col: c, unit: u}
			}
		}
	}
	cols, bracket := headers().Parts(h)
	if len(cols) == 0 {
		return headerInfo{}
	}
	info := headerInfo{col: cols[0]}
	for _, c := range cols[1:] {
		if cols[0] == colStatus && c == colNotes || cols[0] == colNotes && c == colStatus {
			info = headerInfo{col: colStatus, statusNotes: true}
		}
	}
	return withUnit(info, bracket)
}

// withUnit reads the bracket of a term or funding header.
func withUnit(info headerInfo, bracket string) headerInfo {
	if bracket == "" {
		return info
	}
	for _, w := range strings.Fields(fold.Key(bracket)) {
		w = headers().Expand(w)
		switch info.col {
		case colTerm, colDuration:
			switch w {
			case "tahun", "year", "years", "tahunan":
				info.unit = "tahun"
			case "bulan", "month", "months":
				info.unit = "bulan"
			case "hari", "day", "days":
				info.unit = "hari"
			}
		case colFunding:
			switch w {
			case "rp", "rupiah", "idr":
				info.prefix = "Rp"
			case "usd", "us", "dolar", "dollar":
				info.prefix = "US$"
			case "rm", "ringgit", "myr":
				info.prefix = "RM"
			case "ribu", "juta", "miliar", "milyar", "triliun":
				info.scale = w
			}
		}
	}
	return info
}

// applyUnit puts the unit a header gives around a cell that is a bare
// number: "5" under "Jangka Waktu (Tahun)" is "5 tahun", "500" under
// "Nilai (Juta Rupiah)" is "Rp500 juta". Other cells are returned as
// written.
func (h headerInfo) applyUnit(v string) string {
	if !isBareNumber(v) {
		return v
	}
	switch h.col {
	case colTerm, colDuration:
		if h.unit != "" {
			return v + " " + h.unit
		}
	case colFunding:
		// No currency is assumed: "Nilai (Juta)" gives "500 juta", which
		// money.Parse refuses rather than guess a currency.
		if h.scale != "" {
			return h.prefix + v + " " + h.scale
		}
		if h.prefix != "" {
			return h.prefix + v
		}
	}
	return v
}

// isBareNumber reports whether v is digits with "." or "," separators.
func isBareNumber(v string) bool {
	digits := 0
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' || c == ',':
		default:
			return false
		}
	}
	return digits > 0
}
