package header

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

type col uint8

const (
	none col = iota
	date
	term
	status
	notes
	partner
	number
)

var m = New(map[col][]string{
	date:    {"tanggal penandatanganan", "tanggal"},
	term:    {"jangka waktu", "masa berlaku"},
	status:  {"status"},
	notes:   {"keterangan", "catatan"},
	partner: {"mitra", "rujukan mitra"},
	number:  {"no", "#"},
}, Options{
	Abbrev: map[string]string{"Tgl": "tanggal", "ket": "keterangan"},
	Lead:   []string{"nama"},
	Trail:  []string{"kerja sama"},
})

func TestMatch(t *testing.T) {
	type result struct {
		Cols    []col
		Bracket string
	}
	for _, tt := range []struct {
		in   string
		want result
	}{
		{"Tanggal Penandatanganan", result{[]col{date}, ""}},
		{"TGL. PENANDA TANGANAN", result{[]col{date}, ""}},          // abbreviation, words joined
		{"Jangka Waktu (Tahun)", result{[]col{term}, "Tahun"}},      // bracket set aside
		{"Nama Mitra Kerja Sama", result{[]col{partner}, ""}},       // restating words cut
		{"Keterangan/Status", result{[]col{notes, status}, ""}},     // several names
		{"Ket./Status", result{[]col{notes, status}, ""}},           // abbreviation in a part
		{"Tangal Penandatanganan", result{[]col{date}, ""}},         // one typo
		{"Statut", result{[]col{status}, ""}},                       // one typo
		{"Mitr", result{nil, ""}},                                   // too short for a typo
		{"Anggaran", result{nil, ""}},                               // unknown
		{"", result{nil, ""}},                                       // empty
		{"Rujukan Mitra", result{[]col{partner}, ""}},               // exact
		{"Masa Berlaku [thn]", result{[]col{term}, "thn"}},          // square bracket
		{"mitra/mitra", result{[]col{partner, partner}, ""}},        // repeated part
		{"Catatan Kerja Sama Kerja Sama", result{[]col{notes}, ""}}, // cut repeatedly
		// A name of punctuation alone ("#") is read as written; other
		// punctuation, which folds to nothing as it does, is no column
		// (a stray quote or dash read as the No column put a register's
		// first row into its header: agreement FuzzReadCSV).
		{"#", result{[]col{number}, ""}},
		{" # ", result{[]col{number}, ""}},
		{"No/#", result{[]col{number}, ""}}, // folds to "no"
		{"-", result{nil, ""}},
		{"\"", result{nil, ""}},
		{".", result{nil, ""}},
		{"##", result{nil, ""}},
	} {
		cols, bracket := m.Parts(tt.in)
		if diff := cmp.Diff(tt.want, result{cols, bracket}); diff != "" {
			t.Errorf("Parts(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
		c, b := m.Match(tt.in)
		var first col
		if len(tt.want.Cols) > 0 {
			first = tt.want.Cols[0]
		}
		if c != first || b != tt.want.Bracket {
			t.Errorf("Match(%q) = %v, %q; want %v, %q", tt.in, c, b, first, tt.want.Bracket)
		}
	}
}

// TestTypoAmbiguous checks the typo rule: a header that is a
// column's name is never read as another column, and a misspelling near
// two columns is not read at all.
func TestTypoAmbiguous(t *testing.T) {
	a := New(map[col][]string{date: {"catatan"}, notes: {"catatam"}}, Options{})
	if c, _ := a.Match("catatan"); c != date {
		t.Errorf("Match(catatan) = %v, want %v", c, date)
	}
	if c, _ := a.Match("catatax"); c != none {
		t.Errorf("Match(catatax) = %v, want none (near two columns)", c)
	}
}

func TestNewPanicsOnSharedName(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("New with a name of two columns did not panic")
		}
	}()
	New(map[col][]string{date: {"Tanggal"}, notes: {"tanggal"}}, Options{})
}
