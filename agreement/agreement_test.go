package agreement

import (
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/money"
	"github.com/kerjasama/kerjasama/region"
)

func d(s string) date.Date { return date.MustParseISO(s) }

func TestPartialDate(t *testing.T) {
	tests := []struct {
		in          string
		want        PartialDate
		prec        Precision
		first, last string
	}{
		{"2013", InYear(2013), PrecisionYear, "2013-01-01", "2013-12-31"},
		{"2016-02", InMonth(2016, time.February), PrecisionMonth, "2016-02-01", "2016-02-29"},
		{"2016-02-21", On(d("2016-02-21")), PrecisionDay, "2016-02-21", "2016-02-21"},
	}
	for _, tt := range tests {
		var got PartialDate
		if err := got.UnmarshalText([]byte(tt.in)); err != nil {
			t.Fatalf("UnmarshalText(%q): %v", tt.in, err)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("UnmarshalText(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
		if got.String() != tt.in || got.Precision() != tt.prec || got.Precision().String() == "" || got.First() != d(tt.first) || got.Last() != d(tt.last) {
			t.Errorf("%q: String %q, Precision %v, First %v, Last %v", tt.in, got, got.Precision(), got.First(), got.Last())
		}
	}
	for _, bad := range []string{"13", "2013-13", "2013-02-30", "2013-2-1", "0000", "2013-02-x1", "20130221"} {
		var p PartialDate
		if err := p.UnmarshalText([]byte(bad)); err == nil {
			t.Errorf("UnmarshalText(%q) = %v, want error", bad, p)
		}
	}
	human := []struct {
		in   string
		want PartialDate
	}{
		{"6 Februari 2007", On(d("2007-02-06"))},
		{"pada tanggal 21 Februari 2016", On(d("2016-02-21"))},
		{"Kamis (9/6/2022)", On(d("2022-06-09"))},
		{"2013", InYear(2013)},
		{"tahun 2013", InYear(2013)},
		{"Februari 2016", InMonth(2016, time.February)},
		{"", PartialDate{}},
	}
	for _, tt := range human {
		got, err := ParsePartialDate(tt.in, language.Indonesian)
		if err != nil {
			t.Errorf("ParsePartialDate(%q): %v", tt.in, err)
			continue
		}
		if got != tt.want {
			t.Errorf("ParsePartialDate(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
	if _, err := ParsePartialDate("31 Februari 2016", language.Indonesian); !errors.Is(err, date.ErrRange) {
		t.Errorf("ParsePartialDate(31 Februari) error = %v, want date.ErrRange", err)
	}
}

func TestTerm(t *testing.T) {
	tests := []struct {
		in   string
		want Term
		text string
	}{
		{"2015/2016", Term{Start: d("2015-01-01"), End: d("2016-12-31")}, "2015/2016"},
		{"2015-2016", Term{Start: d("2015-01-01"), End: d("2016-12-31")}, "2015/2016"},
		{"2015", Term{Start: d("2015-01-01"), End: d("2015-12-31")}, "2015"},
		{"2019-03-01/2024-02-29", Term{Start: d("2019-03-01"), End: d("2024-02-29")}, "2019-03-01/2024-02-29"},
		{"P5Y", Term{Months: 60}, "P5Y"},
		{"P18M", Term{Months: 18}, "P18M"},
		{"P1Y6M", Term{Months: 18}, "P18M"},
		{"2019-03-01/P5Y", Term{Start: d("2019-03-01"), Months: 60}, "2019-03-01/P5Y"},
		{"2019-03-01/..", Term{Start: d("2019-03-01"), OpenEnded: true}, "2019-03-01/.."},
		{"..", Term{OpenEnded: true}, ".."},
		{"../2020-12-31", Term{End: d("2020-12-31")}, "../2020-12-31"},
		{"", Term{}, ""},
		{"0001-0002", Term{Start: d("0001-01-01"), End: d("0002-12-31")}, "0001/0002"}, // found by FuzzParseTerm
		{"P999Y12M", Term{Months: 12000}, "P1000Y"},                                    // the longest duration read
		{"P12000M", Term{Months: 12000}, "P1000Y"},
	}
	for _, tt := range tests {
		var got Term
		if err := got.UnmarshalText([]byte(tt.in)); err != nil {
			t.Errorf("Term.UnmarshalText(%q): %v", tt.in, err)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Term.UnmarshalText(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
		if s := got.String(); s != tt.text {
			t.Errorf("Term(%q).String() = %q, want %q", tt.in, s, tt.text)
		}
	}
	if r, ok := (Term{Start: d("2015-01-01"), End: d("2016-12-31")}).Range(); !ok || r != (date.Range{Start: d("2015-01-01"), End: d("2016-12-31")}) {
		t.Errorf("Term.Range = %v, %v", r, ok)
	}
	if _, ok := (Term{Months: 60}).Range(); ok {
		t.Errorf("Term{Months: 60}.Range() ok")
	}
	for _, bad := range []Term{{Months: -1}, {Months: 12001}, {Start: date.Date{Year: 2019, Month: 2, Day: 30}}} {
		if b, err := bad.MarshalText(); !errors.Is(err, ErrRange) {
			t.Errorf("%+v.MarshalText() = %q, %v; want ErrRange", bad, b, err)
		}
	}
	// A term that ends before it starts has no text form: "7000-01-01/0001-12-31"
	// was written and then refused on reading (FuzzReadCSV).
	if b, err := (Term{Start: d("7000-01-01"), End: d("0001-12-31")}).MarshalText(); !errors.Is(err, ErrTermOrder) {
		t.Errorf("MarshalText of a term ending before it starts = %q, %v; want ErrTermOrder", b, err)
	}
	for _, bad := range []string{"5 tahun (2019 - 2030)", "/", "2016/2015", "P", "P5", "2019-03-01/P5X", "kemarin",
		"P1000Y1M", "P12001M", "2019-03-01/P1000Y1M", // over 1,000 years; "P1000Y1M" was read and then written as a form refused (FuzzParseTerm)
		"2019-13-01/2020-01-01"} {
		var tm Term
		if err := tm.UnmarshalText([]byte(bad)); err == nil {
			t.Errorf("Term.UnmarshalText(%q) = %+v, want error", bad, tm)
		}
	}
	human := []struct {
		in   string
		want Term
	}{
		{"5 tahun", Term{Months: 60}},
		{"5 (lima) tahun", Term{Months: 60}},
		{"3 tahun sejak ditandatangani", Term{Months: 36}},
		{"18 bulan", Term{Months: 18}},
		{"2 years", Term{Months: 24}},
		{"tanpa batas waktu", Term{OpenEnded: true}},
		{"Tidak Terbatas", Term{OpenEnded: true}},
		{"2015 – 2016", Term{Start: d("2015-01-01"), End: d("2016-12-31")}},
		{"1 Juli 2019 s.d. 30 Juni 2024", Term{Start: d("2019-07-01"), End: d("2024-06-30")}},
		{"5 Tahun (2019 - 2024)", Term{Start: d("2019-01-01"), End: d("2024-12-31")}}, // the dates win
		{"1 Juli 2019 – 30 Juni 2024 (5 tahun)", Term{Start: d("2019-07-01"), End: d("2024-06-30")}},
		{"berlaku selama 3 (tiga) tahun", Term{Months: 36}},
		{"lima tahun", Term{Months: 60}},
		{"s.d. 31 Desember 2024", Term{End: d("2024-12-31")}},
		{"sampai dengan Desember 2024", Term{End: d("2024-12-31")}},
	}
	for _, tt := range human {
		got, err := ParseTerm(tt.in, language.Indonesian)
		if err != nil {
			t.Errorf("ParseTerm(%q): %v", tt.in, err)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ParseTerm(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}

func mustRegion(t testing.TB, code string) region.Region {
	t.Helper()
	r, ok := region.Lookup(code)
	if !ok {
		t.Fatalf("region.Lookup(%q) failed", code)
	}
	return r
}

func TestStatusOn(t *testing.T) {
	timra := Agreement{ID: "timra", Kind: KindLetterOfIntent, Signed: InYear(2013), Term: Term{Start: d("2015-01-01"), End: d("2016-12-31")}}
	fiveYears := Agreement{ID: "pks", Signed: On(d("2019-07-01")), Term: Term{Months: 60}, NoticeDays: 180}
	open := Agreement{ID: "open", Signed: On(d("2007-02-06"))}
	prep := Agreement{ID: "prep", Events: []Event{{Stage: StageInitiative, Date: InYear(2022)}, {Stage: StageExploration, Date: On(d("2022-08-01"))}}}
	offer := Agreement{ID: "offer", Kind: KindOffer, Events: []Event{{Stage: StageInitiative, Date: InYear(2022)}}}
	withdrawn := Agreement{ID: "withdrawn", Kind: KindOffer, Events: []Event{{Stage: StageInitiative, Date: InYear(2022)}, {Stage: StageTermination, Date: On(d("2023-03-01"))}}}
	openUntil := Agreement{ID: "openUntil", Kind: KindOffer, Term: Term{End: d("2022-09-30")}}
	initiative := Agreement{ID: "initiative", Events: []Event{{Stage: StageInitiative, Date: InYear(2022)}}}
	// The same documents as an MoU: an agreement, in force in its term.
	timraMoU := timra
	timraMoU.ID, timraMoU.Kind = "timraMoU", KindMoU
	// A signing recorded for a later day than an earlier signing event,
	// and a term counted from the signing: only what had happened counts.
	resigned := Agreement{ID: "resigned", Signed: On(d("2030-01-01")), Term: Term{Months: 12},
		Events: []Event{{Stage: StageExploration, Date: On(d("2019-01-01"))}, {Stage: StageSigning, Date: On(d("2020-01-01"))}}}
	initiatedThenSigned := Agreement{ID: "initiatedThenSigned", Signed: InYear(2022), Events: []Event{{Stage: StageInitiative, Date: InYear(2021)}}}
	ended := Agreement{ID: "ended", Signed: On(d("2019-07-01")), Term: Term{Months: 60}, Events: []Event{{Stage: StageTermination, Date: On(d("2021-03-31"))}}}
	endedUndated := Agreement{ID: "ended2", Signed: On(d("2019-07-01")), Events: []Event{{Stage: StageTermination}}}
	renewed := Agreement{ID: "renewed", Signed: On(d("2010-01-01")), Term: Term{Months: 60}, Events: []Event{{Stage: StageRenewal, Date: On(d("2014-11-01"))}}}
	signedUndated := Agreement{ID: "signedUndated", Events: []Event{{Stage: StageSigning}}}
	termOnly := Agreement{ID: "termOnly", Term: Term{Start: d("2019-01-01"), End: d("2024-12-31")}}
	doing := Agreement{ID: "doing", Events: []Event{{Stage: StageImplementation, Date: InYear(2022)}}}
	tests := []struct {
		a    Agreement
		on   string
		want Status
	}{
		// A Letter of Intent declares an intent: never in force, never
		// expiring soon, ended with its term.
		{timra, "2013-06-01", StatusDraft},  // signed some time in 2013: not certainly yet, and nothing else has happened
		{timra, "2014-01-01", StatusIntent}, // signed, term not begun
		{timra, "2015-06-01", StatusIntent},
		{timra, "2016-10-02", StatusIntent}, // an MoU would be expiring soon
		{timra, "2016-12-31", StatusIntent},
		{timra, "2017-01-01", StatusExpired},
		{timra, "2012-01-01", StatusDraft},
		{timraMoU, "2013-06-01", StatusDraft},
		{timraMoU, "2014-01-01", StatusInPreparation}, // signed, term not begun
		{timraMoU, "2015-06-01", StatusActive},
		{timraMoU, "2016-10-01", StatusActive},
		{timraMoU, "2016-10-02", StatusExpiringSoon}, // 90 days before 31 December 2016
		{timraMoU, "2016-12-31", StatusExpiringSoon},
		{timraMoU, "2017-01-01", StatusExpired},
		{fiveYears, "2019-06-30", StatusDraft},
		{fiveYears, "2019-07-01", StatusActive},
		{fiveYears, "2024-01-01", StatusActive},       // ends 2024-06-30: 181 days left
		{fiveYears, "2024-01-02", StatusExpiringSoon}, // 180 days left: within the notice
		{fiveYears, "2024-06-30", StatusExpiringSoon},
		{fiveYears, "2024-07-01", StatusExpired},
		{open, "2030-01-01", StatusActive},
		{prep, "2022-07-01", StatusDraft},
		{prep, "2022-08-01", StatusInPreparation},
		// An offer is an offer, whatever stage it is at, until withdrawn or
		// past the end of its term.
		{offer, "2021-01-01", StatusOffered},
		{offer, "2023-01-01", StatusOffered},
		{withdrawn, "2023-02-28", StatusOffered},
		{withdrawn, "2023-03-01", StatusTerminated},
		{openUntil, "2022-09-30", StatusOffered},
		{openUntil, "2022-10-01", StatusExpired},
		{initiative, "2023-01-01", StatusDraft},
		// The signing of 2020 is known on 2020-06-01; the one recorded for
		// 2030 is not, and the term of 12 months runs from the one known.
		{resigned, "2019-06-01", StatusInPreparation},
		{resigned, "2020-06-01", StatusActive},
		{resigned, "2021-01-01", StatusExpired},
		// A signing dated only to 2022 has not certainly happened on 1 June
		// 2022: the agreement is as it stood, a draft.
		{initiatedThenSigned, "2022-06-01", StatusDraft},
		{initiatedThenSigned, "2022-12-31", StatusActive},
		{ended, "2021-03-30", StatusActive},
		{ended, "2021-03-31", StatusTerminated},
		{endedUndated, "2019-08-01", StatusTerminated},
		{renewed, "2014-10-31", StatusExpiringSoon},
		{renewed, "2014-11-01", StatusRenewed},
		{signedUndated, "2020-01-01", StatusActive},
		{termOnly, "2018-12-31", StatusDraft},
		{termOnly, "2019-01-01", StatusActive},
		{termOnly, "2025-01-01", StatusExpired},
		{doing, "2022-06-01", StatusDraft}, // implemented some time in 2022: not certainly yet
		{doing, "2023-01-01", StatusActive},
	}
	for _, tt := range tests {
		if got := tt.a.StatusOn(d(tt.on)); got != tt.want {
			end, _ := tt.a.End()
			t.Errorf("%s.StatusOn(%s) = %v, want %v (end %v)", tt.a.ID, tt.on, got, tt.want, end)
		}
	}
}

func TestValidate(t *testing.T) {
	banten := Party{Role: RoleRegion, Region: mustRegion(t, "36")}
	incheon := Party{Role: RolePartner, Region: mustRegion(t, "KR-28")}
	palembang := Party{Role: RolePartner, Region: mustRegion(t, "16.71")}
	good := Agreement{ID: "ok", Type: KSDPLSisterProvince, Kind: KindMoU, Parties: []Party{banten, incheon},
		Signed: On(d("2016-02-21")), Term: Term{Start: d("2016-02-21"), End: d("2021-02-20")}}
	type want struct {
		field string
		err   error
	}
	tests := []struct {
		name string
		a    Agreement
		want []want
	}{
		{"good", good, nil},
		{"everything wrong", Agreement{
			Type: KSDPL, Kind: KindLetterOfIntent, Phase: -1,
			Parties: []Party{palembang},
			Signed:  On(d("2022-01-01")),
			Term:    Term{Start: d("2021-01-01"), End: d("2020-12-31")},
			Funding: []Funding{{Amount: money.Rupiah(1_300_000_000)}, {Amount: money.Rupiah(-5)}},
		}, []want{
			{"id", ErrMissing},
			{"phase", ErrBadPhase},
			{"term", ErrTermOrder},
			{"signed", ErrSignedAfterTerm},
			{"parties", ErrNoRegion},
			{"parties", ErrNoForeignParty},
			{"funding[0]", ErrLoIFunding},
			{"funding[1]", ErrLoIFunding},
			{"funding[1]", ErrNegativeAmount},
		}},
		{"KSDPL whose only foreign party is a witness", Agreement{ID: "w", Type: KSDPLSisterCity,
			Parties: []Party{banten, {Role: RoleWitness, Name: "Kedutaan Besar Korea", Country: "KR"}}},
			[]want{{"parties", ErrNoForeignParty}}},
		{"KSDD with a foreign partner", Agreement{ID: "x", Type: KSDDVoluntary, Parties: []Party{banten, incheon}},
			[]want{{"parties", ErrForeignParty}}},
		{"invalid dates", Agreement{ID: "y", Signed: PartialDate{Year: 2016, Month: 2, Day: 30},
			Events:     []Event{{Stage: StageSigning, Date: PartialDate{Year: 2016, Month: 13}}},
			Activities: []Activity{{Date: PartialDate{Month: 1, Day: 1}, Value: money.Rupiah(-1)}}},
			[]want{{"signed", ErrInvalidDate}, {"events[0]", ErrInvalidDate}, {"activities[0]", ErrInvalidDate}, {"activities[0]", ErrNegativeAmount}}},
	}
	for _, tt := range tests {
		err := tt.a.Validate()
		var got []want
		for _, p := range Problems(err) {
			got = append(got, want{p.Field, p.Err})
			if !errors.Is(err, p.Err) {
				t.Errorf("%s: errors.Is(err, %v) = false", tt.name, p.Err)
			}
		}
		if diff := cmp.Diff(tt.want, got, cmp.Comparer(func(a, b error) bool { return a == b }), cmp.AllowUnexported(want{})); diff != "" {
			t.Errorf("%s: Validate() mismatch (-want +got):\n%s\nerror: %v", tt.name, diff, err)
		}
	}
}

// FuzzParseTerm checks that the readers of terms and dates never panic and
// that what they read writes back to text that reads the same.
func FuzzParseTerm(f *testing.F) {
	for _, s := range []string{
		"2015-2016", "2015/2016", "5 tahun", "5 (lima) tahun", "tanpa batas waktu", "2019-03-01/P5Y",
		"2013", "6 Februari 2007", "pada tanggal 21 Februari 2016", "Kamis (9/6/2022)", "1 Juli 2019 s.d. 30 Juni 2024",
		"../2020-12-31", "2019-03-01/..", "P1Y6M", "/", "Februari 2016",
	} {
		f.Add(s)
	}
	for _, tt := range realTerms {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tm, err := ParseTerm(s, language.Indonesian)
		if err == nil {
			text, err := tm.MarshalText()
			if err != nil {
				t.Fatalf("ParseTerm(%q) = %+v, which does not marshal: %v", s, tm, err)
			}
			var back Term
			if err := back.UnmarshalText(text); err != nil || back != tm {
				t.Fatalf("ParseTerm(%q) = %+v → %q → %+v, %v", s, tm, text, back, err)
			}
		}
		p, err := ParsePartialDate(s, language.Indonesian)
		if err == nil {
			var back PartialDate
			if err := back.UnmarshalText([]byte(p.String())); err != nil || back != p {
				t.Fatalf("ParsePartialDate(%q) = %v → %v, %v", s, p, back, err)
			}
		}
		if typ, err := ParseType(s); err == nil && typ != 0 {
			if again, err := ParseType(typ.String()); err != nil || again != typ {
				t.Fatalf("ParseType(%q) = %v, which reads back as %v, %v", s, typ, again, err)
			}
		}
	})
}
