package session

import (
	"errors"
	"strconv"

	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/internal/enum"
	"github.com/kerjasama/kerjasama/internal/fold"
	"github.com/kerjasama/kerjasama/internal/lang"
	"github.com/kerjasama/kerjasama/internal/perr"
	"golang.org/x/text/language"
)

// maxLabel is the longest label any enumeration parser reads; longer input
// is refused before it is folded.
const maxLabel = 200

// ErrUnknownLabel is wrapped by the errors of the enumeration parsers
// (ParseLevel, ParseField, …) when the text names no value (or is empty,
// or is over the length limit).
var ErrUnknownLabel = errors.New("unknown label")

// A LabelError reports text that names no value of an enumeration, or a
// value out of range given to MarshalText. It has the shape of the
// ParseError of the other packages (this package's ParseError is the
// position of an error in a JSON file).
type LabelError struct {
	Func   string // the function that failed: "ParseLevel", "Outcome.UnmarshalText", …
	Input  string // the text given to it
	Offset int    // byte offset in Input of the problem
	Msg    string // what is wrong: "unknown outcome"
	Err    error  // ErrUnknownLabel, or ErrInvalid for a value out of range
}

// Error returns the failed call, the problem and the refused text, quoted
// and cut to 64 bytes: `session.ParseOutcome("maybe"): unknown outcome`.
func (e *LabelError) Error() string {
	return perr.Format("session", e.Func, e.Input, e.Offset, e.Msg, e.Err)
}

// Unwrap returns the sentinel error.
func (e *LabelError) Unwrap() error { return e.Err }

// newEnum builds the table of one of this package's enumerations, whose
// errors are *LabelError values. The convention of every enumeration
// (zero value, out-of-range values, labels, parsing) is internal/enum's.
func newEnum(typ string, entries []enum.Entry) table {
	return table{enum.New(enum.Config{Type: typ, MaxLen: maxLabel, Err: labelError}, entries)}
}

// table is an enumeration table with the validity test of this package.
type table struct{ *enum.Table }

// valid reports whether v is a value other than zero.
func (t table) valid(v int) bool { return v >= 1 && v < t.Len() }

func labelError(f enum.Failure) error {
	err := ErrUnknownLabel
	if f.Kind == enum.Range {
		err = ErrInvalid
	}
	return &LabelError{Func: f.Func, Input: f.Input, Offset: f.Offset, Msg: f.Msg, Err: err}
}

// Level is the rank of a forum in the hierarchy GBC → HLC (or SPC) →
// KK/JKK Sosek Malindo at central level → at regional level → between two
// border districts. The zero value means unknown.
type Level uint8

// The levels, highest first.
const (
	GBC      Level = 1 + iota // General Border Committee Malaysia–Indonesia (GBC Malindo)
	HLC                       // High Level Committee, between GBC and the working groups
	SPC                       // Staff Planning Committee, through which the central working group reports to the GBC (seed 003)
	Central                   // KK/JKK Sosek Malindo at central (national) level
	Regional                  // KK/JKK Sosek Malindo at regional level, one per border pair
	// District is Sosek Malindo between two border districts, an
	// Indonesian regency or kecamatan and a Malaysian division or district
	// (Kabupaten Sanggau – Bahagian Serian, Entikong – Tebedu), below the
	// regional forum of their pair ([Forum.Districts]). Indonesian texts
	// write "Kabupaten Sanggau dengan Distrik Serian", Malay ones "Daerah"
	// or "Bahagian"; "daerah" alone stays the regional level, which
	// Indonesian calls "tingkat daerah".
	District
)

var levels = newEnum("Level", []enum.Entry{
	{},
	{ID: "gbc", En: "General Border Committee", In: "General Border Committee", Ms: "Jawatankuasa Sempadan Am",
		Aliases: []string{"GBC", "GBC Malindo", "GBC Malaysia-Indonesia", "General Borders Committee", "Komite Perbatasan Umum"}},
	{ID: "hlc", En: "High Level Committee", In: "High Level Committee", Ms: "Jawatankuasa Peringkat Tinggi",
		Aliases: []string{"HLC", "HLC Malindo", "Komite Tingkat Tinggi"}},
	{ID: "spc", En: "Staff Planning Committee", In: "Staff Planning Committee", Ms: "Jawatankuasa Perancang Staf",
		Aliases: []string{"SPC", "SFC"}}, // seed 003 also writes "(SFC)"
	{ID: "central", En: "central level", In: "tingkat pusat", Ms: "peringkat pusat",
		Aliases: []string{"central", "pusat", "national level", "tingkat nasional", "peringkat kebangsaan", "KK Sosek Malindo tingkat pusat"}},
	{ID: "regional", En: "regional level", In: "tingkat daerah", Ms: "peringkat negeri",
		Aliases: []string{"regional", "daerah", "tingkat provinsi", "tingkat daerah/negeri", "peringkat wilayah", "state level", "provincial level", "KK Sosek Malindo tingkat daerah"}},
	{ID: "district", En: "district level", In: "tingkat kabupaten", Ms: "peringkat bahagian",
		Aliases: []string{"district", "kabupaten", "distrik", "tingkat distrik", "bahagian", "peringkat daerah", "tingkat kabupaten/distrik",
			"tingkat kabupaten/kota", "kecamatan", "tingkat kecamatan", "regency level", "division level", "antar kabupaten"}},
})

