package session

import (
	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/region"
)

// A Dataset holds forums, their sessions and the items their working papers
// carry. It is what ReadJSON reads and WriteJSON writes. The zero Dataset is
// empty and ready to use.
//
// Sessions refer to their forum and items to their forum and sessions by
// identifier and number, so a Dataset can be written by hand and split
// across files; Validate checks that every reference resolves.
type Dataset struct {
	Forums   []Forum   `json:"forums,omitempty"`
	Sessions []Session `json:"sessions,omitempty"`
	Items    []Item    `json:"items,omitempty"`
	Note     string    `json:"note,omitempty"` // what the dataset is and where it comes from
}

// A Forum is one body of the GBC hierarchy: the GBC itself, its HLC, the
// central KK/JKK Sosek Malindo, or the regional KK/JKK Sosek Malindo of one
// border pair. Sessions are numbered per forum, so a forum is a series.
type Forum struct {
	// ID is a stable identifier written by hand and used by sessions and
	// items to refer to the forum: "kalbar-sarawak", "central", "gbc".
	ID     string `json:"id"`
	Level  Level  `json:"level"`
	Parent string `json:"parent,omitempty"` // ID of the forum this one reports to

	// Pair is the border pair of a regional forum (region.Pairs), written
	// in JSON as its ID ("kalbar-sarawak"); it is zero above regional level.
	Pair region.Pair `json:"pair,omitzero"`

	// Districts are the two border districts of a district forum, by
	// region code ({"indonesian": "61.03", "malaysian": "MY-13.12"} for
	// Kabupaten Sanggau – Bahagian Serian); zero at other levels.
	Districts Districts `json:"districts,omitzero"`

	// Names overrides the names the package builds for a side and
	// language, for the few forums that are named otherwise.
	Names []Name `json:"names,omitempty"`

	Founded      date.Date     `json:"founded,omitzero"`
	FoundedYear  int           `json:"founded_year,omitempty"` // when only the year is known
	Decrees      []Decree      `json:"decrees,omitempty"`
	Secretariats []Secretariat `json:"secretariats,omitempty"`
	Sources      []Source      `json:"sources,omitempty"`
	Note         string        `json:"note,omitempty"`

	// RecordComplete, when set, declares the record of the forum's
	// sessions complete through that day: every session the forum held
	// up to it is in the dataset. Only then is a year without a session
	// read as one in which the forum did not meet; without it, such a year
	// is one for which no session is recorded. Public sources never make
	// a record complete: the declaration is for a secretariat's own files.
	RecordComplete date.Date `json:"record_complete,omitzero"`
}

// Districts are the two districts, one on each side of the border, in
// which a district forum works: an Indonesian regency, city or kecamatan
// and a Malaysian division, district or town, given by their region codes
// (region.Lookup). Both must lie in the same border pair (region.PairOf).
type Districts struct {
	Indonesian string `json:"indonesian,omitempty"` // "61.03" (Kabupaten Sanggau), "61.03.21" (Entikong)
	Malaysian  string `json:"malaysian,omitempty"`  // "MY-13.12" (Serian), "MY-13.12.01" (Tebedu)
}

// IsZero reports whether d names no district.
func (d Districts) IsZero() bool { return d == Districts{} }

// A Name is the name of one side's working group of a forum in one
// language, overriding the built one.
type Name struct {
	Side Side   `json:"side"`
	Lang string `json:"lang"` // BCP 47: "id", "ms", "en"
	Name string `json:"name"`
}

// A Decree is an instrument that set up or changed a forum: a governor's
// decree (Surat Keputusan Gubernur), a decision of a GBC session.
type Decree struct {
	Side   Side      `json:"side,omitempty"`
	Issuer string    `json:"issuer"`           // "Gubernur Kepala Daerah Tingkat I Kalimantan Barat"
	Number string    `json:"number,omitempty"` // "408"
	Year   int       `json:"year,omitempty"`
	Date   date.Date `json:"date,omitzero"`
	Title  string    `json:"title,omitempty"`
	Source Source    `json:"source,omitzero"`
}

