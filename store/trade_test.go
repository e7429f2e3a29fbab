package store

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"golang.org/x/text/currency"

	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/money"
	"github.com/kerjasama/kerjasama/report"
	"github.com/kerjasama/kerjasama/trade"
)

// embeddedFile returns a file of the report's embedded dataset.
func embeddedFile(t testing.TB, name string) []byte {
	t.Helper()
	b, err := fs.ReadFile(report.EmbeddedFS(), name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// readRecords reads a CSV file with the reader's defaults, failing on a
// bad row.
func readRecords(t testing.TB, data []byte) []trade.Record {
	t.Helper()
	var out []trade.Record
	for rec, err := range trade.ReadCSV(bytes.NewReader(data), 0) {
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, rec)
	}
	return out
}

func hexSum(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

func fixedNow() time.Time { return time.Date(2025, 12, 3, 8, 0, 0, 123456789, time.UTC) }

func TestImportTradeEmbedded(t *testing.T) {
	ctx := context.Background()
	csvData := embeddedFile(t, "data/trade.csv")
	jsonData := embeddedFile(t, "data/balances.json")
	want := readRecords(t, csvData)
	wantDoc, err := trade.ReadJSON(bytes.NewReader(jsonData))
	if err != nil {
		t.Fatal(err)
	}
	eachBackend(t, func(t *testing.T, s *Store) {
		b, err := s.ImportTradeCSV(ctx, "trade.csv", bytes.NewReader(csvData), TradeOptions{Now: fixedNow})
		if err != nil {
			t.Fatal(err)
		}
		jb, err := s.ImportTradeJSON(ctx, "balances.json", bytes.NewReader(jsonData))
		if err != nil {
			t.Fatal(err)
		}
		batches, err := s.TradeBatches(ctx)
		if err != nil {
			t.Fatal(err)
		}
		wantBatches := []Batch{
			{ID: b.ID, Version: 1, File: "trade.csv", Checksum: hexSum(csvData), Layout: "auto", RowsRead: len(want), ImportedAt: fixedNow()},
			{ID: jb.ID, Version: 1, File: "balances.json", Checksum: hexSum(jsonData), Layout: "json", RowsRead: len(wantDoc.Balances),
				ImportedAt: jb.ImportedAt, Note: wantDoc.Note, Subject: wantDoc.Subject, Reporter: wantDoc.Reporter, Post: wantDoc.Post},
		}
		if diff := cmp.Diff(wantBatches, batches, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("TradeBatches mismatch (-want +got):\n%s", diff)
		}
		got, err := s.TradeRecords(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("TradeRecords mismatch (-want +got):\n%s", diff)
		}
		doc, err := s.TradeDocument(ctx, jb.ID)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(wantDoc, doc, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("TradeDocument mismatch (-want +got):\n%s", diff)
		}
		totals, err := s.TradeTotals(ctx, TradeFilter{Flow: trade.Export, Post: "entikong"})
		if err != nil {
			t.Fatal(err)
		}
		// Seed 000: Rp100.387.357.175 (2015) and Rp149.376.448.928 (2016).
		if diff := cmp.Diff([]money.Amount{money.Rupiah(100387357175 + 149376448928)}, totals); diff != "" {
			t.Errorf("TradeTotals(exports through Entikong) mismatch (-want +got):\n%s", diff)
		}
		totals, err = s.TradeTotals(ctx, TradeFilter{Flow: trade.Import, Within: date.YearRange(2016)})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]money.Amount{money.Rupiah(270791872000)}, totals); diff != "" {
			t.Errorf("TradeTotals(imports 2016) mismatch (-want +got):\n%s", diff)
		}
	})
}

