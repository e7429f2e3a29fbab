package money

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

func TestFindAll(t *testing.T) {
	tests := []struct {
		text string
		tag  language.Tag
		want []string // the text of each match
		amts []Amount
	}{
		{ // seed 000
			"Nilai Ekspor Kalimantan Barat melalui PLBN Entikong pada tahun 2015 adalah sebesar Rp. 100.387.357.175 dan meningkat pada tahun 2016 menjadi Rp.149.376.448.928 .  Namun",
			id,
			[]string{"Rp. 100.387.357.175", "Rp.149.376.448.928"},
			[]Amount{Rupiah(100387357175), Rupiah(149376448928)},
		},
		{ // seed 002
			`Dari situ dilaporkan ada transaksi sekitar Rp18 miliar," kata Plt Sekretaris Daerah. Mereka siapkan maksimal Rp1,3 miliar. Catatannya`,
			id,
			[]string{"Rp18 miliar", "Rp1,3 miliar"},
			[]Amount{Rupiah(18e9), Rupiah(13e8)},
		},
		{ // seed 003
			"pengeluaran per kapita sebulan pada tahun 2016 sebesar Rp 848.388, tahun 2017 sebesar Rp 1.186.868,- per kapita sebulan",
			id,
			[]string{"Rp 848.388", "Rp 1.186.868,-"},
			[]Amount{Rupiah(848388), Rupiah(1186868)},
		},
		{ // seed 004
			"Dimulai pada 2017 neraca perdagangan luar negeri Kalimantan Tengah surplus sebanyak 1.725,99 juta dolar AS, 2018 surplus sebanyak 1.677,29 juta dolar AS, serta 2022 (sampai November) surplus sebanyak 5.291,17 juta dolar AS.",
			id,
			[]string{"1.725,99 juta dolar AS", "1.677,29 juta dolar AS", "5.291,17 juta dolar AS"},
			[]Amount{USDollar(1725990000), USDollar(1677290000), USDollar(5291170000)},
		},
		{
			"Kerugian (Rp5.000) tercatat; tahun 2016 Rp 5.000 dan -Rp 7.000 serta Rp-2.000, juga US$2.77 miliar.",
			id,
			[]string{"Rp5.000", "Rp 5.000", "Rp 7.000", "Rp-2.000", "US$2.77 miliar"},
			[]Amount{Rupiah(5000), Rupiah(5000), Rupiah(7000), Rupiah(-2000), USDollar(277e7)},
		},
		{
			"The state earned RM12.7bn in 2023, up from RM900mil, and paid 330 million USD.",
			en,
			[]string{"RM12.7bn", "RM900mil", "330 million USD"},
			[]Amount{Ringgit(127e8), Ringgit(900e6), USDollar(330e6)},
		},
		{
			"Jumlah: Rp\u00a05.000\u202fjuta; 12 orang; 51,50 %; Rp 1.2.3; Rp 1,1866; ERp5; 5.000 rupiah.",
			id,
			[]string{"Rp\u00a05.000\u202fjuta", "5.000 rupiah"},
			[]Amount{Rupiah(5e9), Rupiah(5000)},
		},
		{"tidak ada angka uang di sini, hanya 2017 dan 51,50 %", id, nil, nil},
		{"Rp0,1,-0", id, []string{"Rp0,1"}, []Amount{idr(10)}}, // found by FuzzFindAll
		{"", id, nil, nil},
	}
	for _, tt := range tests {
		got := FindAll(tt.text, tt.tag)
		var texts []string
		var amts []Amount
		for _, m := range got {
			texts = append(texts, tt.text[m.Start:m.End])
			amts = append(amts, m.Amount)
		}
		if diff := cmp.Diff(tt.want, texts); diff != "" {
			t.Errorf("FindAll(%q) texts mismatch (-want +got):\n%s", tt.text, diff)
		}
		if diff := cmp.Diff(tt.amts, amts); diff != "" {
			t.Errorf("FindAll(%q) amounts mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}

func FuzzFindAll(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add("Nilai " + s + " dan 2017, " + s + ".")
	}
	f.Fuzz(func(t *testing.T, text string) {
		last := 0
		for _, m := range FindAll(text, language.Indonesian) {
			if m.Start < last || m.End <= m.Start || m.End > len(text) {
				t.Fatalf("FindAll(%q): bad span %d:%d after %d", text, m.Start, m.End, last)
			}
			last = m.End
			// The text of a match reads as the same amount with ParseDefault,
			// unless it ends in a minus after the symbol only FindAll accepts.
			a, err := ParseDefault(text[m.Start:m.End], language.Indonesian, m.Amount.Currency())
			if err != nil || a != m.Amount {
				t.Fatalf("FindAll(%q) found %v at %q; ParseDefault says %v, %v", text, m.Amount, text[m.Start:m.End], a, err)
			}
		}
	})
}