// A Secretariat is the office that hosted one side of a forum for a period.
// Periods are known to the year at best in public sources; unknown ends
// are left zero.
type Secretariat struct {
	Side   Side   `json:"side"`
	Agency string `json:"agency"`
	Unit   string `json:"unit,omitempty"` // the directorate or bureau inside the agency
	From   int    `json:"from,omitempty"` // first year, 0 if unknown
	Until  int    `json:"until,omitempty"`
	Order  int    `json:"order,omitempty"` // position in the sequence of hand-overs when years are unknown (1 = first)
	Source Source `json:"source,omitzero"`
}

// A Source says where a fact comes from.
type Source struct {
	Title string `json:"title,omitempty"`
	URL   string `json:"url,omitempty"`
	Note  string `json:"note,omitempty"` // what exactly the source says, or why it is partial
}

// IsZero reports whether s names no source.
func (s Source) IsZero() bool { return s == Source{} }

// An Event is what sessions and the meetings around them share: when,
// where, how and under whom they met.
type Event struct {
	// Dates is the exact period, ends included. When public sources give
	// only the month or the year, Dates stays zero and Within holds that
	// month ("2023-09") or year ("2025"), a date.Partial known to the
	// month or the year: the event was held on days of it that no source
	// names. Within is never known to the day; a known day goes in Dates.
	Dates  date.Range   `json:"dates,omitzero"`
	Within date.Partial `json:"within,omitzero"`

	HostSide Side   `json:"host_side,omitempty"`
	Host     string `json:"host,omitempty"` // region code of the host city, regency or state
	City     string `json:"city,omitempty"` // as the sources write it: "Singkawang", "Kuching"
	Venue    string `json:"venue,omitempty"`
	Mode     Mode   `json:"mode,omitempty"`

	Chairs  []Person `json:"chairs,omitempty"`
	Sources []Source `json:"sources,omitempty"`
	// Unconfirmed marks an entry that a source announces or implies but
	// none confirms (a planned date, an inferred place).
	Unconfirmed bool   `json:"unconfirmed,omitempty"`
	Note        string `json:"note,omitempty"`
}

// Period returns the exact dates if known, else the days the event may
// have been held on (the span of Within: its whole month or year), else
// the zero Range.
func (e Event) Period() date.Range {
	if !e.Dates.IsZero() {
		return e.Dates
	}
	return e.Within.Span()
}

// Year returns the year the event took place in, or 0 if unknown (or if
// the known period spans several years).
func (e Event) Year() int {
	p := e.Period()
	if p.IsZero() || p.Start.Year != p.End.Year {
		return 0
	}
	return p.Start.Year
}

// A Person is a chair, a head of delegation or a member, with the post
// held at the time.
type Person struct {
	Side Side   `json:"side,omitempty"`
	Name string `json:"name"`
	Post string `json:"post,omitempty"` // "Asisten Pemerintahan dan Kesra Setda Provinsi Kalimantan Barat"
}

// A Delegation is one side's party at a session.
type Delegation struct {
	Side    Side     `json:"side"`
	Leader  Person   `json:"leader,omitzero"`
	Regions []string `json:"regions,omitempty"` // region codes of the provinces or states that took part
	Members []Person `json:"members,omitempty"`
	Size    int      `json:"size,omitempty"` // number of delegates when only the count is known
	Note    string   `json:"note,omitempty"`
}

// A Session is one numbered session (sidang) of a forum, with the meetings
// that prepared it. Sessions are numbered per forum; some series carry a
// second count after the first, written "26 (7)".
type Session struct {
	Forum  string `json:"forum"`
	Number int    `json:"number"`
	Second int    `json:"second,omitempty"` // the count in brackets, 0 if none
	Event
	Meetings    []Meeting    `json:"meetings,omitempty"`
	Delegations []Delegation `json:"delegations,omitempty"`
	Minutes     Minutes      `json:"minutes,omitzero"`
}

