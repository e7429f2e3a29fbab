package trade

import (
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/kerjasama/kerjasama/date"
	"golang.org/x/text/language"
)

func TestKeyText(t *testing.T) {
	d := ByYear | ByMonth | ByReporter | ByPost | ByFlow | ByScheme | ByChapter | ByCommodity
	if diff := cmp.Diff([]Dimension{ByYear, ByMonth, ByReporter, ByPost, ByFlow, ByScheme, ByCommodity}, d.Split()); diff != "" {
		t.Errorf("Split mismatch (-want +got):\n%s", diff)
	}
	k := Key{Year: 2016, Month: time.August, Reporter: "61", Post: "entikong", Flow: Import, Scheme: BorderTradeCard, HS: MustParseHS("400122")}
	var got []string
	for _, x := range d.Split() {
		got = append(got, k.Text(x, language.Indonesian))
	}
	want := []string{"2016", "Agustus", "Kalimantan Barat", "PLBN Entikong", "impor", k.Scheme.Label(language.Indonesian), "4001.22"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Text mismatch (-want +got):\n%s", diff)
	}
	var zero Key
	for _, x := range []Dimension{ByYear, ByMonth, ByReporter, ByPartner, ByPost, ByScheme, ByBasis, ByChapter} {
		if s := zero.Text(x, language.English); s != "–" {
			t.Errorf("zero key, %v: %q, want –", x, s)
		}
	}
	if s := (Key{Partner: "XX"}).Text(ByPartner, language.English); s != "XX" {
		t.Errorf("unknown partner: %q", s)
	}
	if s := (Key{Period: date.YearRange(2015)}).Text(ByPeriod, language.English); s != "2015" {
		t.Errorf("period: %q", s)
	}
}

func ExampleKey_Text() {
	k := Key{Year: 2016, Post: "Entikong", Flow: Export}
	for _, d := range (ByYear | ByPost | ByFlow).Split() {
		fmt.Println(d.Label(language.Indonesian)+":", k.Text(d, language.Indonesian))
	}
	// Output:
	// tahun: 2016
	// pos lintas batas: PLBN Entikong
	// arus: ekspor
}
