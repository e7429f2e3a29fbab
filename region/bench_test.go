package region

import (
	"os"
	"runtime"
	"testing"
	"time"

	"github.com/kerjasama/kerjasama/internal/fold"
)

func BenchmarkLookup(b *testing.B) {
	b.ReportAllocs()
	Lookup("61") // load outside the timer
	for b.Loop() {
		if _, ok := Lookup("61.03"); !ok {
			b.Fatal("61.03 not found")
		}
	}
}

func BenchmarkLookupISO(b *testing.B) {
	b.ReportAllocs()
	Lookup("61")
	for b.Loop() {
		if _, ok := Lookup("id-kb"); !ok {
			b.Fatal("id-kb not found")
		}
	}
}

func BenchmarkFind(b *testing.B) {
	b.ReportAllocs()
	Lookup("61")
	for b.Loop() {
		if _, err := Find("Kab. Sanggau"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFindQualified(b *testing.B) {
	b.ReportAllocs()
	Lookup("61")
	for b.Loop() {
		if _, err := Find("Provinsi Zhejiang – RRT"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSearch(b *testing.B) {
	b.ReportAllocs()
	Lookup("61")
	for b.Loop() {
		Search("sangg", 10)
	}
}

// BenchmarkLoad measures building the embedded table from scratch, as
// the first use of the package does: the whole, and the core without the
// districts (which Lookup, Find, FindPost and Label load first).
func BenchmarkLoad(b *testing.B) {
	for _, whole := range []bool{true, false} {
		b.Run(map[bool]string{true: "whole", false: "core"}[whole], func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if t := loadEmbedded(whole); len(t.regions) == 0 {
					b.Fatal("empty table")
				}
			}
		})
	}
}

// BenchmarkFirstLoad reports the time of one load of a fresh copy of the
// embedded data, whole and core, and the heap it keeps live (MB-live).
func BenchmarkFirstLoad(b *testing.B) {
	for _, whole := range []bool{true, false} {
		b.Run(map[bool]string{true: "whole", false: "core"}[whole], func(b *testing.B) {
			var heap uint64
			for b.Loop() {
				_, h := measureLoad(whole)
				heap = max(heap, h)
			}
			b.ReportMetric(float64(heap)/(1<<20), "MB-live")
		})
	}
}

// measureLoad loads a fresh copy of the embedded data, whole or its core,
// and returns the time it took and the heap it keeps live afterwards.
func measureLoad(whole bool) (time.Duration, uint64) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	t := loadEmbedded(whole)
	d := time.Since(start)
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(t)
	if after.HeapAlloc < before.HeapAlloc {
		return d, 0
	}
	return d, after.HeapAlloc - before.HeapAlloc
}

// TestLoadCost checks the first-load budget of the issue: under 20 ms and
// under 8 MB of live heap. Time is checked on the best of five runs (the
// machine may be busy) and not under the race detector, which slows
// everything; heap is checked strictly.
func TestLoadCost(t *testing.T) {
	best := time.Hour
	var heap uint64
	for range 5 {
		d, h := measureLoad(true)
		best = min(best, d)
		heap = max(heap, h)
	}
	t.Logf("load: best of 5 %v, live heap %.2f MB", best, float64(heap)/(1<<20))
	if heap > 8<<20 {
		t.Errorf("embedded data keeps %d bytes of heap live, want < 8 MB", heap)
	}
	// Wall-clock time depends on what else the machine is doing, so the
	// 20 ms target is enforced only on request (KERJASAMA_TIMING=1 on a quiet
	// machine); otherwise it is logged above.
	if os.Getenv("KERJASAMA_TIMING") != "" && !raceEnabled && best > 20*time.Millisecond {
		t.Errorf("loading the embedded data took %v, want < 20ms", best)
	}
}

// BenchmarkFindNotFound measures a name that fits nothing, typo
// tolerance included.
func BenchmarkFindNotFound(b *testing.B) {
	b.ReportAllocs()
	Lookup("61")
	for b.Loop() {
		if _, err := Find("Kab. Sangkala"); err == nil {
			b.Fatal("found")
		}
	}
}

// BenchmarkFindTypo measures a misspelt name that the typo tolerance
// resolves (Kabupaten Sanggau).
func BenchmarkFindTypo(b *testing.B) {
	b.ReportAllocs()
	Lookup("61")
	for b.Loop() {
		if _, err := Find("Kab. Sangau"); err != nil {
			b.Fatal(err)
		}
	}
}

// TestNoAllocs pins the allocation counts of the hot paths.
func TestNoAllocs(t *testing.T) {
	Lookup("61")
	if n := testing.AllocsPerRun(100, func() {
		Lookup("61.03")
		Lookup("61.03.21")
		Lookup("id-kb")
		Lookup("MY-13")
		Lookup("SE/timra")
	}); n != 0 {
		t.Errorf("Lookup allocates %v times, want 0", n)
	}
	if n := testing.AllocsPerRun(100, func() { Find("Kab. Sanggau") }); n > 2 {
		t.Errorf("Find(Kab. Sanggau) allocates %v times, want at most 2", n)
	}
}

// commonNames are names as registers and reports write them most often.
var commonNames = []string{"Kalimantan Barat", "Kab. Sanggau", "Kota Pontianak", "Sarawak", "Entikong", "Provinsi Jawa Tengah", "Kapuas Hulu", "Sabah"}

// BenchmarkFindCommon measures Find over commonNames, one name per op,
// in the whole table (a program that has loaded the districts) and in
// the core (one that has not: a name a district also has, "Entikong",
// is then looked up in both).
func BenchmarkFindCommon(b *testing.B) {
	for _, whole := range []bool{true, false} {
		b.Run(map[bool]string{true: "whole", false: "core"}[whole], func(b *testing.B) {
			b.ReportAllocs()
			t := base()
			if !whole {
				t = core.get()
			}
			i := 0
			for b.Loop() {
				if _, err := std.findIn(t, commonNames[i%len(commonNames)], true); err != nil {
					b.Fatal(err)
				}
				i++
			}
		})
	}
}

// BenchmarkFindBaseline is the floor issue #16 measures Find against:
// normalise each of commonNames with fold.Key and probe one map of folded
// names.
func BenchmarkFindBaseline(b *testing.B) {
	b.ReportAllocs()
	t := base()
	i, n := 0, 0
	for b.Loop() {
		if _, ok := t.byKey[fold.Key(commonNames[i%len(commonNames)])]; ok {
			n++
		}
		i++
	}
	if n == 0 {
		b.Fatal("no name found")
	}
}
