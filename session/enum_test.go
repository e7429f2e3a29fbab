package session

import (
	"encoding"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

func TestParseField(t *testing.T) {
	tests := []struct {
		in   string
		want Field
	}{
		// Seed 003 and the sessions' own news.
		{"bidang kerjasama sosial budaya", SocialCulture},
		{"Bidang Sosial dan Budaya", SocialCulture},
		{"Bidang Sosial dan Kebudayaan", SocialCulture},
		{"Sosial dan Budaya", SocialCulture},
		{"SOSIAL\u00a0BUDAYA", SocialCulture},
		{"bidang ekonomi, perdagangan dan perhubungan", EconomyTradeTransport},
		{"Ekonomi, Perdagangan dan Perhubungan", EconomyTradeTransport},
		{"Bidang Ekonomi, Perdagangan, dan Perhubungan", EconomyTradeTransport},
		{"bidang keamanan dan kepengurusan perbatasan", SecurityBorder},
		{"Bidang Keamanan dan Pengelolaan Perbatasan", SecurityBorder},
		{"Keselamatan dan Pengurusan Sempadan", SecurityBorder},
		{"keselamatan, keamanan dan pengelolaan perbatasan", SecurityBorder},
		{"Tim Teknis II", EconomyTradeTransport},
		{"Tim\u202fTeknis I", SocialCulture},
		{"tim teknik iii", SecurityBorder},
		{"Kertas Kerja 3", SecurityBorder},
		{"Kertas Kerja 1", SocialCulture},
		{"economy-trade-transport", EconomyTradeTransport},
		{"security and border management", SecurityBorder},
		{"former-3", FormerField(3)},
		{"former 8", FormerField(8)},
	}
	for _, tt := range tests {
		got, err := ParseField(tt.in)
		if err != nil {
			t.Errorf("ParseField(%q): %v", tt.in, err)
			continue
		}
		if got != tt.want {
			t.Errorf("ParseField(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
	for _, in := range []string{"", "bidang", "former-9", "former-0", "Tim Teknis IV", "pertanian"} {
		if got, err := ParseField(in); !errors.Is(err, ErrUnknownLabel) {
			t.Errorf("ParseField(%q) = %v, %v; want ErrUnknownLabel", in, got, err)
		}
	}
}

func TestFieldNames(t *testing.T) {
	type names struct{ ID, Label, Team, Paper string }
	tests := []struct {
		f    Field
		tag  language.Tag
		want names
	}{
		{SocialCulture, language.Indonesian, names{"social-culture", "sosial dan budaya", "Tim Teknis I", "Kertas Kerja 1"}},
		{EconomyTradeTransport, language.Indonesian, names{"economy-trade-transport", "ekonomi, perdagangan dan perhubungan", "Tim Teknis II", "Kertas Kerja 2"}},
		{EconomyTradeTransport, language.Malay, names{"economy-trade-transport", "ekonomi, perdagangan dan perhubungan", "Tim Teknik II", "Kertas Kerja 2"}},
		{SecurityBorder, language.Malay, names{"security-border-management", "keselamatan dan pengurusan sempadan", "Tim Teknik III", "Kertas Kerja 3"}},
		{SecurityBorder, language.English, names{"security-border-management", "security and border management", "Technical Team III", "Working Paper 3"}},
		{SecurityBorder, language.French, names{"security-border-management", "security and border management", "Technical Team III", "Working Paper 3"}},
		{FormerField(5), language.Indonesian, names{"former-5", "bidang ke-5 dari delapan bidang semula", "", ""}},
		{FormerField(5), language.English, names{"former-5", "former field 5 of eight", "", ""}},
		{0, language.English, names{"", "", "", ""}},
		{Field(42), language.English, names{"%!Field(42)", "%!Field(42)", "", ""}},
	}
	for _, tt := range tests {
		got := names{tt.f.String(), tt.f.Label(tt.tag), tt.f.TeamName(tt.tag), tt.f.PaperName(tt.tag)}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Field(%d) in %v mismatch (-want +got):\n%s", tt.f, tt.tag, diff)
		}
	}
}

// TestEnumText checks that every value of every enumeration marshals to its
// identifier, reads back from it and from each of its labels, and that the
// zero value marshals to empty text.
func TestEnumText(t *testing.T) {
	type enumCase struct {
		name  string
		count int
		make  func(int) encoding.TextMarshaler
		zero  func() encoding.TextUnmarshaler
	}
	cases := []enumCase{
		{"Level", levels.Len() - 1, func(i int) encoding.TextMarshaler { return Level(i) }, func() encoding.TextUnmarshaler { return new(Level) }},
		{"Side", sides.Len() - 1, func(i int) encoding.TextMarshaler { return Side(i) }, func() encoding.TextUnmarshaler { return new(Side) }},
		{"Field", fields.Len() - 1, func(i int) encoding.TextMarshaler { return Field(i) }, func() encoding.TextUnmarshaler { return new(Field) }},
		{"MeetingKind", meetingKinds.Len() - 1, func(i int) encoding.TextMarshaler { return MeetingKind(i) }, func() encoding.TextUnmarshaler { return new(MeetingKind) }},
		{"Mode", modes.Len() - 1, func(i int) encoding.TextMarshaler { return Mode(i) }, func() encoding.TextUnmarshaler { return new(Mode) }},
		{"Outcome", outcomes.Len() - 1, func(i int) encoding.TextMarshaler { return Outcome(i) }, func() encoding.TextUnmarshaler { return new(Outcome) }},
		{"Status", statuses.Len() - 1, func(i int) encoding.TextMarshaler { return Status(i) }, func() encoding.TextUnmarshaler { return new(Status) }},
	}
	for _, c := range cases {
		for i := 0; i <= c.count; i++ {
			b, err := c.make(i).MarshalText()
			if err != nil {
				t.Errorf("%s(%d).MarshalText: %v", c.name, i, err)
				continue
			}
			if i == 0 && len(b) != 0 {
				t.Errorf("%s(0).MarshalText = %q, want empty", c.name, b)
			}
			u := c.zero()
			if err := u.UnmarshalText(b); err != nil {
				t.Errorf("%s: UnmarshalText(%q): %v", c.name, b, err)
				continue
			}
			if !sameValue(c.make(i), u) {
				t.Errorf("%s: round trip of %d gave %v", c.name, i, u)
			}
		}
		if _, err := c.make(c.count + 1).MarshalText(); err == nil {
			t.Errorf("%s(%d).MarshalText: no error for a value out of range", c.name, c.count+1)
		}
		if err := c.zero().UnmarshalText([]byte("no such thing")); !errors.Is(err, ErrUnknownLabel) {
			t.Errorf("%s.UnmarshalText(junk) = %v, want ErrUnknownLabel", c.name, err)
		}
	}
}

// sameValue compares a value with the value a pointer points to.
func sameValue(v encoding.TextMarshaler, p encoding.TextUnmarshaler) bool {
	switch p := p.(type) {
	case *Level:
		return v == *p
	case *Side:
		return v == *p
	case *Field:
		return v == *p
	case *MeetingKind:
		return v == *p
	case *Mode:
		return v == *p
	case *Outcome:
		return v == *p
	case *Status:
		return v == *p
	}
	return false
}

func TestParseLabels(t *testing.T) {
	tests := []struct {
		in   string
		want any
	}{
		{"GBC Malindo", GBC},
		{"General Borders Committee", GBC},
		{"Staff Planning Committee (SPC)", SPC},
		{"SFC", SPC},
		{"tingkat pusat", Central},
		{"Peringkat Negeri", Regional},
		{"tingkat daerah/negeri", Regional},
		{"RI", Indonesia},
		{"Malaysia", Malaysia},
		{"Forum Evaluasi Kertas Kerja", WorkingPaperEvaluation},
		{"Mesyuarat Teknik", Technical},
		{"Mesyuarat Tim Teknik/Teknis", Technical},
		{"Pra Pertemuan", Preparatory},
		{"Rapat Finalisasi Penyusunan Kertas Kerja", WorkingPaperEvaluation},
		{"Sekber", JointSecretariat},
		{"Sekretariat Bersama", JointSecretariat},
		{"Pertemuan Khusus", Special},
		{"Persidangan", SessionMeeting},
		{"daring", Virtual},
		{"Dalam Talian", Virtual},
		{"luring", InPerson},
		{"hibrid", Hybrid},
		{"disepakati", Agreed},
		{"Dipersetujui", Agreed},
		{"tidak disepakati", NotAgreed},
		{"dihilangkan", Dropped},
		{"digugurkan", Dropped},
		{"carried over", CarriedOver},
		{"ditunda", CarriedOver},
		{"selesai", Done},
		{"dalam proses", InProgress},
		{"in-progress", InProgress},
		{"ditutup", Closed},
	}
	for _, tt := range tests {
		var got any
		var err error
		switch tt.want.(type) {
		case Level:
			got, err = ParseLevel(tt.in)
		case Side:
			got, err = ParseSide(tt.in)
		case MeetingKind:
			got, err = ParseMeetingKind(tt.in)
		case Mode:
			got, err = ParseMode(tt.in)
		case Outcome:
			got, err = ParseOutcome(tt.in)
		case Status:
			got, err = ParseStatus(tt.in)
		}
		if err != nil {
			t.Errorf("parse %q: %v", tt.in, err)
			continue
		}
		if got != tt.want {
			t.Errorf("parse %q = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestLabels(t *testing.T) {
	tests := []struct {
		got, want string
	}{
		{Agreed.Label(language.Indonesian), "disepakati"},
		{Agreed.Label(language.Malay), "dipersetujui"},
		{Agreed.Label(language.MustParse("ms-BN")), "dipersetujui"},
		{NotAgreed.Label(language.English), "not agreed"},
		{Regional.Label(language.Indonesian), "tingkat daerah"},
		{Regional.Label(language.Malay), "peringkat negeri"},
		{WorkingPaperEvaluation.Label(language.Indonesian), "forum evaluasi kertas kerja"},
		{Virtual.Label(language.Indonesian), "daring"},
		{Virtual.Label(language.Malay), "dalam talian"},
		{Status(9).String(), "%!Status(9)"},
		{Level(0).Label(language.English), ""},
		{Indonesia.Group(), "KK"},
		{Malaysia.Group(), "JKK"},
		{Malaysia.Other().String(), "indonesia"},
	}
	for i, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("case %d: got %q, want %q", i, tt.got, tt.want)
		}
	}
}
