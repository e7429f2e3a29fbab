package session

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/region"
	"golang.org/x/text/language"
)

func mustPair(t testing.TB, s string) region.Pair {
	t.Helper()
	p, err := region.FindPair(s)
	if err != nil {
		t.Fatalf("region.FindPair(%q): %v", s, err)
	}
	return p
}

func day(y int, m time.Month, d int) date.Date { return date.Date{Year: y, Month: m, Day: d} }

func span(a, b date.Date) date.Range { return date.Range{Start: a, End: b} }

// seedForum returns the forums of seeds 000 and 003: the central working
// group and the Kalimantan Barat–Sarawak one with its decrees and
// secretariats.
func seedForums(t testing.TB) []Forum {
	return []Forum{
		{ID: "gbc", Level: GBC},
		{ID: "central", Level: Central, Parent: "gbc", Founded: day(1983, time.November, 14),
			Secretariats: []Secretariat{
				{Side: Indonesia, Agency: "Markas Besar TNI", Unit: "Asisten Teritorial Panglima TNI", Order: 1},
				{Side: Indonesia, Agency: "Kementerian Pertahanan", Order: 2},
				{Side: Indonesia, Agency: "Kementerian Dalam Negeri", Unit: "Ditjen Bina Administrasi Kewilayahan", Order: 3},
			}},
		{ID: "kalbar-sarawak", Level: Regional, Parent: "central", Pair: mustPair(t, "Kalimantan Barat–Sarawak"),
			Founded: day(1985, time.December, 21),
			Decrees: []Decree{
				{Side: Indonesia, Issuer: "Gubernur Kepala Daerah Tingkat I Kalimantan Barat", Number: "408", Year: 1985, Date: day(1985, time.December, 21)},
				{Side: Indonesia, Issuer: "Gubernur Kepala Daerah Tingkat I Kalimantan Barat", Number: "146", Year: 1988},
				{Side: Indonesia, Issuer: "Gubernur Kalimantan Barat", Number: "4", Year: 1999, Date: day(1999, time.January, 11)},
			},
			Secretariats: []Secretariat{
				{Side: Indonesia, Agency: "BP2DT", Order: 1},
				{Side: Indonesia, Agency: "Bappeda Provinsi Kalimantan Barat", Order: 2},
				{Side: Indonesia, Agency: "Biro Pemerintahan Setda Provinsi Kalimantan Barat", From: 2016, Order: 3},
			}},
	}
}

// seed33 is the 33rd session of seed 000 with its working-paper evaluation
// forum.
func seed33() Session {
	return Session{Forum: "kalbar-sarawak", Number: 33,
		Event: Event{Dates: span(day(2017, time.October, 23), day(2017, time.October, 25)), HostSide: Indonesia, Host: "61.72", City: "Singkawang"},
		Meetings: []Meeting{{Kind: WorkingPaperEvaluation, Field: EconomyTradeTransport,
			Event: Event{Dates: span(day(2017, time.September, 12), day(2017, time.September, 12)), HostSide: Indonesia, Venue: "Hotel Grand Mahkota"}}},
	}
}

func seedDataset(t testing.TB) *Dataset {
	return &Dataset{
		Forums: seedForums(t),
		Sessions: []Session{
			seed33(),
			{Forum: "kalbar-sarawak", Number: 34, Event: Event{HostSide: Malaysia, City: "Sibu"}},
			{Forum: "kalbar-sarawak", Number: 36, Event: Event{Within: date.InMonth(2023, time.September), HostSide: Malaysia, City: "Kuching"}},
			{Forum: "kalbar-sarawak", Number: 37, Event: Event{Within: date.InMonth(2024, time.November), HostSide: Indonesia, City: "Singkawang"}},
		},
		Items: []Item{
			{Forum: "kalbar-sarawak", Ref: "KK2/33/01", Title: "Inland port Entikong", Field: EconomyTradeTransport, Proposer: Indonesia,
				History: []Entry{{Session: 33, Outcome: Agreed, Status: Open}, {Session: 34, Outcome: Agreed, Status: InProgress}, {Session: 36, Status: Done}}},
			{Forum: "kalbar-sarawak", Ref: "KK2/33/02", Title: "Neraca perdagangan PLBN", Field: EconomyTradeTransport, Proposer: Indonesia,
				History: []Entry{{Session: 33, Outcome: CarriedOver}, {Session: 34, Outcome: Agreed, Status: InProgress}}},
			{Forum: "kalbar-sarawak", Ref: "KK1/34/01", Title: "Pertukaran budaya", Field: SocialCulture, Proposer: Malaysia,
				History: []Entry{{Session: 34, Outcome: Dropped}}},
			{Forum: "kalbar-sarawak", Ref: "KK3/36/01", Title: "Pos lintas batas Temajuk", Field: SecurityBorder,
				History: []Entry{{Session: 36, Outcome: Agreed}}},
		},
	}
}

