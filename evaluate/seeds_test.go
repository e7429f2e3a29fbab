package evaluate

import (
	"time"

	"github.com/kerjasama/kerjasama/agreement"
	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/money"
	"github.com/kerjasama/kerjasama/region"
	"github.com/kerjasama/kerjasama/trade"
	"golang.org/x/text/currency"
)

// Seed 000: exports of Kalimantan Barat through PLBN Entikong and imports
// on cross-border cards (KILB), source KPPBC Entikong.
func entikongBalances() []trade.Balance {
	b15, _ := trade.NewBalance(date.YearRange(2015), money.Rupiah(100387357175), money.Rupiah(171793920000))
	b16, _ := trade.NewBalance(date.YearRange(2016), money.Rupiah(149376448928), money.Rupiah(270791872000))
	return []trade.Balance{b16, b15} // out of order on purpose
}

func entikongRecords() []trade.Record {
	rec := func(y int, f trade.Flow, v int64) trade.Record {
		return trade.Record{Period: date.YearRange(y), Flow: f, Reporter: "61", Post: "entikong", Value: money.Rupiah(v), Source: "KPPBC Entikong"}
	}
	return []trade.Record{
		rec(2015, trade.Export, 100387357175),
		rec(2015, trade.Import, 171793920000),
		rec(2016, trade.Export, 149376448928),
		rec(2016, trade.Import, 270791872000),
	}
}

// Seed 004: the trade surplus of Kalimantan Tengah in millions of US
// dollars; 2022 only to November.
func kaltengBalances() []trade.Balance {
	usd := func(centsOfMillions int64) money.Amount {
		// 1.725,99 juta dolar AS = 1,725,990,000.00 USD = 172,599,000,000 cents.
		return money.FromMinor(centsOfMillions*1000000, currency.USD)
	}
	src := "Disdagperin Kalimantan Tengah (Republika/ANTARA, 28 May 2023)"
	toNov := date.Range{Start: date.Date{Year: 2022, Month: time.January, Day: 1}, End: date.Date{Year: 2022, Month: time.November, Day: 30}}
	return []trade.Balance{
		trade.PublishedNet(date.YearRange(2017), usd(172599), src),
		trade.PublishedNet(date.YearRange(2018), usd(167729), src),
		trade.PublishedNet(date.YearRange(2019), usd(209940), src),
		trade.PublishedNet(date.YearRange(2020), usd(179109), src),
		trade.PublishedNet(date.YearRange(2021), usd(305082), src),
		trade.PublishedNet(toNov, usd(529117), src),
	}
}

// Seed 003: average monthly spending per person in Kalimantan Barat, from
// BPS Provinsi Kalimantan Barat, Statistik Daerah Provinsi Kalimantan Barat
// 2018, p. 33, as the article quotes it. The food and non-food shares
// (51,50% and 48,50%) are given for 2017.
func kalbarSpending() []Spending {
	kalbar, _ := region.Lookup("61")
	src := "BPS Provinsi Kalimantan Barat, Statistik Daerah Provinsi Kalimantan Barat 2018, hlm. 33"
	return []Spending{
		{Region: kalbar, Period: date.YearRange(2016), PerCapitaMonthly: money.Rupiah(848388), Source: src},
		{Region: kalbar, Period: date.YearRange(2017), PerCapitaMonthly: money.Rupiah(1186868), FoodShare: RatioOf(0.5150), Source: src},
	}
}

