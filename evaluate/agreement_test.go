package evaluate

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/kerjasama/kerjasama/agreement"
	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/money"
	"golang.org/x/text/language"
)

var setkabVisit = date.Date{Year: 2019, Month: time.August, Day: 7}

func TestBantenRegister(t *testing.T) {
	r := Register(bantenAgreements(t), setkabVisit, AgreementOptions{Subject: "Provinsi Banten"})
	type row struct {
		ID          string
		Status      agreement.Status
		Stage       agreement.Stage
		MonthsSince int
		Dormant     bool
		Score       int
		Codes       []Code
	}
	var got []row
	for _, e := range r.Agreements {
		var codes []Code
		for _, f := range e.Findings {
			codes = append(codes, f.Code)
		}
		got = append(got, row{e.ID, e.Status, e.Stage, e.MonthsSince, e.Dormant, e.Score.Value, codes})
	}
	// The Letters of Intent with Incheon and Timrå are intents, not
	// agreements: never in force or dormant, not scored. The Timrå LoI's
	// term (2015–2016) has ended.
	want := []row{
		{"banten-incheon-2007", agreement.StatusIntent, agreement.StageSigning, 150, false, 0, []Code{AgreementIntent}},
		{"banten-zhejiang-2012", agreement.StatusActive, agreement.StageSigning, 82, true, 20, []Code{AgreementNoActivity, AgreementScore}},
		{"tangsel-timra-2013", agreement.StatusExpired, agreement.StageSigning, 55, false, 0, []Code{AgreementExpired}},
		{"tangsel-daejeon-2016", agreement.StatusActive, agreement.StageSigning, 41, true, 20, []Code{AgreementNoActivity, AgreementScore}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Banten register mismatch (-want +got):\n%s", diff)
	}
	type rollUp struct {
		Total, Intents, Offers, InForce, Dormant, Expiring int
		ByStatus                                           []StatusCount
		ByCountry                                          []GroupCount
		Scored                                             []bool
	}
	roll := rollUp{r.Total, r.Intents, r.Offers, r.InForce, r.Dormant, r.Expiring, r.ByStatus, r.ByCountry, nil}
	for _, e := range r.Agreements {
		roll.Scored = append(roll.Scored, e.Scored())
	}
	wantRoll := rollUp{2, 2, 0, 2, 2, 0,
		[]StatusCount{{agreement.StatusActive, 2}, {agreement.StatusExpired, 1}, {agreement.StatusIntent, 1}},
		[]GroupCount{{Key: "KR", Total: 1, InForce: 1, Dormant: 1, Intents: 1}, {Key: "CN", Total: 1, InForce: 1, Dormant: 1}, {Key: "SE", Intents: 1}},
		[]bool{false, true, false, true}}
	if diff := cmp.Diff(wantRoll, roll); diff != "" {
		t.Errorf("Banten roll-up mismatch (-want +got):\n%s", diff)
	}
	if len(r.BySector) == 0 || r.BySector[0] != (GroupCount{Key: "education", Total: 2, InForce: 2, Dormant: 2, Intents: 2}) {
		t.Errorf("by sector = %+v, want education first with 2 agreements and 2 letters of intent", r.BySector)
	}
	msgs := []string{
		r.Findings[0].Message(language.Indonesian),
		r.Findings[1].Message(language.Indonesian),
		r.Findings[1].Message(language.English),
		r.Agreements[0].Findings[0].Message(language.Indonesian),
		r.Agreements[0].Findings[0].Message(language.Malay),
		r.Agreements[0].Findings[0].Message(language.English),
		r.Agreements[1].Findings[0].Message(language.English),
		r.Agreements[2].Findings[0].Message(language.English),
	}
	wantMsgs := []string{
		"Dari 2 kerja sama Provinsi Banten pada 7 Agustus 2019: 2 berlaku, 2 di antaranya tanpa kegiatan selama 12 bulan atau lebih (hanya di atas kertas), 0 segera berakhir",
		"Selain itu tercatat 2 pernyataan kehendak (LoI) dan 0 tawaran Provinsi Banten pada 7 Agustus 2019: pernyataan kehendak dan tawaran bukan kerja sama yang berlaku, tidak dihitung di atas dan tidak diberi skor",
		"Besides these, 2 letters of intent and 0 offers of Provinsi Banten are recorded on 7 August 2019: letters of intent and offers are not agreements in force, are not counted above and are not scored",
		"Kerja sama sister province Provinsi Banten – Provinsi Incheon adalah pernyataan kehendak (LoI): bukan kerja sama yang berlaku dan tidak diberi skor; naskah yang melanjutkannya (MoU atau perjanjian) belum tercatat",
		"Kerja sama sister province Provinsi Banten – Provinsi Incheon ialah surat hasrat (LoI): bukan kerjasama yang berkuat kuasa dan tidak diberi skor; dokumen yang menyusulinya (MoU atau perjanjian) belum direkodkan",
		"Kerja sama sister province Provinsi Banten – Provinsi Incheon is a letter of intent: not an agreement in force, and not scored; no document continuing it (an MoU or agreement) is recorded",
		"Kerja sama Provinsi Banten – Provinsi Zhejiang has recorded no activity since 21 September 2012 (82 months)",
		"Kerja sama sister province Kota Tangerang Selatan – Kota Timrå ended on 31 December 2016",
	}
	if diff := cmp.Diff(wantMsgs, msgs); diff != "" {
		t.Errorf("Banten messages mismatch (-want +got):\n%s", diff)
	}
}

func TestKaltimActivity(t *testing.T) {
	a := kaltimPalembang(t)
	type counts struct {
		Status        agreement.Status
		Activities    int
		LastActivity  date.Date
		MonthsSince   int
		Dormant       bool
		Realised      []money.Amount
		ActiveSectors Sectors
	}
	tests := []struct {
		on   date.Date
		want counts
	}{
		// The fixture dates the business matching only to 2022: on 9 June
		// 2022, the day it was reported, a date known only to the year has
		// not certainly happened (date.Partial.HappenedBy), and the
		// implementation event of the same year has not either. Nothing of
		// it was known yet: it is a draft, and a register evaluated that day
		// leaves it out (agreement.Agreement.KnownBy). (It was "in
		// preparation" when a step within its year counted as under way.)
		{date.Date{Year: 2022, Month: time.June, Day: 9}, counts{Status: agreement.StatusDraft, MonthsSince: -1}},
		// Once 2022 has ended it counts, from 31 December 2022.
		{date.Date{Year: 2022, Month: time.December, Day: 31}, counts{Status: agreement.StatusActive, Activities: 1,
			LastActivity: date.Date{Year: 2022, Month: time.December, Day: 31}, MonthsSince: 0,
			Realised: []money.Amount{money.Rupiah(18_000_000_000)}, ActiveSectors: Sectors{agreement.SectorTrade}}},
	}
	for _, tt := range tests {
		e := Agreement(&a, tt.on, AgreementOptions{})
		got := counts{e.Status, e.Activities, e.LastActivity, e.MonthsSince, e.Dormant, e.Realised, e.ActiveSectors}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Kaltim on %s mismatch (-want +got):\n%s", tt.on, diff)
		}
	}
	// A year-dated activity is taken at the latest day it may have been,
	// 31 December 2022: dormant 13 months later, with nothing new. The
	// finding writes it as the seed dates it, "sejak 2022".
	later := date.Date{Year: 2024, Month: time.February, Day: 29}
	e := Agreement(&a, later, AgreementOptions{})
	if !e.Dormant || e.MonthsSince != 13 || e.Stage != agreement.StageImplementation {
		t.Fatalf("Kaltim on %s: dormant %v, months %d, stage %v; want dormant after 13 months, implementation", later, e.Dormant, e.MonthsSince, e.Stage)
	}
	var got []string
	for _, f := range e.Findings {
		got = append(got, f.Message(language.Indonesian))
	}
	// Dormant, it earns the in-force points only: its sector and value
	// are of an activity older than the dormant span, which no longer
	// count (it scored 55 when they did, above agreements in force with
	// recent activity).
	want := []string{
		"Kerja sama business matching Provinsi Kalimantan Timur – Kota Palembang tidak mencatat kegiatan selama 13 bulan sejak 2022: hanya di atas kertas",
		"Skor efektivitas Kerja sama business matching Provinsi Kalimantan Timur – Kota Palembang pada 29 Februari 2024: 20 dari 100",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Kaltim dormant messages mismatch (-want +got):\n%s", diff)
	}
	// The score is explained part by part.
	var parts []ScorePart
	for _, p := range e.Score.Parts {
		parts = append(parts, ScorePart{Criterion: p.Criterion, Weight: p.Weight, Degree: p.Degree, Points: p.Points})
	}
	wantParts := []ScorePart{
		{CriterionInForce, 20, 1, 20},
		{CriterionRecentActivity, 30, 0, 0},
		{CriterionSectorCoverage, 20, 0, 0}, // no recent activity in trade
		{CriterionFrequency, 15, 0, 0},
		{CriterionValue, 15, 0, 0}, // no value realised recently
	}
	if diff := cmp.Diff(wantParts, parts); diff != "" {
		t.Errorf("score parts mismatch (-want +got):\n%s", diff)
	}
	// Configurable: a 24-month span, and weights on activity only.
	e = Agreement(&a, later, AgreementOptions{DormantMonths: 24, Weights: Weights{RecentActivity: 1}})
	if e.Dormant || e.Score.Value != 46 {
		t.Errorf("24-month span: dormant %v, score %d; want not dormant, 46 (1 − 13/24)", e.Dormant, e.Score.Value)
	}
}

