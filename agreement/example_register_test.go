package agreement_test

import (
	"fmt"
	"strings"

	"golang.org/x/text/language"

	"github.com/kerjasama/kerjasama/agreement"
	"github.com/kerjasama/kerjasama/date"
)

// A university's register (UIN Syarif Hidayatullah Jakarta): the partner
// is an institution, the term is given by its first and last year, the
// benefits obtained are evidence of activity.
func ExampleReadCSV_realRegister() {
	in := "No,Nama Instansi,Jenis Kegiatan,Mulai,Berakhir,Manfaat yang Telah Diperoleh\n" +
		"1,Universitas Kebangsaan Malaysia,Research collaboration,2009,2017,Terbuka peluang untuk riset bersama\n" +
		"2,\"University of Zagreb, Croatia\",Student exchange,2014,2017,\n"
	l, err := agreement.ReadCSV(strings.NewReader(in), agreement.ReadOptions{Region: "Banten"})
	if err != nil {
		panic(err)
	}
	on := date.Date{Year: 2026, Month: 12, Day: 3}
	for _, a := range l.Agreements {
		p := a.Parties[1]
		fmt.Println(a.ID, p.Name, p.CountryCode(), a.Term, a.StatusOn(on), len(a.Activities), a.Sectors)
	}
	fmt.Println(len(l.Warnings), "warnings")
	// Output:
	// 1 Universitas Kebangsaan Malaysia MY 2009/2017 expired 1 [science-technology]
	// 2 University of Zagreb, Croatia HR 2014/2017 expired 0 [education]
	// 0 warnings
}

func ExampleLoad_AddActivities() {
	l, _ := agreement.ReadCSV(strings.NewReader("No,Judul,Mitra\n1,Jawa Timur - Fujian,Fujian\n"),
		agreement.ReadOptions{Region: "Jawa Timur"})
	acts := "Kerja Sama,Tanggal,Kegiatan,Nilai\n" +
		"1,Maret 2016,Pameran dagang,sekitar Rp18 miliar\n" +
		"Jawa Timur - Fujian,,Kunjungan delegasi,\n" +
		"7,2017,Pertemuan,\n"
	n, err := l.AddActivities(strings.NewReader(acts), agreement.ReadOptions{File: "kegiatan.csv"})
	fmt.Println(n, "added")
	fmt.Println(err)
	for _, a := range l.Agreements[0].Activities {
		fmt.Printf("%q %q %v %v\n", a.Date, a.Description, a.Value, a.Approximate)
	}
	// Output:
	// 2 added
	// kegiatan.csv:4:1: Kerja Sama: unknown value: no agreement with the ID or title "7"
	// "2016-03" "Pameran dagang" IDR 18000000000 true
	// "" "Kunjungan delegasi" 0 false
}

func ExampleProblem_Message() {
	// A register without a Daerah column, read without the office's region.
	l, _ := agreement.ReadCSV(strings.NewReader("No,Mitra\n1,Queensland\n"), agreement.ReadOptions{File: "r.csv"})
	for _, p := range agreement.Problems(l.Register().Validate()) {
		fmt.Printf("r.csv:%d: %s\n", l.Line(p.ID), p.Message(language.Indonesian))
		fmt.Printf("r.csv:%d: %s\n", l.Line(p.ID), p.Message(language.English))
	}
	// Output:
	// r.csv:2: kerja sama 1: pihak: tidak ada pihak Indonesia (sebutkan dalam kolom Daerah, atau berikan daerah kantor sendiri)
	// r.csv:2: agreement 1: parties: no Indonesian party (name it in a Daerah column, or give the office's own region)
}
