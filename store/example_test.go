package store_test

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/text/language"

	"github.com/kerjasama/kerjasama/agreement"
	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/money"
	"github.com/kerjasama/kerjasama/report"
	"github.com/kerjasama/kerjasama/store"
	"github.com/kerjasama/kerjasama/trade"
)

// tempStore opens a SQLite store in a new temporary directory; the
// returned function closes it and removes the directory.
func tempStore() (*store.Store, func()) {
	dir, err := os.MkdirTemp("", "kerjasama-example")
	if err != nil {
		log.Fatal(err)
	}
	s, err := store.Open(context.Background(), filepath.Join(dir, "kerjasama.db"))
	if err != nil {
		log.Fatal(err)
	}
	return s, func() { s.Close(); os.RemoveAll(dir) }
}

// A register kept in a SQLite file, asked what a cooperation office asks.
func ExampleOpen() {
	ctx := context.Background()
	s, done := tempStore() // store.Open(ctx, "kerjasama.db"), or a postgres:// URL
	defer done()

	if err := s.AddAgreements(ctx, report.Embedded().Agreements...); err != nil {
		log.Fatal(err)
	}
	active, err := s.ActiveOn(ctx, date.Date{Year: 2022, Month: 6, Day: 30})
	if err != nil {
		log.Fatal(err)
	}
	for _, a := range active {
		fmt.Println("in force:", a.ID)
	}
	korea, err := s.ByCountry(ctx, "Korea Selatan")
	if err != nil {
		log.Fatal(err)
	}
	for _, a := range korea {
		fmt.Println("with Korea:", a.ID)
	}
	// Output:
	// in force: banten-zhejiang-2012
	// in force: tangsel-daejeon-2016
	// in force: kaltim-palembang-business-matching-2022
	// with Korea: banten-incheon-2007
	// with Korea: tangsel-daejeon-2016
}

// Two people edit the same agreement: the second update, made on the
// version both read, fails with ErrConflict and is made again on the
// current version.
func ExampleStore_UpdateAgreement() {
	ctx := context.Background()
	s, done := tempStore()
	defer done()
	if err := s.AddAgreements(ctx, agreement.Agreement{ID: "kalbar-sarawak-2024", Title: "Kerja sama perdagangan lintas batas"}); err != nil {
		log.Fatal(err)
	}

	first, v, _ := s.Agreement(ctx, "kalbar-sarawak-2024")
	second := first
	first.Notes = "diperpanjang"
	if _, err := s.UpdateAgreement(ctx, first, v); err != nil {
		log.Fatal(err)
	}
	second.Activities = append(second.Activities, agreement.Activity{Date: agreement.InMonth(2024, 9), Description: "misi dagang"})
	_, err := s.UpdateAgreement(ctx, second, v)
	fmt.Println("stale update:", errors.Is(err, store.ErrConflict))

	current, v, _ := s.Agreement(ctx, "kalbar-sarawak-2024")
	current.Activities = append(current.Activities, agreement.Activity{Date: agreement.InMonth(2024, 9), Description: "misi dagang"})
	v, err = s.UpdateAgreement(ctx, current, v)
	fmt.Println("retried:", err, "version", v)

	a, _, _ := s.Agreement(ctx, "kalbar-sarawak-2024")
	fmt.Println(a.Notes, len(a.Activities))
	// Output:
	// stale update: true
	// retried: <nil> version 3
	// diperpanjang 1
}

// A CSV file of trade figures imported as one batch, and a total made
// with money's overflow checks.
func ExampleStore_ImportTradeCSV() {
	ctx := context.Background()
	s, done := tempStore()
	defer done()

	data, err := fs.ReadFile(report.EmbeddedFS(), "data/trade.csv")
	if err != nil {
		log.Fatal(err)
	}
	b, err := s.ImportTradeCSV(ctx, "trade.csv", strings.NewReader(string(data)), store.TradeOptions{})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(b.File, b.RowsRead, "rows")
	totals, err := s.TradeTotals(ctx, store.TradeFilter{Flow: trade.Export, Post: "entikong"})
	if err != nil {
		log.Fatal(err)
	}
	for _, t := range totals {
		fmt.Println("exports through Entikong:", money.Formatter{Lang: language.Indonesian}.Format(t))
	}

	// A file with a bad row stores nothing and names the row.
	bad := "periode,arus,nilai,mata_uang\n2015,ekspor,1000,IDR\n2016,ekspor,banyak,IDR\n"
	_, err = s.ImportTradeCSV(ctx, "bad.csv", strings.NewReader(bad), store.TradeOptions{})
	var re *trade.RowError
	if errors.As(err, &re) {
		fmt.Printf("refused: %s:%d:%d\n", re.File, re.Line, re.Column)
	}
	batches, _ := s.TradeBatches(ctx)
	fmt.Println(len(batches), "batch stored")
	// Output:
	// trade.csv 4 rows
	// exports through Entikong: Rp249.763.806.103
	// refused: bad.csv:3:13
	// 1 batch stored
}

// The files of the embedded dataset imported as the report reads them,
// and the report of what is stored.
func ExampleStore_Dataset() {
	ctx := context.Background()
	s, done := tempStore()
	defer done()

	err := s.ImportFiles(ctx, report.EmbeddedFS(), report.EmbeddedFiles, report.LoadOptions{History: true})
	if err != nil {
		log.Fatal(err)
	}
	d, err := s.Dataset(ctx)
	if err != nil {
		log.Fatal(err)
	}
	rep, err := report.Build(d, date.Date{Year: 2019, Month: 8, Day: 7})
	if err != nil {
		log.Fatal(err)
	}
	var b strings.Builder
	if err := rep.Write(&b, report.Text, language.English); err != nil {
		log.Fatal(err)
	}
	for line := range strings.Lines(b.String()) {
		if strings.HasPrefix(line, "Trade balance") || strings.HasPrefix(line, "Welfare") {
			fmt.Print(line)
		}
	}
	// Output:
	// Trade balance — PLBN Entikong
	// Trade balance — Kalimantan Tengah
	// Welfare — West Kalimantan (whole province)
}
