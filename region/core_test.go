package region

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kerjasama/kerjasama/internal/fold"
	"github.com/kerjasama/kerjasama/internal/lang"
)

// findText is a result of Find as text, to compare.
func findText(r Region, err error) string {
	var nf *NotFoundError
	if errors.As(err, &nf) {
		return "not found: " + nf.Name // its suggestions are the whole table's
	}
	if err != nil {
		return "error: " + err.Error()
	}
	return fmt.Sprintf("%+v", r)
}

// TestCoreSameAsFull checks that the core table answers every look-up it
// takes as the whole table does: Lookup of every code (as written, in
// lower case, with spaces), Find and FindExact of every indexed name and
// of names written with level words and qualifiers, in the package's
// gazetteer and in one with regions defined in districts, Label of every
// region in three languages, and the border posts.
func TestCoreSameAsFull(t *testing.T) {
	full, core := base(), loadEmbedded(false)
	if len(core.regions) >= len(full.regions)/4 {
		t.Errorf("core holds %d of %d regions", len(core.regions), len(full.regions))
	}
	// The names the core indexes that no district has lead to the same
	// regions, in the same order and tier.
	lacks := coreLacks(full, core)
	for k, hs := range full.byKey {
		if _, found := slices.BinarySearch(lacks, k); found {
			continue
		}
		want := make([]string, len(hs))
		for j, h := range hs {
			want[j] = fmt.Sprint(full.regions[h.i].Code, h.tier)
		}
		var got []string
		for _, h := range core.byKey[k] {
			got = append(got, fmt.Sprint(core.regions[h.i].Code, h.tier))
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("byKey[%q] (-full +core):\n%s", k, diff)
		}
	}
	if diff := cmp.Diff(full.posts, core.posts); diff != "" {
		t.Errorf("posts (-full +core):\n%s", diff)
	}
	if diff := cmp.Diff(full.postKeys, core.postKeys); diff != "" {
		t.Errorf("postKeys (-full +core):\n%s", diff)
	}

	var user Gazetteer
	for _, r := range []Region{
		{Name: "Desa Entikong", Country: "ID", Level: Town, Parent: "61.03.21"},
		{Name: "Kampung Sontas", Country: "ID", Level: Town, Parent: "61.03.21"},
		{Name: "Sambas", Country: "ID", Level: Town, Parent: "61.01.01"},
	} {
		if _, err := user.Define(r); err != nil {
			t.Fatal(err)
		}
	}
	gs := []*Gazetteer{&std, &user}

	var codes []string
	for c := range full.byCode {
		codes = append(codes, c, strings.ToLower(c), " "+c+" ")
	}
	codes = append(codes, "", "99", "61.99", "61.03.99", "ID-XX", "xx/none")
	for _, g := range gs {
		for _, c := range codes {
			wr, wok := g.lookup(full, c)
			gr, gok := g.lookup(core, c)
			if wr != gr || wok != gok {
				t.Errorf("lookup(%q) = %v, %v in the core, %v, %v in the whole", c, gr, gok, wr, wok)
			}
		}
	}

	names := slices.Collect(func(yield func(string) bool) {
		for k := range full.byKey {
			if !yield(k) {
				return
			}
		}
	})
	for i, r := range full.regions {
		names = append(names, r.Name)
		if i%5 != 0 {
			continue
		}
		for _, w := range []string{"Kabupaten ", "Kota ", "Kecamatan ", "Provinsi ", "Pemkab ", "Daerah ", "Distrik ", "Bahagian ", "Negeri "} {
			names = append(names, w+r.Name)
		}
		if p, ok := std.lookup(full, r.Parent); ok && r.Parent != "" {
			names = append(names, r.Name+", "+p.Name, r.Name+" ("+p.Name+")", "Kecamatan "+r.Name+", "+p.Name)
		}
	}
	names = append(names, "Desa Entikong, Entikong", "Kampung Sontas (Kecamatan Entikong)", "Sambas, Sambas", "Desa Entikong, Sanggau",
		"Kalimatan Barat", "Kab. Sangau", "Entikon", "Malaysiaa", "nowhere at all")
	for _, n := range realNames {
		names = append(names, n.in)
	}
	for _, n := range partnerNames {
		names = append(names, n.in)
	}
	answered := 0 // names the core answers without the whole table
	for i, n := range names {
		var c coreUse
		if cs := resolve(core, nil, fold.Key(n), allLevels, 0, &c); len(cs) > 0 && !c.missed {
			answered++
		}
		for j, g := range gs {
			for _, typos := range []bool{false, true} {
				if (j > 0 || typos) && i%7 != 0 {
					continue // the typo search and the user's regions on a sample
				}
				want := findText(g.findIn(full, n, typos))
				if got := findText(g.findIn(core, n, typos)); got != want {
					t.Errorf("findIn(%q, typos %v):\ncore:  %s\nwhole: %s", n, typos, got, want)
				}
			}
		}
	}
	t.Logf("%d names, %d answered by the core alone", len(names), answered)
	if answered < len(core.regions) {
		t.Errorf("the core answered only %d of %d names, fewer than its %d regions", answered, len(names), len(core.regions))
	}

	for _, r := range full.regions {
		for _, l := range []lang.Lang{lang.Indonesian, lang.Malay, lang.English} {
			if got, want := labelIn(core, r, l), labelIn(full, r, l); got != want {
				t.Errorf("label(%s, %v) = %q in the core, %q in the whole", r.Code, l, got, want)
			}
		}
	}
}

// TestFreshProcessCore runs, in a process of its own where nothing is
// loaded yet, goroutines that look up names of the core and of districts
// at once: the first load the core, then some the whole table, while the
// others go on reading the core (run under -race by CI).
func TestFreshProcessCore(t *testing.T) {
	if os.Getenv("REGION_FRESH_PROCESS") == "" {
		if testing.Short() {
			t.Skip("runs the test binary again")
		}
		cmd := exec.Command(os.Args[0], "-test.run=^TestFreshProcessCore$", "-test.count=1")
		cmd.Env = append(os.Environ(), "REGION_FRESH_PROCESS=1")
		out, err := cmd.CombinedOutput()
		if err != nil || !strings.Contains(string(out), "PASS") {
			t.Fatalf("fresh process: %v\n%s", err, out)
		}
		return
	}
	if embedded.ready.Load() != nil || core.ready.Load() != nil {
		t.Fatal("tables loaded before the test")
	}
	// Names and codes with the region each gives.
	cases := []struct{ in, code string }{
		{"Kab. Sanggau", "61.03"}, {"Malaysia", "MY"}, {"Kalimantan Barat", "61"}, {"MYS", "MY"},
		{"Sarawak", "MY-13"}, {"61.03", "61.03"}, {"Kecamatan Entikong", "61.03.21"}, {"61.03.21", "61.03.21"},
		{"Sekayam", "61.03.07"}, {"Kota Pontianak", "61.71"}, {"Tebedu", "MY-13.12.01"},
	}
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range 200 {
				c := cases[(i+j)%len(cases)]
				if i < 4 {
					c = cases[j%4] // half of them only ask for names of the core, first
				}
				if r, err := Find(c.in); err != nil || r.Code != c.code {
					t.Errorf("Find(%q) = %v, %v; want %s", c.in, r.Code, err, c.code)
				}
				if p, err := FindPost("Entikong"); err != nil || p.ID != "entikong" {
					t.Errorf("FindPost(Entikong) = %v, %v", p.ID, err)
				}
			}
		}()
	}
	wg.Wait()
	if core.ready.Load() == nil || embedded.ready.Load() == nil {
		t.Error("the core and the whole table should both have been loaded")
	}
}