// TestAgreementIdleSectors keeps the edge case the seed does not give: an
// agreement with two sectors, activity in only one.
func TestAgreementIdleSectors(t *testing.T) {
	a := agreement.Agreement{ID: "two-sectors", Title: "Kerja sama dua bidang", Type: agreement.KSDD,
		Sectors: []agreement.Sector{agreement.SectorTrade, agreement.SectorSmallBusiness},
		Signed:  agreement.On(date.Date{Year: 2021, Month: time.March, Day: 1}),
		Activities: []agreement.Activity{{Date: agreement.InMonth(2022, time.June), Sector: agreement.SectorTrade,
			Value: money.Rupiah(18_000_000_000), Approximate: true}}}
	e := Agreement(&a, date.Date{Year: 2022, Month: time.June, Day: 30}, AgreementOptions{})
	if diff := cmp.Diff(Sectors{agreement.SectorSmallBusiness}, e.IdleSectors); diff != "" {
		t.Errorf("idle sectors mismatch (-want +got):\n%s", diff)
	}
	var got []string
	for _, f := range e.Findings {
		got = append(got, f.Message(language.Indonesian))
	}
	want := "Kerja sama dua bidang: 1 dari 2 bidang yang disepakati belum ada kegiatan (koperasi dan UMKM)"
	if !slices.Contains(got, want) {
		t.Errorf("findings %q lack %q", got, want)
	}
}

