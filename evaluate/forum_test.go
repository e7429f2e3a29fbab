package evaluate

import (
	"errors"
	"slices"
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
	// The latest year without a recorded session is a warning: no record
	// is not "did not meet" (TestForumEvidence has the complete record).
	ev, _ = Forum(d, "kalbar-sarawak", ForumOptions{Window: date.Range{Start: date.YearRange(2019).Start, End: date.YearRange(2020).End}})
	if ev.Findings[0].Code != ForumMissed || ev.Findings[0].Severity != Warning {
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

// dayOf is the date y-m-d.
func dayOf(y int, m time.Month, d int) date.Date { return date.Date{Year: y, Month: m, Day: d} }

// daysOf is the range of days from start to end of month m of year y.
func daysOf(y int, m time.Month, start, end int) date.Range {
	return date.Range{Start: dayOf(y, m, start), End: dayOf(y, m, end)}
}

// A findingText is a finding as the tests compare it: its code, its
// severity and its messages in Indonesian, Malay and English.
type findingText struct {
	Code       Code
	Severity   Severity
	ID, MS, EN string
}

func findingTexts(fs []Finding) []findingText {
	out := make([]findingText, 0, len(fs))
	for _, f := range fs {
		out = append(out, findingText{f.Code, f.Severity, f.Message(language.Indonesian), f.Message(language.Malay), f.Message(language.English)})
	}
	return out
}

// complete returns the gap forum with its record declared complete
// through day c.
func completeGapForum(c date.Date) *session.Dataset {
	d := gapForum()
	f, _ := d.Forum("kalbar-sarawak")
	f.RecordComplete = c
	return d
}

const (
	kbID = "KK Sosek Malindo Tingkat Provinsi Kalimantan Barat"
	kbMS = "JKK Sosek Malindo Peringkat Negeri Sarawak"
	kbEN = "KK Sosek Malindo of West Kalimantan Province"
)

// TestForumEvidence checks that a year without a recorded session is "not
// recorded" and a warning, and that only a record declared complete makes
// it a year in which the forum did not meet — critical when it is the
// latest year.
func TestForumEvidence(t *testing.T) {
	window1920 := date.Range{Start: date.YearRange(2019).Start, End: date.YearRange(2020).End}
	// The 30th session is missing from the record, whatever the window.
	gap30 := findingText{ForumNumbering, Warning,
		"Penomoran sidang " + kbID + " melompat: tidak ada catatan sidang ke-30",
		"Penomboran sidang " + kbMS + " melompat: tiada rekod sidang ke-30",
		"The numbering of sessions of " + kbEN + " has gaps: no record of session 30"}
	tests := []struct {
		name   string
		d      *session.Dataset
		opt    ForumOptions
		notMet []int
		want   []findingText
	}{
		{
			name: "not declared complete: the latest year is not recorded, a warning",
			d:    gapForum(), opt: ForumOptions{Window: window1920},
			want: []findingText{
				{ForumMissed, Warning,
					"Tidak ada sidang " + kbID + " yang tercatat pada 2020 (1 dari 2 tahun pada 2019–2020)",
					"Tiada sidang " + kbMS + " yang direkodkan pada 2020 (1 daripada 2 tahun pada 2019–2020)",
					"No session of " + kbEN + " is recorded in 2020 (1 of 2 years in 2019–2020)"},
				{ForumLongestRun, Info,
					"Rangkaian terpanjang sidang " + kbID + " tanpa tahun terlewat: 1 tahun (2019)",
					"Rangkaian terpanjang sidang " + kbMS + " tanpa tahun tertinggal: 1 tahun (2019)",
					"Longest unbroken run of yearly sessions of " + kbEN + ": 1 year (2019)"},
				gap30,
			},
		},
		{
			name: "complete through 2022: the latest year was not met, critical",
			d:    completeGapForum(dayOf(2022, 12, 31)), opt: ForumOptions{Window: window1920},
			notMet: []int{2020},
			want: []findingText{
				{ForumNotMet, Critical,
					kbID + " tidak bersidang pada 2020 (1 dari 2 tahun pada 2019–2020); catatan sidangnya lengkap sampai 31 Desember 2022",
					kbMS + " tidak bersidang pada 2020 (1 daripada 2 tahun pada 2019–2020); rekod persidangannya lengkap sehingga 31 Disember 2022",
					kbEN + " did not meet in 2020 (1 of 2 years in 2019–2020); its record of sessions is complete through 31 December 2022"},
				{ForumLongestRun, Info,
					"Rangkaian terpanjang sidang " + kbID + " tanpa tahun terlewat: 1 tahun (2019)",
					"Rangkaian terpanjang sidang " + kbMS + " tanpa tahun tertinggal: 1 tahun (2019)",
					"Longest unbroken run of yearly sessions of " + kbEN + ": 1 year (2019)"},
				gap30,
			},
		},
		{
			name: "complete through mid-2020 only: 2020 is not covered, so not recorded",
			d:    completeGapForum(dayOf(2020, 6, 30)), opt: ForumOptions{Window: window1920},
			want: []findingText{
				{ForumMissed, Warning,
					"Tidak ada sidang " + kbID + " yang tercatat pada 2020 (1 dari 2 tahun pada 2019–2020)",
					"Tiada sidang " + kbMS + " yang direkodkan pada 2020 (1 daripada 2 tahun pada 2019–2020)",
					"No session of " + kbEN + " is recorded in 2020 (1 of 2 years in 2019–2020)"},
				{ForumLongestRun, Info,
					"Rangkaian terpanjang sidang " + kbID + " tanpa tahun terlewat: 1 tahun (2019)",
					"Rangkaian terpanjang sidang " + kbMS + " tanpa tahun tertinggal: 1 tahun (2019)",
					"Longest unbroken run of yearly sessions of " + kbEN + ": 1 year (2019)"},
				gap30,
			},
		},
		{
			name: "complete through 2018: 2016 was not met (a warning: not the latest year), 2020 is not recorded",
			d:    completeGapForum(dayOf(2018, 12, 31)), opt: ForumOptions{Window: date.Range{Start: date.YearRange(2015).Start, End: date.YearRange(2020).End}},
			notMet: []int{2016},
			want: []findingText{
				{ForumNotMet, Warning,
					kbID + " tidak bersidang pada 2016 (1 dari 6 tahun pada 2015–2020); catatan sidangnya lengkap sampai 31 Desember 2018",
					kbMS + " tidak bersidang pada 2016 (1 daripada 6 tahun pada 2015–2020); rekod persidangannya lengkap sehingga 31 Disember 2018",
					kbEN + " did not meet in 2016 (1 of 6 years in 2015–2020); its record of sessions is complete through 31 December 2018"},
				{ForumMissed, Warning,
					"Tidak ada sidang " + kbID + " yang tercatat pada 2020 (1 dari 6 tahun pada 2015–2020)",
					"Tiada sidang " + kbMS + " yang direkodkan pada 2020 (1 daripada 6 tahun pada 2015–2020)",
					"No session of " + kbEN + " is recorded in 2020 (1 of 6 years in 2015–2020)"},
				{ForumLongestRun, Info,
					"Rangkaian terpanjang sidang " + kbID + " tanpa tahun terlewat: 3 tahun (2017–2019)",
					"Rangkaian terpanjang sidang " + kbMS + " tanpa tahun tertinggal: 3 tahun (2017–2019)",
					"Longest unbroken run of yearly sessions of " + kbEN + ": 3 years (2017–2019)"},
				gap30,
			},
		},
		{
			// The 31st (2017) is left out and the 32nd (2018) has no date:
			// it falls between the 29th (2015) and the 33rd (2019), so
			// neither 2017 nor 2018 was certainly without a session; 2020,
			// after the 33rd, was.
			name: "a session without a date may fall in any year between its neighbours",
			d: func() *session.Dataset {
				d := completeGapForum(dayOf(2022, 12, 31))
				d.Sessions = slices.DeleteFunc(d.Sessions, func(s session.Session) bool { return s.Number == 31 })
				for i := range d.Sessions {
					if d.Sessions[i].Number == 32 {
						d.Sessions[i].Dates = date.Range{}
					}
				}
				return d
			}(),
			opt:    ForumOptions{Window: date.Range{Start: date.YearRange(2017).Start, End: date.YearRange(2020).End}},
			notMet: []int{2020},
			want: []findingText{
				{ForumNotMet, Critical,
					kbID + " tidak bersidang pada 2020 (1 dari 4 tahun pada 2017–2020); catatan sidangnya lengkap sampai 31 Desember 2022",
					kbMS + " tidak bersidang pada 2020 (1 daripada 4 tahun pada 2017–2020); rekod persidangannya lengkap sehingga 31 Disember 2022",
					kbEN + " did not meet in 2020 (1 of 4 years in 2017–2020); its record of sessions is complete through 31 December 2022"},
				{ForumMissed, Warning,
					"Tidak ada sidang " + kbID + " yang tercatat pada 2017, 2018 (2 dari 4 tahun pada 2017–2020)",
					"Tiada sidang " + kbMS + " yang direkodkan pada 2017, 2018 (2 daripada 4 tahun pada 2017–2020)",
					"No session of " + kbEN + " is recorded in 2017, 2018 (2 of 4 years in 2017–2020)"},
				{ForumLongestRun, Info,
					"Rangkaian terpanjang sidang " + kbID + " tanpa tahun terlewat: 1 tahun (2019)",
					"Rangkaian terpanjang sidang " + kbMS + " tanpa tahun tertinggal: 1 tahun (2019)",
					"Longest unbroken run of yearly sessions of " + kbEN + ": 1 year (2019)"},
				{ForumUndated, Info,
					"Sidang ke-32 " + kbID + " tercatat tanpa tanggal dan tidak dihitung pada tahun mana pun",
					"Sidang ke-32 " + kbMS + " direkodkan tanpa tarikh dan tidak dikira dalam mana-mana tahun",
					"Session 32 of " + kbEN + " is recorded without a date and counts in no year"},
				{ForumNumbering, Warning,
					"Penomoran sidang " + kbID + " melompat: tidak ada catatan sidang ke-30, 31",
					"Penomboran sidang " + kbMS + " melompat: tiada rekod sidang ke-30, 31",
					"The numbering of sessions of " + kbEN + " has gaps: no record of sessions 30, 31"},
			},
		},
		{
			// The 33rd (2019) only announced: 2019 is a year without a
			// session held, named as planned, not as "no session recorded";
			// a complete record does not make it a year not met either.
			name: "a session only announced is named as planned",
			d: func() *session.Dataset {
				d := completeGapForum(dayOf(2022, 12, 31))
				for i := range d.Sessions {
					if d.Sessions[i].Number == 33 {
						d.Sessions[i].Unconfirmed = true
					}
				}
				return d
			}(),
			opt: ForumOptions{Window: date.Range{Start: date.YearRange(2018).Start, End: date.YearRange(2019).End}},
			want: []findingText{
				{ForumUnconfirmed, Warning,
					"Sidang ke-33 " + kbID + " hanya tercatat sebagai rencana (2019); pelaksanaannya tidak tercatat",
					"Sidang ke-33 " + kbMS + " hanya direkodkan sebagai rancangan (2019); pelaksanaannya tidak direkodkan",
					"Session 33 of " + kbEN + " is recorded only as planned (2019), not as held"},
				{ForumLongestRun, Info,
					"Rangkaian terpanjang sidang " + kbID + " tanpa tahun terlewat: 1 tahun (2018)",
					"Rangkaian terpanjang sidang " + kbMS + " tanpa tahun tertinggal: 1 tahun (2018)",
					"Longest unbroken run of yearly sessions of " + kbEN + ": 1 year (2018)"},
				gap30,
			},
		},
	}
	for _, tt := range tests {
		ev, err := Forum(tt.d, "kalbar-sarawak", tt.opt)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if diff := cmp.Diff(tt.want, findingTexts(ev.Findings)); diff != "" {
			t.Errorf("%s: findings mismatch (-want +got):\n%s", tt.name, diff)
		}
		var notMet []int
		for _, y := range ev.Years {
			if y.NotMet {
				notMet = append(notMet, y.Year)
			}
		}
		if diff := cmp.Diff(tt.notMet, ev.NotMet); diff != "" {
			t.Errorf("%s: NotMet mismatch (-want +got):\n%s", tt.name, diff)
		}
		if diff := cmp.Diff(tt.notMet, notMet); diff != "" {
			t.Errorf("%s: years NotMet mismatch (-want +got):\n%s", tt.name, diff)
		}
	}
}

// TestForumAsOf checks that a forum evaluated as of a day counts only the
// sessions that had taken place by then, and no year not yet ended as one
// missed.
func TestForumAsOf(t *testing.T) {
	type summary struct {
		Window     string
		Years      []ForumYear
		Missed     []int
		NumberGaps []int
		Through    date.Date
		Regularity Ratio
		Findings   []Code
	}
	sum := func(ev ForumEvaluation) summary {
		s := summary{ev.Window.String(), ev.Years, ev.Missed, ev.NumberGaps, ev.Through, ev.Regularity.Round(3), nil}
		for _, f := range ev.Findings {
			s.Findings = append(s.Findings, f.Code)
		}
		return s
	}
	monthly := func() *session.Dataset {
		d := &session.Dataset{Forums: session.History().Forums}
		s36 := session.Session{Forum: "kalbar-sarawak", Number: 36}
		s36.Within = date.InMonth(2023, time.September)
		s37 := session.Session{Forum: "kalbar-sarawak", Number: 37}
		s37.Dates = daysOf(2024, time.November, 23, 25)
		d.Sessions = []session.Session{s36, s37}
		return d
	}
	y := func(year int, sessions ...int) ForumYear { return ForumYear{Year: year, Sessions: sessions} }
	tests := []struct {
		name string
		d    *session.Dataset
		opt  ForumOptions
		want summary
	}{
		{
			name: "the first day of the 33rd session: it counts, later ones do not",
			d:    gapForum(), opt: ForumOptions{At: dayOf(2019, 10, 23)},
			want: summary{"2013-01-01/2019-12-31",
				[]ForumYear{y(2013, 27), y(2014, 28), y(2015, 29), {Year: 2016}, y(2017, 31), y(2018, 32), {Year: 2019, Sessions: []int{33}, Ongoing: true}},
				[]int{2016}, []int{30}, dayOf(2019, 10, 23), RatioOf(6.0 / 7).Round(3),
				[]Code{ForumMissed, ForumLongestRun, ForumNumbering}},
		},
		{
			name: "the day before: the window ends with the last whole year",
			d:    gapForum(), opt: ForumOptions{At: dayOf(2019, 10, 22)},
			want: summary{"2013-01-01/2018-12-31",
				[]ForumYear{y(2013, 27), y(2014, 28), y(2015, 29), {Year: 2016}, y(2017, 31), y(2018, 32)},
				[]int{2016}, []int{30}, dayOf(2018, 10, 25), RatioOf(5.0 / 6).Round(3),
				[]Code{ForumMissed, ForumLongestRun, ForumNumbering}},
		},
		{
			name: "a year not yet ended is not a year missed",
			d:    gapForum(), opt: ForumOptions{At: dayOf(2020, 6, 30), Window: date.Range{Start: date.YearRange(2019).Start, End: date.YearRange(2020).End}},
			want: summary{"2019-01-01/2020-12-31",
				[]ForumYear{y(2019, 33), {Year: 2020, Ongoing: true}},
				nil, []int{30}, dayOf(2019, 10, 25), RatioOf(1),
				[]Code{ForumRegular, ForumNumbering}},
		},
		{
			name: "a session known only to the month has not certainly taken place before the month ends",
			d:    monthly(), opt: ForumOptions{At: dayOf(2023, 9, 15)},
			want: summary{Window: date.Range{}.String(), Findings: []Code{ForumNoData}},
		},
		{
			name: "at the end of the month it has",
			d:    monthly(), opt: ForumOptions{At: dayOf(2023, 9, 30)},
			want: summary{"2023-01-01/2023-12-31",
				[]ForumYear{{Year: 2023, Sessions: []int{36}, Ongoing: true}},
				nil, nil, dayOf(2023, 9, 30), RatioOf(1),
				[]Code{ForumRegular}},
		},
	}
	for _, tt := range tests {
		ev, err := Forum(tt.d, "kalbar-sarawak", tt.opt)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if diff := cmp.Diff(tt.want, sum(ev)); diff != "" {
			t.Errorf("%s: mismatch (-want +got):\n%s", tt.name, diff)
		}
	}
}

// TestForumPlurals checks the English singular and plural of the forum
// messages.
func TestForumPlurals(t *testing.T) {
	one := &session.Dataset{Forums: session.History().Forums}
	s := session.Session{Forum: "kalbar-sarawak", Number: 37}
	s.Dates = daysOf(2024, time.November, 23, 25)
	one.Sessions = append(one.Sessions, s)
	two := &session.Dataset{Forums: one.Forums, Sessions: slices.Clone(one.Sessions)}
	s.Number, s.Dates = 38, daysOf(2024, time.December, 1, 2)
	two.Sessions = append(two.Sessions, s)
	tests := []struct {
		name string
		d    *session.Dataset
		opt  ForumOptions
		want []string
	}{
		{"one session in one year", one, ForumOptions{},
			[]string{kbEN + " met every year in 2024: 1 session in 1 year"}},
		{"two sessions in one year", two, ForumOptions{},
			[]string{kbEN + " met every year in 2024: 2 sessions in 1 year"}},
		{"one year of one missed", one, ForumOptions{Window: date.YearRange(2023)},
			[]string{"No session of " + kbEN + " is recorded in 2023 (1 of 1 year in 2023)"}},
		{"nine sessions in ten years", gapForum(), ForumOptions{},
			[]string{
				"No session of " + kbEN + " is recorded in 2016, 2020 (2 of 10 years in 2013–2022)",
				"Longest unbroken run of yearly sessions of " + kbEN + ": 3 years (2017–2019)",
				"The numbering of sessions of " + kbEN + " has gaps: no record of session 30",
				kbEN + " met only online in 2021",
			}},
	}
	for _, tt := range tests {
		ev, err := Forum(tt.d, "kalbar-sarawak", tt.opt)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		var got []string
		for _, f := range ev.Findings {
			got = append(got, f.Message(language.English))
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: mismatch (-want +got):\n%s", tt.name, diff)
		}
	}
}
