package agreement

import "testing"

// TestActivityHeaders reads headers of files of activities as offices
// write them: each as written gives its column, and no other header is
// read as one (no abbreviation or misspelling is guessed here).
func TestActivityHeaders(t *testing.T) {
	tests := []struct {
		h   string
		col int
	}{
		{"Kerja Sama", actRef}, {"ID Kerja Sama", actRef}, {"Nomor Naskah", actRef}, {"No.", actRef},
		{"Judul", actRef}, {"Agreement ID", actRef}, {"Rujukan", actRef},
		{"Tanggal Kegiatan", actDate}, {"Tarikh", actDate}, {"Tgl.", actDate}, {"Tanggal Pelaksanaan", actDate},
		{"Uraian Kegiatan", actText}, {"Realisasi", actText}, {"Aktiviti", actText}, {"KETERANGAN", actText},
		{"Nilai Kegiatan", actValue}, {"Anggaran", actValue}, {"Biaya", actValue},
		{"Bidang", actSector}, {"Sektor", actSector},
		{"Tanggal Penandatanganan", actNone}, {"Mitra", actNone}, {"Tangal", actNone}, {"", actNone}, {"-", actNone},
	}
	for _, tt := range tests {
		c, ok := activityHeaders().Exact(tt.h)
		if c != tt.col || ok != (tt.col != actNone) {
			t.Errorf("header %q: column %d, %v; want %d", tt.h, c, ok, tt.col)
		}
	}
}