func TestAgreementEdges(t *testing.T) {
	d := date.Date{Year: 2024, Month: time.January, Day: 15}
	// Without activities, signed last month: not yet dormant.
	a := agreement.Agreement{ID: "x", Signed: agreement.On(date.Date{Year: 2023, Month: time.December, Day: 1})}
	e := Agreement(&a, d, AgreementOptions{})
	if e.Dormant || e.Activities != 0 || e.Findings[0].Code != AgreementNoActivity || e.Findings[0].Severity != Info || e.Title != "x" {
		t.Errorf("fresh agreement = %+v", e)
	}
	// Expiring soon.
	a.Term = agreement.TermOf(date.Range{Start: date.Date{Year: 2023, Month: time.December, Day: 1}, End: date.Date{Year: 2024, Month: time.February, Day: 1}})
	e = Agreement(&a, d, AgreementOptions{})
	if e.Status != agreement.StatusExpiringSoon || e.DaysLeft != 17 || e.Findings[0].Code != AgreementExpiring {
		t.Errorf("expiring agreement = %+v", e)
	}
	if got, want := e.Findings[0].Message(language.English), "x ends on 1 February 2024, in 17 days"; got != want {
		t.Errorf("message = %q, want %q", got, want)
	}
	// A draft: not in force, no dormancy.
	draft := agreement.Agreement{ID: "draft"}
	e = Agreement(&draft, d, AgreementOptions{})
	if e.Dormant || e.InForce() || e.MonthsSince != -1 || len(e.Findings) != 0 || e.Score.Value != 0 {
		t.Errorf("draft = %+v", e)
	}
	// An empty register.
	r := Register(nil, d, AgreementOptions{})
	if r.Total != 0 || r.MeanScore != 0 || len(r.Findings) != 1 {
		t.Errorf("empty register = %+v", r)
	}
	// Activities after the date do not count.
	a.Activities = []agreement.Activity{{Date: agreement.On(d.AddDays(10)), Sector: agreement.SectorTrade}}
	e = Agreement(&a, d, AgreementOptions{})
	if e.Activities != 0 {
		t.Errorf("future activity counted: %+v", e)
	}
}

