package region

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDefineCSV defines partners from a file: good rows are defined and
// found, bad ones are errors at their line and column.
func TestDefineCSV(t *testing.T) {
	in := "# partners of a register\n" +
		"name,country,level,iso,parent,names\n" +
		"Fort Worth,US,city,,,\n" +
		"Braunschweig,Jerman,kota,,,Brunswick\n" +
		"Nowhere,XX,city,,,\n" +
		"Bogus,US,planet,,,\n" +
		",US,city,,,\n" +
		"# a comment, with commas, between rows\n" +
		"Gyeonggi,KR,province,KR-41,,Gyeonggi-do\n" +
		"Too,Many,Cells,,,,\n"
	var g Gazetteer
	n, err := g.DefineCSV(strings.NewReader(in), "mitra.csv")
	if n != 3 {
		t.Errorf("DefineCSV defined %d, want 3", n)
	}
	var got []string
	for _, e := range errs(err) {
		var re *RowError
		if !errors.As(e, &re) {
			t.Fatalf("%v is not a *RowError", e)
		}
		got = append(got, fmt.Sprintf("%d:%d %s", re.Line, re.Column, re.Field))
	}
	want := []string{"5:9 country", "6:10 level", "7:1 name", "10:19 "}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("DefineCSV errors mismatch (-want +got):\n%s\n%v", diff, err)
	}
	var found []string
	for _, name := range []string{"Fort Worth", "Brunswick", "Gyeonggi-do", "Fujian"} {
		r, err := g.Find(name)
		if err != nil {
			found = append(found, name+": "+err.Error())
			continue
		}
		found = append(found, r.Code+" "+r.Level.String())
	}
	wantFound := []string{"US/fort-worth city", "DE/braunschweig city", "KR-41 province", "CN-FJ province"}
	if diff := cmp.Diff(wantFound, found); diff != "" {
		t.Errorf("Find mismatch (-want +got):\n%s", diff)
	}
	// The package's own data/partners.csv is a file DefineCSV reads.
	b, err := os.ReadFile("data/partners.csv")
	if err != nil {
		t.Fatal(err)
	}
	var own Gazetteer
	if n, err := own.DefineCSV(strings.NewReader(string(b)), "partners.csv"); err != nil || n < 80 {
		t.Errorf("DefineCSV(partners.csv) = %d, %v", n, err)
	}
	// A header without the needed columns.
	if _, err := g.DefineCSV(strings.NewReader("nama,kota\nA,B\n"), "x.csv"); err == nil || !strings.Contains(err.Error(), "x.csv:1:1") {
		t.Errorf("DefineCSV without country and level: %v", err)
	}
}

func errs(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

func ExampleGazetteer_DefineCSV() {
	partners := "name,country,level,names\n" +
		"Fort Worth,US,city,\n" +
		"Braunschweig,DE,city,Brunswick\n"
	var g Gazetteer
	n, err := g.DefineCSV(strings.NewReader(partners), "partners.csv")
	fmt.Println(n, err)
	r, _ := g.Find("Brunswick")
	fmt.Println(r.Code, r.Name, r.Country)
	_, err = g.DefineCSV(strings.NewReader("name,country,level\nAtlantis,XX,city\n"), "more.csv")
	fmt.Println(err)
	// Output:
	// 2 <nil>
	// DE/braunschweig Braunschweig DE
	// more.csv:2:10: country: not a country code (ISO 3166-1 alpha-2) or a country's name: "XX"
}

// FuzzDefineCSV checks that no file makes DefineCSV panic, that it defines
// at most one region per line, and that comment lines are never defined.
func FuzzDefineCSV(f *testing.F) {
	f.Add([]byte("name,country,level\nFort Worth,US,city\n"))
	f.Add([]byte("# c, d\nname,country,level,names\n#x\nBraunschweig,DE,city,Brunswick\n"))
	f.Add([]byte("name;country;level\r\nSuwon;KR;city\r\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		var g Gazetteer
		n, _ := g.DefineCSV(strings.NewReader(string(b)), "f.csv")
		if lines := strings.Count(string(b), "\n") + strings.Count(string(b), "\r") + 1; n > lines {
			t.Errorf("defined %d regions from %d lines", n, lines)
		}
		if _, err := g.Find("#"); err == nil && strings.HasPrefix(string(b), "#") {
			t.Errorf("a comment was defined")
		}
	})
}
