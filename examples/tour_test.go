package examples

import (
	"fmt"
	"strings"
	"testing/fstest"

	"github.com/kerjasama/kerjasama/agreement"
	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/evaluate"
	"github.com/kerjasama/kerjasama/money"
	"github.com/kerjasama/kerjasama/region"
	"github.com/kerjasama/kerjasama/report"
	"github.com/kerjasama/kerjasama/session"
	"github.com/kerjasama/kerjasama/trade"
	"golang.org/x/text/language"
)

// The short examples of the README's tour of the packages. readme_test.go
// checks that every Go block of the README is quoted from this directory.

func Example_tourMoney() {
	a, err := money.Parse("Rp. 100.387.357.175", language.Indonesian)
	if err != nil {
		panic(err)
	}
	fmt.Println(a) // the canonical form, for JSON and CSV
	fmt.Println(money.Formatter{Lang: language.Indonesian}.Format(a))
	fmt.Println(money.Formatter{Lang: language.Indonesian, Style: money.Compact}.Format(a))
	fmt.Println(money.Formatter{Lang: language.Malay, Style: money.Words}.Format(money.Ringgit(600)))
	// Output:
	// IDR 100387357175
	// Rp100.387.357.175
	// Rp100,39 miliar
	// enam ratus ringgit
}

func Example_tourDate() {
	d, err := date.Parse("Rabu, 7/8/2019", language.Indonesian)
	if err != nil {
		panic(err)
	}
	r, err := date.ParseRange("23 – 25 Oktober 2017", language.Indonesian)
	if err != nil {
		panic(err)
	}
	fmt.Println(d, r)
	fmt.Println(date.Formatter{Lang: language.Malay, Style: date.Full}.Format(d))
	fmt.Println(date.Formatter{Lang: language.English}.FormatRange(r))
	// Output:
	// 2019-08-07 2017-10-23/2017-10-25
	// Rabu, 7 Ogos 2019
	// 23–25 October 2017
}

func Example_tourRegion() {
	for _, name := range []string{"Kalbar", "Kab. Sanggau", "Negeri Sarawak", "Provinsi Zhejiang – RRT"} {
		r, err := region.Find(name)
		if err != nil {
			panic(err)
		}
		fmt.Printf("%-24s %-8s %s\n", name, r.Code, r.Name)
	}
	post, err := region.FindPost("Entikong")
	if err != nil {
		panic(err)
	}
	fmt.Println(post.Name)
	// Output:
	// Kalbar                   61       Kalimantan Barat
	// Kab. Sanggau             61.03    Kabupaten Sanggau
	// Negeri Sarawak           MY-13    Sarawak
	// Provinsi Zhejiang – RRT  CN-ZJ    Zhejiang
	// PLBN Entikong
}

func Example_tourAgreement() {
	const inventory = `No,Judul,Jenis Naskah,Daerah,Mitra,Bidang,Tanggal Penandatanganan,Jangka Waktu
1,Sister city Tangerang Selatan – Timrå,LoI,Kota Tangerang Selatan,Timrå,"Pemuda Kewirausahaan, Lingkungan",2013,2015-2016
2,MoU Tangerang Selatan – Daejeon,MOU Friendship Coopertion (Loi Tahap III),Kota Tangerang Selatan,Daejeon,"Pendidikan, Budaya",21 Februari 2016,5 tahun
`
	load, err := agreement.ReadCSV(strings.NewReader(inventory), agreement.ReadOptions{File: "register.csv"})
	if err != nil {
		panic(err)
	}
	reg := load.Register()
	day := date.Date{Year: 2019, Month: 8, Day: 7}
	for _, a := range reg.All() {
		fmt.Printf("%s: %s\n", a.Title, a.StatusOn(day).Label(language.Indonesian))
	}
	for _, a := range reg.ExpiringWithin(date.Date{Year: 2020, Month: 12, Day: 1}, 90) {
		end, _ := a.End()
		fmt.Println("segera berakhir:", a.Title, end)
	}
	// Output:
	// Sister city Tangerang Selatan – Timrå: berakhir
	// MoU Tangerang Selatan – Daejeon: aktif
	// segera berakhir: MoU Tangerang Selatan – Daejeon 2021-02-20
}