func TestSeedDatasetValid(t *testing.T) {
	if err := seedDataset(t).Validate(); err != nil {
		t.Fatalf("seed dataset: %v", err)
	}
}

func TestTitle(t *testing.T) {
	d := History()
	tests := []struct {
		forum  string
		number int
		tag    language.Tag
		want   string
	}{
		{"kalbar-sarawak", 33, language.Indonesian, "Sidang ke-33 KK/JKK Sosek Malindo Tingkat Provinsi Kalimantan Barat – Peringkat Negeri Sarawak"},
		{"kalbar-sarawak", 33, language.Malay, "Sidang ke-33 JKK/KK Sosek Malindo Peringkat Negeri Sarawak – Tingkat Provinsi Kalimantan Barat"},
		{"kalbar-sarawak", 33, language.MustParse("ms-BN"), "Sidang ke-33 JKK/KK Sosek Malindo Peringkat Negeri Sarawak – Tingkat Provinsi Kalimantan Barat"},
		{"kalbar-sarawak", 33, language.English, "33rd Session of the KK/JKK Sosek Malindo, West Kalimantan Province – Sarawak State"},
		{"kalbar-sarawak", 33, language.German, "33rd Session of the KK/JKK Sosek Malindo, West Kalimantan Province – Sarawak State"},
		{"kalbar-sarawak", 36, language.English, "36th Session of the KK/JKK Sosek Malindo, West Kalimantan Province – Sarawak State"},
		{"kaltara-sabah", 26, language.Indonesian, "Sidang ke-26 (7) KK/JKK Sosek Malindo Tingkat Provinsi Kalimantan Utara – Peringkat Negeri Sabah"},
		{"kaltara-sabah", 26, language.Malay, "Sidang ke-26 (7) JKK/KK Sosek Malindo Peringkat Negeri Sabah – Tingkat Provinsi Kalimantan Utara"},
		{"kaltara-sabah", 26, language.English, "26th (7th) Session of the KK/JKK Sosek Malindo, North Kalimantan Province – Sabah State"},
		{"riau-kepri-melaka-johor", 14, language.Indonesian, "Sidang ke-14 KK/JKK Sosek Malindo Tingkat Provinsi Riau/Kepulauan Riau – Peringkat Negeri Melaka/Johor"},
		{"central", 39, language.Indonesian, "Sidang ke-39 KK/JKK Sosek Malindo"},
		{"central", 39, language.Malay, "Sidang ke-39 JKK/KK Sosek Malindo"},
		{"central", 40, language.English, "40th Session of the KK/JKK Sosek Malindo"},
	}
	for _, tt := range tests {
		s, ok := d.Session(tt.forum, tt.number)
		if !ok {
			t.Fatalf("history lacks session %s %d", tt.forum, tt.number)
		}
		if got := d.Title(s, tt.tag); got != tt.want {
			t.Errorf("Title(%s %d, %v) = %q, want %q", tt.forum, tt.number, tt.tag, got, tt.want)
		}
	}
	// Ordinals beyond the seeds, and a forum of the GBC.
	gbc := &Forum{ID: "gbc", Level: GBC}
	for _, tt := range []struct {
		n    int
		tag  language.Tag
		want string
	}{
		{12, language.Indonesian, "Sidang ke-12 GBC Malindo"},
		{12, language.English, "12th Session of the GBC Malindo"},
		{1, language.English, "1st Session of the GBC Malindo"},
		{22, language.English, "22nd Session of the GBC Malindo"},
		{111, language.English, "111th Session of the GBC Malindo"},
	} {
		s := Session{Forum: "gbc", Number: tt.n}
		if got := s.Title(gbc, tt.tag); got != tt.want {
			t.Errorf("Title(gbc %d, %v) = %q, want %q", tt.n, tt.tag, got, tt.want)
		}
	}
	// The host writes the title in its own language.
	s36, _ := d.Session("kalbar-sarawak", 36)
	f, _ := d.Forum("kalbar-sarawak")
	if got, want := s36.HostTitle(f), "Sidang ke-36 JKK/KK Sosek Malindo Peringkat Negeri Sarawak – Tingkat Provinsi Kalimantan Barat"; got != want {
		t.Errorf("HostTitle(36) = %q, want %q", got, want)
	}
}