// generatedRecords returns n records that use every field.
func generatedRecords(seed uint64, n int) []trade.Record {
	r := rand.New(rand.NewPCG(seed, seed+1))
	posts := []string{"entikong", "aruk", "nanga-badau", "Pos Lintas Batas Jagoi Babang", ""}
	units := []string{"kg", "u", "l"}
	curs := []currency.Unit{currency.IDR, currency.USD, currency.MustParseISO("MYR")}
	recs := make([]trade.Record, n)
	for i := range recs {
		y := 2010 + r.IntN(15)
		m := time.Month(1 + r.IntN(12))
		rec := trade.Record{
			Period:   date.MonthRange(y, m),
			Flow:     trade.Flow(1 + r.IntN(4)),
			Reporter: []string{"61", "62", "ID", ""}[r.IntN(4)],
			Partner:  []string{"MY", "MY-13", "SG", ""}[r.IntN(4)],
			Post:     posts[r.IntN(len(posts))],
			Basis:    trade.Basis(r.IntN(3)),
			Scheme:   trade.Scheme(r.IntN(3)),
			Value:    money.FromMinor(r.Int64N(1e15), curs[r.IntN(len(curs))]),
			Source:   fmt.Sprintf("KPPBC Entikong, laporan %d", r.IntN(100)),
		}
		if r.IntN(4) == 0 {
			rec.Period = date.YearRange(y)
		}
		if r.IntN(2) == 0 {
			var h trade.HS
			if err := h.UnmarshalText(fmt.Appendf(nil, "%06d", 10000+r.IntN(960000))); err == nil {
				rec.HS = h
			}
		}
		if r.IntN(2) == 0 {
			rec.NetWeight = trade.Quantity{Milli: r.Int64N(1e12), Unit: "kg"}
		}
		if r.IntN(3) == 0 {
			rec.Quantity = trade.Quantity{Milli: r.Int64N(1e9), Unit: units[r.IntN(len(units))]}
		}
		recs[i] = rec
	}
	return recs
}

