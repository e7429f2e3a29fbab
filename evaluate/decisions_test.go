package evaluate

import (
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
	if ev.Overall.Share.Round(4) != RatioOf(0.5) || ev.Open != 3 || ev.MedianOpenDays != 799 {
		t.Errorf("overall share %v, open %d, median %v; want 0.5, 3, 799", ev.Overall.Share, ev.Open, ev.MedianOpenDays)
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
		"KK Sosek Malindo Tingkat Provinsi Kalimantan Barat: 3 butir masih terbuka pada 31 Desember 2019, umur median 799 hari",
		ev.Findings[0].Message(language.English),
		ev.Findings[1].Message(language.English),
		"KK Sosek Malindo of West Kalimantan Province: 3 items still open on 31 December 2019, median age 799 days",
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
	if Degree(9).String() != "Degree(9)" || Full.Label(language.Malay) != "sepenuhnya" {
		t.Error("Degree String/Label")
	}
}