func TestForumName(t *testing.T) {
	d := History()
	f, _ := d.Forum("kalbar-sarawak")
	got := []string{f.Name(Indonesia, language.Indonesian), f.Name(Malaysia, language.Malay), f.Name(Malaysia, language.English)}
	want := []string{"KK Sosek Malindo Tingkat Provinsi Kalimantan Barat", "JKK Sosek Malindo Peringkat Negeri Sarawak", "JKK Sosek Malindo of Sarawak State"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Forum.Name mismatch (-want +got):\n%s", diff)
	}
	f.Names = []Name{{Side: Malaysia, Lang: "en", Name: "Sarawak SOSEK MALINDO Working Committee"}}
	if got, want := f.Name(Malaysia, language.English), "Sarawak SOSEK MALINDO Working Committee"; got != want {
		t.Errorf("Forum.Name with override = %q, want %q", got, want)
	}
}

func TestItemHistory(t *testing.T) {
	type state struct {
		Raised, ClosedAt int
		Status           Status
		Open             bool
	}
	tests := []struct {
		name    string
		history []Entry
		want    state
	}{
		{"raised and agreed", []Entry{{Session: 33, Outcome: Agreed}}, state{33, 0, Open, true}},
		{"done two sessions later", []Entry{{Session: 33, Outcome: Agreed, Status: Open}, {Session: 34, Status: InProgress}, {Session: 35, Status: Done}}, state{33, 35, Done, false}},
		{"dropped", []Entry{{Session: 33, Outcome: CarriedOver}, {Session: 34, Outcome: Dropped}}, state{33, 34, Closed, false}},
		{"not agreed", []Entry{{Session: 36, Outcome: NotAgreed}}, state{36, 36, Closed, false}},
		{"carried over keeps status", []Entry{{Session: 33, Outcome: Agreed, Status: InProgress}, {Session: 34, Outcome: CarriedOver}}, state{33, 0, InProgress, true}},
		{"reopened", []Entry{{Session: 33, Status: Done}, {Session: 34, Status: Open}, {Session: 36, Status: Done}}, state{33, 36, Done, false}},
		{"closed, then repeated", []Entry{{Session: 33, Status: Closed}, {Session: 34, Outcome: Agreed}}, state{33, 33, Closed, false}},
		{"empty", nil, state{0, 0, Open, true}},
	}
	for _, tt := range tests {
		it := Item{History: tt.history}
		got := state{it.Raised(), it.ClosedAt(), it.Status(), it.IsOpen()}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: mismatch (-want +got):\n%s", tt.name, diff)
		}
	}
}

