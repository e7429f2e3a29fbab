package evaluate

import (
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/session"
	"golang.org/x/text/language"
)

func decisionsDataset() *session.Dataset {
	d := &session.Dataset{Forums: session.History().Forums}
	for n, y := 33, 2017; n <= 35; n, y = n+1, y+1 {
		s := session.Session{Forum: "kalbar-sarawak", Number: n}
		s.Dates = date.Range{Start: date.Date{Year: y, Month: time.October, Day: 23}, End: date.Date{Year: y, Month: time.October, Day: 25}}
		d.Sessions = append(d.Sessions, s)
	}
	done := date.Date{Year: 2018, Month: time.March, Day: 1}
	d.Items = []session.Item{
		{Forum: "kalbar-sarawak", Ref: "A", Field: session.SocialCulture, History: []session.Entry{
			{Session: 33, Outcome: session.Agreed, Status: session.Open}, {Session: 34, Status: session.Done}}},
		{Forum: "kalbar-sarawak", Ref: "B", Field: session.SocialCulture, History: []session.Entry{
			{Session: 33, Outcome: session.Agreed, Status: session.InProgress}},
			Actions: []session.Action{{Agency: "Dinas Pendidikan", Done: done}, {Agency: "Dinas Kesehatan"}}},
		{Forum: "kalbar-sarawak", Ref: "C", Field: session.EconomyTradeTransport, History: []session.Entry{
			{Session: 33, Outcome: session.CarriedOver}, {Session: 34, Outcome: session.Agreed, Status: session.Open}}},
		{Forum: "kalbar-sarawak", Ref: "D", Field: session.EconomyTradeTransport, History: []session.Entry{
			{Session: 34, Outcome: session.Agreed, Status: session.Open}},
			Actions: []session.Action{{Agency: "Bea Cukai", Done: done.AddMonths(12)}}},
		{Forum: "kalbar-sarawak", Ref: "E", Field: session.SecurityBorder, History: []session.Entry{
			{Session: 34, Outcome: session.NotAgreed}}},
		{Forum: "central", Ref: "other forum", History: []session.Entry{{Session: 33, Outcome: session.Agreed}}},
	}
	return d
}

