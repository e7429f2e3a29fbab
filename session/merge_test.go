package session_test

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/session"
)

// readSeed reads the seed dataset the report embeds (seeds 000 and 003:
// the forums and the 33rd Kalimantan Barat–Sarawak session).
func readSeed(t *testing.T) *session.Dataset {
	t.Helper()
	f, err := os.Open("../report/data/sessions.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d, err := session.ReadJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// sessionKeys lists the sessions as "forum number", in order.
func sessionKeys(d *session.Dataset) []string {
	var ks []string
	for _, s := range d.Sessions {
		ks = append(ks, s.Forum+" "+strconv.Itoa(s.Number))
	}
	return ks
}

// itemKeys lists the items as "forum ref", in order.
func itemKeys(d *session.Dataset) []string {
	var ks []string
	for _, it := range d.Items {
		ks = append(ks, it.Forum+" "+it.Ref)
	}
	return ks
}

// onlyForum returns d cut to one forum (without its parent), its sessions
// and items.
func onlyForum(d *session.Dataset, id string) *session.Dataset {
	out := &session.Dataset{Note: d.Note}
	for _, f := range d.Forums {
		if f.ID == id {
			f.Parent = ""
			out.Forums = append(out.Forums, f)
		}
	}
	for _, s := range d.Sessions {
		if s.Forum == id {
			out.Sessions = append(out.Sessions, s)
		}
	}
	for _, it := range d.Items {
		if it.Forum == id {
			out.Items = append(out.Items, it)
		}
	}
	return out
}

func TestMerge(t *testing.T) {
	history := session.History()
	tests := []struct {
		name         string
		d, other     func(t *testing.T) *session.Dataset
		wantSessions []string
		wantItems    []string
		wantErrs     []error // sentinels, in order; nil for a consistent merge
	}{
		{
			name:  "public record into the seed",
			d:     readSeed,
			other: func(*testing.T) *session.Dataset { return session.History() },
			wantSessions: []string{
				"central 38", "central 39", "central 40",
				"kalbar-sarawak 33", "kalbar-sarawak 34", "kalbar-sarawak 36", "kalbar-sarawak 37", "kalbar-sarawak 38",
				// 15th, 19th (Melaka 2023) and 21st (Johor 2025) of the
				// Riau series: data/history.json, sourced in data/README.md.
				"kaltara-sabah 26", "riau-kepri-melaka-johor 14", "riau-kepri-melaka-johor 15",
				"riau-kepri-melaka-johor 19", "riau-kepri-melaka-johor 21",
			},
			wantItems: itemKeys(history),
		},
		{
			name:         "the seed into the public record: nothing new",
			d:            func(*testing.T) *session.Dataset { return session.History() },
			other:        readSeed,
			wantSessions: sessionKeys(sortedHistory()),
			wantItems:    itemKeys(history),
		},
		{
			name:         "a dataset into itself: no duplicates",
			d:            func(*testing.T) *session.Dataset { return session.History() },
			other:        func(*testing.T) *session.Dataset { return session.History() },
			wantSessions: sessionKeys(sortedHistory()),
			wantItems:    itemKeys(history),
		},
		{
			name:  "only the forums d defines",
			d:     func(t *testing.T) *session.Dataset { return onlyForum(readSeed(t), "kalbar-sarawak") },
			other: func(*testing.T) *session.Dataset { return session.History() },
			wantSessions: []string{
				"kalbar-sarawak 33", "kalbar-sarawak 34", "kalbar-sarawak 36", "kalbar-sarawak 37", "kalbar-sarawak 38",
			},
			wantItems: []string{"kalbar-sarawak 38-plbn-jalur-baru", "kalbar-sarawak 37-penyakit-menular"},
		},
		{
			name:         "nothing to merge",
			d:            readSeed,
			other:        func(*testing.T) *session.Dataset { return nil },
			wantSessions: []string{"kalbar-sarawak 33"},
		},
		{
			name: "a session out of sequence and an item of an unknown session",
			d:    readSeed,
			other: func(*testing.T) *session.Dataset {
				return &session.Dataset{
					Sessions: []session.Session{{Forum: "kalbar-sarawak", Number: 35,
						Event: session.Event{Dates: date.Range{Start: date.Date{Year: 2015, Month: 5, Day: 1}, End: date.Date{Year: 2015, Month: 5, Day: 2}}}}},
					Items: []session.Item{{Forum: "kalbar-sarawak", Ref: "X", Title: "x", History: []session.Entry{{Session: 99}}}},
				}
			},
			wantSessions: []string{"kalbar-sarawak 33", "kalbar-sarawak 35"},
			wantItems:    []string{"kalbar-sarawak X"},
			wantErrs:     []error{session.ErrOutOfSequence, session.ErrUnknownRef},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, other := tt.d(t), tt.other(t)
			dBefore, otherBefore := tt.d(t), tt.other(t)
			got, err := d.Merge(other)
			if got == nil {
				t.Fatalf("Merge returned a nil dataset (error %v)", err)
			}
			if diff := cmp.Diff(tt.wantSessions, sessionKeys(got)); diff != "" {
				t.Errorf("sessions mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantItems, itemKeys(got)); diff != "" {
				t.Errorf("items mismatch (-want +got):\n%s", diff)
			}
			var gotErrs []error
			for _, p := range validationErrors(err) {
				gotErrs = append(gotErrs, p.Err)
			}
			if diff := cmp.Diff(tt.wantErrs, gotErrs, cmp.Comparer(func(a, b error) bool { return errors.Is(a, b) })); diff != "" {
				t.Errorf("errors mismatch (-want +got):\n%s\n%v", diff, err)
			}
			// Neither input is modified.
			if diff := cmp.Diff(dBefore, d); diff != "" {
				t.Errorf("d modified (-before +after):\n%s", diff)
			}
			if diff := cmp.Diff(otherBefore, other); diff != "" {
				t.Errorf("other modified (-before +after):\n%s", diff)
			}
			// d's forums and note are the result's; what d has is kept as
			// it is.
			if diff := cmp.Diff(d.Forums, got.Forums); diff != "" {
				t.Errorf("forums mismatch (-d +merged):\n%s", diff)
			}
			if got.Note != d.Note {
				t.Errorf("note = %q, want d's %q", got.Note, d.Note)
			}
			for _, s := range d.Sessions {
				m, ok := got.Session(s.Forum, s.Number)
				if !ok {
					t.Errorf("session %s %d of d lost", s.Forum, s.Number)
					continue
				}
				if diff := cmp.Diff(s, *m); diff != "" {
					t.Errorf("session %s %d of d changed (-d +merged):\n%s", s.Forum, s.Number, diff)
				}
			}
			// Merging again adds nothing.
			if err == nil {
				again, err := got.Merge(other)
				if err != nil {
					t.Fatalf("second merge: %v", err)
				}
				if diff := cmp.Diff(got, again); diff != "" {
					t.Errorf("second merge mismatch (-first +second):\n%s", diff)
				}
			}
		})
	}
}

// TestMergeSharesNoList checks that changing the result's lists does not
// reach d.
func TestMergeSharesNoList(t *testing.T) {
	d := readSeed(t)
	m, err := d.Merge(session.History())
	if err != nil {
		t.Fatal(err)
	}
	m.Forums[0].ID = "changed"
	m.Sessions[0].Number = 1000
	if d.Forums[0].ID == "changed" || d.Sessions[0].Number == 1000 {
		t.Error("the merged dataset shares its lists with d")
	}
}

// TestMergeNil checks that a nil dataset counts as empty.
func TestMergeNil(t *testing.T) {
	var d *session.Dataset
	got, err := d.Merge(session.History())
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(&session.Dataset{}, got); diff != "" {
		t.Errorf("nil merge mismatch (-want +got):\n%s", diff)
	}
}

// sortedHistory is the public record with its sessions in the order Merge
// gives: by forum, then number.
func sortedHistory() *session.Dataset {
	h, err := session.History().Merge(nil)
	if err != nil {
		panic(err)
	}
	return h
}

// validationErrors returns the *ValidationError values joined in err.
func validationErrors(err error) []*session.ValidationError {
	if err == nil {
		return nil
	}
	var out []*session.ValidationError
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		for _, e := range j.Unwrap() {
			out = append(out, validationErrors(e)...)
		}
		return out
	}
	var ve *session.ValidationError
	if errors.As(err, &ve) {
		out = append(out, ve)
	}
	return out
}

// A secretariat's own record of the Kalimantan Barat–Sarawak series
// holds the 33rd session only; the public record completes it. Forums the
// secretariat does not keep are not taken.
func ExampleDataset_Merge() {
	own, err := session.ReadJSON(strings.NewReader(`{
"forums": [{"id": "kalbar-sarawak", "level": "regional", "pair": "kalbar-sarawak"}],
"sessions": [{"forum": "kalbar-sarawak", "number": 33, "dates": "2017-10-23/2017-10-25", "city": "Singkawang"}]
}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	merged, err := own.Merge(session.History())
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range merged.Sessions {
		when := "dates not recorded"
		if p := s.Period(); !p.IsZero() {
			when = p.String()
		}
		fmt.Println(s.Forum, s.Number, when, s.City)
	}
	fmt.Println(len(merged.Items), "items;", len(own.Sessions), "session in the own record")
	// Output:
	// kalbar-sarawak 33 2017-10-23/2017-10-25 Singkawang
	// kalbar-sarawak 34 dates not recorded Sibu
	// kalbar-sarawak 36 2023-09-01/2023-09-30 Kuching
	// kalbar-sarawak 37 2024-11-01/2024-11-30 Singkawang
	// kalbar-sarawak 38 2025-01-01/2025-12-31 Miri
	// 2 items; 1 session in the own record
}