func TestQueries(t *testing.T) {
	d := seedDataset(t)
	refs := func(items []*Item) []string {
		var out []string
		for _, it := range items {
			out = append(out, it.Ref)
		}
		return out
	}
	if diff := cmp.Diff([]string{"KK2/33/02", "KK3/36/01"}, refs(d.OpenItems(""))); diff != "" {
		t.Errorf("OpenItems mismatch (-want +got):\n%s", diff)
	}
	if got := d.OpenItems("central"); len(got) != 0 {
		t.Errorf("OpenItems(central) = %v, want none", refs(got))
	}
	if diff := cmp.Diff([]string{"KK2/33/01"}, refs(d.Agreed("kalbar-sarawak", 33))); diff != "" {
		t.Errorf("Agreed(33) mismatch (-want +got):\n%s", diff)
	}
	var paper []string
	for _, ie := range d.WorkingPaper("kalbar-sarawak", 34, EconomyTradeTransport) {
		paper = append(paper, ie.Item.Ref+" "+ie.Entry.Outcome.String())
	}
	if diff := cmp.Diff([]string{"KK2/33/01 agreed", "KK2/33/02 agreed"}, paper); diff != "" {
		t.Errorf("WorkingPaper(34, KK2) mismatch (-want +got):\n%s", diff)
	}
	years, byYear := d.Years("kalbar-sarawak")
	if diff := cmp.Diff([]int{2017, 2023, 2024}, years); diff != "" {
		t.Errorf("Years mismatch (-want +got):\n%s", diff)
	}
	if n := len(byYear[2023]); n != 1 || byYear[2023][0].Number != 36 {
		t.Errorf("Years: 2023 holds %d sessions, want session 36", n)
	}
	if diff := cmp.Diff([]int{35}, d.Missing("kalbar-sarawak")); diff != "" {
		t.Errorf("Missing mismatch (-want +got):\n%s", diff)
	}
	var nums []int
	for _, s := range d.Series("kalbar-sarawak") {
		nums = append(nums, s.Number)
	}
	if diff := cmp.Diff([]int{33, 34, 36, 37}, nums); diff != "" {
		t.Errorf("Series mismatch (-want +got):\n%s", diff)
	}
}

// TestOpenItemsOrder checks oldest-first order across forums and for
// sessions without dates, which sort by number within their forum.
func TestOpenItemsOrder(t *testing.T) {
	d := &Dataset{
		Forums: []Forum{{ID: "a", Level: Central}, {ID: "b", Level: Central}},
		Sessions: []Session{
			{Forum: "a", Number: 2, Event: Event{Dates: span(day(2020, 5, 1), day(2020, 5, 2))}},
			{Forum: "a", Number: 3},
			{Forum: "a", Number: 1, Event: Event{Within: date.InYear(2019)}},
			{Forum: "b", Number: 7, Event: Event{Dates: span(day(2019, 6, 1), day(2019, 6, 1))}},
		},
		Items: []Item{
			{Forum: "a", Ref: "a3", History: []Entry{{Session: 3}}},
			{Forum: "a", Ref: "a1", History: []Entry{{Session: 1}}},
			{Forum: "b", Ref: "b7", History: []Entry{{Session: 7}}},
			{Forum: "a", Ref: "a2", History: []Entry{{Session: 2}}},
			{Forum: "a", Ref: "a2-closed", History: []Entry{{Session: 2, Status: Done}}},
			{Forum: "a", Ref: "a1-second", History: []Entry{{Session: 1}}},
		},
	}
	var got []string
	for _, it := range d.OpenItems("") {
		got = append(got, it.Ref)
	}
	want := []string{"a1", "a1-second", "b7", "a2", "a3"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("OpenItems order mismatch (-want +got):\n%s", diff)
	}
}

