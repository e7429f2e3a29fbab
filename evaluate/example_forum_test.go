package evaluate_test

import (
	"fmt"
	"time"

	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/evaluate"
	"github.com/kerjasama/kerjasama/session"
	"golang.org/x/text/language"
)

// A regional forum that met every October from 2015, skipped 2020 and met
// online in 2021.
func ExampleForum() {
	d := &session.Dataset{Forums: session.History().Forums}
	n := 31
	for y := 2015; y <= 2022; y++ {
		if y == 2020 {
			continue
		}
		s := session.Session{Forum: "kalbar-sarawak", Number: n}
		s.Dates = date.Range{Start: date.Date{Year: y, Month: time.October, Day: 23}, End: date.Date{Year: y, Month: time.October, Day: 25}}
		s.Mode = session.InPerson
		if y == 2021 {
			s.Mode = session.Virtual
		}
		d.Sessions = append(d.Sessions, s)
		n++
	}
	ev, err := evaluate.Forum(d, "kalbar-sarawak", evaluate.ForumOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(ev.Held, "of", len(ev.Years), "years; missed", ev.Missed, "; longest run", ev.LongestRun.From, "to", ev.LongestRun.To)
	for _, f := range ev.Findings {
		fmt.Println(f.Message(language.Indonesian))
		fmt.Println(f.Message(language.Malay))
		fmt.Println(f.Message(language.English))
	}
	// Output:
	// 7 of 8 years; missed [2020] ; longest run 2015 to 2019
	// Tidak ada sidang KK Sosek Malindo Tingkat Provinsi Kalimantan Barat yang tercatat pada 2020 (1 dari 8 tahun pada 2015–2022)
	// Tiada sidang JKK Sosek Malindo Peringkat Negeri Sarawak yang direkodkan pada 2020 (1 daripada 8 tahun pada 2015–2022)
	// No session of KK Sosek Malindo of West Kalimantan Province is recorded in 2020 (1 of 8 years in 2015–2022)
	// Rangkaian terpanjang sidang KK Sosek Malindo Tingkat Provinsi Kalimantan Barat tanpa tahun terlewat: 5 tahun (2015–2019)
	// Rangkaian terpanjang sidang JKK Sosek Malindo Peringkat Negeri Sarawak tanpa tahun tertinggal: 5 tahun (2015–2019)
	// Longest unbroken run of yearly sessions of KK Sosek Malindo of West Kalimantan Province: 5 years (2015–2019)
	// KK Sosek Malindo Tingkat Provinsi Kalimantan Barat hanya bersidang secara daring pada 2021
	// JKK Sosek Malindo Peringkat Negeri Sarawak hanya bersidang secara dalam talian pada 2021
	// KK Sosek Malindo of West Kalimantan Province met only online in 2021
}

// A year without a recorded session is only that — not recorded — until
// the forum's own record is declared complete through it; then the forum
// did not meet, and the latest year missed is critical.
func ExampleForum_recordComplete() {
	d := &session.Dataset{Forums: session.History().Forums}
	for n, y := 36, 2023; y <= 2024; n, y = n+1, y+1 {
		s := session.Session{Forum: "kalbar-sarawak", Number: n}
		s.Dates = date.Range{Start: date.Date{Year: y, Month: time.October, Day: 23}, End: date.Date{Year: y, Month: time.October, Day: 25}}
		d.Sessions = append(d.Sessions, s)
	}
	opt := evaluate.ForumOptions{At: date.Date{Year: 2026, Month: time.January, Day: 31}}
	ev, _ := evaluate.Forum(d, "kalbar-sarawak", opt)
	fmt.Println(ev.Findings[0].Severity, ev.Findings[0].Message(language.Indonesian))

	f, _ := d.Forum("kalbar-sarawak")
	f.RecordComplete = date.Date{Year: 2025, Month: time.December, Day: 31}
	ev, _ = evaluate.Forum(d, "kalbar-sarawak", opt)
	fmt.Println(ev.Findings[0].Severity, ev.Findings[0].Message(language.Indonesian))
	fmt.Println(ev.Findings[0].Message(language.English))
	fmt.Println("records through", ev.Through)
	// Output:
	// warning Tidak ada sidang KK Sosek Malindo Tingkat Provinsi Kalimantan Barat yang tercatat pada 2025 (1 dari 3 tahun pada 2023–2025)
	// critical KK Sosek Malindo Tingkat Provinsi Kalimantan Barat tidak bersidang pada 2025 (1 dari 3 tahun pada 2023–2025); catatan sidangnya lengkap sampai 31 Desember 2025
	// KK Sosek Malindo of West Kalimantan Province did not meet in 2025 (1 of 3 years in 2023–2025); its record of sessions is complete through 31 December 2025
	// records through 2025-12-31
}

// Two items agreed at the 33rd session: one carried out, one under way
// with one of its two follow-up actions done.
func ExampleDecisions() {
	d := &session.Dataset{Forums: session.History().Forums}
	s := session.Session{Forum: "kalbar-sarawak", Number: 33}
	s.Dates = date.Range{Start: date.Date{Year: 2017, Month: time.October, Day: 23}, End: date.Date{Year: 2017, Month: time.October, Day: 25}}
	d.Sessions = append(d.Sessions, s)
	d.Items = []session.Item{
		{Forum: "kalbar-sarawak", Ref: "KK2/33/01", Field: session.EconomyTradeTransport,
			History: []session.Entry{{Session: 33, Outcome: session.Agreed, Status: session.Done}}},
		{Forum: "kalbar-sarawak", Ref: "KK2/33/02", Field: session.EconomyTradeTransport,
			History: []session.Entry{{Session: 33, Outcome: session.Agreed, Status: session.InProgress}},
			Actions: []session.Action{{Agency: "KPPBC Entikong", Done: date.Date{Year: 2018, Month: time.March, Day: 1}}, {Agency: "Dinas Perhubungan"}}},
	}
	ev, err := evaluate.Decisions(d, "kalbar-sarawak", date.Date{Year: 2018, Month: time.October, Day: 1}, evaluate.DecisionOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(ev.Overall.Degrees, ev.Overall.Share.Percent(language.English, 1), ev.Open, ev.MedianOpenDays)
	for _, f := range ev.Findings {
		fmt.Println(f.Message(language.Indonesian))
		fmt.Println(f.Message(language.Malay))
		fmt.Println(f.Message(language.English))
	}
	// Output:
	// [0 0 1 1] 83.3% 1 343
	// Sidang ke-33 KK/JKK Sosek Malindo Tingkat Provinsi Kalimantan Barat – Peringkat Negeri Sarawak: tingkat pelaksanaan 83,3% atas 2 butir yang disepakati (skala 0–3), 1 terlaksana penuh, 0 dibawa ke sidang berikutnya
	// Sidang ke-33 JKK/KK Sosek Malindo Peringkat Negeri Sarawak – Tingkat Provinsi Kalimantan Barat: tahap pelaksanaan 83.3% bagi 2 perkara yang dipersetujui (skala 0–3), 1 dilaksanakan sepenuhnya, 0 dibawa ke sidang berikutnya
	// 33rd Session of the KK/JKK Sosek Malindo, West Kalimantan Province – Sarawak State: 83.3% implemented over 2 agreed items (0–3 scale), 1 fully, 0 carried over to the next session
	// KK Sosek Malindo Tingkat Provinsi Kalimantan Barat: 1 butir masih terbuka pada 1 Oktober 2018, umur median 343 hari
	// JKK Sosek Malindo Peringkat Negeri Sarawak: 1 perkara masih terbuka pada 1 Oktober 2018, umur median 343 hari
	// KK Sosek Malindo of West Kalimantan Province: 1 item still open on 1 October 2018, median age 343 days
}
