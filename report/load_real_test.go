package report

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"github.com/kerjasama/kerjasama/agreement"
	"golang.org/x/text/language"
)

// TestLoadRegisterRegion reads a register without a Daerah column: told
// the region, every row has it; not told, each row is a problem at its
// line (no column), in the report's language.
func TestLoadRegisterRegion(t *testing.T) {
	fsys := fstest.MapFS{"jateng.csv": {Data: []byte("No,Judul,Jenis Kerja Sama,Mitra,Negara,Tanggal Penandatanganan,Jangka Waktu\n" +
		"1,Jawa Tengah - Queensland,KSDPL,Negara Bagian Queensland,Australia,September 1991,lima tahun\n" +
		"2,Jawa Tengah - Queensland,KSDPL,Pemerintah negara bagian Queensland,Australia,9/7/2019,lima tahunan\n")}}
	d, err := Load(fsys, Files{Agreements: "jateng.csv"}, LoadOptions{Region: "Jawa Tengah"})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Agreements) != 2 || d.Agreements[0].Parties[0].Region.Code != "33" {
		t.Errorf("agreements: %+v", d.Agreements)
	}
	_, err = Load(fsys, Files{Agreements: "jateng.csv"}, LoadOptions{})
	var fe *FileError
	if !errors.As(err, &fe) {
		t.Fatalf("Load without the region: %v", err)
	}
	want := "jateng.csv, baris 2: kerja sama 1: pihak: tidak ada pihak Indonesia (sebutkan dalam kolom Daerah, atau berikan daerah kantor sendiri)\n" +
		"jateng.csv, baris 3: kerja sama 2: pihak: tidak ada pihak Indonesia (sebutkan dalam kolom Daerah, atau berikan daerah kantor sendiri)\n" +
		"jateng.csv: 2 masalah dalam kerja sama yang dibaca"
	if diff := cmp.Diff(want, fe.Message(language.Indonesian)); diff != "" {
		t.Errorf("Message mismatch (-want +got):\n%s", diff)
	}
	// Keep going: the agreements are still read.
	d, err = Load(fsys, Files{Agreements: "jateng.csv"}, LoadOptions{KeepGoing: true})
	if err == nil || d == nil || len(d.Agreements) != 2 || len(d.Unread) != 1 {
		t.Errorf("keep going: %v, %+v", err, d)
	}
}

// TestLoadPartnersActivities reads a register with a partners file and an
// activities file.
func TestLoadPartnersActivities(t *testing.T) {
	fsys := fstest.MapFS{
		"register.csv": {Data: []byte("No,Judul,Kota Mitra,Negara,Tanggal Mulai,Jangka Waktu\n" +
			"1,Sister city Bandung - Fort Worth,Fort Worth,Amerika Serikat,2021-01-01,5 tahun\n")},
		"mitra.csv":      {Data: []byte("name,country,level\nFort Worth,US,city\n")},
		"mitra-bad.csv":  {Data: []byte("name,country,level\nFort Worth,US,city\nAtlantis,XX,city\n")},
		"kegiatan.csv":   {Data: []byte("Kerja Sama,Tanggal,Kegiatan\n1,Maret 2022,Pertukaran pelajar\n")},
		"kegiatan-x.csv": {Data: []byte("Kerja Sama,Tanggal,Kegiatan\n1,Maret 2022,Pertukaran pelajar\n7,2023,Kunjungan\n")},
	}
	d, err := Load(fsys, Files{Agreements: "register.csv", Partners: "mitra.csv", Activities: "kegiatan.csv"}, LoadOptions{Region: "Kota Bandung"})
	if err != nil {
		t.Fatal(err)
	}
	a := d.Agreements[0]
	if got := []string{a.Parties[1].Region.Code, a.Activities[0].Date.String()}; !cmp.Equal(got, []string{"US/fort-worth", "2022-03"}) {
		t.Errorf("partner and activity: %v", got)
	}
	for _, tc := range []struct {
		files Files
		want  string
	}{
		{Files{Agreements: "register.csv", Partners: "mitra-bad.csv"},
			"mitra-bad.csv, line 3, column 10: country: not a country code (ISO 3166-1 alpha-2) or a country's name: \"XX\"\n" +
				"mitra-bad.csv: 1 of 2 records could not be read"},
		{Files{Agreements: "register.csv", Partners: "mitra.csv", Activities: "kegiatan-x.csv"},
			"kegiatan-x.csv, line 3, column 1: Kerja Sama: unknown value: no agreement with the ID or title \"7\"\n" +
				"kegiatan-x.csv: 1 of 2 records could not be read"},
		{Files{Partners: "mitra.csv"}, "mitra.csv: the Partners file needs an agreements file"},
	} {
		_, err := Load(fsys, tc.files, LoadOptions{Region: "Kota Bandung"})
		var got []string
		for _, fe := range FileErrors(err) {
			got = append(got, fe.Message(language.English))
		}
		if diff := cmp.Diff([]string{tc.want}, got); diff != "" {
			t.Errorf("Load(%+v) mismatch (-want +got):\n%s", tc.files, diff)
		}
	}
}

