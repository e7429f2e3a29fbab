package agreement

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	"github.com/kerjasama/kerjasama/date"
)

// realTerms are terms as registers and agreements write them (issue #15,
// and the phrasings collected from news of agreements: see each source).
var realTerms = []struct {
	in     string
	want   Term
	clause string
	err    error // any error: the term is refused
}{
	// The terms of Samarinda's cooperation app that issue #15 quotes.
	{"Lima (5) Tahun", Term{Months: 60}, "", nil},
	{"12 Hari", Term{Days: 12}, "", nil},
	{"3 Tahun dan akan diperpanjang", Term{Months: 36}, "dan akan diperpanjang", nil},
	{"Perjanjian ini berlaku selama 5 (lima) Tahun sejak ditandatanganinya perjanjian", Term{Months: 60}, "", nil},
	// News of agreements of Jawa Tengah and Kalimantan Barat (antaranews,
	// jatengprov.go.id), as collected for issue #15.
	{"selama lima tahun lagi", Term{Months: 60}, "", nil},
	{"kerja sama lima tahunan", Term{Months: 60}, "", nil},
	{"jangka waktu satu tahun dan akan diperpanjang secara otomatis", Term{Months: 12}, "dan akan diperpanjang secara otomatis", nil},
	{"5 (lima) Tahun sejak ditandatanganinya perjanjian", Term{Months: 60}, "", nil},
	{"minimal 3 (tiga) tahun dan akan diperpanjang", Term{}, "", ErrSyntax}, // a lower bound is not a term
	{"6 (enam) tahun, terdiri 3 (tiga) tahun pertama + 3 (tiga) tahun kedua", Term{}, "", ErrSyntax},
	// Forms around them.
	{"dua puluh tahun", Term{Months: 240}, "", nil},
	{"1 tahun 6 bulan", Term{Months: 18}, "", nil},
	{"1 tahun dan 6 bulan", Term{Months: 18}, "", nil},
	{"2 minggu", Term{Days: 14}, "", nil},
	{"two (2) years from the date of signing", Term{Months: 24}, "", nil},
	{"valid for a period of five years, renewable by mutual consent", Term{Months: 60}, "renewable by mutual consent", nil},
	{"5 (enam) tahun", Term{}, "", ErrSyntax}, // figures and words disagree
	{"5 tahun kecuali diakhiri", Term{}, "", ErrSyntax},
	{"P12D", Term{Days: 12}, "", nil},
	{"P1Y15D", Term{Months: 12, Days: 15}, "", nil},
	{"2019-03-01/P2W", Term{Start: date.Date{Year: 2019, Month: 3, Day: 1}, Days: 14}, "", nil},
}

func TestParseTermReal(t *testing.T) {
	type result struct {
		T      Term
		Clause string
	}
	for _, tt := range realTerms {
		got, clause, err := ParseTermClause(tt.in, language.Indonesian)
		if tt.err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Func != "ParseTermClause" {
				t.Errorf("ParseTermClause(%q) = %v, %q, %v; want a *ParseError", tt.in, got, clause, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseTermClause(%q): %v", tt.in, err)
			continue
		}
		if diff := cmp.Diff(result{tt.want, tt.clause}, result{got, clause}); diff != "" {
			t.Errorf("ParseTermClause(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
		// ParseTerm reads the same term; the text form reads back to it.
		if t2, err := ParseTerm(tt.in, language.Indonesian); err != nil || t2 != got {
			t.Errorf("ParseTerm(%q) = %v, %v; want %v", tt.in, t2, err, got)
		}
		var back Term
		if err := back.UnmarshalText([]byte(got.String())); err != nil || back != got {
			t.Errorf("%v: text form %q reads back as %v, %v", tt.in, got.String(), back, err)
		}
	}
}

// A term in days ends the day before that many days have passed.
func TestEndDays(t *testing.T) {
	a := Agreement{Signed: PartialDate{Year: 2024, Month: 3, Day: 1}, Term: Term{Days: 12}}
	end, ok := a.End()
	if diff := cmp.Diff(date.Date{Year: 2024, Month: 3, Day: 12}, end); !ok || diff != "" {
		t.Errorf("End() = %v, %v; mismatch (-want +got):\n%s", end, ok, diff)
	}
	a.Term = Term{Months: 1, Days: 2}
	end, _ = a.End()
	if diff := cmp.Diff(date.Date{Year: 2024, Month: 4, Day: 2}, end); diff != "" {
		t.Errorf("End() of P1M2D mismatch (-want +got):\n%s", diff)
	}
}