// String returns the stable English identifier of l ("gbc", "regional"),
// "" for the zero value and "%!Level(n)" for a value out of range.
func (l Level) String() string { return levels.String(int(l)) }

// Label returns the name of l in the language of t (Indonesian, Malay or
// English; any other tag gives English).
func (l Level) Label(t language.Tag) string { return levels.Label(int(l), t) }

// MarshalText returns the identifier of l.
func (l Level) MarshalText() ([]byte, error) { return levels.MarshalText(int(l)) }

// UnmarshalText accepts what ParseLevel accepts; empty text is the zero value.
func (l *Level) UnmarshalText(b []byte) error {
	v, err := levels.UnmarshalText(b)
	*l = Level(v)
	return err
}

// ParseLevel reads a level from its identifier, a label in any of the three
// languages or an abbreviation ("GBC", "tingkat pusat", "peringkat negeri").
func ParseLevel(s string) (Level, error) {
	v, err := levels.Parse("ParseLevel", s)
	return Level(v), err
}

// Side is one of the two countries of the forum. The zero value means
// unknown (or both, where a field is optional).
type Side uint8

// The two sides.
const (
	Indonesia Side = 1 + iota
	Malaysia
)

var sides = newEnum("Side", []enum.Entry{
	{},
	{ID: "indonesia", En: "Indonesia", In: "Indonesia", Ms: "Indonesia",
		Aliases: []string{"ID", "IDN", "RI", "Republik Indonesia", "Republic of Indonesia", "pihak Indonesia", "delegasi Indonesia"}},
	{ID: "malaysia", En: "Malaysia", In: "Malaysia", Ms: "Malaysia",
		Aliases: []string{"MY", "MYS", "Kerajaan Malaysia", "pihak Malaysia", "delegasi Malaysia"}},
})

// String returns the identifier of s ("indonesia", "malaysia").
func (s Side) String() string { return sides.String(int(s)) }

// Label returns the name of s in the language of t.
func (s Side) Label(t language.Tag) string { return sides.Label(int(s), t) }

// Other returns the opposite side; the zero value stays zero.
func (s Side) Other() Side {
	switch s {
	case Indonesia:
		return Malaysia
	case Malaysia:
		return Indonesia
	}
	return 0
}

// Group returns the name of the side's working group: "KK" (Kelompok Kerja)
// for Indonesia, "JKK" (Jawatankuasa Kerja) for Malaysia, "" otherwise.
func (s Side) Group() string {
	switch s {
	case Indonesia:
		return "KK"
	case Malaysia:
		return "JKK"
	}
	return ""
}

// MarshalText returns the identifier of s.
func (s Side) MarshalText() ([]byte, error) { return sides.MarshalText(int(s)) }

// UnmarshalText accepts what ParseSide accepts; empty text is the zero value.
func (s *Side) UnmarshalText(b []byte) error {
	v, err := sides.UnmarshalText(b)
	*s = Side(v)
	return err
}

// ParseSide reads a side from its name or a code ("RI", "MY", "IDN").
func ParseSide(s string) (Side, error) {
	v, err := sides.Parse("ParseSide", s)
	return Side(v), err
}

// Field is a field (bidang) of cooperation. Since the reduction recorded in
// seed 003 there are three, each with a technical team (Tim Teknis I–III)
// and a working paper (Kertas Kerja 1–3). The earlier arrangement had eight
// fields; seed 003 gives only their number, not their names, so they are
// represented by position: FormerField(1) … FormerField(8). The zero value
// means unknown.
type Field uint8

