package evaluate

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	"github.com/kerjasama/kerjasama/agreement"
	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/money"
)

// TestScoreRules checks each rule of the score, case by case: credit for
// activity older than the dormant span decays to nothing, so a dormant
// agreement earns the in-force points alone; recent activity counts by
// its age, sectors and value; letters of intent and offers are not scored;
// approximate values are marked as such.
func TestScoreRules(t *testing.T) {
	on := date.Date{Year: 2024, Month: time.June, Day: 30}
	signed := agreement.On(date.Date{Year: 2020, Month: time.January, Day: 10})
	kaltim := agreement.Party{Role: agreement.RoleRegion, Name: "Provinsi Kalimantan Timur", Country: "ID"}
	rp := money.Rupiah
	act := func(p agreement.PartialDate, s agreement.Sector, v money.Amount, approx bool) agreement.Activity {
		return agreement.Activity{Date: p, Sector: s, Value: v, Approximate: approx, Description: "kegiatan"}
	}
	day := func(y int, m time.Month, d int) agreement.PartialDate {
		return agreement.On(date.Date{Year: y, Month: m, Day: d})
	}
	type result struct {
		Status         agreement.Status
		Dormant        bool
		Scored         bool
		Degrees        []float64 // in force, recent activity, sector coverage, frequency, value
		Score          int
		Recent         int
		RecentSectors  Sectors
		Realised       []money.Amount
		RealisedApprox []bool
	}
	tests := []struct {
		name string
		a    agreement.Agreement
		want result
	}{
		{
			// Seed 002's business matching, had it been the only activity of
			// an MoU two years before: its sector and value no longer count.
			name: "dormant: activity older than the span earns nothing",
			a: agreement.Agreement{ID: "old", Kind: agreement.KindMoU, Signed: signed, Parties: []agreement.Party{kaltim},
				Sectors: []agreement.Sector{agreement.SectorTrade}, Funding: []agreement.Funding{{Amount: rp(1_000_000_000)}},
				Activities: []agreement.Activity{act(day(2022, time.June, 2), agreement.SectorTrade, rp(18_000_000_000), true)}},
			want: result{Status: agreement.StatusActive, Dormant: true, Scored: true, Degrees: []float64{1, 0, 0, 0, 0}, Score: 20,
				Realised: []money.Amount{rp(18_000_000_000)}, RealisedApprox: []bool{true}},
		},
		{
			name: "live: an activity this month",
			a: agreement.Agreement{ID: "live", Kind: agreement.KindMoU, Signed: signed, Parties: []agreement.Party{kaltim},
				Sectors: []agreement.Sector{agreement.SectorTrade}, Funding: []agreement.Funding{{Amount: rp(1_000_000_000)}},
				Activities: []agreement.Activity{act(day(2024, time.June, 1), agreement.SectorTrade, rp(500_000_000), false)}},
			want: result{Status: agreement.StatusActive, Scored: true, Degrees: []float64{1, 1, 1, 0.5, 0.5}, Score: 85, Recent: 1,
				RecentSectors: Sectors{agreement.SectorTrade}, Realised: []money.Amount{rp(500_000_000)}, RealisedApprox: []bool{false}},
		},
		{
			// 20 + 30×(1 − 3/12) + 20×1/2 + 15×1/2 + 15×250/1000 = 63.75.
			name: "live: old value and sector do not count, recent ones by age",
			a: agreement.Agreement{ID: "mixed", Kind: agreement.KindCooperationAgreement, Signed: signed, Parties: []agreement.Party{kaltim},
				Sectors: []agreement.Sector{agreement.SectorTrade, agreement.SectorEducation}, Funding: []agreement.Funding{{Amount: rp(1_000_000_000)}},
				Activities: []agreement.Activity{
					act(agreement.InYear(2021), agreement.SectorTrade, rp(1_000_000_000), false),
					act(day(2024, time.March, 15), agreement.SectorEducation, rp(250_000_000), false),
				}},
			want: result{Status: agreement.StatusActive, Scored: true, Degrees: []float64{1, 0.75, 0.5, 0.5, 0.25}, Score: 64, Recent: 1,
				RecentSectors: Sectors{agreement.SectorEducation}, Realised: []money.Amount{rp(1_250_000_000)}, RealisedApprox: []bool{false}},
		},
		{
			name: "live: signed within the span, nothing yet",
			a:    agreement.Agreement{ID: "new", Kind: agreement.KindMoU, Signed: day(2024, time.March, 1), Parties: []agreement.Party{kaltim}},
			want: result{Status: agreement.StatusActive, Scored: true, Degrees: []float64{1, 0, 0, 0, 0}, Score: 20},
		},
		{
			name: "expired: scored, not in force",
			a: agreement.Agreement{ID: "ended", Kind: agreement.KindMoU, Signed: signed, Term: agreement.Term{Months: 36},
				Parties: []agreement.Party{kaltim}},
			want: result{Status: agreement.StatusExpired, Scored: true, Degrees: []float64{0, 0, 0, 0, 0}},
		},
		{
			name: "letter of intent: an intent, not scored, never dormant",
			a: agreement.Agreement{ID: "loi", Kind: agreement.KindLetterOfIntent, Signed: signed, Parties: []agreement.Party{kaltim},
				Sectors:    []agreement.Sector{agreement.SectorTrade},
				Activities: []agreement.Activity{act(day(2024, time.May, 2), agreement.SectorTrade, money.Amount{}, false)}},
			want: result{Status: agreement.StatusIntent, Recent: 1, RecentSectors: Sectors{agreement.SectorTrade}},
		},
		{
			name: "letter of intent without activity: not dormant",
			a:    agreement.Agreement{ID: "loi-idle", Kind: agreement.KindLetterOfIntent, Signed: signed, Parties: []agreement.Party{kaltim}},
			want: result{Status: agreement.StatusIntent},
		},
		{
			// Seed 002: Japan's offer.
			name: "offer: an offer, not scored",
			a: agreement.Agreement{ID: "offer", Kind: agreement.KindOffer, Parties: []agreement.Party{kaltim},
				Events:  []agreement.Event{{Stage: agreement.StageInitiative, Date: agreement.InYear(2022)}},
				Funding: []agreement.Funding{{Amount: rp(1_300_000_000), Ceiling: true, Apply: "disiapkan dan diajukan oleh daerah"}}},
			want: result{Status: agreement.StatusOffered},
		},
		{
			name: "realised per currency, approximate where any part is",
			a: agreement.Agreement{ID: "two-currencies", Kind: agreement.KindMoU, Signed: signed, Parties: []agreement.Party{kaltim},
				Activities: []agreement.Activity{
					act(day(2024, time.April, 1), 0, rp(1_000_000_000), false),
					act(day(2024, time.May, 1), 0, money.Ringgit(1000), false),
					act(day(2024, time.June, 2), 0, rp(18_000_000_000), true),
				}},
			want: result{Status: agreement.StatusActive, Scored: true, Degrees: []float64{1, 1, 1, 1, 1}, Score: 100, Recent: 3,
				Realised: []money.Amount{rp(19_000_000_000), money.Ringgit(1000)}, RealisedApprox: []bool{true, false}},
		},
	}
	for _, tt := range tests {
		e := Agreement(&tt.a, on, AgreementOptions{})
		got := result{Status: e.Status, Dormant: e.Dormant, Scored: e.Scored(), Score: e.Score.Value, Recent: e.Recent,
			RecentSectors: e.RecentSectors, Realised: e.Realised, RealisedApprox: e.RealisedApprox}
		for _, p := range e.Score.Parts {
			got.Degrees = append(got.Degrees, p.Degree)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: mismatch (-want +got):\n%s", tt.name, diff)
		}
		if !e.Scored() && (len(e.Score.Parts) > 0 || e.Score.Value != 0 || e.InForce() || e.Dormant) {
			t.Errorf("%s: not an agreement, yet %+v", tt.name, e)
		}
	}
}