func TestValidate(t *testing.T) {
	type problem struct {
		Path string
		Err  error
	}
	tests := []struct {
		name   string
		change func(d *Dataset)
		want   []problem
	}{
		{"meeting ends before it starts", func(d *Dataset) {
			d.Sessions[0].Meetings[0].Dates = span(day(2017, 9, 12), day(2017, 9, 11))
		}, []problem{{"sessions[0].meetings[0].dates", ErrDateOrder}}},
		{"session out of sequence", func(d *Dataset) {
			d.Sessions[2].Within = date.InMonth(2016, 9) // 36 before 33
		}, []problem{{"sessions[2].number", ErrOutOfSequence}}},
		{"duplicate session number", func(d *Dataset) {
			d.Sessions[1].Number = 33
		}, []problem{{"sessions[1].number", ErrDuplicate}, {"items[0].history[1].session", ErrUnknownRef}, {"items[1].history[1].session", ErrUnknownRef}, {"items[2].history[0].session", ErrUnknownRef}}},
		{"item closed before raised", func(d *Dataset) {
			d.Items[0].History = []Entry{{Session: 34, Outcome: Agreed}, {Session: 33, Status: Done}}
		}, []problem{{"items[0].history[1]", ErrClosedBeforeRaised}}},
		{"history out of order", func(d *Dataset) {
			d.Items[0].History = []Entry{{Session: 34}, {Session: 33, Status: InProgress}}
		}, []problem{{"items[0].history[1].session", ErrHistoryOrder}}},
		{"action done before raised", func(d *Dataset) {
			d.Items[3].Actions = []Action{{Agency: "BPPD Kalbar", Done: day(2020, 1, 1)}}
		}, []problem{{"items[3].actions[0].done", ErrClosedBeforeRaised}}},
		{"preparatory after session", func(d *Dataset) {
			d.Sessions[0].Meetings[0].Dates = span(day(2017, 11, 1), day(2017, 11, 1))
		}, []problem{{"sessions[0].meetings[0].dates", ErrDateOrder}}},
		{"unknown forum, region, parent", func(d *Dataset) {
			d.Sessions[0].Forum = "kalbar"
			d.Sessions[0].Host = "99.99"
			d.Forums[2].Parent = "pusat"
		}, []problem{
			{"forums[2].parent", ErrUnknownRef},
			{"sessions[0].forum", ErrUnknownRef},
			{"sessions[0].host", ErrUnknownRef},
			{"items[0].history[0].session", ErrUnknownRef},
			{"items[1].history[0].session", ErrUnknownRef},
		}},
		{"many at once", func(d *Dataset) {
			d.Forums[0].ID = ""
			d.Forums[1].Level = 0
			d.Sessions[3].Number = 0
			d.Items[1].Ref = "KK2/33/01"
			d.Items[2].History = nil
		}, []problem{
			{"forums[0].id", ErrMissing},
			{"forums[1].level", ErrInvalid},
			{"forums[1].parent", ErrUnknownRef},
			{"sessions[3].number", ErrInvalid},
			{"items[1].ref", ErrDuplicate},
			{"items[2].history", ErrMissing},
		}},
		{"regional forum without pair", func(d *Dataset) {
			d.Forums[2].Pair = region.Pair{}
		}, []problem{{"forums[2].pair", ErrMissing}}},
		{"secretariat ends before it starts", func(d *Dataset) {
			d.Forums[2].Secretariats[2].Until = 2010
		}, []problem{{"forums[2].secretariats[2]", ErrDateOrder}}},
	}
	for _, tt := range tests {
		d := seedDataset(t)
		tt.change(d)
		err := d.Validate()
		var got []problem
		for _, e := range unjoin(err) {
			var ve *ValidationError
			if !errors.As(e, &ve) {
				t.Errorf("%s: %v is not a *ValidationError", tt.name, e)
				continue
			}
			got = append(got, problem{ve.Path, ve.Err})
		}
		if err == nil {
			got = nil
		}
		if diff := cmp.Diff(tt.want, got, cmp.Comparer(func(a, b error) bool { return a == b })); diff != "" {
			t.Errorf("%s: Validate mismatch (-want +got):\n%s\nerror: %v", tt.name, diff, err)
		}
	}
}

func TestHistory(t *testing.T) {
	d, err := ReadJSON(bytes.NewReader(historyJSON))
	if err != nil {
		t.Fatalf("embedded history: %v", err)
	}
	// Every session and meeting names a source or sits in a session that does.
	for _, s := range d.Sessions {
		if len(s.Sources) == 0 {
			t.Errorf("session %s %d has no source", s.Forum, s.Number)
		}
	}
	var got []string
	for _, s := range d.Series("kalbar-sarawak") {
		got = append(got, s.City)
	}
	if diff := cmp.Diff([]string{"Singkawang", "Sibu", "Kuching", "Singkawang", "Miri"}, got); diff != "" {
		t.Errorf("Kalimantan Barat–Sarawak series mismatch (-want +got):\n%s", diff)
	}
	s33, _ := d.Session("kalbar-sarawak", 33)
	if want := span(day(2017, 10, 23), day(2017, 10, 25)); s33.Dates != want {
		t.Errorf("session 33 dates %v, want %v", s33.Dates, want)
	}
	m := s33.Meetings[0]
	if m.Kind != WorkingPaperEvaluation || m.Field.TeamName(language.Indonesian) != "Tim Teknis II" || m.Venue != "Hotel Grand Mahkota" || m.Dates.Start != day(2017, 9, 12) {
		t.Errorf("session 33 meeting = %+v", m)
	}
	if diff := cmp.Diff([]int{35}, d.Missing("kalbar-sarawak")); diff != "" {
		t.Errorf("Missing mismatch (-want +got):\n%s", diff)
	}
	// History returns a copy each time.
	a, b := History(), History()
	a.Sessions[0].City = "changed"
	if b.Sessions[0].City == "changed" {
		t.Error("History shares its sessions between calls")
	}
}

