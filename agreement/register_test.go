package agreement

import (
	"errors"
	"fmt"
	"os"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kerjasama/kerjasama/date"
)

// seedRegister loads the seeds' agreements from testdata/seeds.json.
func seedRegister(t testing.TB) *Register {
	t.Helper()
	f, err := os.Open("testdata/seeds.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	l, err := ReadJSON(f, ReadOptions{File: "seeds.json"})
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Rejected) > 0 {
		t.Fatalf("seeds.json: %v", l.Err())
	}
	return l.Register()
}

func ids(as []Agreement) []string {
	out := []string{}
	for _, a := range as {
		out = append(out, a.ID)
	}
	return out
}

// chainRegister adds a renewal chain to the seeds: phases I and II of the
// Daejeon line (hypothetical, for the chain queries) and a renewal.
func chainRegister(t testing.TB) *Register {
	r := seedRegister(t)
	extra := []Agreement{
		{ID: "daejeon-1", Kind: KindLetterOfIntent, Phase: 1, Signed: InYear(2011), Term: Term{Months: 24}},
		{ID: "daejeon-2", Kind: KindLetterOfIntent, Phase: 2, Signed: InYear(2013), Term: Term{Months: 24}, Predecessor: "daejeon-1"},
		{ID: "daejeon-4", Kind: KindMoU, Phase: 4, Signed: On(d("2021-02-21")), Term: Term{Months: 60}, Predecessor: "tangsel-daejeon-2016"},
	}
	for _, a := range extra {
		if err := r.Add(a); err != nil {
			t.Fatal(err)
		}
	}
	// Link the seed MoU to phase II (it is "LoI Tahap III").
	r.mu.Lock()
	r.items[r.byID["tangsel-daejeon-2016"]].Predecessor = "daejeon-2"
	r.items[r.byID["tangsel-daejeon-2016"]].Term = Term{Start: d("2016-02-21"), End: d("2021-02-20")}
	r.idx = nil
	r.mu.Unlock()
	return r
}

