package session

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/kerjasama/kerjasama/date"
	"golang.org/x/text/language"
)

// TestSeriesBy checks which sessions count as taken place on a day: exact
// days from the first, a month or a year once it has passed, no date once
// a later-numbered dated session has taken place.
func TestSeriesBy(t *testing.T) {
	d := &Dataset{
		Forums: []Forum{{ID: "a", Level: Central}, {ID: "b", Level: Central}},
		Sessions: []Session{
			{Forum: "a", Number: 33, Event: Event{Dates: span(day(2017, 10, 23), day(2017, 10, 25)), Unconfirmed: true}},
			{Forum: "a", Number: 34},
			{Forum: "a", Number: 36, Event: Event{Within: date.InMonth(2023, time.September)}},
			{Forum: "a", Number: 37, Event: Event{Within: date.InYear(2024)}},
			{Forum: "a", Number: 38},
			{Forum: "b", Number: 1, Event: Event{Dates: span(day(2016, 1, 1), day(2016, 1, 1))}},
		},
	}
	tests := []struct {
		at   date.Date
		want []int
	}{
		{day(2017, 10, 22), nil},
		{day(2017, 10, 23), []int{33}}, // begun, though announced only
		{day(2023, 9, 29), []int{33}},  // the 34th is not known to come before anything held
		{day(2023, 9, 30), []int{33, 34, 36}},
		{day(2024, 12, 30), []int{33, 34, 36}},
		{day(2024, 12, 31), []int{33, 34, 36, 37}},
		{day(2030, 1, 1), []int{33, 34, 36, 37}}, // the 38th has no date and nothing after it
		{date.Date{}, []int{33, 34, 36, 37, 38}}, // no limit
	}
	for _, tt := range tests {
		var got []int
		for _, s := range d.SeriesBy("a", tt.at) {
			got = append(got, s.Number)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("SeriesBy(a, %s) mismatch (-want +got):\n%s", tt.at, diff)
		}
	}
}

// TestItemDecision checks LastStatus and AgreedAt: a status is recorded
// or not, and only an agreed item is a decision.
func TestItemDecision(t *testing.T) {
	type state struct {
		Last     Status
		Recorded bool
		Status   Status
		AgreedAt int
		Open     bool
	}
	tests := []struct {
		name    string
		history []Entry
		want    state
	}{
		{"proposed only", []Entry{{Session: 33, Outcome: Proposed}}, state{0, false, Open, 0, true}},
		{"discussed, then proposed again", []Entry{{Session: 33, Outcome: Discussed}, {Session: 34, Outcome: Proposed}}, state{0, false, Open, 0, true}},
		{"agreed without a status", []Entry{{Session: 33, Outcome: Proposed}, {Session: 34, Outcome: Agreed}}, state{0, false, Open, 34, true}},
		{"agreed, then its status", []Entry{{Session: 33, Outcome: Agreed, Status: InProgress}, {Session: 34, Outcome: Discussed}}, state{InProgress, true, InProgress, 33, true}},
		{"agreed twice", []Entry{{Session: 33, Outcome: Agreed}, {Session: 34, Outcome: Agreed, Status: Done}}, state{Done, true, Done, 33, false}},
		{"not agreed", []Entry{{Session: 33, Outcome: Proposed}, {Session: 34, Outcome: NotAgreed}}, state{Closed, true, Closed, 0, false}},
		{"empty", nil, state{0, false, Open, 0, true}},
	}
	for _, tt := range tests {
		it := Item{History: tt.history}
		last, ok := it.LastStatus()
		got := state{last, ok, it.Status(), it.AgreedAt(), it.IsOpen()}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: mismatch (-want +got):\n%s", tt.name, diff)
		}
	}
}