func TestJSONRoundTrip(t *testing.T) {
	for _, d := range []*Dataset{seedDataset(t), History()} {
		var buf bytes.Buffer
		if err := d.WriteJSON(&buf); err != nil {
			t.Fatalf("WriteJSON: %v", err)
		}
		back, err := ReadJSON(&buf)
		if err != nil {
			t.Fatalf("ReadJSON(WriteJSON(d)): %v", err)
		}
		if diff := cmp.Diff(d, back); diff != "" {
			t.Errorf("JSON round trip mismatch (-want +got):\n%s", diff)
		}
	}
}

// TestReadJSONEmptyLists checks that an empty list reads as an absent key
// at every depth, so that what ReadJSON reads writes and reads back equal
// (FuzzReadJSON found "meetings": [] coming back nil).
func TestReadJSONEmptyLists(t *testing.T) {
	const forum = `{"id":"kalbar-sarawak","level":"regional","pair":"Kalbar - Sarawak"`
	tests := []struct {
		name, in string
		want     *Dataset
	}{
		{"top level", `{"forums":[],"sessions":[],"items":[]}`, &Dataset{}},
		{"forum", `{"forums":[` + forum + `,"names":[],"decrees":[],"secretariats":[],"sources":[]}]}`,
			&Dataset{Forums: []Forum{{ID: "kalbar-sarawak", Level: Regional, Pair: mustPair(t, "kalbar-sarawak")}}}},
		{"session", `{"forums":[` + forum + `}],"sessions":[{"forum":"kalbar-sarawak","number":1,"host":"11.01",` +
			`"chairs":[],"sources":[],"meetings":[],"delegations":[{"side":"indonesia","regions":[],"members":[]}],"minutes":{"signers":[]}}]}`,
			&Dataset{
				Forums: []Forum{{ID: "kalbar-sarawak", Level: Regional, Pair: mustPair(t, "kalbar-sarawak")}},
				Sessions: []Session{{Forum: "kalbar-sarawak", Number: 1, Event: Event{Host: "11.01"},
					Delegations: []Delegation{{Side: Indonesia}}}},
			}},
	}
	for _, tt := range tests {
		d, err := ReadJSON(strings.NewReader(tt.in))
		if err != nil {
			t.Errorf("%s: ReadJSON: %v", tt.name, err)
			continue
		}
		if diff := cmp.Diff(tt.want, d); diff != "" {
			t.Errorf("%s: ReadJSON mismatch (-want +got):\n%s", tt.name, diff)
		}
		var buf bytes.Buffer
		if err := d.WriteJSON(&buf); err != nil {
			t.Fatalf("%s: WriteJSON: %v", tt.name, err)
		}
		back, err := ReadJSON(&buf)
		if err != nil {
			t.Fatalf("%s: ReadJSON(WriteJSON(d)): %v", tt.name, err)
		}
		if diff := cmp.Diff(d, back); diff != "" {
			t.Errorf("%s: round trip mismatch (-first +second):\n%s", tt.name, diff)
		}
	}
}