// The three fields since the reduction, in the order of their technical
// teams and working papers.
const (
	SocialCulture         Field = 1 + iota // bidang sosial budaya: Tim Teknis I, Kertas Kerja 1
	EconomyTradeTransport                  // bidang ekonomi, perdagangan dan perhubungan: Tim Teknis II, Kertas Kerja 2
	SecurityBorder                         // bidang keamanan dan pengelolaan perbatasan: Tim Teknis III, Kertas Kerja 3
)

// formerBase is the value of FormerField(0); former fields are 101…108.
const formerBase = 100

// FormerFields is the number of fields before the reduction to three.
const FormerFields = 8

var fields = newEnum("Field", []enum.Entry{
	{},
	{ID: "social-culture", En: "social and culture", In: "sosial dan budaya", Ms: "sosial dan budaya",
		Aliases: []string{"sosial budaya", "sosbud", "social and cultural", "social culture", "bidang sosial budaya", "bidang sosial dan budaya",
			"bidang sosial dan kebudayaan", "sosial dan kebudayaan", "bidang kerjasama sosial budaya",
			"tim teknis i", "tim teknis 1", "tim teknik i", "tim teknik 1", "kertas kerja 1", "kertas kerja i", "working paper 1", "technical team i"}},
	{ID: "economy-trade-transport", En: "economy, trade and transport", In: "ekonomi, perdagangan dan perhubungan", Ms: "ekonomi, perdagangan dan perhubungan",
		Aliases: []string{"ekonomi perdagangan perhubungan", "bidang ekonomi, perdagangan dan perhubungan", "ekonomi", "economy", "ekbang",
			"economic, trade and transport", "economy trade and transportation",
			"tim teknis ii", "tim teknis 2", "tim teknik ii", "tim teknik 2", "kertas kerja 2", "kertas kerja ii", "working paper 2", "technical team ii"}},
	{ID: "security-border-management", En: "security and border management", In: "keamanan dan pengelolaan perbatasan", Ms: "keselamatan dan pengurusan sempadan",
		Aliases: []string{"keamanan dan kepengurusan perbatasan", "bidang keamanan dan kepengurusan perbatasan", "bidang keamanan dan pengelolaan perbatasan",
			"keselamatan, keamanan dan pengelolaan perbatasan", "keselamatan/keamanan dan pengurusan sempadan/perbatasan",
			"keamanan dan pengurusan sempadan", "keselamatan dan pengurusan perbatasan", "security and border", "security",
			"tim teknis iii", "tim teknis 3", "tim teknik iii", "tim teknik 3", "kertas kerja 3", "kertas kerja iii", "working paper 3", "technical team iii"}},
})

// Fields returns the three current fields in order.
func Fields() []Field { return []Field{SocialCulture, EconomyTradeTransport, SecurityBorder} }

// FormerField returns field n (1 to FormerFields) of the eight-field
// arrangement before the reduction, or the zero Field if n is out of range.
func FormerField(n int) Field {
	if n < 1 || n > FormerFields {
		return 0
	}
	return Field(formerBase + n)
}

// Former reports whether f is a field of the eight-field arrangement and
// its position there.
func (f Field) Former() (n int, ok bool) {
	if f > formerBase && f <= formerBase+FormerFields {
		return int(f) - formerBase, true
	}
	return 0, false
}

// current reports whether f is one of the three fields since the
// reduction.
func (f Field) current() bool { return f >= 1 && int(f) < fields.Len() }

// IsValid reports whether f is one of the three fields or a former field.
func (f Field) IsValid() bool {
	_, former := f.Former()
	return f.current() || former
}

// Team returns the number of the technical team (Tim Teknis) of a current
// field, 1 to 3, or 0 for a former or unknown field. The working paper of a
// field (Kertas Kerja) has the same number.
func (f Field) Team() int {
	if f.current() {
		return int(f)
	}
	return 0
}

// String returns the identifier of f ("social-culture",
// "economy-trade-transport", "security-border-management", "former-3").
func (f Field) String() string {
	if n, ok := f.Former(); ok {
		return "former-" + strconv.Itoa(n)
	}
	return fields.String(int(f))
}

// Label returns the name of f in the language of t. A former field is
// named by its position ("bidang ke-3 dari delapan bidang semula").
func (f Field) Label(t language.Tag) string {
	if n, ok := f.Former(); ok {
		switch l := lang.Of(t); {
		case l == lang.Indonesian:
			return "bidang " + date.FormatOrdinal(n, t) + " dari delapan bidang semula"
		case l.IsMalay():
			return "bidang " + date.FormatOrdinal(n, t) + " daripada lapan bidang asal"
		}
		return "former field " + strconv.Itoa(n) + " of eight"
	}
	return fields.Label(int(f), t)
}

