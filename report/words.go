package report

import (
	"fmt"

	"github.com/kerjasama/kerjasama/internal/lang"
	"golang.org/x/text/language"
)

// words holds every heading, column name, chart legend and message of the
// report, once: each format is rendered from the same layout, so a column
// is named the same in text, Markdown, HTML and JSON. Each entry is
// {English, Indonesian, Malay}; Brunei Malay uses the Malay words.
var words = map[string][3]string{
	// The document.
	"report.title":         {"Cooperation evaluation report", "Laporan evaluasi kerja sama", "Laporan penilaian kerjasama"},
	"report.date":          {"Evaluation date", "Tanggal evaluasi", "Tarikh penilaian"},
	"report.findings":      {"Findings", "Temuan", "Dapatan"},
	"report.more":          {"… and %d more agreements", "… dan %d kerja sama lainnya", "… dan %d kerjasama lagi"},
	"report.more.one":      {"… and %d more agreement", "… dan %d kerja sama lainnya", "… dan %d kerjasama lagi"},
	"report.empty":         {"There is nothing to evaluate.", "Tidak ada data untuk dievaluasi.", "Tiada data untuk dinilai."},
	"report.sources":       {"Sources", "Sumber", "Sumber"},
	"report.warnings":      {"Read with a reservation", "Dibaca dengan catatan", "Dibaca dengan catatan"},
	"report.warnings-note": {"These rows are in the figures, but look wrong: check them in the file.", "Baris berikut termasuk dalam angka, tetapi tampak keliru: periksa di berkasnya.", "Baris berikut termasuk dalam angka, tetapi kelihatan salah: semak dalam failnya."},
	"report.unread":        {"Not read", "Tidak terbaca", "Tidak dapat dibaca"},
	"report.unread-note":   {"These rows or files could not be read and are not in the report:", "Baris atau berkas berikut tidak dapat dibaca dan tidak termasuk dalam laporan:", "Baris atau fail berikut tidak dapat dibaca dan tidak termasuk dalam laporan:"},

	// Sections.
	"section.trade":      {"Trade balance", "Neraca perdagangan", "Imbangan dagangan"},
	"section.agreements": {"Cooperation agreements", "Kerja sama daerah", "Kerjasama daerah"},
	"section.forums":     {"Regularity of forum sessions", "Keteraturan sidang forum", "Kekerapan sidang forum"},
	"section.decisions":  {"Decisions carried out", "Pelaksanaan kesepakatan", "Pelaksanaan keputusan"},
	"section.welfare":    {"Welfare", "Kesejahteraan", "Kesejahteraan"},

	// Columns.
	"col.period":         {"Period", "Periode", "Tempoh"},
	"col.exports":        {"Exports", "Ekspor", "Eksport"},
	"col.imports":        {"Imports", "Impor", "Import"},
	"col.balance":        {"Balance", "Neraca", "Imbangan"},
	"col.status":         {"Status", "Status", "Status"},
	"col.coverage":       {"Exports/imports", "Ekspor/impor", "Eksport/import"},
	"col.export-growth":  {"Export growth", "Pertumbuhan ekspor", "Pertumbuhan eksport"},
	"col.import-growth":  {"Import growth", "Pertumbuhan impor", "Pertumbuhan import"},
	"col.balance-change": {"Change in balance", "Perubahan neraca", "Perubahan imbangan"},
	"col.balance-growth": {"Growth of surplus/deficit", "Pertumbuhan surplus/defisit", "Pertumbuhan lebihan/defisit"},
	"col.border-imports": {"Imports on KILB", "Impor dengan KILB", "Import dengan KILB"},
	"col.border-balance": {"Exports − KILB imports", "Ekspor − impor KILB", "Eksport − import KILB"},
	"col.agreement":      {"Agreement", "Kerja sama", "Kerjasama"},
	"col.countries":      {"Partner countries", "Negara mitra", "Negara rakan"},
	"col.stage":          {"Stage", "Tahap", "Peringkat"},
	"col.end":            {"Ends", "Berakhir", "Tamat"},
	"col.activities":     {"Activities", "Kegiatan", "Aktiviti"},
	"col.last-activity":  {"Last activity", "Kegiatan terakhir", "Aktiviti terakhir"},
	"col.realised":       {"Value realised", "Nilai terealisasi", "Nilai direalisasikan"},
	"col.dormant":        {"On paper only", "Di atas kertas", "Di atas kertas"},
	"col.score":          {"Score", "Skor", "Skor"},
	"col.year":           {"Year", "Tahun", "Tahun"},
	"col.sessions":       {"Sessions", "Sidang", "Sidang"},
	"col.note":           {"Note", "Keterangan", "Catatan"},
	"col.session":        {"Session", "Sidang", "Sidang"},
	"col.field":          {"Field", "Bidang", "Bidang"},
	"col.agreed":         {"Items agreed", "Butir disepakati", "Perkara dipersetujui"},
	"col.implemented":    {"Implemented", "Tingkat pelaksanaan", "Tahap pelaksanaan"},
	"col.full":           {"Fully", "Terlaksana penuh", "Dilaksanakan sepenuhnya"},
	"col.carried":        {"Carried over", "Dibawa ke sidang berikutnya", "Dibawa ke sidang berikutnya"},
	"col.spending":       {"Monthly spending per person", "Pengeluaran per kapita sebulan", "Perbelanjaan per kapita sebulan"},
	"col.growth":         {"Growth", "Pertumbuhan", "Pertumbuhan"},
	"col.nominal-growth": {"Nominal growth", "Pertumbuhan nominal", "Pertumbuhan nominal"},
	"col.food":           {"Food", "Makanan", "Makanan"},
	"col.non-food":       {"Non-food", "Bukan makanan", "Bukan makanan"},
	"col.count":          {"Count", "Jumlah", "Bilangan"},
	"col.country":        {"Partner country", "Negara mitra", "Negara rakan"},
	"col.in-force":       {"In force", "Berlaku", "Berkuat kuasa"},
	"col.fact":           {"Figure or fact", "Angka atau fakta", "Angka atau fakta"},
	"col.dates":          {"Dates", "Tanggal", "Tarikh"},
	"col.amount":         {"Amount", "Nilai", "Nilai"},
	"col.offer":          {"Offer", "Tawaran", "Tawaran"},
	"col.apply":          {"How to apply", "Cara mengajukan", "Cara memohon"},
	"col.intents":        {"Letters of intent", "Pernyataan kehendak", "Surat hasrat"},
	"col.offers":         {"Offers", "Tawaran", "Tawaran"},
	"col.document":       {"Document", "Naskah", "Dokumen"},
	"col.signed":         {"Signed", "Ditandatangani", "Ditandatangani"},
	"col.term":           {"Term", "Jangka waktu", "Tempoh"},
	"col.continues":      {"Continues", "Melanjutkan", "Menyambung"},
	"col.from":           {"From", "Dari", "Daripada"},
	"col.purpose":        {"Purpose", "Untuk", "Tujuan"},
	"col.conditions":     {"Conditions", "Ketentuan", "Syarat"},
	"col.place":          {"Place", "Tempat", "Tempat"},
	"col.host":           {"Host", "Tuan rumah", "Tuan rumah"},
	"col.record":         {"Record", "Catatan", "Rekod"},
	"col.meetings":       {"Preparatory meetings", "Pertemuan persiapan", "Mesyuarat persediaan"},
	"col.source":         {"Source", "Sumber", "Sumber"},

	// Notes in cells and captions.
	"note.partial":          {"part of a year", "sebagian tahun", "sebahagian tahun"},
	"note.net-only":         {"Only the net balance was published", "Hanya neraca yang diterbitkan", "Hanya imbangan yang diterbitkan"},
	"note.online":           {"online", "daring", "dalam talian"},
	"note.no-session":       {"no session recorded", "tidak ada sidang tercatat", "tiada sidang direkodkan"},
	"note.unconfirmed":      {"unconfirmed", "belum terkonfirmasi", "belum disahkan"},
	"note.held":             {"held", "terlaksana", "diadakan"},
	"note.ceiling":          {"at most %s", "maksimal %s", "maksimum %s"},
	"note.about":            {"about %s", "sekitar %s", "kira-kira %s"},
	"note.planned":          {"planned", "rencana", "dirancang"},
	"note.planned-only":     {"planned only", "hanya rencana", "dirancang sahaja"},
	"note.not-met":          {"did not meet", "tidak bersidang", "tidak bersidang"},
	"note.ongoing":          {"year in progress", "tahun berjalan", "tahun semasa"},
	"note.complete":         {"The record of sessions is complete up to %s", "Catatan sidang lengkap sampai %s", "Rekod persidangan lengkap sehingga %s"},
	"note.offers":           {"Offers of funding (not agreements)", "Tawaran dana (bukan kerja sama)", "Tawaran dana (bukan kerjasama)"},
	"note.extent":           {"Records up to %s", "Data tercatat sampai %s", "Data direkodkan sehingga %s"},
	"note.nothing-recorded": {"Nothing recorded up to the evaluation date", "Tidak ada data tercatat sampai tanggal evaluasi", "Tiada data direkodkan sehingga tarikh penilaian"},
	"note.documents":        {"Documents", "Naskah kerja sama", "Dokumen kerjasama"},
	"note.phase":            {"phase %d", "tahap %d", "fasa %d"},
	"note.open-ended":       {"open-ended", "tanpa batas waktu", "tanpa had masa"},
	"note.years":            {"%d years", "%d tahun", "%d tahun"},
	"note.months":           {"%d months", "%d bulan", "%d bulan"},
	"note.days":             {"%d days", "%d hari", "%d hari"},
	"note.score-parts":      {"How the scores are made (points per criterion)", "Rincian skor (poin per kriteria)", "Perincian skor (mata bagi setiap kriteria)"},
	"note.not-recorded":     {"not recorded", "tidak tercatat", "tidak direkodkan"},
	"yes":                   {"yes", "ya", "ya"},
	"balance":               {"balance", "neraca", "imbangan"},

	// Charts (HTML only; their figures are the tables').
	"chart.trade":        {"Exports, imports and balance: %s", "Ekspor, impor dan neraca: %s", "Eksport, import dan imbangan: %s"},
	"chart.trade-net":    {"Trade balance: %s", "Neraca perdagangan: %s", "Imbangan dagangan: %s"},
	"chart.partial":      {"%s: part of the year only (%s)", "%s: hanya sebagian tahun (%s)", "%s: sebahagian tahun sahaja (%s)"},
	"chart.status":       {"Agreements by status on %s", "Kerja sama menurut status pada %s", "Kerjasama mengikut status pada %s"},
	"chart.timeline":     {"Sessions and preparatory meetings: %s", "Sidang dan pertemuan persiapan: %s", "Persidangan dan mesyuarat persediaan: %s"},
	"chart.kind-session": {"session", "sidang", "persidangan"},
	"chart.kind-meeting": {"meeting before the session", "pertemuan persiapan", "mesyuarat persediaan"},
	"chart.session":      {"Session %d", "Sidang ke-%d", "Persidangan ke-%d"},

	// Errors in the user's files.
	"err.at":       {"%s, line %d, column %d", "%s, baris %d, kolom %d", "%s, baris %d, lajur %d"},
	"err.rejected": {"%s: %d of %d records could not be read", "%s: %d dari %d catatan tidak dapat dibaca", "%s: %d daripada %d rekod tidak dapat dibaca"},
	"err.read":     {"cannot read %s: %v", "tidak dapat membaca %s: %v", "tidak dapat membaca %s: %v"},
	"err.format":   {"%s: unknown file type; use a .csv or .json file", "%s: jenis berkas tidak dikenal; gunakan berkas .csv atau .json", "%s: jenis fail tidak dikenali; gunakan fail .csv atau .json"},
	"err.more":     {"%s: %d more problems not shown", "%s: %d masalah lain tidak ditampilkan", "%s: %d masalah lain tidak dipaparkan"},
	"err.eval":     {"evaluation: %v", "evaluasi: %v", "penilaian: %v"},

	// Registers read whole (issue 15): positions with a line only, files
	// whose reading stopped, the partners and activities files, and the
	// command's closing line when nothing could be reported.
	"err.line":       {"%s, line %d", "%s, baris %d", "%s, baris %d"},
	"err.stopped":    {"%s: reading stopped at the problem above; what follows it was not read (%d records read before it)", "%s: pembacaan berhenti pada masalah di atas; sisanya tidak dibaca (%d catatan dibaca sebelumnya)", "%s: bacaan berhenti pada masalah di atas; bakinya tidak dibaca (%d rekod dibaca sebelumnya)"},
	"err.validation": {"%s: %d problems in the agreements read", "%s: %d masalah dalam kerja sama yang dibaca", "%s: %d masalah dalam kerjasama yang dibaca"},
	"err.needs":      {"%s: the %s file needs an agreements file", "%s: berkas %s memerlukan berkas kerja sama", "%s: fail %s memerlukan fail kerjasama"},
	"err.noreport":   {"no report was made (--keep-going evaluates what can be read)", "laporan tidak dibuat (--keep-going mengevaluasi yang dapat dibaca)", "laporan tidak dibuat (--keep-going menilai yang dapat dibaca)"},
}

// word returns the word key in the language l; an unknown key is returned
// as it is (a test checks that every key used exists).
func word(l lang.Lang, key string) string {
	w, ok := words[key]
	if !ok {
		return key
	}
	switch l {
	case lang.Indonesian:
		return w[1]
	case lang.Malay, lang.MalayBrunei:
		return w[2]
	}
	return w[0]
}

// wordf formats the word key in the language l with a.
func wordf(l lang.Lang, key string, a ...any) string { return fmt.Sprintf(word(l, key), a...) }

// langOf is the report's language of tag: Indonesian, Malay (of Malaysia
// or Brunei), or English for anything else.
func langOf(tag language.Tag) lang.Lang { return lang.Of(tag) }