// TestOutcomes checks the outcomes Proposed and Discussed: labels in the
// three languages, stable identifiers, the parser, and Decided.
func TestOutcomes(t *testing.T) {
	type labels struct{ ID, EN, IDN, MS string }
	tests := []struct {
		o       Outcome
		want    labels
		decided bool
		parse   []string
	}{
		{Agreed, labels{"agreed", "agreed", "disepakati", "dipersetujui"}, true, []string{"Disepakati"}},
		{NotAgreed, labels{"not-agreed", "not agreed", "tidak disepakati", "tidak dipersetujui"}, true, []string{"ditolak"}},
		{Dropped, labels{"dropped", "dropped", "dihilangkan", "digugurkan"}, true, []string{"dihapus"}},
		{CarriedOver, labels{"carried-over", "carried over", "dibawa ke sidang berikutnya", "dibawa ke persidangan berikutnya"}, true, []string{"ditunda", "dibahas pada sidang berikutnya"}},
		{Proposed, labels{"proposed", "proposed", "diusulkan", "dicadangkan"}, false, []string{"Diusulkan", "usulan", "dicadangkan", "proposed", "cadangan"}},
		{Discussed, labels{"discussed", "discussed", "dibahas", "dibincangkan"}, false, []string{"Dibahas", "dibicarakan", "dibincangkan", "discussed"}},
		{0, labels{}, false, nil},
	}
	for _, tt := range tests {
		got := labels{tt.o.String(), tt.o.Label(language.English), tt.o.Label(language.Indonesian), tt.o.Label(language.Malay)}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Outcome %d labels mismatch (-want +got):\n%s", tt.o, diff)
		}
		if tt.o.Decided() != tt.decided {
			t.Errorf("%v.Decided() = %v, want %v", tt.o, tt.o.Decided(), tt.decided)
		}
		for _, s := range tt.parse {
			if o, err := ParseOutcome(s); err != nil || o != tt.o {
				t.Errorf("ParseOutcome(%q) = %v, %v; want %v", s, o, err, tt.o)
			}
		}
	}
	// The identifiers are stable: the values 5 and 6 are proposed and
	// discussed, after the four earlier outcomes.
	if Proposed != 5 || Discussed != 6 {
		t.Errorf("Proposed, Discussed = %d, %d; want 5, 6", Proposed, Discussed)
	}
}

// TestRecordComplete checks the declaration that a forum's record is
// complete: read and written as "record_complete", validated.
func TestRecordComplete(t *testing.T) {
	const doc = `{"forums": [{"id": "kalbar-sarawak", "level": "regional", "pair": "kalbar-sarawak", "record_complete": "2022-12-31"}],
"items": [{"forum": "kalbar-sarawak", "ref": "A", "history": [{"session": 36, "outcome": "diusulkan"}, {"session": 37, "outcome": "dibahas"}]}],
"sessions": [{"forum": "kalbar-sarawak", "number": 36}, {"forum": "kalbar-sarawak", "number": 37}]}`
	d, err := ReadJSON(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := d.Forums[0].RecordComplete, day(2022, 12, 31); got != want {
		t.Errorf("RecordComplete = %s, want %s", got, want)
	}
	if got := []Outcome{d.Items[0].History[0].Outcome, d.Items[0].History[1].Outcome}; !cmp.Equal(got, []Outcome{Proposed, Discussed}) {
		t.Errorf("outcomes = %v, want proposed, discussed", got)
	}
	var b bytes.Buffer
	if err := d.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{`"record_complete": "2022-12-31"`, `"outcome": "proposed"`, `"outcome": "discussed"`} {
		if !strings.Contains(b.String(), s) {
			t.Errorf("WriteJSON lacks %s:\n%s", s, b.String())
		}
	}
	back, err := ReadJSON(&b)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(d, back); diff != "" {
		t.Errorf("round trip mismatch (-want +got):\n%s", diff)
	}
	bad := &Dataset{Forums: []Forum{{ID: "central", Level: Central, RecordComplete: date.Date{Year: 2022, Month: 2, Day: 30}}}}
	err = bad.Validate()
	var ve *ValidationError
	if !errors.As(err, &ve) || !errors.Is(err, ErrInvalid) || ve.Path != "forums[0].record_complete" {
		t.Errorf("Validate of an invalid record_complete = %v, want forums[0].record_complete: ErrInvalid", err)
	}
}