// MarshalText returns the identifier of f; the zero Field gives empty
// text.
func (f Field) MarshalText() ([]byte, error) {
	if _, ok := f.Former(); ok {
		return []byte(f.String()), nil
	}
	return fields.MarshalText(int(f))
}

// UnmarshalText accepts what ParseField accepts; empty text is the zero value.
func (f *Field) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*f = 0
		return nil
	}
	v, err := ParseField(string(b))
	*f = v
	return err
}

// ParseField reads a field from its identifier, its label in any of the
// three languages, its technical team or working paper ("Tim Teknis II",
// "Kertas Kerja 3") or, for the eight-field arrangement, "former-N".
func ParseField(s string) (Field, error) {
	if len(s) > maxLabel {
		return 0, &LabelError{Func: "ParseField", Input: s, Offset: maxLabel, Msg: "field too long", Err: ErrUnknownLabel}
	}
	k := fold.Key(s)
	if rest, ok := cutPrefix(k, "former "); ok {
		if n, err := strconv.Atoi(rest); err == nil && n >= 1 && n <= FormerFields {
			return FormerField(n), nil
		}
	}
	k, _ = cutPrefix(k, "bidang ")
	if v, ok := fields.Lookup(k); ok {
		return Field(v), nil
	}
	v, err := fields.Parse("ParseField", s)
	return Field(v), err
}

func cutPrefix(s, p string) (string, bool) {
	if len(s) >= len(p) && s[:len(p)] == p {
		return s[len(p):], true
	}
	return s, false
}

// MeetingKind is the kind of a meeting: the numbered session itself or one
// of the meetings that prepare or follow it. The zero value means unknown.
type MeetingKind uint8

// The kinds of meeting.
const (
	SessionMeeting         MeetingKind = 1 + iota // the session (sidang, persidangan) that adopts the minutes
	Preparatory                                   // a preparatory meeting of one side (rapat persiapan, pra pertemuan)
	WorkingPaperEvaluation                        // a working-paper evaluation forum of one side (forum evaluasi kertas kerja)
	Technical                                     // a joint technical meeting of the technical teams (mesyuarat teknik, rapat tim teknis)
	JointSecretariat                              // a joint secretariat meeting (sekretariat bersama, Sekber)
	Special                                       // a special meeting (pertemuan khusus), such as the 2000 Pekanbaru meeting that set up the Riau series
)

var meetingKinds = newEnum("MeetingKind", []enum.Entry{
	{},
	{ID: "session", En: "session", In: "sidang", Ms: "persidangan",
		Aliases: []string{"sidang", "persidangan", "mesyuarat", "pertemuan", "working committee session", "plenary", "sidang pleno", "sidang kk jkk"}},
	{ID: "preparatory", En: "preparatory meeting", In: "rapat persiapan", Ms: "mesyuarat persediaan",
		Aliases: []string{"persiapan", "pra pertemuan", "pra-pertemuan", "pra sidang", "rapat koordinasi persiapan", "preparatory", "preparation meeting"}},
	{ID: "working-paper-evaluation", En: "working-paper evaluation forum", In: "forum evaluasi kertas kerja", Ms: "forum penilaian kertas kerja",
		Aliases: []string{"evaluasi kertas kerja", "rapat kertas kerja", "rapat finalisasi penyusunan kertas kerja", "finalisasi kertas kerja",
			"penyusunan kertas kerja", "working paper evaluation", "working paper meeting", "mesyuarat kertas kerja"}},
	{ID: "technical", En: "technical meeting", In: "rapat tim teknis", Ms: "mesyuarat teknik",
		Aliases: []string{"tim teknis", "tim teknik", "mesyuarat tim teknik", "mesyuarat tim teknik teknis", "pertemuan tim teknis",
			"technical committee meeting", "technical team meeting", "rapat teknis"}},
	{ID: "joint-secretariat", En: "joint secretariat meeting", In: "pertemuan sekretariat bersama", Ms: "mesyuarat sekretariat bersama",
		Aliases: []string{"sekretariat bersama", "sekber", "joint secretariat", "persidangan sekretariat bersama", "rapat sekretariat bersama"}},
	{ID: "special", En: "special meeting", In: "pertemuan khusus", Ms: "mesyuarat khas",
		Aliases: []string{"special", "khusus", "pertemuan khas", "rapat khusus"}},
})