func TestTradeExportImport(t *testing.T) {
	ctx := context.Background()
	docs := map[string][]byte{"balances.json": embeddedFile(t, "data/balances.json")}
	var gen bytes.Buffer
	if err := trade.WriteJSON(&gen, &trade.Document{Note: "generated", Subject: "PLBN", Records: generatedRecords(5, 2000)}); err != nil {
		t.Fatal(err)
	}
	docs["generated.json"] = gen.Bytes()
	// A record of another classification than the HS (a legacy Comtrade
	// bulk file in SITC Rev. 3: commodity "0"), and a balance whose imports
	// were not recorded.
	docs["sitc.json"] = []byte(`{"reporter": "AF", "records": [
  {"period": "2008", "flow": "import", "reporter": "AF", "partner": "World", "classification": "S3", "code": "0", "value": "USD 309541080"}],
 "balances": [{"period": "2015", "reporter": "61", "exports": "IDR 1000", "no_imports": true}]}`)
	for name, data := range docs {
		want, err := trade.ReadJSON(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var canonical bytes.Buffer
		if err := trade.WriteJSON(&canonical, want); err != nil {
			t.Fatal(err)
		}
		for _, b := range backends {
			t.Run(name+"/"+b.name, func(t *testing.T) {
				roundTrip := func(in []byte) []byte {
					s := openTest(t, b.dsn(t))
					batch, err := s.ImportTradeJSON(ctx, name, bytes.NewReader(in))
					if err != nil {
						t.Fatal(err)
					}
					doc, err := s.TradeDocument(ctx, batch.ID)
					if err != nil {
						t.Fatal(err)
					}
					if diff := cmp.Diff(want, doc, cmpopts.EquateEmpty()); diff != "" {
						t.Errorf("TradeDocument mismatch (-want +got):\n%s", diff)
					}
					var out bytes.Buffer
					if err := s.ExportTradeJSON(ctx, &out, batch.ID); err != nil {
						t.Fatal(err)
					}
					return out.Bytes()
				}
				first := roundTrip(data)
				if diff := cmp.Diff(canonical.String(), string(first)); diff != "" {
					t.Errorf("export mismatch (-want +got):\n%s", diff)
				}
				if diff := cmp.Diff(string(first), string(roundTrip(first))); diff != "" {
					t.Errorf("export, import, export mismatch (-want +got):\n%s", diff)
				}
			})
		}
	}
}

// badCSV has a bad value on line 4, column 25.
const badCSV = "periode,arus,pelapor,pos,nilai,mata_uang\n" +
	"2015,ekspor,61,entikong,1000,IDR\n" +
	"2016,ekspor,61,entikong,2000,IDR\n" +
	"2017,ekspor,61,entikong,banyak,IDR\n" +
	"2018,ekspor,61,entikong,4000,IDR\n"

func TestImportTradeBadRow(t *testing.T) {
	ctx := context.Background()
	eachBackend(t, func(t *testing.T, s *Store) {
		_, err := s.ImportTradeCSV(ctx, "entikong.csv", strings.NewReader(badCSV), TradeOptions{})
		var re *trade.RowError
		if !errors.As(err, &re) {
			t.Fatalf("ImportTradeCSV = %v, want a *trade.RowError", err)
		}
		if got, want := fmt.Sprintf("%s:%d:%d", re.File, re.Line, re.Column), "entikong.csv:4:25"; got != want {
			t.Errorf("bad row at %s, want %s", got, want)
		}
		if !strings.Contains(err.Error(), "entikong.csv:4:25") {
			t.Errorf("error %q does not name entikong.csv:4:25", err)
		}
		var n int
		if err := s.db.QueryRowContext(ctx, `SELECT (SELECT COUNT(*) FROM trade_batches) + (SELECT COUNT(*) FROM trade_records)`).Scan(&n); err != nil || n != 0 {
			t.Errorf("after a failed import, %d batches and records stored (%v); want none", n, err)
		}

		b, err := s.ImportTradeCSV(ctx, "entikong.csv", strings.NewReader(badCSV), TradeOptions{KeepGoing: true})
		if err != nil {
			t.Fatal(err)
		}
		if b.RowsRead != 4 || b.RowsRejected != 1 {
			t.Errorf("KeepGoing: %d rows read, %d rejected; want 4, 1", b.RowsRead, b.RowsRejected)
		}
		recs, err := s.TradeRecords(ctx)
		if err != nil || len(recs) != 3 {
			t.Errorf("KeepGoing: %d records stored (%v), want 3", len(recs), err)
		}
		batches, err := s.TradeBatches(ctx)
		if err != nil || len(batches) != 1 {
			t.Fatalf("KeepGoing: %d batches (%v), want 1", len(batches), err)
		}
		if diff := cmp.Diff(b, batches[0]); diff != "" {
			t.Errorf("KeepGoing: stored batch mismatch (-want +got):\n%s", diff)
		}
		if len(b.Problems) != 1 || b.Problems[0].Warning || b.Problems[0].Line != 4 || b.Problems[0].Column != 25 ||
			!strings.HasPrefix(b.Problems[0].Message, "entikong.csv:4:25:") {
			t.Errorf("KeepGoing: problems %+v, want the row of line 4, column 25", b.Problems)
		}

		// A header without a value column stores nothing, KeepGoing or not.
		if _, err := s.ImportTradeCSV(ctx, "noheader.csv", strings.NewReader("periode,arus\n2015,ekspor\n"), TradeOptions{KeepGoing: true}); !errors.Is(err, trade.ErrHeader) {
			t.Errorf("ImportTradeCSV of a file without a value column: %v, want trade.ErrHeader", err)
		}
		if batches, err := s.TradeBatches(ctx); err != nil || len(batches) != 1 {
			t.Errorf("after a bad header, %d batches (%v), want 1", len(batches), err)
		}

		// A bad JSON record stores nothing either.
		bad := `{"records": [{"period": "2015", "flow": "export", "value": "IDR 100"}, {"period": "2016", "flow": "sideways", "value": "IDR 1"}]}`
		_, err = s.ImportTradeJSON(ctx, "bad.json", strings.NewReader(bad))
		if !errors.As(err, &re) || re.File != "bad.json" || re.Line != 1 {
			t.Errorf("ImportTradeJSON of a bad record = %v, want a *trade.RowError at bad.json:1", err)
		}
		if batches, err := s.TradeBatches(ctx); err != nil || len(batches) != 1 {
			t.Errorf("after a failed JSON import, %d batches (%v), want 1", len(batches), err)
		}
		// A reader that gives nothing, and no error, for ever: an error,
		// not a loop, and nothing stored.
		if _, err := s.ImportTradeJSON(ctx, "stuck.json", io.MultiReader(strings.NewReader(`{"records": [`), stuckReader{})); !errors.Is(err, io.ErrNoProgress) {
			t.Errorf("ImportTradeJSON of a reader that makes no progress = %v, want io.ErrNoProgress", err)
		}
		if batches, err := s.TradeBatches(ctx); err != nil || len(batches) != 1 {
			t.Errorf("after a reader that makes no progress, %d batches (%v), want 1", len(batches), err)
		}

		if err := s.DeleteTradeBatch(ctx, b.ID, 2); !errors.Is(err, ErrConflict) {
			t.Errorf("DeleteTradeBatch with a wrong version: %v, want ErrConflict", err)
		}
		if err := s.DeleteTradeBatch(ctx, b.ID, 1); err != nil {
			t.Fatal(err)
		}
		if recs, err := s.TradeRecords(ctx); err != nil || len(recs) != 0 {
			t.Errorf("after DeleteTradeBatch, %d records (%v)", len(recs), err)
		}
	})
}

// TestImportTradeWarnings checks that rows read with a reservation are
// stored and listed with the batch, and still reach the caller's Warn.
func TestImportTradeWarnings(t *testing.T) {
	ctx := context.Background()
	const file = "periode,arus,pelapor,pos,nilai,mata_uang\n" +
		"2015,ekspor,61,entikong,1000,IDR\n" +
		"2015,ekspor,61,entikong,1000,IDR\n"
	eachBackend(t, func(t *testing.T, s *Store) {
		var told []int
		opt := TradeOptions{CSV: trade.CSVReader{Warn: func(re *trade.RowError) { told = append(told, re.Line) }}}
		b, err := s.ImportTradeCSV(ctx, "dup.csv", strings.NewReader(file), opt)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]int{3}, told); diff != "" {
			t.Errorf("lines told to Warn mismatch (-want +got):\n%s", diff)
		}
		batches, err := s.TradeBatches(ctx)
		if err != nil || len(batches) != 1 {
			t.Fatalf("%d batches (%v), want 1", len(batches), err)
		}
		got := batches[0].Problems
		if len(got) != 1 || !got[0].Warning || got[0].Line != 3 || !strings.HasPrefix(got[0].Message, "dup.csv:3:") {
			t.Errorf("problems %+v, want a warning on line 3", got)
		}
		if diff := cmp.Diff(b.Problems, got); diff != "" {
			t.Errorf("stored problems mismatch (-want +got):\n%s", diff)
		}
		if recs, err := s.TradeRecords(ctx); err != nil || len(recs) != 2 {
			t.Errorf("%d records (%v), want both rows", len(recs), err)
		}
	})
}