func Example_tourTrade() {
	const csv = `tahun,arus,pos,nilai
2016,ekspor,Entikong,Rp.149.376.448.928
2016,impor,Entikong,Rp.270.791.872.000
`
	var exports, imports money.Amount
	for rec, err := range (trade.CSVReader{}).Records(strings.NewReader(csv)) {
		if err != nil {
			panic(err) // a *trade.RowError with line and column
		}
		switch rec.Flow {
		case trade.Export:
			exports, _ = exports.Add(rec.Value)
		case trade.Import:
			imports, _ = imports.Add(rec.Value)
		}
	}
	b, err := trade.NewBalance(date.YearRange(2016), exports, imports)
	if err != nil {
		panic(err)
	}
	coverage, _ := b.Coverage()
	fmt.Printf("%s %v, X/M = %.3f\n", b.Status(), b.Net, coverage)
	// Output:
	// deficit IDR -121415423072, X/M = 0.552
}

func Example_tourSession() {
	ds := session.History() // the embedded public record of KK/JKK Sosek Malindo
	for _, s := range ds.Series("kalbar-sarawak")[:2] {
		fmt.Println(ds.Title(s, language.Indonesian))
	}
	fmt.Println(ds.Title(ds.Series("kalbar-sarawak")[0], language.Malay))
	// Output:
	// Sidang ke-33 KK/JKK Sosek Malindo Tingkat Provinsi Kalimantan Barat – Peringkat Negeri Sarawak
	// Sidang ke-34 KK/JKK Sosek Malindo Tingkat Provinsi Kalimantan Barat – Peringkat Negeri Sarawak
	// Sidang ke-33 JKK/KK Sosek Malindo Peringkat Negeri Sarawak – Tingkat Provinsi Kalimantan Barat
}

func Example_tourEvaluate() {
	balances := []trade.Balance{
		must(trade.NewBalance(date.YearRange(2015), money.Rupiah(100387357175), money.Rupiah(171793920000))),
		must(trade.NewBalance(date.YearRange(2016), money.Rupiah(149376448928), money.Rupiah(270791872000))),
	}
	// The imports are those on cross-border cards (KILB): the difference
	// is not the trade balance, and the findings say so.
	opt := evaluate.TradeOptions{Subject: "PLBN Entikong", BorderPost: true, ImportScheme: trade.BorderTradeCard}
	ev, err := evaluate.Balances(balances, opt)
	if err != nil {
		panic(err)
	}
	for _, f := range ev.Findings {
		if f.Code == evaluate.TradeBorderDeficitChange {
			for _, tag := range []language.Tag{language.Indonesian, language.Malay, language.English} {
				fmt.Println(f.Message(tag))
			}
		}
	}
	// Output:
	// Kekurangan ekspor melalui PLBN Entikong terhadap impor dengan KILB melebar 70,0% dari 2015 ke 2016, sementara ekspor naik 48,8%
	// Kekurangan eksport melalui PLBN Entikong berbanding import dengan KILB melebar 70.0% dari 2015 ke 2016, sementara eksport meningkat 48.8%
	// The shortfall of exports through PLBN Entikong against imports on cross-border cards (KILB) widened by 70.0% from 2015 to 2016, while exports grew 48.8%
}

func Example_tourReport() {
	files := fstest.MapFS{"register.csv": {Data: []byte(
		"No,Judul,Jenis Naskah,Mitra,Bidang,Tanggal Penandatanganan,Jangka Waktu\n" +
			"1,MoU Banten – Incheon,MoU,Provinsi Incheon,Ekonomi,6 Februari 2017,5 tahun\n")}}
	d, err := report.Load(files, report.Files{Agreements: "register.csv"}, report.LoadOptions{Region: "Banten"})
	if err != nil {
		panic(err) // a *report.FileError: every problem with its line and column
	}
	r, err := report.Build(d, date.Date{Year: 2019, Month: 8, Day: 7})
	if err != nil {
		panic(err)
	}
	var page strings.Builder
	if err := r.Write(&page, report.HTML, language.English); err != nil { // or report.Text, Markdown, JSON
		panic(err)
	}
	for _, b := range r.Layout(language.English) {
		if b.Kind == report.BlockHeading {
			fmt.Println(b.Text)
		}
	}
	// Output:
	// Cooperation agreements — Banten
}

// must returns v, or panics if err is not nil; for examples only.
func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