// String returns the identifier of k ("session", "working-paper-evaluation").
func (k MeetingKind) String() string { return meetingKinds.String(int(k)) }

// Label returns the name of k in the language of t.
func (k MeetingKind) Label(t language.Tag) string { return meetingKinds.Label(int(k), t) }

// MarshalText returns the identifier of k.
func (k MeetingKind) MarshalText() ([]byte, error) { return meetingKinds.MarshalText(int(k)) }

// UnmarshalText accepts what ParseMeetingKind accepts; empty text is the zero value.
func (k *MeetingKind) UnmarshalText(b []byte) error {
	v, err := meetingKinds.UnmarshalText(b)
	*k = MeetingKind(v)
	return err
}

// ParseMeetingKind reads a kind of meeting from its identifier or a label
// ("Forum Evaluasi Kertas Kerja", "Mesyuarat Teknik", "Sekber").
func ParseMeetingKind(s string) (MeetingKind, error) {
	v, err := meetingKinds.Parse("ParseMeetingKind", s)
	return MeetingKind(v), err
}

// Mode is how a meeting was held. The zero value means unknown.
type Mode uint8

// The modes.
const (
	InPerson Mode = 1 + iota
	Virtual
	Hybrid
)

var modes = newEnum("Mode", []enum.Entry{
	{},
	{ID: "in-person", En: "in person", In: "tatap muka", Ms: "bersemuka",
		Aliases: []string{"luring", "luar jaringan", "fizikal", "secara fizikal", "offline", "physical", "face to face", "langsung"}},
	{ID: "virtual", En: "virtual", In: "daring", Ms: "dalam talian",
		Aliases: []string{"online", "dalam jaringan", "secara daring", "secara virtual", "maya", "secara maya", "video conference", "vidcon", "zoom"}},
	{ID: "hybrid", En: "hybrid", In: "hibrida", Ms: "hibrid",
		Aliases: []string{"campuran", "bauran", "luring dan daring", "daring dan luring"}},
})

// String returns the identifier of m ("in-person", "virtual", "hybrid").
func (m Mode) String() string { return modes.String(int(m)) }

// Label returns the name of m in the language of t.
func (m Mode) Label(t language.Tag) string { return modes.Label(int(m), t) }

// MarshalText returns the identifier of m.
func (m Mode) MarshalText() ([]byte, error) { return modes.MarshalText(int(m)) }

// UnmarshalText accepts what ParseMode accepts; empty text is the zero value.
func (m *Mode) UnmarshalText(b []byte) error {
	v, err := modes.UnmarshalText(b)
	*m = Mode(v)
	return err
}

// ParseMode reads a mode ("daring", "dalam talian", "in person", "hybrid").
func ParseMode(s string) (Mode, error) {
	v, err := modes.Parse("ParseMode", s)
	return Mode(v), err
}

// Outcome is what one session did with an item. The zero value means
// not recorded.
type Outcome uint8

// The outcomes. The Kalimantan Utara secretariat describes the same three
// (disepakati, tidak disepakati, dihilangkan) plus items carried to the next
// session. Proposed and Discussed record that an item was before a session
// when the sources do not say what the session decided: neither makes the
// item a decision (only Agreed does), and neither changes its status.
// The values are stable: new ones are added at the end.
const (
	Agreed      Outcome = 1 + iota // disepakati / dipersetujui: signed in the minutes
	NotAgreed                      // tidak disepakati / tidak dipersetujui
	Dropped                        // dihilangkan / digugurkan: removed from the working paper
	CarriedOver                    // brought to the next session without a decision
	Proposed                       // diusulkan / dicadangkan: put to the session in a working paper, its fate not recorded
	Discussed                      // dibahas / dibincangkan: discussed, no decision recorded
)

