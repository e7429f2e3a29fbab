package report_test

import (
	"fmt"
	"testing/fstest"

	"golang.org/x/text/language"

	"github.com/kerjasama/kerjasama/report"
)

// A register without a Daerah column, with its own partners file and an
// activities file; the region is told.
func ExampleLoad_register() {
	fsys := fstest.MapFS{
		"register.csv": {Data: []byte("No,Judul,Kota Mitra,Tanggal Mulai,Jangka Waktu\n1,Bandung - Fort Worth,Fort Worth,2021-01-01,5 tahun\n")},
		"mitra.csv":    {Data: []byte("name,country,level\nFort Worth,US,city\n")},
		"kegiatan.csv": {Data: []byte("Kerja Sama,Tanggal,Kegiatan\n1,Maret 2022,Pertukaran pelajar\n9,2023,Kunjungan\n")},
	}
	files := report.Files{Agreements: "register.csv", Partners: "mitra.csv", Activities: "kegiatan.csv"}
	d, err := report.Load(fsys, files, report.LoadOptions{Region: "Kota Bandung", KeepGoing: true})
	for _, fe := range report.FileErrors(err) {
		fmt.Println(fe.Message(language.Indonesian))
	}
	a := d.Agreements[0]
	fmt.Println(a.Parties[0].Region.Name, "–", a.Parties[1].Region.Code, a.Term, len(a.Activities))
	// Output:
	// kegiatan.csv, baris 3, kolom 1: Kerja Sama: unknown value: no agreement with the ID or title "9"
	// kegiatan.csv: 1 dari 2 catatan tidak dapat dibaca
	// Kota Bandung – US/fort-worth 2021-01-01/P5Y 1
}
