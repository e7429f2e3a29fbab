package region_test

import (
	"errors"
	"fmt"

	"github.com/kerjasama/kerjasama/region"
	"golang.org/x/text/language"
)

func ExampleFind() {
	for _, name := range []string{"Kalbar", "Kab. Sanggau", "Negeri Sarawak", "Provinsi Zhejiang – RRT", "Pemerintah Kota Timra (Swedia)"} {
		r, err := region.Find(name)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%-32s %-9s %-8s %s\n", name, r.Code, r.Level, r.Name)
	}
	// Output:
	// Kalbar                           61        province Kalimantan Barat
	// Kab. Sanggau                     61.03     regency  Kabupaten Sanggau
	// Negeri Sarawak                   MY-13     state    Sarawak
	// Provinsi Zhejiang – RRT          CN-ZJ     province Zhejiang
	// Pemerintah Kota Timra (Swedia)   SE/timra  city     Timrå
}

func ExampleFind_ambiguous() {
	_, err := region.Find("Badau")
	var amb *region.AmbiguousError
	if errors.As(err, &amb) {
		for _, c := range amb.Candidates {
			p, _ := region.Parent(c)
			fmt.Println(c.Code, c.Name, "in", p.Name)
		}
	}
	r, _ := region.Find("Nanga Badau")
	fmt.Println("Nanga Badau:", r.Code)
	// Output:
	// 19.02.05 Badau in Kabupaten Belitung
	// 61.06.14 Badau in Kabupaten Kapuas Hulu
	// Nanga Badau: 61.06.14
}

func ExampleLookup() {
	r, _ := region.Lookup("61.03.21")
	p, _ := region.ProvinceOf(r)
	fmt.Println(r.Name, "·", p.Name, p.ISO, "·", p.Label(language.English))
	s, _ := region.Lookup("ID-PD")
	fmt.Println(s.Code, s.Name)
	// Output:
	// Entikong · Kalimantan Barat ID-KB · West Kalimantan
	// 96 Papua Barat Daya
}

func ExampleSearch() {
	for _, r := range region.Search("kapuas", 4) {
		fmt.Println(r.Code, r.Name)
	}
	// Output:
	// 62.03 Kabupaten Kapuas
	// 61.03.01 Kapuas
	// 61.06 Kabupaten Kapuas Hulu
	// 62.03.02 Kapuas Hilir
}

// A foreign partner region is defined once, in a Gazetteer of one's own
// (or in Default), and then found like any other region.
func ExampleGazetteer_Define() {
	var g region.Gazetteer
	r, err := g.Define(region.Region{Name: "Gyeonggi", Country: "KR", Level: region.Province, ISO: "KR-41"}, "Gyeonggi-do")
	if err != nil {
		fmt.Println(err)
		return
	}
	found, _ := g.Find("Provinsi Gyeonggi-do (Korea Selatan)")
	fmt.Println(r.Code, found == r)
	other, _ := g.Define(region.Region{Name: "Kota Kecil Tanpa ISO", Country: "SE", Level: region.City})
	fmt.Println(other.Code)
	// Output:
	// KR-41 true
	// SE/kota-kecil-tanpa-iso
}

func ExamplePostsIn() {
	for _, p := range region.PostsIn("61") {
		d, _ := region.Lookup(p.District)
		fmt.Printf("%-18s %-12s %-15s %-12s %d\n", p.Name, p.Kind, d.Name, p.Facing, p.Opened)
	}
	// Output:
	// PLB Temajuk        traditional  Paloh           Telok Melano 0
	// PLBN Aruk          plbn         Sajingan Besar  Biawak       2017
	// PLBN Entikong      plbn         Entikong        Tebedu       2016
	// PLBN Sei Kelik     plbn         Ketungau Hulu                0
	// PLBN Nanga Badau   plbn         Badau           Lubok Antu   2017
	// PLBN Jagoi Babang  plbn         Jagoi Babang    Serikin      2024
}

func ExamplePairs() {
	for _, p := range region.Pairs() {
		fmt.Println(p.ID, "=", p)
	}
	// Output:
	// kalbar-sarawak = Kalimantan Barat–Sarawak
	// kaltara-sabah = Kalimantan Utara–Sabah
	// riau-kepri-melaka-johor = Riau / Kepulauan Riau–Melaka / Johor
}

func ExampleLevel_Label() {
	for _, l := range []region.Level{region.Regency, region.State, region.Division} {
		fmt.Println(l, "|", l.Label(language.Indonesian), "|", l.Label(language.Malay), "|", l.Label(language.English))
	}
	// Output:
	// regency | kabupaten | kabupaten | regency
	// state | negara bagian | negeri | state
	// division | bahagian | bahagian | division
}