func TestDecisions(t *testing.T) {
	at := date.Date{Year: 2019, Month: time.December, Day: 31}
	ev, err := Decisions(decisionsDataset(), "kalbar-sarawak", at, DecisionOptions{})
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		Number      int
		Items       int
		Degrees     [4]int
		Share       Ratio
		CarriedOver int
	}
	var got []row
	for _, s := range ev.Sessions {
		got = append(got, row{s.Number, s.Agreed.Items, s.Agreed.Degrees, s.Agreed.Share.Round(4), s.CarriedOver})
	}
	want := []row{
		{33, 2, [4]int{0, 0, 1, 1}, RatioOf(0.8333), 1},
		{34, 2, [4]int{1, 1, 0, 0}, RatioOf(0.1667), 0},
		{35, 0, [4]int{}, Ratio{}.Round(4), 0},
	}
	// 35 agreed nothing: its share is undefined (zero base).
	want[2].Share = ev.Sessions[2].Agreed.Share
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("per session mismatch (-want +got):\n%s", diff)
	}
	if ev.Sessions[2].Agreed.Share.OK() {
		t.Errorf("share of no items = %v, want undefined", ev.Sessions[2].Agreed.Share)
	}
	// Open: B (agreed at the 33rd, 799 days), C and D (agreed at the
	// 34th, 434 days); C was raised at the 33rd but agreed only at the
	// 34th, and its age as a decision counts from then.
	if ev.Overall.Share.Round(4) != RatioOf(0.5) || ev.Open != 3 || ev.MedianOpenDays != 434 {
		t.Errorf("overall share %v, open %d, median %v; want 0.5, 3, 434", ev.Overall.Share, ev.Open, ev.MedianOpenDays)
	}
	var fields []string
	for _, f := range ev.ByField {
		fields = append(fields, f.Field.String()+" "+f.Share.Round(4).String())
	}
	if diff := cmp.Diff([]string{"social-culture 0.8333", "economy-trade-transport 0.1667"}, fields); diff != "" {
		t.Errorf("by field mismatch (-want +got):\n%s", diff)
	}
	var msgs []string
	for _, tag := range []language.Tag{language.Indonesian, language.English} {
		for _, f := range ev.Findings {
			msgs = append(msgs, f.Message(tag))
		}
	}
	wantMsgs := []string{
		"Sidang ke-33 KK/JKK Sosek Malindo Tingkat Provinsi Kalimantan Barat – Peringkat Negeri Sarawak: tingkat pelaksanaan 83,3% atas 2 butir yang disepakati (skala 0–3), 1 terlaksana penuh, 1 dibawa ke sidang berikutnya",
		"Sidang ke-34 KK/JKK Sosek Malindo Tingkat Provinsi Kalimantan Barat – Peringkat Negeri Sarawak: tingkat pelaksanaan 16,7% atas 2 butir yang disepakati (skala 0–3), 0 terlaksana penuh, 0 dibawa ke sidang berikutnya",
		"Keputusan sidang ke-35 KK Sosek Malindo Tingkat Provinsi Kalimantan Barat tidak tercatat",
		"KK Sosek Malindo Tingkat Provinsi Kalimantan Barat: 3 butir masih terbuka pada 31 Desember 2019, umur median 434 hari",
		ev.Findings[0].Message(language.English),
		ev.Findings[1].Message(language.English),
		"What session 35 of KK Sosek Malindo of West Kalimantan Province decided is not recorded",
		"KK Sosek Malindo of West Kalimantan Province: 3 items still open on 31 December 2019, median age 434 days",
	}
	if diff := cmp.Diff(wantMsgs, msgs); diff != "" {
		t.Errorf("decision messages mismatch (-want +got):\n%s", diff)
	}
	if ev.Findings[1].Severity != Warning {
		t.Errorf("34th: severity %v, want warning (under half carried out)", ev.Findings[1].Severity)
	}
}

