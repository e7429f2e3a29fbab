package store

import (
	"bytes"
	"context"
	"errors"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/report"
	"github.com/kerjasama/kerjasama/session"
)

// datasets are the session datasets the tests store: the embedded
// dataset of the report (the seeds with the public record merged in),
// the public record alone, and the public record with a district forum
// (Kabupaten Sanggau – Bahagian Serian) reporting to the Kalimantan
// Barat – Sarawak forum, with a session and an item of its own.
func datasets() map[string]*session.Dataset {
	return map[string]*session.Dataset{
		"embedded": report.Embedded().Sessions,
		"history":  session.History(),
		"district": withDistrict(session.History()),
	}
}

// withDistrict adds a district forum, a session and an item to d.
func withDistrict(d *session.Dataset) *session.Dataset {
	d.Forums = append(d.Forums, session.Forum{
		ID: "sanggau-serian", Level: session.District, Parent: "kalbar-sarawak",
		Districts: session.Districts{Indonesian: "61.03", Malaysian: "MY-13.12"},
		Note:      "forum kabupaten Sanggau – bahagian Serian",
	})
	d.Sessions = append(d.Sessions, session.Session{Forum: "sanggau-serian", Number: 1, Event: session.Event{City: "Entikong",
		Dates: date.Range{Start: date.Date{Year: 2019, Month: 3, Day: 12}, End: date.Date{Year: 2019, Month: 3, Day: 13}}}})
	d.Items = append(d.Items, session.Item{Forum: "sanggau-serian", Ref: "S1/01", Title: "Pasar perbatasan Entikong – Tebedu",
		History: []session.Entry{{Session: 1, Outcome: session.Agreed, Status: session.InProgress}}})
	return d
}

func TestDistrictDatasetValid(t *testing.T) {
	d := withDistrict(session.History())
	if err := d.Validate(); err != nil {
		t.Fatalf("the district dataset does not validate: %v", err)
	}
	if d.Forums[len(d.Forums)-1].Districts.IsZero() {
		t.Fatal("the district forum has no districts")
	}
}

func TestSessionsRoundTrip(t *testing.T) {
	ctx := context.Background()
	for name, d := range datasets() {
		if len(d.Forums) == 0 || len(d.Sessions) == 0 || len(d.Items) == 0 {
			t.Fatalf("%s: %d forums, %d sessions, %d items: the test needs all three", name, len(d.Forums), len(d.Sessions), len(d.Items))
		}
		t.Run(name, func(t *testing.T) {
			eachBackend(t, func(t *testing.T, s *Store) {
				if err := s.ImportSessions(ctx, d); err != nil {
					t.Fatal(err)
				}
				got, err := s.Sessions(ctx)
				if err != nil {
					t.Fatal(err)
				}
				if diff := cmp.Diff(d, got, cmpopts.EquateEmpty()); diff != "" {
					t.Errorf("Sessions mismatch (-want +got):\n%s", diff)
				}
				it, v, err := s.Item(ctx, d.Items[0].Forum, d.Items[0].Ref)
				if err != nil || v != 1 {
					t.Fatalf("Item = version %d, %v", v, err)
				}
				if diff := cmp.Diff(d.Items[0], it, cmpopts.EquateEmpty()); diff != "" {
					t.Errorf("Item mismatch (-want +got):\n%s", diff)
				}
				sn, _, err := s.Session(ctx, d.Sessions[0].Forum, d.Sessions[0].Number)
				if err != nil {
					t.Fatal(err)
				}
				if diff := cmp.Diff(d.Sessions[0], sn, cmpopts.EquateEmpty()); diff != "" {
					t.Errorf("Session mismatch (-want +got):\n%s", diff)
				}
			})
		})
	}
}

func TestSessionsExportImport(t *testing.T) {
	ctx := context.Background()
	for name, d := range datasets() {
		var file bytes.Buffer
		if err := d.WriteJSON(&file); err != nil {
			t.Fatal(err)
		}
		for _, b := range backends {
			t.Run(name+"/"+b.name, func(t *testing.T) {
				roundTrip := func(in []byte) []byte {
					s := openTest(t, b.dsn(t))
					ds, err := session.ReadJSON(bytes.NewReader(in))
					if err != nil {
						t.Fatalf("ReadJSON: %v", err)
					}
					if err := s.ImportSessions(ctx, ds); err != nil {
						t.Fatal(err)
					}
					var out bytes.Buffer
					if err := s.ExportSessions(ctx, &out); err != nil {
						t.Fatal(err)
					}
					return out.Bytes()
				}
				first := roundTrip(file.Bytes())
				if diff := cmp.Diff(file.String(), string(first)); diff != "" {
					t.Errorf("export of the imported file mismatch (-want +got):\n%s", diff)
				}
				if diff := cmp.Diff(string(first), string(roundTrip(first))); diff != "" {
					t.Errorf("export, import, export mismatch (-want +got):\n%s", diff)
				}
			})
		}
	}
}