// A Meeting is held around a session: a preparatory meeting, a working-paper
// evaluation forum of one technical team, the joint technical meeting, a
// joint secretariat meeting.
type Meeting struct {
	Kind   MeetingKind `json:"kind"`
	Number int         `json:"number,omitempty"` // the meeting's own count, if it has one ("Pertemuan ke-5 Sekretariat Bersama")
	Field  Field       `json:"field,omitempty"`  // the technical team's field, for a meeting of one team
	Event
}

// Minutes are the minutes (risalah) of a session, signed by both heads of
// delegation. What was agreed is read from the items (Dataset.Agreed).
type Minutes struct {
	Signed  date.Date `json:"signed,omitzero"`
	Place   string    `json:"place,omitempty"`
	Signers []Person  `json:"signers,omitempty"`
	Source  Source    `json:"source,omitzero"`
}

// An Item is one proposal of a working paper, followed from the session
// that raised it to the one that closed it.
type Item struct {
	Forum    string `json:"forum"`
	Ref      string `json:"ref"` // the reference in the working paper, unique within the forum: "KK2/33/04"
	Title    string `json:"title"`
	Field    Field  `json:"field,omitempty"`
	Proposer Side   `json:"proposer,omitempty"`
	// History holds one entry per session that discussed the item, in
	// session order; the first is the session that raised it.
	History []Entry  `json:"history,omitempty"`
	Actions []Action `json:"actions,omitempty"`
	Note    string   `json:"note,omitempty"`
}

// An Entry is what one session did with an item.
type Entry struct {
	Session int     `json:"session"` // number of the session in the item's forum
	Outcome Outcome `json:"outcome,omitempty"`
	Status  Status  `json:"status,omitempty"` // the item's state after the session
	Note    string  `json:"note,omitempty"`
}

// An Action is a follow-up assigned to an agency.
type Action struct {
	Agency string    `json:"agency"`
	Side   Side      `json:"side,omitempty"`
	Task   string    `json:"task,omitempty"`
	Due    date.Date `json:"due,omitzero"`
	Done   date.Date `json:"done,omitzero"`
	// Session is the number of the session that assigned the action, 0 if unknown.
	Session int `json:"session,omitempty"`
}

// Raised returns the number of the session that raised the item, or 0 if
// its history is empty.
func (it *Item) Raised() int {
	if len(it.History) == 0 {
		return 0
	}
	return it.History[0].Session
}

// Last returns the item's latest history entry, or the zero Entry.
func (it *Item) Last() Entry {
	if len(it.History) == 0 {
		return Entry{}
	}
	return it.History[len(it.History)-1]
}

// effective returns the status an entry sets: its recorded status, or
// Closed after an outcome of Dropped or NotAgreed, or 0 (unchanged).
func (e Entry) effective() Status {
	if e.Status != 0 {
		return e.Status
	}
	if e.Outcome == Dropped || e.Outcome == NotAgreed {
		return Closed
	}
	return 0
}

// Status returns the item's status after its latest session: the last
// status recorded in its history, where an entry without a status counts as
// Closed after an outcome of Dropped or NotAgreed and leaves the status
// unchanged otherwise. An item with no status recorded at all is Open.
func (it *Item) Status() Status {
	for i := len(it.History) - 1; i >= 0; i-- {
		if s := it.History[i].effective(); s != 0 {
			return s
		}
	}
	return Open
}

// IsOpen reports whether the item still awaits a decision or its
// implementation: its status is neither Done nor Closed.
func (it *Item) IsOpen() bool { return !it.Status().Final() }

// ClosedAt returns the number of the session from which the item has been
// Done or Closed, or 0 if it is open. An item reopened after being closed
// counts from its last closing.
func (it *Item) ClosedAt() int {
	if it.IsOpen() {
		return 0
	}
	at := 0
	for i := len(it.History) - 1; i >= 0; i-- {
		s := it.History[i].effective()
		if s != 0 && !s.Final() {
			break
		}
		if s.Final() {
			at = it.History[i].Session
		}
	}
	return at
}