func TestReadJSONErrors(t *testing.T) {
	tests := []struct {
		in   string
		want string // the error, as the command prints it after the file name
		is   error
	}{
		{`{"forums":[{"id":"x","level":"regionalx"}]}`, `1:30: session.Level.UnmarshalText("regionalx"): unknown level`, ErrUnknownLabel},
		{"{\"forums\":[\n {\"id\":\"x\",\n  \"levl\":\"gbc\"}]}", `3:3: syntax error: json: unknown field "levl"`, ErrSyntax},
		{"{\"sessions\":[\n {\"forum\":\"x\",\n  \"dates\":\"2017-10-25/2017-10-23\"}]}", `3:11: date.UnmarshalText("2017-10-25/2017-10-23"): range ends before it starts (at "2017-10-23")`, date.ErrRange},
		{"{\"sessions\":[\n {\"forum\":\"x\",\n  \"number\":3,]}", `3:10: syntax error: invalid character ']' looking for beginning of object key string`, ErrSyntax},
		{"{\"sessions\":[{\"number\":\"33\"}]}", `1:15: syntax error: number is string, want int`, ErrSyntax},
		{"[]", `1:1: syntax error: a dataset is a JSON object`, ErrSyntax},
		{"", `1:1: syntax error: unexpected end of input`, ErrSyntax},
		{`{"x":1}`, `1:2: syntax error: unknown key "x" (want forums, sessions, items or note)`, ErrSyntax},
		{`{"forums":[]} {}`, `1:15: syntax error: data after the dataset`, ErrSyntax},
		{`{"forums":[],"forums":[]}`, `1:14: syntax error: key "forums" given twice`, ErrSyntax},
		{"{\"forums\":[{\"id\":\"c\",\"level\":\"central\"}],\n\"sessions\":[\n {\"forum\":\"c\",\"number\":3},\n {\"forum\":\"c\",\"number\":3}]}",
			`4:2: sessions[1].number: session c 3 listed twice`, ErrDuplicate},
	}
	for _, tt := range tests {
		_, err := ReadJSON(strings.NewReader(tt.in))
		if err == nil {
			t.Errorf("ReadJSON(%q): no error", tt.in)
			continue
		}
		if got := err.Error(); got != tt.want {
			t.Errorf("ReadJSON(%q) error = %q, want %q", tt.in, got, tt.want)
		}
		if !errors.Is(err, tt.is) {
			t.Errorf("ReadJSON(%q) error %v does not wrap %v", tt.in, err, tt.is)
		}
	}
	// A document that is too large is refused before parsing.
	defer func(n int64) { maxJSONSize = n }(maxJSONSize)
	maxJSONSize = 1000
	big := bytes.Repeat([]byte(" "), 1001)
	if _, err := ReadJSON(bytes.NewReader(big)); !errors.Is(err, ErrTooLarge) {
		t.Errorf("ReadJSON(huge) = %v, want ErrTooLarge", err)
	}
}