// TestNotAgreementFindings checks what is said of a letter of intent and
// of an offer: what they are, and nothing about dormancy or a score.
func TestNotAgreementFindings(t *testing.T) {
	m := seedAgreements(t)
	on := date.Date{Year: 2023, Month: time.June, Day: 30}
	tests := []struct {
		id   string
		want []string
	}{
		{"banten-incheon-2007", []string{"Kerja sama sister province Provinsi Banten – Provinsi Incheon is a letter of intent: not an agreement in force, and not scored; no document continuing it (an MoU or agreement) is recorded"}},
		{"tangsel-timra-2013", []string{"Kerja sama sister province Kota Tangerang Selatan – Kota Timrå ended on 31 December 2016"}},
		{"kaltim-jepang-air-bersih-2022", []string{"Peluang kerja sama air bersih dan kesehatan dari Jepang is an offer, not an agreement: it is not counted as in force and not scored"}},
	}
	for _, tt := range tests {
		a := m[tt.id]
		e := Agreement(&a, on, AgreementOptions{})
		var got []string
		for _, f := range e.Findings {
			got = append(got, f.Message(language.English))
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: findings mismatch (-want +got):\n%s", tt.id, diff)
		}
	}
}

// TestRegisterCountsApart checks the roll-up of the seeds' register on 30
// June 2023: two letters of intent and an offer counted apart from the
// three agreements, in the totals, the countries and the sectors.
func TestRegisterCountsApart(t *testing.T) {
	m := seedAgreements(t)
	var as []agreement.Agreement
	for _, id := range []string{"banten-incheon-2007", "banten-zhejiang-2012", "tangsel-timra-2013", "tangsel-daejeon-2016", "kaltim-palembang-2022", "kaltim-jepang-air-bersih-2022"} {
		as = append(as, m[id])
	}
	on := date.Date{Year: 2023, Month: time.June, Day: 30}
	r := Register(as, on, AgreementOptions{Subject: "Banten, Kota Tangerang Selatan, Kalimantan Timur"})
	type rollUp struct {
		Total, Intents, Offers, InForce, Dormant int
		ByStatus                                 []StatusCount
		ByCountry                                []GroupCount
		CleanWater                               GroupCount
		MeanScore                                float64
		Findings                                 []string
	}
	got := rollUp{Total: r.Total, Intents: r.Intents, Offers: r.Offers, InForce: r.InForce, Dormant: r.Dormant,
		ByStatus: r.ByStatus, ByCountry: r.ByCountry, MeanScore: r.MeanScore}
	for _, g := range r.BySector {
		if g.Key == agreement.SectorCleanWater.String() {
			got.CleanWater = g
		}
	}
	for _, f := range r.Findings {
		got.Findings = append(got.Findings, f.Message(language.Indonesian))
	}
	want := rollUp{Total: 3, Intents: 2, Offers: 1, InForce: 3, Dormant: 2,
		ByStatus: []StatusCount{{agreement.StatusActive, 3}, {agreement.StatusExpired, 1}, {agreement.StatusIntent, 1}, {agreement.StatusOffered, 1}},
		ByCountry: []GroupCount{
			{Key: "KR", Total: 1, InForce: 1, Dormant: 1, Intents: 1},
			{Key: "CN", Total: 1, InForce: 1, Dormant: 1},
			{Key: "JP", Offers: 1},
			{Key: "SE", Intents: 1},
		},
		CleanWater: GroupCount{Key: "clean-water", Offers: 1},
		// Zhejiang and Daejeon 20 each (dormant); the business matching,
		// dated to 2022 in the fixture, 20 + 30×(1 − 5/12) + 20 + 7.5 + 15.
		MeanScore: (20 + 20 + 80) / 3.0,
		Findings: []string{
			"Dari 3 kerja sama Banten, Kota Tangerang Selatan, Kalimantan Timur pada 30 Juni 2023: 3 berlaku, 2 di antaranya tanpa kegiatan selama 12 bulan atau lebih (hanya di atas kertas), 0 segera berakhir",
			"Selain itu tercatat 2 pernyataan kehendak (LoI) dan 1 tawaran Banten, Kota Tangerang Selatan, Kalimantan Timur pada 30 Juni 2023: pernyataan kehendak dan tawaran bukan kerja sama yang berlaku, tidak dihitung di atas dan tidak diberi skor",
		},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("roll-up mismatch (-want +got):\n%s", diff)
	}
	var en []string
	for _, f := range r.Findings[1:] {
		en = append(en, f.Message(language.English))
	}
	wantEn := []string{"Besides these, 2 letters of intent and 1 offer of Banten, Kota Tangerang Selatan, Kalimantan Timur are recorded on 30 June 2023: letters of intent and offers are not agreements in force, are not counted above and are not scored"}
	if diff := cmp.Diff(wantEn, en); diff != "" {
		t.Errorf("English mismatch (-want +got):\n%s", diff)
	}
	// Without letters of intent or offers, the summary stands alone.
	if r := Register(as[1:2], on, AgreementOptions{}); len(r.Findings) != 1 || r.Intents+r.Offers != 0 {
		t.Errorf("a register of one agreement: %d findings, %d intents, %d offers", len(r.Findings), r.Intents, r.Offers)
	}
}