func TestUpdateSessions(t *testing.T) {
	ctx := context.Background()
	d := session.History()
	eachBackend(t, func(t *testing.T, s *Store) {
		if err := s.ImportSessions(ctx, d); err != nil {
			t.Fatal(err)
		}
		// A dataset that repeats a stored forum stores nothing.
		again := &session.Dataset{Forums: []session.Forum{{ID: "new-forum", Level: d.Forums[0].Level}, d.Forums[0]}}
		if err := s.ImportSessions(ctx, again); !errors.Is(err, ErrExists) {
			t.Errorf("ImportSessions of a stored forum: %v, want ErrExists", err)
		}
		if _, _, err := s.Forum(ctx, "new-forum"); !errors.Is(err, ErrNotFound) {
			t.Errorf("a forum of a failed import was stored: %v", err)
		}

		it, v, err := s.Item(ctx, d.Items[0].Forum, d.Items[0].Ref)
		if err != nil {
			t.Fatal(err)
		}
		it.History = append(it.History, session.Entry{Session: it.Last().Session + 1, Status: session.Done, Note: "selesai"})
		it.Actions = nil
		v2, err := s.UpdateItem(ctx, it, v)
		if err != nil {
			t.Fatal(err)
		}
		got, gv, err := s.Item(ctx, it.Forum, it.Ref)
		if err != nil || gv != v2 {
			t.Fatalf("Item after update = version %d, %v; want %d", gv, err, v2)
		}
		if diff := cmp.Diff(it, got, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("item after update mismatch (-want +got):\n%s", diff)
		}
		if _, err := s.UpdateItem(ctx, it, v); !errors.Is(err, ErrConflict) {
			t.Errorf("UpdateItem with a stale version: %v, want ErrConflict", err)
		}
		if _, err := s.UpdateItem(ctx, session.Item{Forum: it.Forum, Ref: "no-such"}, 1); !errors.Is(err, ErrNotFound) {
			t.Errorf("UpdateItem of a missing item: %v, want ErrNotFound", err)
		}

		sn, sv, err := s.Session(ctx, d.Sessions[0].Forum, d.Sessions[0].Number)
		if err != nil {
			t.Fatal(err)
		}
		sn.Venue = "Hotel Grand Mahkota"
		sn.Dates = date.Range{Start: date.Date{Year: 2017, Month: 10, Day: 23}, End: date.Date{Year: 2017, Month: 10, Day: 25}}
		sn.Within = date.Partial{}
		if _, err := s.UpdateSession(ctx, sn, sv); err != nil {
			t.Fatal(err)
		}
		gs, _, err := s.Session(ctx, sn.Forum, sn.Number)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(sn, gs, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("session after update mismatch (-want +got):\n%s", diff)
		}
		if _, err := s.UpdateSession(ctx, sn, sv); !errors.Is(err, ErrConflict) {
			t.Errorf("UpdateSession with a stale version: %v, want ErrConflict", err)
		}

		f, fv, err := s.Forum(ctx, d.Forums[0].ID)
		if err != nil {
			t.Fatal(err)
		}
		f.Note = "catatan baru"
		f.RecordComplete = date.Date{Year: 2024, Month: 12, Day: 31}
		if _, err := s.UpdateForum(ctx, f, fv); err != nil {
			t.Fatal(err)
		}
		gf, _, err := s.Forum(ctx, f.ID)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(f, gf, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("forum after update mismatch (-want +got):\n%s", diff)
		}
		if _, err := s.UpdateForum(ctx, f, fv); !errors.Is(err, ErrConflict) {
			t.Errorf("UpdateForum with a stale version: %v, want ErrConflict", err)
		}
	})
}

// TestConcurrentItemWriters has writers record history entries on one
// item at once, retrying on ErrConflict: every entry must be kept.
func TestConcurrentItemWriters(t *testing.T) {
	ctx := context.Background()
	const writers, each = 3, 8
	eachBackend(t, func(t *testing.T, s *Store) {
		d := &session.Dataset{
			Forums: []session.Forum{{ID: "f", Level: session.Regional}},
			Items:  []session.Item{{Forum: "f", Ref: "KK2/33/04", Title: "Pembangunan jalan"}},
		}
		if err := s.ImportSessions(ctx, d); err != nil {
			t.Fatal(err)
		}
		var wg sync.WaitGroup
		errs := make(chan error, writers)
		for w := range writers {
			wg.Go(func() {
				for i := range each {
					for {
						it, v, err := s.Item(ctx, "f", "KK2/33/04")
						if err != nil {
							errs <- err
							return
						}
						it.History = append(it.History, session.Entry{Session: 100*w + i + 1})
						if _, err = s.UpdateItem(ctx, it, v); err == nil {
							break
						} else if !errors.Is(err, ErrConflict) {
							errs <- err
							return
						}
					}
				}
			})
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Fatal(err)
		}
		it, _, err := s.Item(ctx, "f", "KK2/33/04")
		if err != nil {
			t.Fatal(err)
		}
		if len(it.History) != writers*each {
			t.Errorf("%d history entries after %d updates", len(it.History), writers*each)
		}
	})
}