func TestItemsCSV(t *testing.T) {
	d := seedDataset(t)
	var buf bytes.Buffer
	if err := WriteItemsCSV(&buf, d.Items); err != nil {
		t.Fatal(err)
	}
	wantHead := "forum,ref,title,field,proposer,session,outcome,status,note\n" +
		"kalbar-sarawak,KK2/33/01,Inland port Entikong,economy-trade-transport,indonesia,33,agreed,open,\n"
	if !strings.HasPrefix(buf.String(), wantHead) {
		t.Errorf("WriteItemsCSV starts\n%s\nwant\n%s", buf.String()[:min(len(buf.String()), len(wantHead)+40)], wantHead)
	}
	if rows := strings.Count(buf.String(), "\n"); rows != 1+7 {
		t.Errorf("WriteItemsCSV wrote %d lines, want 8 (header and one per item per session)", rows)
	}
	back, err := ReadItemsCSV(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(d.Items, back); diff != "" {
		t.Errorf("CSV round trip mismatch (-want +got):\n%s", diff)
	}
	// Hand-written: labels in Indonesian, columns in another order.
	hand := "Session,Ref,Forum,Outcome,Status,Field\n" +
		"33,A,kalbar-sarawak,disepakati,dalam proses,Tim Teknis II\n" +
		"34,A,kalbar-sarawak,dipersetujui,selesai,\n"
	items, err := ReadItemsCSV(strings.NewReader(hand))
	if err != nil {
		t.Fatal(err)
	}
	want := []Item{{Forum: "kalbar-sarawak", Ref: "A", Field: EconomyTradeTransport,
		History: []Entry{{Session: 33, Outcome: Agreed, Status: InProgress}, {Session: 34, Outcome: Agreed, Status: Done}}}}
	if diff := cmp.Diff(want, items); diff != "" {
		t.Errorf("ReadItemsCSV(hand) mismatch (-want +got):\n%s", diff)
	}
	for _, tt := range []struct{ in, want string }{
		{"forum,ref,session\nk,A,tiga\n", `2:5: session: syntax error: session "tiga" is not a number of 1 or more`},
		{"forum,ref,session,outcome\nk,A,3,maybe\n", `2:7: outcome: session.ParseOutcome("maybe"): unknown outcome`},
		{"forum,title\n", `1:1: syntax error: header lacks the column "ref"`},
		// At the opening quote, not at the end of the input it ran to.
		{"forum,ref,session\nk,\"A,3\n", `2:3: syntax error: unclosed quote: the quoted field opened here runs to the end of the input (line 2), taking every line after it`},
		{"", `1:1: syntax error: empty input, want a header`},
	} {
		_, err := ReadItemsCSV(strings.NewReader(tt.in))
		if err == nil || err.Error() != tt.want {
			t.Errorf("ReadItemsCSV(%q) error = %v, want %q", tt.in, err, tt.want)
		}
	}
}

// TestNumbering checks session numbers against dates within a series, and
// the gaps Missing reports.
func TestNumbering(t *testing.T) {
	type s struct {
		n      int
		dates  date.Range
		within date.Partial
	}
	y := date.InYear
	on := func(yr int, m time.Month, d int) date.Range { return span(day(yr, m, d), day(yr, m, d)) }
	tests := []struct {
		name     string
		sessions []s
		wantErr  []string // paths of ErrOutOfSequence problems
		missing  []int
	}{
		{"yearly", []s{{33, on(2017, 10, 23), date.Partial{}}, {34, date.Range{}, y(2018)}, {36, date.Range{}, date.InMonth(2023, 9)}}, nil, []int{35}},
		{"given in any order", []s{{37, on(2024, 11, 23), date.Partial{}}, {33, on(2017, 10, 23), date.Partial{}}, {36, on(2023, 9, 20), date.Partial{}}}, nil, []int{34, 35}},
		{"two sessions in one year", []s{{1, on(2020, 1, 10), date.Partial{}}, {2, on(2020, 11, 10), date.Partial{}}}, nil, nil},
		{"later number, earlier date", []s{{33, on(2017, 10, 23), date.Partial{}}, {34, on(2016, 5, 1), date.Partial{}}}, []string{"sessions[1].number"}, nil},
		{"later number, earlier year", []s{{33, on(2017, 10, 23), date.Partial{}}, {34, date.Range{}, y(2015)}}, []string{"sessions[1].number"}, nil},
		{"year overlapping an exact date is not a conflict", []s{{33, on(2017, 10, 23), date.Partial{}}, {34, date.Range{}, y(2017)}}, nil, nil},
		{"undated sessions are not checked", []s{{33, on(2017, 10, 23), date.Partial{}}, {34, date.Range{}, date.Partial{}}, {35, on(2016, 1, 1), date.Partial{}}}, []string{"sessions[2].number"}, []int(nil)},
	}
	for _, tt := range tests {
		d := &Dataset{Forums: []Forum{{ID: "c", Level: Central}}}
		for _, x := range tt.sessions {
			d.Sessions = append(d.Sessions, Session{Forum: "c", Number: x.n, Event: Event{Dates: x.dates, Within: x.within}})
		}
		var got []string
		for _, e := range unjoin(d.Validate()) {
			var ve *ValidationError
			if errors.As(e, &ve) && errors.Is(ve, ErrOutOfSequence) {
				got = append(got, ve.Path)
			}
		}
		if diff := cmp.Diff(tt.wantErr, got); diff != "" {
			t.Errorf("%s: out-of-sequence problems mismatch (-want +got):\n%s", tt.name, diff)
		}
		if diff := cmp.Diff(tt.missing, d.Missing("c")); diff != "" {
			t.Errorf("%s: Missing mismatch (-want +got):\n%s", tt.name, diff)
		}
	}
}