func TestDegree(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Degree
	}{{"0", NotStarted}, {"3", Full}, {"full", Full}, {"penuh", Full}, {"Sebagian", Intermediate}, {"minimal", Minimal},
		{"not-started", NotStarted}, {"belum dimulai", NotStarted}, {"separa", Intermediate}, {"sepenuhnya", Full}} {
		got, err := ParseDegree(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseDegree(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
	if _, err := ParseDegree("4"); err == nil {
		t.Error("ParseDegree(4) succeeded")
	}
	if s, ok := Intermediate.Score(); s != 2 || !ok {
		t.Errorf("Intermediate.Score() = %d, %v", s, ok)
	}
	if _, ok := Degree(0).Score(); ok {
		t.Error("zero Degree has a score")
	}
	if Degree(9).String() != "%!Degree(9)" || Full.Label(language.Malay) != "sepenuhnya" {
		t.Error("Degree String/Label")
	}
}

// threeSessions is the Kalimantan Barat–Sarawak forum with its 33rd, 34th
// and 35th sessions on 23–25 October 2017, 2018 and 2019, and the items
// given.
func threeSessions(items ...session.Item) *session.Dataset {
	d := decisionsDataset()
	d.Items = items
	return d
}

// decisionRow is one session of a DecisionsEvaluation as the tests
// compare it.
type decisionRow struct {
	Number      int
	Recorded    bool
	Agreed      int
	NotRecorded int
	Degrees     [4]int
	CarriedOver int
}

type decisionSummary struct {
	Sessions []decisionRow
	Overall  decisionRow // Number, Recorded and CarriedOver unused
	Open     int
	Median   float64
	Through  date.Date
	Findings []Code
}

func summarize(ev DecisionsEvaluation) decisionSummary {
	s := decisionSummary{Open: ev.Open, Median: ev.MedianOpenDays, Through: ev.Through}
	for _, sd := range ev.Sessions {
		s.Sessions = append(s.Sessions, decisionRow{sd.Number, sd.Recorded, sd.Agreed.Items, sd.Agreed.NotRecorded, sd.Agreed.Degrees, sd.CarriedOver})
	}
	s.Overall = decisionRow{Agreed: ev.Overall.Items, NotRecorded: ev.Overall.NotRecorded, Degrees: ev.Overall.Degrees}
	for _, f := range ev.Findings {
		s.Findings = append(s.Findings, f.Code)
	}
	return s
}

func item(ref string, history ...session.Entry) session.Item {
	return session.Item{Forum: "kalbar-sarawak", Ref: ref, Field: session.EconomyTradeTransport, History: history}
}

// TestDecisionsEvidence checks the rules of evidence of Decisions: only
// agreed items are decisions, a session whose decisions are not recorded
// and an item whose status is not recorded are "not recorded", not zero or
// not started, and only what was known on the day counts.
func TestDecisionsEvidence(t *testing.T) {
	end2019 := dayOf(2019, 12, 31)
	oct25 := func(y int) date.Date { return dayOf(y, 10, 25) }
	tests := []struct {
		name string
		d    *session.Dataset
		at   date.Date
		want decisionSummary
	}{
		{
			name: "proposals and discussions are not decisions, and record no decision",
			d: threeSessions(
				item("P", session.Entry{Session: 33, Outcome: session.Proposed}),
				item("Q", session.Entry{Session: 33, Outcome: session.Discussed}, session.Entry{Session: 34, Outcome: session.Proposed}),
				item("R", session.Entry{Session: 33, Outcome: session.Proposed}, session.Entry{Session: 34, Outcome: session.Agreed, Status: session.Open}),
			),
			at: end2019,
			want: decisionSummary{
				Sessions: []decisionRow{
					{Number: 33},
					{Number: 34, Recorded: true, Agreed: 1, Degrees: [4]int{1, 0, 0, 0}},
					{Number: 35},
				},
				Overall:  decisionRow{Agreed: 1, Degrees: [4]int{1, 0, 0, 0}},
				Open:     1,
				Median:   434, // from the 34th, which agreed R
				Through:  oct25(2018),
				Findings: []Code{DecisionsCarriedOut, DecisionsNotRecorded, DecisionsOpen},
			},
		},
		{
			name: "an agreed item without a recorded status is not recorded, not not started, and not open",
			d: threeSessions(
				item("A", session.Entry{Session: 33, Outcome: session.Agreed}),
				item("B", session.Entry{Session: 33, Outcome: session.Agreed, Status: session.Done}),
			),
			at: end2019,
			want: decisionSummary{
				Sessions: []decisionRow{
					{Number: 33, Recorded: true, Agreed: 2, NotRecorded: 1, Degrees: [4]int{0, 0, 0, 1}},
					{Number: 34},
					{Number: 35},
				},
				Overall:  decisionRow{Agreed: 2, NotRecorded: 1, Degrees: [4]int{0, 0, 0, 1}},
				Through:  oct25(2017),
				Findings: []Code{DecisionsCarriedOut, DecisionsStatusNotRecorded, DecisionsNotRecorded},
			},
		},
		{
			name: "as of a day: a status recorded by a later session is not yet known",
			d: threeSessions(
				item("A", session.Entry{Session: 33, Outcome: session.Agreed, Status: session.InProgress}, session.Entry{Session: 34, Status: session.Done}),
			),
			at: dayOf(2018, 1, 15),
			want: decisionSummary{
				Sessions: []decisionRow{{Number: 33, Recorded: true, Agreed: 1, Degrees: [4]int{0, 1, 0, 0}}},
				Overall:  decisionRow{Agreed: 1, Degrees: [4]int{0, 1, 0, 0}},
				Open:     1,
				Median:   84,
				Through:  oct25(2017),
				Findings: []Code{DecisionsCarriedOut, DecisionsOpen},
			},
		},
		{
			name: "as of a day: actions assigned by a later session, or done after the day, are not yet known",
			d: func() *session.Dataset {
				it := item("A", session.Entry{Session: 33, Outcome: session.Agreed, Status: session.InProgress}, session.Entry{Session: 35, Outcome: session.CarriedOver})
				it.Actions = []session.Action{
					{Agency: "Bea Cukai", Session: 33, Done: dayOf(2018, 3, 1)},
					{Agency: "Imigrasi", Session: 33, Done: dayOf(2020, 3, 1)},
					{Agency: "Karantina", Session: 35},
				}
				return threeSessions(it)
			}(),
			// On 31 December 2019 one of three actions is done: Minimal.
			// On 1 June 2019 the 35th has not met: one of two: Intermediate.
			at: dayOf(2019, 6, 1),
			want: decisionSummary{
				Sessions: []decisionRow{{Number: 33, Recorded: true, Agreed: 1, Degrees: [4]int{0, 0, 1, 0}}, {Number: 34}},
				Overall:  decisionRow{Agreed: 1, Degrees: [4]int{0, 0, 1, 0}},
				Open:     1,
				Median:   586,
				Through:  dayOf(2018, 3, 1),
				Findings: []Code{DecisionsCarriedOut, DecisionsNotRecorded, DecisionsOpen},
			},
		},
		{
			name: "a session not yet begun is not listed; one begun is, though not ended",
			d:    threeSessions(item("A", session.Entry{Session: 34, Outcome: session.Agreed, Status: session.Open})),
			at:   dayOf(2018, 10, 24),
			want: decisionSummary{
				Sessions: []decisionRow{{Number: 33}, {Number: 34, Recorded: true, Agreed: 1, Degrees: [4]int{1, 0, 0, 0}}},
				Overall:  decisionRow{Agreed: 1, Degrees: [4]int{1, 0, 0, 0}},
				Open:     1,
				Median:   1,
				Through:  dayOf(2018, 10, 24),
				Findings: []Code{DecisionsCarriedOut, DecisionsNotRecorded, DecisionsOpen},
			},
		},
	}
	for _, tt := range tests {
		ev, err := Decisions(tt.d, "kalbar-sarawak", tt.at, DecisionOptions{})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if diff := cmp.Diff(tt.want, summarize(ev)); diff != "" {
			t.Errorf("%s: mismatch (-want +got):\n%s", tt.name, diff)
		}
	}
}

// TestDegreeOfRecordedStatus checks that a degree rests on a recorded
// status: an item with none is not recorded, whatever its actions.
func TestDegreeOfRecordedStatus(t *testing.T) {
	at := dayOf(2019, 12, 31)
	done := []session.Action{{Agency: "Bea Cukai", Done: dayOf(2018, 3, 1)}, {Agency: "Imigrasi"}}
	tests := []struct {
		name    string
		history []session.Entry
		actions []session.Action
		want    Degree
	}{
		{"agreed, no status", []session.Entry{{Session: 33, Outcome: session.Agreed}}, nil, 0},
		{"agreed, no status, an action done", []session.Entry{{Session: 33, Outcome: session.Agreed}}, done, 0},
		{"proposed, then discussed", []session.Entry{{Session: 33, Outcome: session.Proposed}, {Session: 34, Outcome: session.Discussed}}, nil, 0},
		{"open", []session.Entry{{Session: 33, Outcome: session.Agreed, Status: session.Open}}, nil, NotStarted},
		{"open, an action done", []session.Entry{{Session: 33, Outcome: session.Agreed, Status: session.Open}}, done, Minimal},
		{"in progress, half done", []session.Entry{{Session: 33, Outcome: session.Agreed, Status: session.InProgress}}, done, Intermediate},
		{"status kept through a discussion", []session.Entry{{Session: 33, Outcome: session.Agreed, Status: session.Done}, {Session: 34, Outcome: session.Discussed}}, nil, Full},
		{"dropped", []session.Entry{{Session: 33, Outcome: session.Agreed}, {Session: 34, Outcome: session.Dropped}}, nil, NotStarted},
	}
	for _, tt := range tests {
		it := session.Item{History: tt.history, Actions: tt.actions}
		if got := DegreeOf(&it, at); got != tt.want {
			t.Errorf("%s: DegreeOf = %v, want %v", tt.name, got, tt.want)
		}
	}
	if got, want := Degree(0).Label(language.Indonesian), "tidak tercatat"; got != want {
		t.Errorf("Degree(0).Label(id) = %q, want %q", got, want)
	}
}

// TestDecisionsMessages checks the wording of the findings that say what
// is not recorded, and the English singular.
func TestDecisionsMessages(t *testing.T) {
	d := threeSessions(
		item("A", session.Entry{Session: 33, Outcome: session.Agreed}),
		item("B", session.Entry{Session: 33, Outcome: session.Agreed, Status: session.Done}),
		item("C", session.Entry{Session: 33, Outcome: session.Agreed, Status: session.InProgress}),
	)
	ev, err := Decisions(d, "kalbar-sarawak", dayOf(2019, 12, 31), DecisionOptions{})
	if err != nil {
		t.Fatal(err)
	}
	s33 := "Sidang ke-33 KK/JKK Sosek Malindo Tingkat Provinsi Kalimantan Barat – Peringkat Negeri Sarawak"
	s33ms := "Sidang ke-33 JKK/KK Sosek Malindo Peringkat Negeri Sarawak – Tingkat Provinsi Kalimantan Barat"
	s33en := "33rd Session of the KK/JKK Sosek Malindo, West Kalimantan Province – Sarawak State"
	want := []findingText{
		{DecisionsCarriedOut, Info,
			s33 + ": tingkat pelaksanaan 66,7% atas 2 butir yang disepakati (skala 0–3), 1 terlaksana penuh, 0 dibawa ke sidang berikutnya",
			s33ms + ": tahap pelaksanaan 66.7% bagi 2 perkara yang dipersetujui (skala 0–3), 1 dilaksanakan sepenuhnya, 0 dibawa ke sidang berikutnya",
			s33en + ": 66.7% implemented over 2 agreed items (0–3 scale), 1 fully, 0 carried over to the next session"},
		{DecisionsStatusNotRecorded, Warning,
			kbID + ": butir yang disepakati tanpa status pelaksanaan tercatat, tidak dihitung dalam tingkat pelaksanaan: 1 dari 3",
			kbMS + ": perkara yang dipersetujui tanpa status pelaksanaan yang direkodkan, tidak dikira dalam tahap pelaksanaan: 1 daripada 3",
			kbEN + ": agreed items without a recorded implementation status, left out of the share implemented: 1 of 3"},
		{DecisionsNotRecorded, Warning,
			"Keputusan sidang ke-34, 35 " + kbID + " tidak tercatat",
			"Keputusan sidang ke-34, 35 " + kbMS + " tidak direkodkan",
			"What sessions 34, 35 of " + kbEN + " decided is not recorded"},
		{DecisionsOpen, Info,
			kbID + ": 1 butir masih terbuka pada 31 Desember 2019, umur median 799 hari",
			kbMS + ": 1 perkara masih terbuka pada 31 Disember 2019, umur median 799 hari",
			kbEN + ": 1 item still open on 31 December 2019, median age 799 days"},
	}
	if diff := cmp.Diff(want, findingTexts(ev.Findings)); diff != "" {
		t.Errorf("findings mismatch (-want +got):\n%s", diff)
	}
	// One agreed item: the English singular.
	d = threeSessions(item("B", session.Entry{Session: 33, Outcome: session.Agreed, Status: session.Done}))
	ev, _ = Decisions(d, "kalbar-sarawak", dayOf(2017, 12, 31), DecisionOptions{})
	if got, want := ev.Findings[0].Message(language.English), s33en+": 100.0% implemented over 1 agreed item (0–3 scale), 1 fully, 0 carried over to the next session"; got != want {
		t.Errorf("one item = %q, want %q", got, want)
	}
}

// TestEvidenceCodesHaveMessages checks that the codes of the forum and
// decision findings added for the rules of evidence have a message in the
// catalog (TestCatalog renders every entry in every language).
func TestEvidenceCodesHaveMessages(t *testing.T) {
	for _, c := range []Code{ForumNotMet, ForumUnconfirmed, ForumUndated, DecisionsNotRecorded, DecisionsStatusNotRecorded} {
		if !slices.ContainsFunc(entries, func(e entry) bool { return e.key == string(c) }) {
			t.Errorf("code %s has no message", c)
		}
	}
}
