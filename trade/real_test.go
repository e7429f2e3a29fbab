package trade

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/kerjasama/kerjasama/date"
)

// realTotals is what reading one real file of testdata/real gives: the
// totals of each flow in US cents, the records yielded, and the rows
// reported as errors (by sentinel) and to Warn (by sentinel).
type realTotals struct {
	Exports, Imports, ReExports, ReImports int64
	NoExports, NoImports                   bool
	Records                                int
	Errors                                 map[string]int
	Warnings                               map[string]int
	Reporters                              int
}

// sentinelName names the sentinel a reading problem wraps, for the counts
// of realTotals.
func sentinelName(err error) string {
	for _, s := range []struct {
		err  error
		name string
	}{
		{ErrTotalRow, "total"}, {ErrNotSelected, "not selected"}, {ErrMixedLevels, "mixed levels"},
		{ErrMixedClassifications, "mixed classifications"}, {ErrHeader, "header"}, {ErrRounded, "rounded"},
	} {
		if errors.Is(err, s.err) {
			return s.name
		}
	}
	return "other"
}

// TestRealFiles reads each real file kept in testdata/real (see its
// README.md for sources and licences) and compares the totals with sums
// computed independently of this package: with Python's csv module and
// decimal.Decimal over the same files (the flow column summed per flow,
// keeping the rows the case says are read: one classification, one level,
// no "Jumlah" row). The figures are quoted in the comments.
func TestRealFiles(t *testing.T) {
	may2018 := date.MonthRange(2018, time.May)
	feb2017 := date.MonthRange(2017, time.February)
	tests := []struct {
		name string
		file string
		c    CSVReader
		want realTotals
	}{
		{
			// 127 rows, 55 reporters, partner World, HS chapter 01; H4 (119
			// rows, 52 reporters), H3 (3), H2 (5). Of H4: exports
			// 14519728602, imports 13218304529, re-exports 101102969,
			// re-imports 25999234. The 8 rows of H2 and H3 are refused,
			// never summed with H4.
			name: "legacy Comtrade, three HS editions: one read, the others refused",
			file: "comtrade-legacy-2016-live-animals.csv",
			want: realTotals{Exports: 1451972860200, Imports: 1321830452900, ReExports: 10110296900, ReImports: 2599923400,
				Records: 119, Errors: map[string]int{"mixed classifications": 8}, Reporters: 52},
		},
		{
			name: "legacy Comtrade, H4 chosen: the other editions are said and left out",
			file: "comtrade-legacy-2016-live-animals.csv",
			c:    CSVReader{Classification: H4},
			want: realTotals{Exports: 1451972860200, Imports: 1321830452900, ReExports: 10110296900, ReImports: 2599923400,
				Records: 119, Warnings: map[string]int{"not selected": 8}, Reporters: 52},
		},
		{
			// Exports 6115764185.0 + 68047133397.0 = 74162897582; imports
			// 6804128143.0 + 74251272075.0 = 81055400218. cmdCode TOTAL with
			// no other commodity: figures, not totals of other rows.
			name: "Comtrade Plus, all commodities to two partners",
			file: "comtrade-plus-CHN-2010-total.csv",
			want: realTotals{Exports: 7416289758200, Imports: 8105540021800, Records: 4, Reporters: 1},
		},
		{
			// Australia's 2016 exports of chapter 01 (1398835890, a real
			// row) with its TOTAL (level 0), two headings (level 4) and two
			// leaves (level 6) built to sum to it: summed whole, 5595343560,
			// four times the exports.
			name: "four levels, read whole: the TOTAL is a total, other levels refused",
			file: "comtrade-levels-4x-AUS-2016.csv",
			want: realTotals{Exports: 139883589000, NoImports: true, Records: 1, Reporters: 1,
				Errors: map[string]int{"mixed levels": 4}, Warnings: map[string]int{"total": 1}},
		},
		{
			name: "four levels, leaves chosen: counted once",
			file: "comtrade-levels-4x-AUS-2016.csv",
			c:    CSVReader{Level: LeafLevel},
			want: realTotals{Exports: 139883589000, NoImports: true, Records: 2, Reporters: 1, Warnings: map[string]int{"not selected": 4}},
		},
		{
			name: "four levels, headings chosen: counted once",
			file: "comtrade-levels-4x-AUS-2016.csv",
			c:    CSVReader{Level: 4},
			want: realTotals{Exports: 139883589000, NoImports: true, Records: 2, Reporters: 1, Warnings: map[string]int{"not selected": 4}},
		},
		{
			// The real chapter rows of Australia (imports 91128858, exports
			// 1398835890), each with a TOTAL row beside it: summed whole,
			// twice the figures.
			name: "Comtrade's TOTAL beside the chapter: not added to it",
			file: "comtrade-total-2x-AUS-2016.csv",
			want: realTotals{Exports: 139883589000, Imports: 9112885800, Records: 2, Reporters: 1, Warnings: map[string]int{"total": 2}},
		},
		{
			// SITC Rev. 3 section 0, Afghanistan 2008: imports 309541080,
			// exports 280276257.
			name: "legacy Comtrade in SITC: code 0 is read",
			file: "comtrade-legacy-S3-2008-AFG.csv",
			want: realTotals{Exports: 28027625700, Imports: 30954108000, Records: 2, Reporters: 1},
		},
		{
			// Nine countries sum to 99,56 juta; "Jumlah" says 102,12 (the
			// month's total, other countries included). Summed whole: 201,68.
			name: "BPS by country with its Jumlah row",
			file: "bps-kalbar-ekspor-negara-2018-05.csv",
			c:    CSVReader{Period: may2018, Reporter: "61"},
			want: realTotals{Exports: 9956000000, NoImports: true, Records: 9, Reporters: 1, Warnings: map[string]int{"total": 1}},
		},
		{
			// Exports 72,12 + 62,78 + 87,48 + 79,38 + 83,34 + 102,12 +
			// 172,82 + 158,85 = 818,89 juta in 8 cells; imports 23,53 +
			// 29,27 = 52,80 juta in 2 cells (blank where the release gives
			// none).
			name: "BPS release, wide table",
			file: "bps-kalbar-rilis-wide.csv",
			c:    CSVReader{Reporter: "61"},
			want: realTotals{Exports: 81889000000, Imports: 5280000000, Records: 10, Reporters: 1},
		},
		{
			// 40499700 + 19217900 + 12446800 = 72164400.
			name: "BPS code cells, FOB/CIF value of a table of exports",
			file: "bps-kalbar-hs-cells-2017-02.csv",
			c:    CSVReader{Period: feb2017, Flow: Export, Reporter: "61"},
			want: realTotals{Exports: 7216440000, NoImports: true, Records: 3, Reporters: 1},
		},
		{
			name: "BPS code cells without a flow: the header says what is missing",
			file: "bps-kalbar-hs-cells-2017-02.csv",
			c:    CSVReader{Period: feb2017},
			want: realTotals{Errors: map[string]int{"header": 1}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := os.Open(filepath.Join("testdata", "real", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			var got realTotals
			count := func(m *map[string]int, err error) {
				if *m == nil {
					*m = map[string]int{}
				}
				(*m)[sentinelName(err)]++
			}
			c := tt.c
			c.Warn = func(re *RowError) { count(&got.Warnings, re) }
			var agg Aggregator
			lines := map[int]bool{} // a row of a wide table gives two records
			for r, err := range c.Rows(f) {
				if err != nil {
					count(&got.Errors, err)
					continue
				}
				got.Records++
				lines[r.Line] = true
				if err := agg.Add(&r.Record); err != nil {
					t.Fatalf("line %d: %v", r.Line, err)
				}
			}
			if got.Records > 0 {
				tot, err := agg.Total()
				if err != nil {
					t.Fatal(err)
				}
				got.Exports, got.Imports, got.ReExports, got.ReImports = tot.Exports.Minor(), tot.Imports.Minor(), tot.ReExports.Minor(), tot.ReImports.Minor()
				got.NoExports, got.NoImports = tot.NoExports(), tot.NoImports()
				got.Reporters = len(agg.Reporters())
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s mismatch (-want +got):\n%s", tt.file, diff)
			}
			if rows, ok := countRowsFile(t, tt.file); ok && got.Errors["header"] == 0 {
				reported := 0
				for _, m := range []map[string]int{got.Errors, got.Warnings} {
					for k, n := range m {
						if k != "rounded" {
							reported += n
						}
					}
				}
				if rows != len(lines)+reported {
					t.Errorf("%d rows in, %d rows read + %d reported", rows, len(lines), reported)
				}
			}
		})
	}
}

// countRowsFile counts the data rows of a real file independently.
func countRowsFile(t *testing.T, name string) (int, bool) {
	b, err := os.ReadFile(filepath.Join("testdata", "real", name))
	if err != nil {
		t.Fatal(err)
	}
	return countRows(string(b))
}
