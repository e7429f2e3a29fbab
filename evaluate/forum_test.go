package evaluate

import (
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/internal/numlist"
	"github.com/kerjasama/kerjasama/session"
	"golang.org/x/text/language"
)

// gapForum is a regional forum that met yearly from 2013 to 2019 (the 27th
// to the 33rd session), skipped 2020, met online in 2021 (34th) and in
// person in 2022 (35th); the 30th session is missing from the record, so
// 2016 has none.
func gapForum() *session.Dataset {
	d := &session.Dataset{Forums: session.History().Forums}
	for n, y := 27, 2013; y <= 2022; y++ {
		if y == 2020 {
			continue
		}
		s := session.Session{Forum: "kalbar-sarawak", Number: n}
		s.Dates = date.Range{Start: date.Date{Year: y, Month: time.October, Day: 23}, End: date.Date{Year: y, Month: time.October, Day: 25}}
		s.Mode = session.InPerson
		if y == 2021 {
			s.Mode = session.Virtual
		}
		if n != 30 {
			d.Sessions = append(d.Sessions, s)
		}
		n++
	}
	return d
}

func TestForumGapYear(t *testing.T) {
	ev, err := Forum(gapForum(), "kalbar-sarawak", ForumOptions{})
	if err != nil {
		t.Fatal(err)
	}
	got := struct {
		Window       string
		Held         int
		Sessions     int
		Missed       []int
		LongestRun   Run
		NumberGaps   []int
		VirtualYears []int
		Regularity   Ratio
	}{ev.Window.String(), ev.Held, ev.Sessions, ev.Missed, ev.LongestRun, ev.NumberGaps, ev.VirtualYears, ev.Regularity.Round(3)}
	want := got
	want.Window, want.Held, want.Sessions = "2013-01-01/2022-12-31", 8, 8
	want.Missed, want.LongestRun, want.NumberGaps, want.VirtualYears = []int{2016, 2020}, Run{From: 2017, To: 2019, Years: 3}, []int{30}, []int{2021}
	want.Regularity = RatioOf(0.8)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("gap forum mismatch (-want +got):\n%s", diff)
	}
	var msgs []string
	for _, tag := range []language.Tag{language.Indonesian, language.Malay, language.English} {
		for _, f := range ev.Findings {
			msgs = append(msgs, f.Message(tag))
		}
	}
	wantMsgs := []string{
		"Tidak ada sidang KK Sosek Malindo Tingkat Provinsi Kalimantan Barat yang tercatat pada 2016, 2020 (2 dari 10 tahun pada 2013–2022)",
		"Rangkaian terpanjang sidang KK Sosek Malindo Tingkat Provinsi Kalimantan Barat tanpa tahun terlewat: 3 tahun (2017–2019)",
		"Penomoran sidang KK Sosek Malindo Tingkat Provinsi Kalimantan Barat melompat: tidak ada catatan sidang ke-30",
		"KK Sosek Malindo Tingkat Provinsi Kalimantan Barat hanya bersidang secara daring pada 2021",
		"Tiada sidang JKK Sosek Malindo Peringkat Negeri Sarawak yang direkodkan pada 2016, 2020 (2 daripada 10 tahun pada 2013–2022)",
		"Rangkaian terpanjang sidang JKK Sosek Malindo Peringkat Negeri Sarawak tanpa tahun tertinggal: 3 tahun (2017–2019)",
		"Penomboran sidang JKK Sosek Malindo Peringkat Negeri Sarawak melompat: tiada rekod sidang ke-30",
		"JKK Sosek Malindo Peringkat Negeri Sarawak hanya bersidang secara dalam talian pada 2021",
		"No session of KK Sosek Malindo of West Kalimantan Province is recorded in 2016, 2020 (2 of 10 years in 2013–2022)",
		"Longest unbroken run of yearly sessions of KK Sosek Malindo of West Kalimantan Province: 3 years (2017–2019)",
		"The numbering of sessions of KK Sosek Malindo of West Kalimantan Province has gaps: no record of session 30",
		"KK Sosek Malindo of West Kalimantan Province met only online in 2021",
	}
	if diff := cmp.Diff(wantMsgs, msgs); diff != "" {
		t.Errorf("gap forum messages mismatch (-want +got):\n%s", diff)
	}
	if ev.Findings[0].Severity != Warning {
		t.Errorf("missed years severity = %v, want warning", ev.Findings[0].Severity)
	}
}

func TestForumRegularAndEdges(t *testing.T) {
	d := gapForum()
	ev, err := Forum(d, "kalbar-sarawak", ForumOptions{Window: date.Range{Start: date.YearRange(2017).Start, End: date.YearRange(2019).End}})
	if err != nil {
		t.Fatal(err)
	}
	if len(ev.Findings) < 1 || ev.Findings[0].Code != ForumRegular {
		t.Fatalf("2017–2019 findings = %v", ev.Findings)
	}
	if got, want := ev.Findings[0].Message(language.Indonesian), "KK Sosek Malindo Tingkat Provinsi Kalimantan Barat bersidang setiap tahun pada 2017–2019: 3 sidang dalam 3 tahun"; got != want {
		t.Errorf("regular = %q, want %q", got, want)
	}
	// The latest year missed is critical.
	ev, _ = Forum(d, "kalbar-sarawak", ForumOptions{Window: date.Range{Start: date.YearRange(2019).Start, End: date.YearRange(2020).End}})
	if ev.Findings[0].Code != ForumMissed || ev.Findings[0].Severity != Critical {
		t.Errorf("2019–2020 = %v", ev.Findings)
	}
	// No sessions at all.
	ev, err = Forum(d, "kaltara-sabah", ForumOptions{})
	if err != nil || len(ev.Findings) != 1 || ev.Findings[0].Code != ForumNoData {
		t.Errorf("no sessions: %v, %v", ev.Findings, err)
	}
	if _, err := Forum(d, "nowhere", ForumOptions{}); err == nil {
		t.Error("unknown forum: no error")
	}
	// The embedded history: 2023, 2024 and 2025 in a row; the 33rd (2017)
	// is only announced, so it does not count as held.
	ev, err = Forum(session.History(), "kalbar-sarawak", ForumOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ev.LongestRun != (Run{From: 2023, To: 2025, Years: 3}) || !slicesEqual(ev.NumberGaps, []int{35}) {
		t.Errorf("history: run %v, gaps %v", ev.LongestRun, ev.NumberGaps)
	}
	if !errors.Is(Ratio{}.Err(), ErrNoData) {
		t.Error("zero ratio")
	}
}

func slicesEqual(a, b []int) bool { return cmp.Equal(a, b) }

func TestJoinInts(t *testing.T) {
	for _, tt := range []struct {
		in   []int
		want string
	}{
		{nil, ""},
		{[]int{2016}, "2016"},
		{[]int{2016, 2017}, "2016, 2017"},
		{[]int{2015, 2018, 2019, 2020, 2021, 2022, 2024}, "2015, 2018–2022, 2024"},
	} {
		if got := numlist.Join(tt.in); got != tt.want {
			t.Errorf("numlist.Join(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