var outcomes = newEnum("Outcome", []enum.Entry{
	{},
	{ID: "agreed", En: "agreed", In: "disepakati", Ms: "dipersetujui",
		Aliases: []string{"sepakat", "kesepakatan", "setuju", "disetujui", "bersetuju", "persetujuan", "accepted"}},
	{ID: "not-agreed", En: "not agreed", In: "tidak disepakati", Ms: "tidak dipersetujui",
		Aliases: []string{"belum disepakati", "tidak disetujui", "tidak bersetuju", "ditolak", "rejected", "disagreed"}},
	{ID: "dropped", En: "dropped", In: "dihilangkan", Ms: "digugurkan",
		Aliases: []string{"dihapus", "dihapuskan", "dicabut", "digugurkan daripada kertas kerja", "withdrawn", "removed", "deleted"}},
	{ID: "carried-over", En: "carried over", In: "dibawa ke sidang berikutnya", Ms: "dibawa ke persidangan berikutnya",
		Aliases: []string{"ditunda", "ditangguhkan", "dilanjutkan", "dibahas pada sidang berikutnya", "carried forward", "deferred", "pending", "postponed"}},
	{ID: "proposed", En: "proposed", In: "diusulkan", Ms: "dicadangkan",
		Aliases: []string{"usul", "usulan", "diajukan", "cadangan", "dicadang", "proposal", "put forward", "tabled"}},
	{ID: "discussed", En: "discussed", In: "dibahas", Ms: "dibincangkan",
		Aliases: []string{"dibicarakan", "pembahasan", "perbincangan", "dibincang", "under discussion", "considered"}},
})

// String returns the identifier of o ("agreed", "not-agreed", "dropped",
// "carried-over", "proposed", "discussed").
func (o Outcome) String() string { return outcomes.String(int(o)) }

// Decided reports whether o says what the session decided about the item:
// Agreed, NotAgreed, Dropped or CarriedOver (to put an item off to the
// next session is a decision too). Proposed and Discussed say only that
// the item was before the session, and the zero Outcome says nothing.
func (o Outcome) Decided() bool { return o >= Agreed && o <= CarriedOver }

// Label returns the name of o in the language of t.
func (o Outcome) Label(t language.Tag) string { return outcomes.Label(int(o), t) }

// MarshalText returns the identifier of o.
func (o Outcome) MarshalText() ([]byte, error) { return outcomes.MarshalText(int(o)) }

// UnmarshalText accepts what ParseOutcome accepts; empty text is the zero value.
func (o *Outcome) UnmarshalText(b []byte) error {
	v, err := outcomes.UnmarshalText(b)
	*o = Outcome(v)
	return err
}

// ParseOutcome reads an outcome ("disepakati", "tidak dipersetujui",
// "dihilangkan", "carried over", "diusulkan", "dibincangkan").
func ParseOutcome(s string) (Outcome, error) {
	v, err := outcomes.Parse("ParseOutcome", s)
	return Outcome(v), err
}

// Status is the state of an item's implementation after a session. The
// zero value means not recorded.
type Status uint8

// The statuses. Done and Closed end an item's history.
const (
	Open       Status = 1 + iota // raised, no follow-up yet
	InProgress                   // follow-up under way
	Done                         // carried out
	Closed                       // closed without being carried out (dropped, not agreed, overtaken)
)

var statuses = newEnum("Status", []enum.Entry{
	{},
	{ID: "open", En: "open", In: "belum ditindaklanjuti", Ms: "belum diambil tindakan",
		Aliases: []string{"baru", "terbuka", "belum dilaksanakan", "new", "raised", "not started"}},
	{ID: "in-progress", En: "in progress", In: "dalam proses", Ms: "dalam tindakan",
		Aliases: []string{"sedang berjalan", "sedang dilaksanakan", "proses", "dalam pelaksanaan", "ongoing", "under way"}},
	{ID: "done", En: "done", In: "selesai", Ms: "selesai dilaksanakan",
		Aliases: []string{"telah dilaksanakan", "sudah dilaksanakan", "tuntas", "completed", "implemented", "finished"}},
	{ID: "closed", En: "closed", In: "ditutup", Ms: "ditutup tanpa pelaksanaan",
		Aliases: []string{"tutup", "dibatalkan", "batal", "closed without action", "cancelled", "canceled"}},
})

// String returns the identifier of s ("open", "in-progress", "done", "closed").
func (s Status) String() string { return statuses.String(int(s)) }

// Label returns the name of s in the language of t.
func (s Status) Label(t language.Tag) string { return statuses.Label(int(s), t) }

// Final reports whether s ends an item's history (Done or Closed).
func (s Status) Final() bool { return s == Done || s == Closed }

// MarshalText returns the identifier of s.
func (s Status) MarshalText() ([]byte, error) { return statuses.MarshalText(int(s)) }

// UnmarshalText accepts what ParseStatus accepts; empty text is the zero value.
func (s *Status) UnmarshalText(b []byte) error {
	v, err := statuses.UnmarshalText(b)
	*s = Status(v)
	return err
}

// ParseStatus reads a status ("selesai", "dalam proses", "open").
func ParseStatus(s string) (Status, error) {
	v, err := statuses.Parse("ParseStatus", s)
	return Status(v), err
}