// genPartial returns a date known to the day, month or year between 2012
// and 2024, or (one time in ten) the zero date of something undated.
func genPartial(r *rand.Rand) agreement.PartialDate {
	y := 2012 + r.IntN(13)
	switch r.IntN(10) {
	case 0:
		return agreement.PartialDate{}
	case 1, 2:
		return agreement.InYear(y)
	case 3, 4, 5:
		return agreement.InMonth(y, time.Month(1+r.IntN(12)))
	}
	return agreement.On(date.Date{Year: y, Month: time.Month(1 + r.IntN(12)), Day: 1 + r.IntN(28)})
}

// genRegister generates a register of agreements, letters of intent and
// offers: signings, events of every stage and activities dated to the
// day, the month or the year or undated, terms of every form, funding,
// approximate values in two currencies, and predecessors.
func genRegister(r *rand.Rand) []agreement.Agreement {
	kinds := []agreement.Kind{0, agreement.KindLetterOfIntent, agreement.KindMoU, agreement.KindCooperationAgreement, agreement.KindJointAgreement, agreement.KindOffer}
	countries := []string{"KR", "CN", "JP", "SE", "MY"}
	sectors := []agreement.Sector{agreement.SectorTrade, agreement.SectorEducation, agreement.SectorCulture, agreement.SectorHealth, agreement.SectorCleanWater}
	n := 1 + r.IntN(12)
	as := make([]agreement.Agreement, n)
	for i := range as {
		a := agreement.Agreement{ID: fmt.Sprint("g", i), Title: fmt.Sprint("Kerja sama ", i), Kind: kinds[r.IntN(len(kinds))],
			Parties: []agreement.Party{{Role: agreement.RoleRegion, Name: "Provinsi Contoh", Country: "ID"},
				{Role: agreement.RolePartner, Name: "Mitra", Country: countries[r.IntN(len(countries))]}}}
		for range r.IntN(4) {
			a.Sectors = append(a.Sectors, sectors[r.IntN(len(sectors))])
		}
		if r.IntN(4) > 0 {
			a.Signed = genPartial(r)
		}
		start := date.Date{Year: 2012 + r.IntN(13), Month: time.Month(1 + r.IntN(12)), Day: 1 + r.IntN(28)}
		switch r.IntN(6) {
		case 1:
			a.Term = agreement.Term{Start: start, End: start.AddDays(200 + r.IntN(2000))}
		case 2:
			a.Term = agreement.Term{Months: 12 * (1 + r.IntN(5))}
		case 3:
			a.Term = agreement.Term{Start: start, Months: 6 + r.IntN(60)}
		case 4:
			a.Term = agreement.Term{OpenEnded: true}
		}
		if r.IntN(3) == 0 {
			a.NoticeDays = 30 + r.IntN(200)
		}
		for range r.IntN(4) {
			a.Events = append(a.Events, agreement.Event{Stage: agreement.Stage(1 + r.IntN(14)), Date: genPartial(r)})
		}
		for range r.IntN(5) {
			x := agreement.Activity{Date: genPartial(r), Description: "kegiatan"}
			if r.IntN(3) > 0 {
				x.Sector = sectors[r.IntN(len(sectors))]
			}
			switch r.IntN(4) {
			case 1, 2:
				x.Value = money.Rupiah(int64(1 + r.IntN(1_000_000_000)))
			case 3:
				x.Value = money.Ringgit(int64(1 + r.IntN(100_000)))
			}
			x.Approximate = x.Value.Sign() != 0 && r.IntN(3) == 0
			a.Activities = append(a.Activities, x)
		}
		if r.IntN(3) == 0 {
			a.Funding = []agreement.Funding{{Amount: money.Rupiah(int64(1 + r.IntN(2_000_000_000))), Ceiling: a.Kind == agreement.KindOffer}}
		}
		if i > 0 && r.IntN(4) == 0 {
			a.Predecessor = as[r.IntN(i)].ID
		}
		as[i] = a
	}
	return as
}

