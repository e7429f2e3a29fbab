package session_test

import (
	"fmt"
	"strings"

	"github.com/kerjasama/kerjasama/session"
	"golang.org/x/text/language"
)

// A session list kept as a clerk copies it from the news: Indonesian
// headers, the title in the session column, the forum as a pair of names.
func ExampleReadSessionsCSV() {
	const in = "Sidang,Forum,Tanggal,Tempat,Tuan Rumah\n" +
		"Sidang ke-36 JKK/KK Sosek Malindo,Peringkat Negeri Sarawak - Tingkat Provinsi Kalimantan Barat,September 2023,Kuching,Sarawak\n" +
		"3,Kabupaten Sanggau dengan Distrik Serian,Oktober 2023,Serian,Malaysia\n" +
		"Pekan Olahraga Sosek Malindo ke-22,Kabupaten Sanggau dengan Distrik Serian,7/10/2023,Serian,Malaysia\n"
	d, err := session.ReadSessionsCSV(strings.NewReader(in))
	fmt.Println(err)
	for i := range d.Sessions {
		s := &d.Sessions[i]
		fmt.Printf("%s: %s\n", s.Within, d.Title(s, language.Indonesian))
	}
	// Output:
	// 4:1: Sidang: syntax error: not a session: the number is that of a sports week, not of a session
	// 2023-09: Sidang ke-36 KK/JKK Sosek Malindo Tingkat Provinsi Kalimantan Barat – Peringkat Negeri Sarawak
	// 2023-10: Sidang ke-3 Sosek Malindo Kabupaten Sanggau – Bahagian Serian
}

// An items CSV with Malay headers and no forum column, read against the
// public record: the proposer's region gives the side and the forum.
func ExampleReadCSV() {
	const in = "Rujukan,Tajuk,Bidang,Pencadang,Sidang,Keputusan\n" +
		"KK-36-2,Kendala perlintasan warga perbatasan,Ekonomi,Kalimantan Barat,36,dibincangkan\n"
	d, err := session.ReadCSV(strings.NewReader(in), session.History())
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, it := range d.Items {
		e := it.History[0]
		fmt.Println(it.Forum, it.Ref, it.Proposer, it.Field.PaperName(language.Malay), e.Session, e.Outcome.Label(language.Malay))
	}
	// Output:
	// kalbar-sarawak KK-36-2 indonesia Kertas Kerja 2 36 dibincangkan
}

// A numbered event that is not a session is refused, not read as one.
func ExampleParseTitle_event() {
	for _, title := range []string{"Pekan Olahraga Sosek Malindo ke-22", "Sosek Malindo ke-38 Miri"} {
		ref, err := session.ParseTitle(title)
		fmt.Println(ref.Number, err)
	}
	// Output:
	// 0 Pekan Olahraga Sosek Malindo ke-22:1:1: syntax error: not a session: the number is that of a sports week, not of a session
	// 38 <nil>
}

// A district forum names its two border districts by region code.
func ExampleForum_district() {
	f := &session.Forum{ID: "entikong-tebedu", Level: session.District,
		Districts: session.Districts{Indonesian: "61.03.21", Malaysian: "MY-13.12.01"}}
	d := &session.Dataset{Forums: []session.Forum{*f}}
	fmt.Println(d.Validate())
	s := &session.Session{Forum: f.ID, Number: 1}
	fmt.Println(s.Title(f, language.Indonesian))
	fmt.Println(s.Title(f, language.English))
	// Output:
	// <nil>
	// Sidang ke-1 Sosek Malindo Kecamatan Entikong – Tebedu
	// 1st Session of the Sosek Malindo, Entikong – Tebedu
}

// A session list written as CSV and read back, from a file or standard
// input in either form: Read tells JSON from CSV by the first byte.
func ExampleWriteSessionsCSV() {
	var b strings.Builder
	if err := session.WriteSessionsCSV(&b, session.History(), session.SessionsCSVOptions{Forum: "kaltara-sabah"}); err != nil {
		fmt.Println(err)
	}
	fmt.Print(b.String()[:strings.IndexByte(b.String(), '\n')+1])
	d, err := session.Read(strings.NewReader(b.String()), nil)
	fmt.Println(err, len(d.Sessions) > 0, d.Forums[0].ID)
	// Output:
	// forum,level,session,title,dates,city,venue,host,mode,source,note,unconfirmed
	// <nil> true kaltara-sabah
}
