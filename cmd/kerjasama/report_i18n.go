package main

import (
	"fmt"

	"github.com/kerjasama/kerjasama/internal/lang"
	"golang.org/x/text/language"
)

// The words of the report command that the evaluate package does not
// provide: HTML headings, table headers, chart legends, errors and
// progress. Each entry is {English, Indonesian, Malay}; Brunei Malay uses
// the Malay words.
var reportWords = map[string][3]string{
	// Page.
	"title":      {"Evaluation of inter-governmental cooperation", "Laporan evaluasi kerja sama", "Laporan penilaian kerjasama"},
	"subtitle":   {"Situation on %s. Made by kerjasama.", "Keadaan pada %s. Disusun dengan kerjasama.", "Keadaan pada %s. Disediakan dengan kerjasama."},
	"footer":     {"Every figure comes from the sources listed. Charts: exports, imports and balance per period; sessions on a timeline; agreements by status.", "Setiap angka berasal dari sumber yang tercantum. Grafik: ekspor, impor dan neraca per periode; sidang pada garis waktu; kerja sama menurut status.", "Setiap angka berasal daripada sumber yang disenaraikan. Carta: eksport, import dan imbangan mengikut tempoh; persidangan pada garis masa; kerjasama mengikut status."},
	"findings":   {"Findings", "Temuan", "Dapatan"},
	"sources":    {"Sources", "Sumber", "Sumber"},
	"noData":     {"No data.", "Tidak ada data.", "Tiada data."},
	"sec.trade":  {"Trade balance", "Neraca perdagangan", "Imbangan dagangan"},
	"sec.agr":    {"Agreements", "Kerja sama", "Kerjasama"},
	"sec.forums": {"Forum regularity", "Keteraturan forum", "Kekerapan forum"},
	"sec.dec":    {"Decisions carried out", "Pelaksanaan keputusan", "Pelaksanaan keputusan"},
	"sec.wel":    {"Welfare at the border", "Kesejahteraan di perbatasan", "Kesejahteraan di sempadan"},

	// Trade.
	"period":         {"Period", "Periode", "Tempoh"},
	"exports":        {"Exports", "Ekspor", "Eksport"},
	"imports":        {"Imports", "Impor", "Import"},
	"balance":        {"Balance", "Neraca", "Imbangan"},
	"balanceLower":   {"balance", "neraca", "imbangan"},
	"status":         {"Status", "Status", "Status"},
	"coverage":       {"Coverage X/M", "Rasio cakupan X/M", "Nisbah liputan X/M"},
	"growthX":        {"Export growth", "Pertumbuhan ekspor", "Pertumbuhan eksport"},
	"growthM":        {"Import growth", "Pertumbuhan impor", "Pertumbuhan import"},
	"surplus":        {"surplus", "surplus", "lebihan"},
	"deficit":        {"deficit", "defisit", "defisit"},
	"balanced":       {"balanced", "seimbang", "seimbang"},
	"partialNote":    {"%s: part of the year only (%s)", "%s: hanya sebagian tahun (%s)", "%s: sebahagian tahun sahaja (%s)"},
	"partialMark":    {"partial", "sebagian", "sebahagian"},
	"netOnlyCaption": {"Only the net balance was published", "Hanya neraca yang dipublikasikan", "Hanya imbangan yang diterbitkan"},
	"netOnly":        {"only the net was published", "hanya neraca yang dipublikasikan", "hanya imbangan yang diterbitkan"},
	"tradeChart":     {"Exports, imports and balance: %s", "Ekspor, impor dan neraca: %s", "Eksport, import dan imbangan: %s"},
	"tradeChartNet":  {"Trade balance: %s", "Neraca perdagangan: %s", "Imbangan dagangan: %s"},
	"undefined":      {"—", "—", "—"},

	// Agreements.
	"agreement":  {"Agreement", "Kerja sama", "Kerjasama"},
	"stage":      {"Stage", "Tahap", "Peringkat"},
	"end":        {"End of term", "Akhir jangka waktu", "Tamat tempoh"},
	"activities": {"Activities", "Kegiatan", "Aktiviti"},
	"realised":   {"Value realised", "Nilai terealisasi", "Nilai direalisasikan"},
	"score":      {"Score", "Skor", "Skor"},
	"dormant":    {"Dormant", "Tidak aktif", "Tidak aktif"},
	"yes":        {"yes", "ya", "ya"},
	"no":         {"no", "tidak", "tidak"},
	"byStatus":   {"Agreements by status on %s", "Kerja sama menurut status pada %s", "Kerjasama mengikut status pada %s"},
	"countries":  {"Partner countries", "Negara mitra", "Negara rakan"},

	// Forums.
	"forum":       {"Forum", "Forum", "Forum"},
	"year":        {"Year", "Tahun", "Tahun"},
	"sessions":    {"Sessions", "Sidang", "Persidangan"},
	"unconfirmed": {"Announced, unconfirmed", "Direncanakan, belum dikonfirmasi", "Dirancang, belum disahkan"},
	"timeline":    {"Sessions and preparatory meetings: %s", "Sidang dan pertemuan persiapan: %s", "Persidangan dan mesyuarat persediaan: %s"},
	"kindSession": {"session", "sidang", "persidangan"},
	"kindMeeting": {"meeting before the session", "pertemuan persiapan", "mesyuarat persediaan"},
	"missed":      {"no session recorded", "tidak ada sidang tercatat", "tiada persidangan direkodkan"},
	"tentative":   {"planned, unconfirmed", "rencana, belum dikonfirmasi", "dirancang, belum disahkan"},
	"session":     {"Session %d", "Sidang ke-%d", "Persidangan ke-%d"},

	// Decisions.
	"agreed":      {"Items agreed", "Butir disepakati", "Perkara dipersetujui"},
	"done":        {"Carried out (0–3 scale)", "Terlaksana (skala 0–3)", "Dilaksanakan (skala 0–3)"},
	"carriedOver": {"Carried over", "Dibawa ke sidang berikutnya", "Dibawa ke persidangan berikutnya"},

	// Welfare.
	"region":     {"Region", "Wilayah", "Wilayah"},
	"spending":   {"Spending per person per month", "Pengeluaran per kapita sebulan", "Perbelanjaan per kapita sebulan"},
	"foodShare":  {"Food", "Makanan", "Makanan"},
	"nonFood":    {"Non-food", "Bukan makanan", "Bukan makanan"},
	"growth":     {"Growth", "Pertumbuhan", "Pertumbuhan"},
	"sourceDoc":  {"Source", "Sumber", "Sumber"},
	"sourceWhat": {"Figure or fact", "Angka atau fakta", "Angka atau fakta"},

	// Errors and progress.
	"errAt":       {"%s, line %d, column %d", "%s, baris %d, kolom %d", "%s, baris %d, lajur %d"},
	"errRejected": {"%s: %d of %d records could not be read; no report was made", "%s: %d dari %d catatan tidak dapat dibaca; laporan tidak dibuat", "%s: %d daripada %d rekod tidak dapat dibaca; laporan tidak dibuat"},
	"errRead":     {"cannot read %s: %v", "tidak dapat membaca %s: %v", "tidak dapat membaca %s: %v"},
	"errFormat":   {"%s: unknown file type; use a .csv or .json file", "%s: jenis berkas tidak dikenal; gunakan berkas .csv atau .json", "%s: jenis fail tidak dikenali; gunakan fail .csv atau .json"},
	"errMore":     {"%s: %d more problems not shown", "%s: %d masalah lain tidak ditampilkan", "%s: %d masalah lain tidak dipaparkan"},
	"errEval":     {"evaluation: %v", "evaluasi: %v", "penilaian: %v"},
	"warning":     {"warning", "peringatan", "amaran"},
	"progress":    {"reading %s: %d%% (%d rows)", "membaca %s: %d%% (%d baris)", "membaca %s: %d%% (%d baris)"},
	"progressEnd": {"read %s: %d rows", "selesai membaca %s: %d baris", "selesai membaca %s: %d baris"},
}

// word returns the report word key in the language of tag.
func word(tag language.Tag, key string) string {
	w, ok := reportWords[key]
	if !ok {
		return key
	}
	switch lang.Of(tag) {
	case lang.Indonesian:
		return w[1]
	case lang.Malay, lang.MalayBrunei:
		return w[2]
	}
	return w[0]
}

// wordf formats the report word key in the language of tag.
func wordf(tag language.Tag, key string, a ...any) string {
	return fmt.Sprintf(word(tag, key), a...)
}
