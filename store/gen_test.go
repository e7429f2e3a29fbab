package store

import (
	"fmt"
	"math/rand/v2"
	"time"

	"golang.org/x/text/currency"

	"github.com/kerjasama/kerjasama/agreement"
	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/money"
	"github.com/kerjasama/kerjasama/region"
)

// enumCount returns how many values an enumeration has after its zero
// value: the values from 1 that marshal.
func enumCount[T interface {
	~uint8
	MarshalText() ([]byte, error)
}]() int {
	n := 0
	for v := 1; v < 256; v++ {
		if _, err := T(v).MarshalText(); err != nil {
			break
		}
		n = v
	}
	return n
}

// partnerCodes are regions the generated agreements take their parties
// from: Indonesian provinces and regencies, foreign regions, countries.
var partnerCodes = []string{"36", "36.74", "36.71", "61", "61.03", "62", "64", "16", "31", "KR-28", "KR-30", "CN-ZJ", "MY-13", "MY-12", "JP", "SE", "KR", "ID"}

// A generator makes registers of agreements that exercise every field
// and every rule of the queries: partial dates, open and stated terms,
// chains with unknown predecessors and loops, undated events, offers and
// letters of intent.
type generator struct {
	r       *rand.Rand
	regions []region.Region
	nType   int
	nKind   int
	nStage  int
	nRole   int
	sectors []agreement.Sector
}

func newGenerator(seed uint64) *generator {
	g := &generator{
		r:       rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)),
		nType:   enumCount[agreement.Type](),
		nKind:   enumCount[agreement.Kind](),
		nStage:  enumCount[agreement.Stage](),
		nRole:   enumCount[agreement.Role](),
		sectors: agreement.Sectors(),
	}
	for _, c := range partnerCodes {
		if r, ok := region.Lookup(c); ok {
			g.regions = append(g.regions, r)
		}
	}
	return g
}

func (g *generator) partial() agreement.PartialDate {
	y := 2000 + g.r.IntN(30)
	switch g.r.IntN(6) {
	case 0:
		return agreement.PartialDate{}
	case 1:
		return agreement.InYear(y)
	case 2:
		return agreement.InMonth(y, time.Month(1+g.r.IntN(12)))
	}
	return agreement.On(g.day(y))
}

func (g *generator) day(y int) date.Date {
	return date.Date{Year: y, Month: time.Month(1 + g.r.IntN(12)), Day: 1 + g.r.IntN(28)}
}

func (g *generator) amount() money.Amount {
	cur := []currency.Unit{currency.IDR, currency.USD, currency.MustParseISO("MYR")}[g.r.IntN(3)]
	return money.FromMinor(g.r.Int64N(1e14), cur)
}

func (g *generator) sector() agreement.Sector { return g.sectors[g.r.IntN(len(g.sectors))] }

func (g *generator) text(prefix string) string {
	if g.r.IntN(3) == 0 {
		return ""
	}
	return fmt.Sprintf("%s %d — “kerja sama” ñ", prefix, g.r.IntN(1000))
}

func (g *generator) term() agreement.Term {
	switch g.r.IntN(10) {
	case 0:
		return agreement.Term{}
	case 1:
		return agreement.Term{OpenEnded: true}
	case 2:
		return agreement.Term{Start: g.day(2000 + g.r.IntN(25)), OpenEnded: true}
	case 3:
		return agreement.Term{Months: 12 * (1 + g.r.IntN(5))}
	case 4:
		return agreement.Term{Start: g.day(2000 + g.r.IntN(25)), Months: 6 + g.r.IntN(60)}
	case 5:
		return agreement.Term{End: g.day(2005 + g.r.IntN(25))}
	case 7: // "12 hari": days only, counted from signing
		return agreement.Term{Days: 1 + g.r.IntN(400)}
	case 8: // "1 tahun 15 hari" from a start
		return agreement.Term{Start: g.day(2000 + g.r.IntN(25)), Months: 12 * g.r.IntN(3), Days: 1 + g.r.IntN(60)}
	case 9: // "P2Y30D" counted from signing
		return agreement.Term{Months: 12 * (1 + g.r.IntN(3)), Days: 1 + g.r.IntN(90)}
	}
	s := g.day(2000 + g.r.IntN(25))
	return agreement.Term{Start: s, End: s.AddDays(30 + g.r.IntN(3000))}
}

