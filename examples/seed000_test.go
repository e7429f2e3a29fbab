package examples

import (
	"fmt"

	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/evaluate"
	"github.com/kerjasama/kerjasama/money"
	"github.com/kerjasama/kerjasama/session"
	"github.com/kerjasama/kerjasama/trade"
	"golang.org/x/text/language"
)

// Example_seed000EntikongTrade reproduces seed 000: Kalimantan Barat's
// exports through PLBN Entikong and its imports on cross-border cards
// (KILB), 2015–2016, read as the working paper writes them, and the
// deficit the forum was asked to balance.
func Example_seed000EntikongTrade() {
	id := language.Indonesian
	figures := []struct {
		year int
		flow trade.Flow
		text string // as seed 000 writes it
	}{
		{2015, trade.Export, "Rp. 100.387.357.175"},
		{2016, trade.Export, "Rp.149.376.448.928"},
		{2015, trade.Import, "Rp. 171.793.920.000"},
		{2016, trade.Import, "Rp.270.791.872.000"},
	}
	var records []trade.Record
	for _, f := range figures {
		v, err := money.Parse(f.text, id)
		if err != nil {
			fmt.Println(err)
			return
		}
		r := trade.Record{
			Period: date.YearRange(f.year), Flow: f.flow, Reporter: "61", Post: "entikong",
			Value: v, Source: "Kantor Pelayanan Bea dan Cukai Entikong",
		}
		if f.flow == trade.Import {
			r.Scheme = trade.BorderTradeCard // Kartu Identitas Lintas Batas
		}
		records = append(records, r)
	}
	ev, err := evaluate.Records(records, evaluate.TradeOptions{Subject: "PLBN Entikong", BorderPost: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	rp := money.Formatter{Lang: id}
	for _, p := range ev.Periods {
		fmt.Printf("%d: ekspor %s, impor %s, neraca %s, cakupan %s\n", p.Period.Start.Year,
			rp.Format(p.Exports), rp.Format(p.Imports), rp.Format(p.Balance), p.Coverage.Percent(id, 1))
	}
	last := ev.Periods[len(ev.Periods)-1]
	fmt.Println("pertumbuhan ekspor", last.ExportGrowth.Percent(id, 2),
		"impor", last.ImportGrowth.Percent(id, 2))
	for _, f := range ev.Findings {
		if f.Code == evaluate.TradeBorderDeficitChange {
			fmt.Println(f.Message(id))
		}
	}
	// Output:
	// 2015: ekspor Rp100.387.357.175, impor Rp171.793.920.000, neraca -Rp71.406.562.825, cakupan 58,4%
	// 2016: ekspor Rp149.376.448.928, impor Rp270.791.872.000, neraca -Rp121.415.423.072, cakupan 55,2%
	// pertumbuhan ekspor 48,80% impor 57,63%
	// Kekurangan ekspor melalui PLBN Entikong terhadap impor dengan KILB melebar 70,0% dari 2015 ke 2016, sementara ekspor naik 48,8%
}

// Example_seed000Session reproduces the meetings of seed 000: the
// working-paper evaluation forum of Technical Team II on 12 September 2017
// at Hotel Grand Mahkota, preparing the 33rd session of KK/JKK Sosek
// Malindo Kalimantan Barat–Sarawak, planned for 23–25 October 2017 in
// Singkawang.
func Example_seed000Session() {
	id := language.Indonesian
	forumDay, err := date.Parse("tanggal 12 September 2017", id)
	if err != nil {
		fmt.Println(err)
		return
	}
	planned, err := date.ParseRange("23 – 25 Oktober 2017", id)
	if err != nil {
		fmt.Println(err)
		return
	}
	field, err := session.ParseField("Tim Teknis II")
	if err != nil {
		fmt.Println(err)
		return
	}
	ds := &session.Dataset{
		Forums: []session.Forum{{ID: "kalbar-sarawak", Level: session.Regional, Pair: mustPair("kalbar-sarawak")}},
		Sessions: []session.Session{{
			Forum: "kalbar-sarawak", Number: 33,
			Event: session.Event{Dates: planned, HostSide: session.Indonesia, Host: "61.72", City: "Singkawang", Unconfirmed: true},
			Meetings: []session.Meeting{{
				Kind: session.WorkingPaperEvaluation, Field: field,
				Event: session.Event{Dates: date.Range{Start: forumDay, End: forumDay}, Venue: "Hotel Grand Mahkota"},
			}},
		}},
	}
	if err := ds.Validate(); err != nil {
		fmt.Println(err)
		return
	}
	long := date.Formatter{Lang: id}
	s := &ds.Sessions[0]
	m := s.Meetings[0]
	fmt.Printf("%s, %s, %s (%s)\n", m.Kind.Label(id), long.Format(forumDay), m.Venue, m.Field.Label(id))
	fmt.Printf("%s: %s, %s\n", ds.Title(s, id), long.FormatRange(s.Dates), s.City)
	fmt.Println("hari menjelang sidang:", s.Dates.Start.DaysSince(forumDay))
	// Output:
	// forum evaluasi kertas kerja, 12 September 2017, Hotel Grand Mahkota (ekonomi, perdagangan dan perhubungan)
	// Sidang ke-33 KK/JKK Sosek Malindo Tingkat Provinsi Kalimantan Barat – Peringkat Negeri Sarawak: 23–25 Oktober 2017, Singkawang
	// hari menjelang sidang: 41
}
