package session

import (
	"bytes"
	"fmt"
	"testing"
	"time"

	"github.com/kerjasama/kerjasama/date"
	"golang.org/x/text/language"
)

// benchDataset builds a forum with nSessions yearly sessions and nItems
// items, each raised at some session and followed for up to four more;
// about a third end done or closed.
func benchDataset(nItems, nSessions int) *Dataset {
	d := &Dataset{Forums: []Forum{{ID: "central", Level: Central}}}
	for n := 1; n <= nSessions; n++ {
		start := date.Date{Year: 1985 + n, Month: time.October, Day: 20}
		d.Sessions = append(d.Sessions, Session{Forum: "central", Number: n,
			Event: Event{Dates: date.Range{Start: start, End: start.AddDays(2)}}})
	}
	d.Items = make([]Item, nItems)
	for i := range d.Items {
		raised := 1 + (i*7919)%nSessions
		it := &d.Items[i]
		it.Forum, it.Ref, it.Field = "central", fmt.Sprintf("KK%d/%d/%d", 1+i%3, raised, i), Field(1+i%3)
		it.History = append(it.History, Entry{Session: raised, Outcome: Agreed, Status: Open})
		for s := raised + 1; s <= nSessions && s <= raised+(i%5); s++ {
			it.History = append(it.History, Entry{Session: s, Status: InProgress})
		}
		switch i % 6 {
		case 0:
			it.History[len(it.History)-1].Status = Done
		case 1:
			it.History[len(it.History)-1].Outcome = Dropped
			it.History[len(it.History)-1].Status = 0
		}
	}
	return d
}

// BenchmarkOpenItems follows 100,000 items across 40 sessions to list the
// open ones, oldest first. The target is under 50 ms.
func BenchmarkOpenItems(b *testing.B) {
	d := benchDataset(100_000, 40)
	b.ReportAllocs()
	var n int
	for b.Loop() {
		n = len(d.OpenItems(""))
	}
	b.ReportMetric(float64(n), "open")
}

func BenchmarkValidate(b *testing.B) {
	d := benchDataset(100_000, 40)
	b.ReportAllocs()
	for b.Loop() {
		if err := d.Validate(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReadJSON reads the 100,000-item dataset back from its JSON
// form, validating it.
func BenchmarkReadJSON(b *testing.B) {
	var buf bytes.Buffer
	if err := benchDataset(100_000, 40).WriteJSON(&buf); err != nil {
		b.Fatal(err)
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadJSON(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkTitle(b *testing.B) {
	d := History()
	s, _ := d.Session("kalbar-sarawak", 33)
	f, _ := d.Forum("kalbar-sarawak")
	buf := make([]byte, 0, 256)
	b.ReportAllocs()
	for b.Loop() {
		buf = s.AppendTitle(buf[:0], f, englishTag)
	}
}

func TestBenchDataset(t *testing.T) {
	d := benchDataset(1000, 40)
	if err := d.Validate(); err != nil {
		t.Fatal(err)
	}
	open := d.OpenItems("")
	if len(open) == 0 || len(open) == len(d.Items) {
		t.Fatalf("OpenItems: %d of %d open; want some of each", len(open), len(d.Items))
	}
	for i := 1; i < len(open); i++ {
		if open[i].Raised() < open[i-1].Raised() {
			t.Fatalf("OpenItems not oldest first at %d: %d after %d", i, open[i].Raised(), open[i-1].Raised())
		}
	}
}

var englishTag = language.English