// cutAgreementsAt returns what of as was known on day at, written from
// the design's rule "Time" independently of agreement.Agreement.KnownBy:
// events and activities that had happened by at (an undated one always
// has), the signing only if it had, and an agreement only if one of its
// dated steps had happened by at, or none is dated.
func cutAgreementsAt(as []agreement.Agreement, at date.Date) []agreement.Agreement {
	var out []agreement.Agreement
	for _, a := range as {
		dated, happened := false, false
		known := func(p agreement.PartialDate) bool {
			if p.IsZero() {
				return true
			}
			dated = true
			if !p.Last().After(at) {
				happened = true
				return true
			}
			return false
		}
		if !known(a.Signed) {
			a.Signed = agreement.PartialDate{}
		}
		var evs []agreement.Event
		for _, e := range a.Events {
			if known(e.Date) {
				evs = append(evs, e)
			}
		}
		var acts []agreement.Activity
		for _, x := range a.Activities {
			if known(x.Date) {
				acts = append(acts, x)
			}
		}
		a.Events, a.Activities = evs, acts
		if dated && !happened {
			continue
		}
		out = append(out, a)
	}
	return out
}

// daysAround returns the days on which what is known of as changes: the
// first and last day each dated step may stand for, the days either side,
// and the ends of terms.
func daysAround(as []agreement.Agreement, r *rand.Rand) []date.Date {
	var days []date.Date
	add := func(p agreement.PartialDate) {
		if p.IsZero() {
			return
		}
		days = append(days, p.First().AddDays(-1), p.First(), p.Last().AddDays(-1), p.Last(), p.Last().AddDays(1))
	}
	for _, a := range as {
		add(a.Signed)
		for _, e := range a.Events {
			add(e.Date)
		}
		for _, x := range a.Activities {
			add(x.Date)
		}
		if end, ok := a.End(); ok {
			days = append(days, end, end.AddDays(1))
		}
	}
	for range 4 {
		days = append(days, date.Date{Year: 2011, Month: time.January, Day: 1}.AddDays(r.IntN(17*365)))
	}
	return days
}