// Seed 001: Banten's and Tangerang Selatan's foreign agreements, as the
// Cabinet Secretariat heard them on 7 August 2019. No activities are
// recorded in the seed; Daejeon's MoU continues the LoI line (Tahap III).
func bantenAgreements() []agreement.Agreement {
	banten := agreement.Party{Role: agreement.RoleRegion, Name: "Provinsi Banten", Country: "ID"}
	tangsel := agreement.Party{Role: agreement.RoleRegion, Name: "Kota Tangerang Selatan", Country: "ID"}
	partner := func(name, country string) agreement.Party {
		return agreement.Party{Role: agreement.RolePartner, Name: name, Country: country}
	}
	day := func(y int, m time.Month, d int) agreement.PartialDate {
		return agreement.On(date.Date{Year: y, Month: m, Day: d})
	}
	return []agreement.Agreement{
		{ID: "banten-incheon", Title: "LoI Banten–Incheon", Type: agreement.KSDPLSisterProvince, Kind: agreement.KindLetterOfIntent,
			Parties: []agreement.Party{banten, partner("Provinsi Incheon", "KR")},
			Sectors: []agreement.Sector{agreement.SectorEconomy, agreement.SectorTourism, agreement.SectorScienceTechnology, agreement.SectorEducation, agreement.SectorCulture},
			Signed:  day(2007, time.February, 6)},
		{ID: "banten-zhejiang", Title: "Banten–Zhejiang", Type: agreement.KSDPLSisterProvince,
			Parties: []agreement.Party{banten, partner("Provinsi Zhejiang", "CN")},
			Sectors: []agreement.Sector{agreement.SectorInvestment, agreement.SectorTrade, agreement.SectorTourism, agreement.SectorEducation, agreement.SectorAgriculture, agreement.SectorCulture, agreement.SectorYouth},
			Signed:  day(2012, time.September, 21)},
		{ID: "tangsel-timra", Title: "LoI Tangerang Selatan–Timrå", Type: agreement.KSDPLSisterCity, Kind: agreement.KindLetterOfIntent,
			Parties: []agreement.Party{tangsel, partner("Pemerintah Kota Timra", "SE")},
			Sectors: []agreement.Sector{agreement.SectorYouth, agreement.SectorEntrepreneurship, agreement.SectorEnvironment, agreement.SectorEducation, agreement.SectorSocialWelfare, agreement.SectorCivilSociety},
			Signed:  agreement.InYear(2013), Term: agreement.TermOf(date.Range{Start: date.YearRange(2015).Start, End: date.YearRange(2016).End})},
		{ID: "tangsel-daejeon", Title: "MOU Friendship Cooperation (LoI Tahap III) Tangerang Selatan–Daejeon", Type: agreement.KSDPLOther,
			Kind: agreement.KindMoU, Name: "Friendship Cooperation", Phase: 3, Series: agreement.KindLetterOfIntent,
			Parties: []agreement.Party{tangsel, partner("Kota Daejeon", "KR")},
			Sectors: []agreement.Sector{agreement.SectorEducation, agreement.SectorCulture, agreement.SectorSport, agreement.SectorYouth, agreement.SectorEconomy, agreement.SectorEnvironment, agreement.SectorInformationTechnology, agreement.SectorBiotechnology},
			Signed:  day(2016, time.February, 21)},
	}
}

// Seed 002: East Kalimantan's business matching with Palembang, "about
// Rp18 miliar" of transactions reported the week before 9 June 2022, under
// a cooperation with South Sumatra (the agreement itself is not named in
// the seed; its signing date here is a fixture, not a fact).
func kaltimPalembang() agreement.Agreement {
	return agreement.Agreement{
		ID: "kaltim-sumsel", Title: "Kaltim–Palembang business matching", Type: agreement.KSDD,
		Parties: []agreement.Party{{Role: agreement.RoleRegion, Name: "Provinsi Kalimantan Timur", Country: "ID"}, {Role: agreement.RolePartner, Name: "Palembang", Country: "ID"}},
		Sectors: []agreement.Sector{agreement.SectorTrade, agreement.SectorSmallBusiness},
		Signed:  agreement.InYear(2021),
		Activities: []agreement.Activity{{Date: agreement.InMonth(2022, time.June), Sector: agreement.SectorTrade,
			Description: "business matching, Disperindagkop", Value: money.Rupiah(18_000_000_000), Approximate: true}},
	}
}

// mixedRecords are in rupiah and ringgit, with no rate to convert them.
func mixedRecords() []trade.Record {
	return []trade.Record{
		{Period: date.YearRange(2016), Flow: trade.Export, Value: money.Rupiah(10)},
		{Period: date.YearRange(2016), Flow: trade.Import, Value: money.Ringgit(10)},
	}
}
