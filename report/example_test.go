package report_test

import (
	"errors"
	"fmt"
	"os"
	"testing/fstest"
	"time"

	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/evaluate"
	"github.com/kerjasama/kerjasama/money"
	"github.com/kerjasama/kerjasama/report"
	"github.com/kerjasama/kerjasama/trade"
	"golang.org/x/text/language"
)

// A report of trade through a border post, read from a CSV file that a
// customs office keeps, written in English although the file is
// Indonesian. The imports came on cross-border cards (KILB), so the
// difference is not called the trade balance.
func ExampleLoad() {
	files := fstest.MapFS{"entikong.csv": {Data: []byte(
		"tahun,arus,pos,skema,nilai\n" +
			"2015,ekspor,Entikong,,Rp. 100.387.357.175\n" +
			"2015,impor,Entikong,KILB,Rp. 171.793.920.000\n" +
			"2016,ekspor,Entikong,,Rp. 149.376.448.928\n" +
			"2016,impor,Entikong,KILB,Rp. 270.791.872.000\n")}}
	d, err := report.Load(files, report.Files{Trade: []string{"entikong.csv"}}, report.LoadOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := report.Build(d, date.Date{Year: 2017, Month: time.September, Day: 12})
	if err != nil {
		fmt.Println(err)
		return
	}
	r.Write(os.Stdout, report.Text, language.English)
	// Output:
	// Cooperation evaluation report
	// =============================
	//
	// Evaluation date: 12 September 2017
	//
	// Trade balance — PLBN Entikong
	// -----------------------------
	//
	// Records up to December 2016
	//
	// Period  Exports            Imports on KILB    Exports − KILB imports  Status   Exports/imports  Export growth  Import growth
	// ------  -----------------  -----------------  ----------------------  -------  ---------------  -------------  -------------
	// 2015    Rp100,387,357,175  Rp171,793,920,000       -Rp71,406,562,825  deficit            58.4%              —              —
	// 2016    Rp149,376,448,928  Rp270,791,872,000      -Rp121,415,423,072  deficit            55.2%          48.8%          57.6%
	//
	// Findings:
	// - [warning] In 2015 exports through PLBN Entikong fell short of imports on cross-border cards (KILB) by Rp71,406,562,825 (a gap between the two, not the trade balance)
	// - [warning] In 2015 exports through PLBN Entikong covered only 58.4% of imports on cross-border cards (KILB)
	// - [warning] In 2016 exports through PLBN Entikong fell short of imports on cross-border cards (KILB) by Rp121,415,423,072 (a gap between the two, not the trade balance)
	// - [warning] In 2016 exports through PLBN Entikong covered only 55.2% of imports on cross-border cards (KILB)
	// - [info] From 2015 to 2016 exports through PLBN Entikong grew 48.8% and imports on cross-border cards (KILB) grew 57.6%
	// - [critical] The shortfall of exports through PLBN Entikong against imports on cross-border cards (KILB) widened by 70.0% from 2015 to 2016, while exports grew 48.8%
	// - [info] Compound annual growth (CAGR) of the exports through PLBN Entikong over 1 year, 2015 to 2016: 48.8% a year
	// - [info] Compound annual growth (CAGR) of the imports on cross-border cards (KILB) through PLBN Entikong over 1 year, 2015 to 2016: 57.6% a year
}

// A file with a bad row is refused whole, with the row's line and column
// in the language of the reader.
func ExampleFileError() {
	files := fstest.MapFS{"entikong.csv": {Data: []byte(
		"tahun,arus,pos,nilai\n" +
			"2015,ekspor,Entikong,Rp. 100.387.357.175\n" +
			"2016,ekspor,Entikong,Rp. 1.2.3\n")}}
	_, err := report.Load(files, report.Files{Trade: []string{"entikong.csv"}}, report.LoadOptions{})
	var fe *report.FileError
	if errors.As(err, &fe) {
		fmt.Println(fe.Problems[0].Line, fe.Problems[0].Field)
		fmt.Println(len(fe.Problems), "of", fe.Records)
	}
	// Output:
	// 3 nilai
	// 1 of 2
}

// A dataset built in code: the balances Kalimantan Tengah published, as a
// Markdown table.
func ExampleBuild() {
	toNov := date.Range{Start: date.Date{Year: 2022, Month: time.January, Day: 1}, End: date.Date{Year: 2022, Month: time.November, Day: 30}}
	d := &report.Dataset{
		Title: "Kalimantan Tengah",
		Trade: []report.TradeSeries{{
			Options: evaluate.TradeOptions{Subject: "Kalimantan Tengah"},
			Balances: []trade.Balance{
				trade.PublishedNet(date.YearRange(2020), money.USDollar(1791090000), "BPS"),
				trade.PublishedNet(date.YearRange(2021), money.USDollar(3050820000), "BPS"),
				trade.PublishedNet(toNov, money.USDollar(5291170000), "BPS"),
			},
		}},
	}
	r, err := report.Build(d, date.Date{Year: 2023, Month: time.January, Day: 16})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, b := range r.Layout(language.Indonesian) {
		if b.Kind == report.BlockTable {
			fmt.Println(b.Table.Caption)
			fmt.Println(b.Table.Head)
			for _, row := range b.Table.Rows {
				fmt.Println(row)
			}
		}
	}
	// Output:
	// Hanya neraca yang diterbitkan
	// [Periode Neraca Status Perubahan neraca Pertumbuhan surplus/defisit]
	// [2020 US$1.791.090.000 surplus — —]
	// [2021 US$3.050.820.000 surplus +US$1.259.730.000 70,3%]
	// [Januari–November 2022 (sebagian tahun) US$5.291.170.000 surplus — —]
}

// The seed dataset, evaluated on the day of seed 001, in Malay: the
// headings of the report. What happened later (Kalimantan Timur's
// business matching of 2022, the forums' decisions of 2023–2025) is not
// in a report for 7 August 2019.
func ExampleEmbedded() {
	r, err := report.Build(report.Embedded(), date.Date{Year: 2019, Month: time.August, Day: 7})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, b := range r.Layout(language.Malay) {
		if b.Kind == report.BlockHeading && b.Section != report.SectionForums {
			fmt.Println(b.Text)
		}
	}
	// Output:
	// Imbangan dagangan — PLBN Entikong
	// Imbangan dagangan — Kalimantan Tengah
	// Kerjasama daerah — Banten, Kota Tangerang Selatan
	// Kesejahteraan — Kalimantan Barat (seluruh wilayah)
	// Sumber
}