// TestRegisterUsesOnlyWhatWasKnown is the design's rule "Time" as a
// property of generated registers: evaluating a register on day D equals
// evaluating on D the register cut to what was known on D (events and
// activities happened by D, the signing only if it had happened, records
// with no dated step by D left out) — statuses, stages, terms counted
// from a signing, dormancy, renewals by successors, scores and findings.
func TestRegisterUsesOnlyWhatWasKnown(t *testing.T) {
	r := rand.New(rand.NewPCG(2019, 807))
	runs := 200
	if testing.Short() {
		runs = 60
	}
	dropped, kept := 0, 0
	for run := range runs {
		as := genRegister(r)
		opt := AgreementOptions{DormantMonths: []int{6, 12, 24}[r.IntN(3)]}
		for _, at := range daysAround(as, r) {
			cut := cutAgreementsAt(as, at)
			full := Register(as, at, opt)
			known := Register(cut, at, opt)
			if !reflect.DeepEqual(known, full) { // cmp.Diff says how; DeepEqual is quicker
				t.Fatalf("run %d on %s: the register cut to what was known (-) and the whole (+) differ:\n%s", run, at, cmp.Diff(known, full))
			}
			dropped += len(as) - len(cut)
			kept += len(cut)
		}
	}
	if dropped == 0 || kept == 0 {
		t.Errorf("%d records left out, %d kept: the data do not exercise the rule", dropped, kept)
	}
}

// TestDormantNeverOutscoresLive is the rule of the score as a property of
// generated registers, under random weights, spans and targets: no
// dormant agreement scores more than an agreement in force that is not
// dormant, on the same day with the same options, and a dormant one
// scores exactly its in-force points.
func TestDormantNeverOutscoresLive(t *testing.T) {
	r := rand.New(rand.NewPCG(2022, 609))
	runs := 300
	if testing.Short() {
		runs = 50
	}
	var dormant, live int
	for run := range runs {
		opt := AgreementOptions{DormantMonths: 1 + r.IntN(36), ActivityTarget: r.IntN(5)}
		if r.IntN(2) == 0 {
			opt.Weights = Weights{InForce: r.IntN(40), RecentActivity: r.IntN(40), SectorCoverage: r.IntN(40), Frequency: r.IntN(40), Value: r.IntN(40)}
		}
		at := date.Date{Year: 2013, Month: time.January, Day: 1}.AddDays(r.IntN(13 * 365))
		var pool []AgreementEvaluation
		for range 3 {
			pool = append(pool, Register(genRegister(r), at, opt).Agreements...)
		}
		best, worst := -1, 101
		for _, e := range pool {
			switch {
			case e.Dormant:
				dormant++
				best = max(best, e.Score.Value)
				if got, want := e.Score.Value, int(e.Score.Parts[0].Points+0.5); got != want {
					t.Fatalf("run %d: dormant %s scores %d, want its in-force points %d: %+v", run, e.ID, got, want, e.Score)
				}
			case e.InForce():
				live++
				worst = min(worst, e.Score.Value)
			}
		}
		if best > worst {
			t.Fatalf("run %d on %s (options %+v): a dormant agreement scores %d, a live one %d", run, at, opt, best, worst)
		}
	}
	if dormant == 0 || live == 0 {
		t.Errorf("%d dormant, %d live: the data do not exercise the rule", dormant, live)
	}
}