// TestAgreementKnownByDate checks the rule of time on generated data with
// activities dated to the day, the month and the year, and undated ones:
// evaluating a register on a day equals evaluating it on that day with
// the activities cut to those known by then (undated, or dated wholly on
// or before the day). A month or year that has not ended by the day is
// not known yet.
func TestAgreementKnownByDate(t *testing.T) {
	all := benchRegister(800, 4000)
	for i := range all {
		all[i].ID = fmt.Sprint("a", i)
		if i%7 == 3 && i > 0 {
			all[i].Predecessor = all[i-1].ID
		}
		for j := range all[i].Activities {
			act := &all[i].Activities[j]
			switch j % 6 {
			case 1:
				act.Date = agreement.InMonth(act.Date.Year, act.Date.Month)
			case 3:
				act.Date = agreement.InYear(act.Date.Year)
			case 5:
				if i%4 == 0 {
					act.Date = agreement.PartialDate{}
				}
			}
		}
	}
	for _, d := range []date.Date{{Year: 2015, Month: time.March, Day: 31}, {Year: 2020, Month: time.February, Day: 29}, {Year: 2022, Month: time.June, Day: 9}, {Year: 2024, Month: time.June, Day: 30}} {
		cut := make([]agreement.Agreement, len(all))
		for i, a := range all {
			a.Activities = nil
			for _, act := range all[i].Activities {
				if act.Date.IsZero() || !act.Date.Last().After(d) {
					a.Activities = append(a.Activities, act)
				}
			}
			cut[i] = a
		}
		want := Register(cut, d, AgreementOptions{})
		got := Register(all, d, AgreementOptions{})
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("on %s, all data against data known by then mismatch (-known +all):\n%s", d, diff)
		}
		if got.Dormant == 0 || got.Dormant == got.InForce {
			t.Errorf("on %s: %d dormant of %d in force: the data do not exercise the rule", d, got.Dormant, got.InForce)
		}
	}
}

func TestSuccessorRenews(t *testing.T) {
	as := bantenAgreements(t)
	next := as[3]
	next.ID, next.Predecessor, next.Signed = "tangsel-daejeon-iv", as[3].ID, agreement.InYear(2018)
	as = append(as, next)
	r := Register(as, setkabVisit, AgreementOptions{})
	if s := r.Agreements[3].Status; s != agreement.StatusRenewed {
		t.Errorf("Daejeon III with a signed successor: status %v, want renewed", s)
	}
	if r.InForce != 2 {
		t.Errorf("in force = %d, want 2 (Zhejiang, Daejeon IV; the Incheon LoI is not an agreement)", r.InForce)
	}
}

func TestUndatedActivity(t *testing.T) {
	a := agreement.Agreement{ID: "undated", Signed: agreement.On(date.Date{Year: 2018, Month: time.May, Day: 2}),
		Activities: []agreement.Activity{{Description: "kunjungan, tanggal tidak diketahui"}}}
	e := Agreement(&a, date.Date{Year: 2020, Month: time.May, Day: 2}, AgreementOptions{})
	if e.Activities != 1 || !e.Dormant || e.MonthsSince != 24 {
		t.Fatalf("undated activity: %+v", e)
	}
	want := "undated has recorded no activity for 24 months since 2 May 2018: on paper only"
	if got := e.Findings[0].Message(language.English); got != want {
		t.Errorf("message = %q, want %q", got, want)
	}
}

// TestParallelRegister checks that a register split over goroutines
// gives the same evaluations as one goroutine.
func TestParallelRegister(t *testing.T) {
	defer func(n int) { parallelMin = n }(parallelMin)
	parallelMin = 100
	as := benchRegister(1001, 5000)
	d := date.Date{Year: 2020, Month: time.June, Day: 30}
	got := Register(as, d, AgreementOptions{})
	opt := AgreementOptions{}.norm()
	known := knownBy(as, d) // those signed after d are not known yet
	if len(known) == len(as) || len(got.Agreements) != len(known) {
		t.Fatalf("%d agreements, %d known on %s, %d evaluated", len(as), len(known), d, len(got.Agreements))
	}
	for i := range known {
		var want AgreementEvaluation
		evaluateAgreement(&want, &known[i], d, opt)
		if diff := cmp.Diff(want, got.Agreements[i]); diff != "" {
			t.Fatalf("agreement %d: parallel evaluation mismatch (-sequential +parallel):\n%s", i, diff)
		}
	}
}