func TestTradeTotalsOverflow(t *testing.T) {
	ctx := context.Background()
	eachBackend(t, func(t *testing.T, s *Store) {
		big := money.FromMinor(math.MaxInt64-1, currency.IDR)
		p := date.YearRange(2020)
		doc := &trade.Document{Records: []trade.Record{
			{Period: p, Flow: trade.Export, Value: big},
			{Period: p, Flow: trade.Export, Value: money.FromMinor(5, currency.IDR)},
			{Period: p, Flow: trade.Import, Value: big},
		}}
		if _, err := s.ImportTrade(ctx, Batch{File: "big.json", Layout: "json"}, doc); err != nil {
			t.Fatal(err)
		}
		if _, err := s.TradeTotals(ctx, TradeFilter{Flow: trade.Export}); !errors.Is(err, money.ErrOverflow) {
			t.Errorf("TradeTotals past the range of an amount: %v, want money.ErrOverflow", err)
		}
		got, err := s.TradeTotals(ctx, TradeFilter{Flow: trade.Import})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]money.Amount{big}, got); diff != "" {
			t.Errorf("TradeTotals(imports) mismatch (-want +got):\n%s", diff)
		}
	})
}

// bulkCSV returns a CSV file of n rows in the simple layout.
func bulkCSV(n int) []byte {
	var b bytes.Buffer
	b.WriteString("periode,arus,pelapor,pos,mitra,hs,nilai,mata_uang,berat_bersih,sumber\n")
	flows := []string{"ekspor", "impor"}
	for i := range n {
		fmt.Fprintf(&b, "%04d-%02d,%s,61,entikong,MY,%06d,%d,IDR,%d,KPPBC Entikong\n",
			1990+i/24%30, 1+i%12, flows[i/12%2], 10000+i%900000, 1000+i, i%5000)
	}
	return b.Bytes()
}