func TestRegisterQueries(t *testing.T) {
	r := chainRegister(t)
	tests := []struct {
		name string
		got  []Agreement
		want []string
	}{
		// The Letters of Intent with Incheon and Timrå are never in force.
		{"ActiveOn 2016-06-01", r.ActiveOn(d("2016-06-01")), []string{"banten-zhejiang-2012", "tangsel-daejeon-2016"}},
		{"ActiveOn 2023-01-01", r.ActiveOn(d("2023-01-01")), []string{"banten-zhejiang-2012", "kaltim-palembang-2022", "daejeon-4"}},
		{"ExpiringWithin 2016-10-01 +92", r.ExpiringWithin(d("2016-10-01"), 92), []string{}}, // the Timrå LoI ends, but was never in force
		{"ExpiringWithin 2016-10-01 +30", r.ExpiringWithin(d("2016-10-01"), 30), []string{}},
		{"ExpiringWithin 2020-12-01 +90", r.ExpiringWithin(d("2020-12-01"), 90), []string{"tangsel-daejeon-2016"}}, // its successor is not signed yet
		{"ExpiringWithin 2026-01-01 +60", r.ExpiringWithin(d("2026-01-01"), 60), []string{"daejeon-4"}},
		{"ByCountry KR", r.ByCountry("KR"), []string{"banten-incheon-2007", "tangsel-daejeon-2016"}},
		{"ByCountry Korea Selatan", r.ByCountry("Korea Selatan"), []string{"banten-incheon-2007", "tangsel-daejeon-2016"}},
		{"ByCountry RRT", r.ByCountry("RRT"), []string{"banten-zhejiang-2012"}},
		{"ByCountry jp", r.ByCountry("jp"), []string{"kaltim-jepang-air-bersih-2022"}},
		{"ByCountry Atlantis", r.ByCountry("Atlantis"), []string{}},
		{"ByPartner Incheon", r.ByPartner("Incheon"), []string{"banten-incheon-2007"}},
		{"ByPartner Banten", r.ByPartner("Banten"), []string{"banten-incheon-2007", "banten-zhejiang-2012", "tangsel-timra-2013", "tangsel-daejeon-2016"}},
		{"ByPartner 36.74", r.ByPartner("36.74"), []string{"tangsel-timra-2013", "tangsel-daejeon-2016"}},
		{"ByPartner organisation", r.ByPartner("konsulat jenderal jepang di surabaya"), []string{"kaltim-jepang-air-bersih-2022"}},
		{"BySector youth", r.BySector(SectorYouth), []string{"banten-zhejiang-2012", "tangsel-timra-2013", "tangsel-daejeon-2016"}},
		{"BySector clean water", r.BySector(SectorCleanWater), []string{"kaltim-jepang-air-bersih-2022"}},
		{"AtStage signing 2017", r.AtStage(StageSigning, d("2017-01-01")), []string{"banten-incheon-2007", "banten-zhejiang-2012", "tangsel-timra-2013", "tangsel-daejeon-2016", "daejeon-1", "daejeon-2"}},
		{"AtStage initiative 2023", r.AtStage(StageInitiative, d("2023-01-01")), []string{"kaltim-jepang-air-bersih-2022"}},
		{"AtStage implementation 2023", r.AtStage(StageImplementation, d("2023-01-01")), []string{"kaltim-palembang-2022"}},
		// A Letter of Intent is never "only on paper": it is not an agreement.
		{"Dormant 2023-06-01 12 months", r.Dormant(d("2023-06-01"), 12), []string{"banten-zhejiang-2012", "daejeon-4"}},
		{"Dormant 2022-12-31 12 months", r.Dormant(d("2022-12-31"), 12), []string{"banten-zhejiang-2012", "daejeon-4"}},
		{"Dormant 2021-06-01 6 months", r.Dormant(d("2021-06-01"), 6), []string{"banten-zhejiang-2012"}},
		{"Dormant 2024-06-01 12 months", r.Dormant(d("2024-06-01"), 12), []string{"banten-zhejiang-2012", "kaltim-palembang-2022", "daejeon-4"}},
		{"Chain of the seed MoU", r.Chain("tangsel-daejeon-2016"), []string{"daejeon-1", "daejeon-2", "tangsel-daejeon-2016", "daejeon-4"}},
		{"Chain from the first", r.Chain("daejeon-1"), []string{"daejeon-1", "daejeon-2", "tangsel-daejeon-2016", "daejeon-4"}},
		{"Chain unknown", r.Chain("nope"), []string{}},
		{"Successors", r.Successors("tangsel-daejeon-2016"), []string{"daejeon-4"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, ids(tt.got)); diff != "" {
			t.Errorf("%s mismatch (-want +got):\n%s", tt.name, diff)
		}
	}
	status := []struct {
		id   string
		on   string
		want Status
	}{
		{"tangsel-daejeon-2016", "2020-12-01", StatusExpiringSoon},
		{"tangsel-daejeon-2016", "2021-02-20", StatusExpiringSoon},
		{"tangsel-daejeon-2016", "2021-02-21", StatusRenewed}, // its successor is signed
		{"daejeon-1", "2012-06-01", StatusIntent},             // a Letter of Intent
		{"daejeon-1", "2013-12-31", StatusRenewed},
		{"banten-incheon-2007", "2019-08-07", StatusIntent},
		{"tangsel-timra-2013", "2019-08-07", StatusExpired},
		{"kaltim-jepang-air-bersih-2022", "2021-12-31", StatusOffered}, // an offer is never a draft
		{"kaltim-jepang-air-bersih-2022", "2022-12-31", StatusOffered},
		{"nope", "2022-12-31", 0},
	}
	for _, tt := range status {
		if got := r.StatusOn(tt.id, d(tt.on)); got != tt.want {
			t.Errorf("Register.StatusOn(%s, %s) = %v, want %v", tt.id, tt.on, got, tt.want)
		}
	}
	if a, ok := r.Get("tangsel-timra-2013"); !ok || a.Signed != InYear(2013) {
		t.Errorf("Get(tangsel-timra-2013) = %v, %v", a.Signed, ok)
	}
	if r.Len() != 9 || len(r.All()) != 9 {
		t.Errorf("Len = %d, All = %d, want 9", r.Len(), len(r.All()))
	}
}

func TestRegisterValidate(t *testing.T) {
	r, err := New([]Agreement{
		{ID: "a", Predecessor: "c"},
		{ID: "b", Predecessor: "zzz"},
		{ID: "c", Predecessor: "a"},
		{ID: "a"},
		{Title: "no id"},
	})
	var got []string
	for _, p := range Problems(err) {
		got = append(got, p.ID+" "+p.Err.Error())
	}
	if diff := cmp.Diff([]string{"a duplicate agreement ID", " required value missing"}, got); diff != "" {
		t.Errorf("New mismatch (-want +got):\n%s", diff)
	}
	got = nil
	for _, p := range Problems(r.Validate()) {
		got = append(got, p.ID+" "+p.Field+" "+p.Err.Error())
	}
	want := []string{"a predecessor predecessor chain loops", "b predecessor unknown predecessor", "c predecessor predecessor chain loops"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Validate mismatch (-want +got):\n%s", diff)
	}
	r2, _ := New([]Agreement{
		{ID: "p1", Phase: 2, Signed: InYear(2016)},
		{ID: "p2", Phase: 2, Signed: On(d("2015-05-01")), Predecessor: "p1"},
		{ID: "p3", Phase: 3, Signed: InYear(2016), Predecessor: "p1"},
	})
	got = nil
	for _, p := range Problems(r2.Validate()) {
		got = append(got, p.ID+" "+p.Field+" "+p.Err.Error())
	}
	want = []string{"p2 signed successor precedes its predecessor", "p2 phase successor precedes its predecessor"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Validate chain order mismatch (-want +got):\n%s", diff)
	}
	if err := chainRegister(t).Validate(); err != nil {
		t.Errorf("chain register: %v", err)
	}
	if !errors.Is(r.Validate(), ErrUnknownPredecessor) {
		t.Errorf("errors.Is(Validate(), ErrUnknownPredecessor) = false")
	}
	if got := ids(r.Chain("a")); !cmp.Equal(got, []string{"c", "a"}) {
		t.Errorf("Chain(a) on a loop = %v, want [c a]", got)
	}
	if err := seedRegister(t).Validate(); err != nil {
		t.Errorf("seed register: %v", err)
	}
}

// TestRegisterConcurrent queries while adding; run with -race.
func TestRegisterConcurrent(t *testing.T) {
	r := seedRegister(t)
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				r.ExpiringWithin(d("2016-10-01"), 92)
				r.ActiveOn(d("2016-06-01"))
				r.Chain("tangsel-daejeon-2016")
			}
		}()
	}
	for i := 0; i < 200; i++ {
		if err := r.Add(Agreement{ID: fmt.Sprint("x", i), Signed: On(d("2016-01-01")), Term: Term{Months: 12 + i%24}}); err != nil {
			t.Error(err)
		}
	}
	wg.Wait()
	if r.Len() != 206 {
		t.Errorf("Len = %d, want 206", r.Len())
	}
}

// generated returns n agreements with terms ending over 20 years.
func generated(n int) []Agreement {
	as := make([]Agreement, n)
	start := d("2010-01-01")
	for i := range as {
		s := start.AddDays(i * 7 % 7300)
		as[i] = Agreement{
			ID: fmt.Sprint("A", i), Type: KSDPLSisterCity, Kind: KindMoU,
			Signed: On(s), Term: Term{Start: s, End: s.AddMonths(12 * (1 + i%5)).AddDays(-1)},
			Sectors: []Sector{Sector(1 + i%int(numSectors-1))},
		}
	}
	return as
}

func BenchmarkExpiringWithin(b *testing.B) {
	r, err := New(generated(100_000))
	if err != nil {
		b.Fatal(err)
	}
	on := date.Date{Year: 2020, Month: 6, Day: 1}
	n := len(r.ExpiringWithin(on, 90)) // builds the index
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		r.ExpiringWithin(on, 90)
	}
	b.ReportMetric(float64(n), "results")
}