// TestLoadCounts checks the summary "n of m records could not be read"
// with the counts of the readers: a JSON register with a bad record, one
// whose reading stops at a syntax error, and an items CSV.
func TestLoadCounts(t *testing.T) {
	fsys := fstest.MapFS{
		"bad-record.json": {Data: []byte(`[{"id": "a", "parties": [{"role": "region", "name": "Banten"}]}, {"id": "b", "colour": "red"}]`)},
		"syntax.json":     {Data: []byte("[{\"id\": \"a\"},\n {\"id\": \"b\",,}, {\"id\": \"c\"}]")},
		"items.csv": {Data: []byte("forum,ref,session\n" +
			"kalbar-sarawak,x,tiga puluh\nkalbar-sarawak,y,tiga puluh\nkalbar-sarawak,z,tiga puluh\nkalbar-sarawak,w,tiga puluh\n")},
	}
	for _, tc := range []struct {
		files Files
		want  string // the last line of the message
	}{
		{Files{Agreements: "bad-record.json"}, "bad-record.json: 1 of 2 records could not be read"},
		{Files{Agreements: "syntax.json"}, "syntax.json: reading stopped at the problem above; what follows it was not read (1 records read before it)"},
		{Files{Sessions: "items.csv"}, "items.csv: 4 of 4 records could not be read"},
	} {
		_, err := Load(fsys, tc.files, LoadOptions{})
		fes := FileErrors(err)
		if len(fes) != 1 {
			t.Fatalf("Load(%+v): %v", tc.files, err)
		}
		msg := fes[0].Message(language.English)
		last := msg[strings.LastIndexByte(msg, '\n')+1:]
		if diff := cmp.Diff(tc.want, last); diff != "" {
			t.Errorf("Load(%+v) mismatch (-want +got):\n%s\n%s", tc.files, diff, msg)
		}
	}
	if got := NoReport(language.Indonesian); !strings.HasPrefix(got, "laporan tidak dibuat") {
		t.Errorf("NoReport = %q", got)
	}
}

// TestPartlyRead checks which errors a command that keeps going reads on
// past (some rows of one file), and how their rows are written.
func TestPartlyRead(t *testing.T) {
	fsys := fstest.MapFS{
		"register.csv":   {Data: []byte("No,Judul,Kota Mitra,Negara,Tanggal Mulai,Jangka Waktu\n1,Sister city Bandung - Fort Worth,Fort Worth,Amerika Serikat,2021-01-01,5 tahun\n")},
		"kegiatan-x.csv": {Data: []byte("Kerja Sama,Tanggal,Kegiatan\n1,Maret 2022,Pertukaran pelajar\n7,2023,Kunjungan\n1,Smarch,Pameran\n")},
		"kegiatan-y.csv": {Data: []byte("Nama,Tempat\nKunjungan,Bandung\n")},
		"syntax.json":    {Data: []byte("[{\"id\": \"a\"},\n {\"id\": \"b\",,}, {\"id\": \"c\"}]")},
	}
	load, err := agreement.ReadCSV(strings.NewReader(string(fsys["register.csv"].Data)), agreement.ReadOptions{File: "register.csv", Region: "Kota Bandung"})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		err  error
		want []string // RowMessages; nil when PartlyRead is nil
	}{
		{"no error", nil, nil},
		{"rows of activities", LoadActivities(fsys, "kegiatan-x.csv", load, language.Indonesian), []string{
			"kegiatan-x.csv:3:1: Kerja Sama: unknown value: no agreement with the ID or title \"7\"",
			"kegiatan-x.csv:4:3: Tanggal: date.ParsePartial(\"Smarch\"): unknown word \"Smarch\"",
		}},
		{"no columns", LoadActivities(fsys, "kegiatan-y.csv", load, language.Indonesian), nil},
		{"stopped", loadErr(fsys, Files{Agreements: "syntax.json"}), nil},
		{"not a FileError", errors.New("x"), nil},
	} {
		var got []string
		if fe := PartlyRead(tc.err); fe != nil {
			got = fe.RowMessages()
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: mismatch (-want +got):\n%s", tc.name, diff)
		}
	}
}

func loadErr(fsys fstest.MapFS, files Files) error {
	_, err := Load(fsys, files, LoadOptions{})
	return err
}