// agreements returns n agreements with IDs g-0 … g-(n−1).
func (g *generator) agreements(n int) []agreement.Agreement {
	as := make([]agreement.Agreement, n)
	for i := range as {
		a := &as[i]
		a.ID = fmt.Sprintf("g-%d", i)
		a.Title = g.text("Perjanjian")
		a.Type = agreement.Type(g.r.IntN(g.nType + 1))
		a.Kind = agreement.Kind(g.r.IntN(g.nKind + 1))
		a.Name = g.text("Friendship")
		a.Phase = g.r.IntN(4)
		if g.r.IntN(5) == 0 {
			a.Series = agreement.KindLetterOfIntent
		}
		for range g.r.IntN(4) {
			p := agreement.Party{Role: agreement.Role(g.r.IntN(g.nRole + 1)), Signatory: g.text("Gubernur")}
			switch g.r.IntN(4) {
			case 0:
				p.Name = []string{"Konsulat Jenderal Jepang di Surabaya", "PT Maju Bersama", "Universitas Tanjungpura"}[g.r.IntN(3)]
				p.Country = []string{"JP", "id", "", "MY"}[g.r.IntN(4)]
			default:
				p.Region = g.regions[g.r.IntN(len(g.regions))]
				p.Name = g.text("Pemerintah")
				if g.r.IntN(5) == 0 {
					p.Country = "MY"
				}
			}
			a.Parties = append(a.Parties, p)
		}
		for range g.r.IntN(4) {
			a.Sectors = append(a.Sectors, g.sector())
		}
		if g.r.IntN(6) == 0 {
			a.OtherSectors = []string{"pengelolaan sampah", "e-government"}[:1+g.r.IntN(2)]
		}
		a.Signed = g.partial()
		a.Term = g.term()
		if g.r.IntN(4) == 0 {
			a.NoticeDays = 30 + g.r.IntN(300)
		}
		if i > 0 && g.r.IntN(3) == 0 {
			switch g.r.IntN(8) {
			case 0:
				a.Predecessor = "unknown-" + a.ID
			case 1:
				a.Predecessor = fmt.Sprintf("g-%d", min(i+1+g.r.IntN(3), n-1)) // forward: loops and later IDs
			default:
				a.Predecessor = fmt.Sprintf("g-%d", g.r.IntN(i))
			}
		}
		for range g.r.IntN(5) {
			a.Events = append(a.Events, agreement.Event{Stage: agreement.Stage(1 + g.r.IntN(g.nStage)), Date: g.partial(), Note: g.text("catatan")})
		}
		for range g.r.IntN(3) {
			f := agreement.Funding{Amount: g.amount(), Ceiling: g.r.IntN(2) == 0, Source: g.text("APBD"), Apply: g.text("diajukan")}
			for range g.r.IntN(3) {
				f.Purpose = append(f.Purpose, g.sector())
			}
			if g.r.IntN(2) == 0 {
				f.Restrictions = []string{"tidak boleh untuk honor", "tidak boleh untuk perjalanan dinas"}[:1+g.r.IntN(2)]
			}
			if g.r.IntN(5) == 0 {
				f.Amount = money.Amount{}
			}
			a.Funding = append(a.Funding, f)
		}
		for range g.r.IntN(5) {
			act := agreement.Activity{Date: g.partial(), Sector: agreement.Sector(g.r.IntN(len(g.sectors) + 1)), Description: g.text("kegiatan"),
				Approximate: g.r.IntN(3) == 0}
			if g.r.IntN(2) == 0 {
				act.Value = g.amount()
			}
			a.Activities = append(a.Activities, act)
		}
		a.Notes = g.text("Keterangan")
		for range g.r.IntN(3) {
			a.Sources = append(a.Sources, agreement.Source{Document: fmt.Sprintf("seed-%03d.txt", g.r.IntN(10)), Quote: g.text("kutipan")})
		}
	}
	return as
}

// days returns the days on which the oracle tests ask their questions.
func (g *generator) days(n int) []date.Date {
	ds := []date.Date{{Year: 2007, Month: 2, Day: 6}, {Year: 2016, Month: 2, Day: 21}, {Year: 2022, Month: 6, Day: 9},
		{Year: 2022, Month: 12, Day: 31}, {Year: 2023, Month: 1, Day: 1}, {Year: 2025, Month: 12, Day: 3}}
	for range n {
		ds = append(ds, g.day(1999+g.r.IntN(35)))
	}
	return ds
}

func timeMonth(m int) time.Month { return time.Month(m) }
