package store

import (
	"bytes"
	"context"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/report"
)

// renderAt writes the report of d on day in JSON, the form that holds
// every figure, finding and source.
func renderAt(t *testing.T, d *report.Dataset, day date.Date) string {
	t.Helper()
	r, err := report.Build(d, day)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := r.Write(&b, report.JSON, language.Indonesian); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestDatasetOfImportedFiles imports the files of the embedded dataset
// and checks that the report of the store is the report of the files, on
// a day inside the data and one after all of it.
func TestDatasetOfImportedFiles(t *testing.T) {
	ctx := context.Background()
	want := report.Embedded()
	eachBackend(t, func(t *testing.T, s *Store) {
		if err := s.ImportFiles(ctx, report.EmbeddedFS(), report.EmbeddedFiles, report.LoadOptions{History: true}); err != nil {
			t.Fatal(err)
		}
		got, err := s.Dataset(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, day := range []date.Date{{Year: 2019, Month: 8, Day: 7}, {Year: 2026, Month: 1, Day: 31}} {
			if diff := cmp.Diff(renderAt(t, want, day), renderAt(t, got, day)); diff != "" {
				t.Errorf("report of the store on %s mismatch (-want +got):\n%s", day, diff)
			}
		}
		if err := s.Check(ctx); err != nil {
			t.Errorf("Check after ImportFiles: %v", err)
		}
	})
}

// TestImportFilesBadRow checks that a bad row in the last file stores
// nothing of any file, and that the error names the row.
func TestImportFilesBadRow(t *testing.T) {
	ctx := context.Background()
	embedded := report.EmbeddedFS()
	fsys := fstest.MapFS{
		"bad.csv": {Data: []byte("periode,arus,nilai,mata_uang\n2015,ekspor,1,IDR\n2016,ekspor,12abc,IDR\n")},
	}
	for _, name := range []string{"data/agreements.json", "data/sessions.json", "data/welfare.json", "data/trade.csv"} {
		b, err := fs.ReadFile(embedded, name)
		if err != nil {
			t.Fatal(err)
		}
		fsys[name] = &fstest.MapFile{Data: b}
	}
	files := report.Files{Agreements: "data/agreements.json", Sessions: "data/sessions.json", Welfare: "data/welfare.json",
		Trade: []string{"data/trade.csv", "bad.csv"}}
	eachBackend(t, func(t *testing.T, s *Store) {
		err := s.ImportFiles(ctx, fsys, files, report.LoadOptions{})
		if err == nil || !strings.Contains(err.Error(), "bad.csv") || !strings.Contains(err.Error(), "3") {
			t.Fatalf("ImportFiles with a bad row = %v, want an error naming bad.csv and its line 3", err)
		}
		fes := report.FileErrors(err)
		if len(fes) != 1 || len(fes[0].Problems) != 1 || fes[0].Problems[0].Line != 3 {
			t.Errorf("ImportFiles errors = %v, want one problem at line 3", err)
		}
		as, _ := s.Agreements(ctx)
		ds, _ := s.Sessions(ctx)
		bs, _ := s.TradeBatches(ctx)
		_, sp, _ := s.Welfare(ctx)
		got := []int{len(as), len(ds.Forums), len(bs), len(sp)}
		if diff := cmp.Diff([]int{0, 0, 0, 0}, got); diff != "" {
			t.Errorf("stored after a failed import (agreements, forums, batches, welfare) mismatch (-want +got):\n%s", diff)
		}
	})
}

// TestWelfareExportImport checks that welfare figures export, import and
// export again to the same bytes, with their note.
func TestWelfareExportImport(t *testing.T) {
	ctx := context.Background()
	src, err := fs.ReadFile(report.EmbeddedFS(), "data/welfare.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			roundTrip := func(in []byte) string {
				s := openTest(t, b.dsn(t))
				fsys := fstest.MapFS{"welfare.json": {Data: in}}
				if err := s.ImportFiles(ctx, fsys, report.Files{Welfare: "welfare.json"}, report.LoadOptions{}); err != nil {
					t.Fatal(err)
				}
				var out bytes.Buffer
				if err := s.ExportWelfare(ctx, &out); err != nil {
					t.Fatal(err)
				}
				return out.String()
			}
			first := roundTrip(src)
			if !strings.Contains(first, "Average per-capita monthly spending") || !strings.Contains(first, "IDR 1186868") {
				t.Errorf("welfare export lacks the note or a figure:\n%s", first)
			}
			if diff := cmp.Diff(first, roundTrip([]byte(first))); diff != "" {
				t.Errorf("welfare export, import, export mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestDatasetWarnings checks that rows of a trade file read with a
// reservation (a repeated row) are listed by the report of the store as
// by the report of the file.
func TestDatasetWarnings(t *testing.T) {
	ctx := context.Background()
	fsys := fstest.MapFS{"dup.csv": {Data: []byte("periode,arus,nilai,mata_uang\n2015,ekspor,1,IDR\n2015,ekspor,1,IDR\n")}}
	files := report.Files{Trade: []string{"dup.csv"}}
	want, err := report.Load(fsys, files, report.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(want.Warnings) == 0 {
		t.Fatal("the repeated row gives no warning: the test needs one")
	}
	eachBackend(t, func(t *testing.T, s *Store) {
		if err := s.ImportFiles(ctx, fsys, files, report.LoadOptions{}); err != nil {
			t.Fatal(err)
		}
		got, err := s.Dataset(ctx)
		if err != nil {
			t.Fatal(err)
		}
		messages := func(fes []*report.FileError) []string {
			var out []string
			for _, fe := range fes {
				out = append(out, fe.Message(language.English), fe.Message(language.Indonesian))
			}
			return out
		}
		if diff := cmp.Diff(messages(want.Warnings), messages(got.Warnings)); diff != "" {
			t.Errorf("warnings mismatch (-want +got):\n%s", diff)
		}
		day := date.Date{Year: 2016, Month: 1, Day: 1}
		if diff := cmp.Diff(renderAt(t, want, day), renderAt(t, got, day)); diff != "" {
			t.Errorf("report mismatch (-want +got):\n%s", diff)
		}
	})
}