// TestImportTradeBulk imports 100,000 rows and checks that they are all
// there and that SQLite took under 5 s. Under the race detector, which
// makes timings meaningless and SQLite many times slower, it imports
// 10,000 rows and does not time them.
func TestImportTradeBulk(t *testing.T) {
	if testing.Short() {
		t.Skip("bulk import skipped in -short mode")
	}
	ctx := context.Background()
	n := 100_000
	if raceEnabled {
		n = 10_000
	}
	data := bulkCSV(n)
	eachBackend(t, func(t *testing.T, s *Store) {
		start := time.Now()
		b, err := s.ImportTradeCSV(ctx, "bulk.csv", bytes.NewReader(data), TradeOptions{})
		took := time.Since(start)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %d rows in %v", s.Backend(), n, took)
		if b.RowsRead != n {
			t.Errorf("%d rows read, want %d", b.RowsRead, n)
		}
		var count int
		if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM trade_records WHERE batch_id = $1`, b.ID).Scan(&count); err != nil || count != n {
			t.Errorf("%d records stored (%v), want %d", count, err, n)
		}
		totals, err := s.TradeTotals(ctx, TradeFilter{})
		if err != nil {
			t.Fatal(err)
		}
		// Values 1000 … 1000+n−1 rupiah.
		want := money.Rupiah(int64(n)*1000 + int64(n)*int64(n-1)/2)
		if diff := cmp.Diff([]money.Amount{want}, totals); diff != "" {
			t.Errorf("TradeTotals mismatch (-want +got):\n%s", diff)
		}
		if s.Backend() == SQLite && !raceEnabled && took > 5*time.Second {
			t.Errorf("SQLite imported %d rows in %v, want under 5 s", n, took)
		}
	})
}

func benchmarkImportTrade(b *testing.B, be backend) {
	ctx := context.Background()
	const n = 100_000
	data := bulkCSV(n)
	s := openTest(b, be.dsn(b))
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := s.ImportTradeCSV(ctx, "bulk.csv", bytes.NewReader(data), TradeOptions{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "rows/s")
}

// BenchmarkImportTradeSQLite imports a CSV file of 100,000 rows into
// SQLite in one transaction with a prepared statement.
func BenchmarkImportTradeSQLite(b *testing.B) { benchmarkImportTrade(b, backends[0]) }

// BenchmarkImportTradePostgres imports the same file into PostgreSQL with
// COPY.
func BenchmarkImportTradePostgres(b *testing.B) { benchmarkImportTrade(b, backends[1]) }

// TestCheck checks the embedded dataset stored whole, then finds a
// record removed behind the store's back.
func TestCheck(t *testing.T) {
	ctx := context.Background()
	eachBackend(t, func(t *testing.T, s *Store) {
		d := report.Embedded()
		if err := s.AddAgreements(ctx, d.Agreements...); err != nil {
			t.Fatal(err)
		}
		if err := s.ImportSessions(ctx, d.Sessions); err != nil {
			t.Fatal(err)
		}
		b, err := s.ImportTradeCSV(ctx, "trade.csv", bytes.NewReader(embeddedFile(t, "data/trade.csv")), TradeOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Check(ctx); err != nil {
			t.Fatalf("Check of the embedded dataset: %v", err)
		}
		if _, err := s.db.ExecContext(ctx, `DELETE FROM trade_records WHERE batch_id = $1 AND seq = 0`, b.ID); err != nil {
			t.Fatal(err)
		}
		err = s.Check(ctx)
		if err == nil || !strings.Contains(err.Error(), "3 records and balances stored, but 4 rows read and 0 rejected") {
			t.Errorf("Check after removing a record = %v, want the batch's counts", err)
		}
	})
}

// stuckReader returns no bytes and no error, for ever.
type stuckReader struct{}

func (stuckReader) Read([]byte) (int, error) { return 0, nil }
