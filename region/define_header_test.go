package region

import "testing"

// TestDefineHeaders reads headers of files of regions as they are
// written: each as written gives its column, and no other header is read
// as one.
func TestDefineHeaders(t *testing.T) {
	tests := []struct {
		h   string
		col int
	}{
		{"Nama", defName}, {"Nama Mitra", defName}, {"Partner", defName},
		{"Negara", defCountry}, {"Kode Negara", defCountry}, {"Country code", defCountry},
		{"Tingkat", defLevel}, {"Peringkat", defLevel}, {"Jenis", defLevel},
		{"ISO 3166-2", defISO}, {"Kode ISO", defISO},
		{"Kode", defCode}, {"Kod", defCode},
		{"Induk", defParent}, {"Wilayah Induk", defParent},
		{"Nama Lain", defNames}, {"Other names", defNames}, {"Alias", defNames},
		{"Keterangan", defNone}, {"Provinsi", defNone}, {"Namma", defNone}, {"", defNone},
	}
	for _, tt := range tests {
		c, ok := defineMatcher().Exact(tt.h)
		if c != tt.col || ok != (tt.col != defNone) {
			t.Errorf("header %q: column %d, %v; want %d", tt.h, c, ok, tt.col)
		}
	}
}
