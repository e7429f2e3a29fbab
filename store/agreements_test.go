package store

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/kerjasama/kerjasama/agreement"
	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/money"
	"github.com/kerjasama/kerjasama/report"
)

// generatedSize is how many agreements the generated registers hold:
// a few hundred, or 100 under the race detector, which makes SQLite
// (transpiled C) many times slower. .ci/run also runs the oracle test
// without the race detector, at full size.
var generatedSize = 300

func init() {
	if raceEnabled {
		generatedSize = 100
	}
}

// registers are the registers the agreement tests store: the embedded
// seed agreements and a generated one (fixed seed).
func registers() map[string][]agreement.Agreement {
	return map[string][]agreement.Agreement{
		"embedded":  report.Embedded().Agreements,
		"generated": newGenerator(17).agreements(generatedSize),
	}
}

// TestGeneratedCoversModel checks that the generated register holds
// what the round trips must carry: terms with a duration in days, alone
// and after months, from a start and from signing.
func TestGeneratedCoversModel(t *testing.T) {
	got := map[string]bool{}
	for _, a := range newGenerator(17).agreements(generatedSize) {
		t := a.Term
		got["days only"] = got["days only"] || t.Days > 0 && t.Months == 0
		got["months and days"] = got["months and days"] || t.Days > 0 && t.Months > 0
		got["days from a start"] = got["days from a start"] || t.Days > 0 && !t.Start.IsZero()
		got["days from signing"] = got["days from signing"] || t.Days > 0 && t.Start.IsZero()
	}
	want := map[string]bool{"days only": true, "months and days": true, "days from a start": true, "days from signing": true}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("generated register mismatch (-want +got):\n%s", diff)
	}
}

func TestAgreementsRoundTrip(t *testing.T) {
	ctx := context.Background()
	for name, as := range registers() {
		t.Run(name, func(t *testing.T) {
			eachBackend(t, func(t *testing.T, s *Store) {
				if err := s.AddAgreements(ctx, as...); err != nil {
					t.Fatalf("%s: AddAgreements: %v", name, err)
				}
				got, err := s.Agreements(ctx)
				if err != nil {
					t.Fatal(err)
				}
				if diff := cmp.Diff(as, got, cmpopts.EquateEmpty()); diff != "" {
					t.Errorf("%s: Agreements mismatch (-want +got):\n%s", name, diff)
				}
				for _, want := range as[:min(len(as), 20)] {
					a, v, err := s.Agreement(ctx, want.ID)
					if err != nil || v != 1 {
						t.Fatalf("Agreement(%q) = version %d, %v; want version 1", want.ID, v, err)
					}
					if diff := cmp.Diff(want, a, cmpopts.EquateEmpty()); diff != "" {
						t.Errorf("Agreement(%q) mismatch (-want +got):\n%s", want.ID, diff)
					}
				}
			})
		})
	}
}

// TestAgreementsExportImport checks that export, import into a new store
// and export again give the same bytes; for the embedded register, also
// the same bytes as the file it was read from.
func TestAgreementsExportImport(t *testing.T) {
	ctx := context.Background()
	for name, as := range registers() {
		var file bytes.Buffer
		if err := agreement.WriteJSON(&file, as); err != nil {
			t.Fatal(err)
		}
		for _, b := range backends {
			t.Run(name+"/"+b.name, func(t *testing.T) {
				roundTrip := func(in []byte) []byte {
					s := openTest(t, b.dsn(t))
					load, err := agreement.ReadJSON(bytes.NewReader(in), agreement.ReadOptions{File: name + ".json", Strict: true})
					if err != nil {
						t.Fatalf("%s: ReadJSON: %v", name, err)
					}
					if err := s.ImportAgreements(ctx, load); err != nil {
						t.Fatal(err)
					}
					var out bytes.Buffer
					if err := s.ExportAgreements(ctx, &out); err != nil {
						t.Fatal(err)
					}
					return out.Bytes()
				}
				first := roundTrip(file.Bytes())
				second := roundTrip(first)
				if diff := cmp.Diff(string(first), string(second)); diff != "" {
					t.Errorf("%s: export, import, export mismatch (-want +got):\n%s", name, diff)
				}
				if name == "embedded" {
					if diff := cmp.Diff(file.String(), string(first)); diff != "" {
						t.Errorf("%s: export of the imported file mismatch (-want +got):\n%s", name, diff)
					}
				}
			})
		}
	}
}

// TestImportAgreementsBadRow checks that a file with a bad row stores
// nothing, its good rows included, and names the row.
func TestImportAgreementsBadRow(t *testing.T) {
	ctx := context.Background()
	const file = `{"agreements": [
  {"id": "ok-1", "title": "Baik"},
  {"id": "bad", "signed": "31 Pebruari 2016"},
  {"id": "ok-2"}
]}
`
	eachBackend(t, func(t *testing.T, s *Store) {
		load, err := agreement.ReadJSON(strings.NewReader(file), agreement.ReadOptions{File: "register.json"})
		if err != nil {
			t.Fatal(err)
		}
		err = s.ImportAgreements(ctx, load)
		var re *agreement.RowError
		if !errors.As(err, &re) {
			t.Fatalf("ImportAgreements = %v, want an *agreement.RowError", err)
		}
		if re.File != "register.json" || re.Line != 3 {
			t.Errorf("row error at %s:%d:%d, want register.json:3", re.File, re.Line, re.Column)
		}
		if !strings.Contains(err.Error(), "register.json:3:") {
			t.Errorf("error %q does not name register.json:3", err)
		}
		got, err := s.Agreements(ctx)
		if err != nil || len(got) != 0 {
			t.Errorf("after a failed import, %d agreements stored (%v); want none", len(got), err)
		}
	})
}

func ids(as []agreement.Agreement) []string {
	out := make([]string, len(as))
	for i := range as {
		out[i] = as[i].ID
	}
	return out
}

// TestQueriesMatchRegister checks every query against agreement.Register
// holding the same agreements, on the embedded register and on a
// generated one.
func TestQueriesMatchRegister(t *testing.T) {
	ctx := context.Background()
	for name, as := range registers() {
		reg, err := agreement.New(as)
		if err != nil {
			t.Fatal(err)
		}
		// Under the race detector the register is asked on fewer days,
		// and the questions per agreement are asked of every other one.
		extraDays, stride := 30, 1
		if raceEnabled && name == "generated" {
			extraDays, stride = 6, 2
		}
		g := newGenerator(99)
		days := g.days(extraDays)
		t.Run(name, func(t *testing.T) {
			eachBackend(t, func(t *testing.T, s *Store) {
				if err := s.AddAgreements(ctx, as...); err != nil {
					t.Fatal(err)
				}
				check := func(what string, want []agreement.Agreement, got []agreement.Agreement, err error) {
					t.Helper()
					if err != nil {
						t.Fatalf("%s: %s: %v", name, what, err)
					}
					if diff := cmp.Diff(ids(want), ids(got), cmpopts.EquateEmpty()); diff != "" {
						t.Errorf("%s: %s mismatch (-want +got):\n%s", name, what, diff)
					}
				}
				var active, expiring, dormant, chained int
				for _, d := range days {
					got, err := s.ActiveOn(ctx, d)
					check(fmt.Sprintf("ActiveOn(%s)", d), reg.ActiveOn(d), got, err)
					active += len(got)
					for _, n := range []int{0, 90, 365, 2000} {
						got, err := s.ExpiringWithin(ctx, d, n)
						check(fmt.Sprintf("ExpiringWithin(%s, %d)", d, n), reg.ExpiringWithin(d, n), got, err)
						expiring += len(got)
					}
					for _, m := range []int{0, 6, 12, 36} {
						got, err := s.Dormant(ctx, d, m)
						check(fmt.Sprintf("Dormant(%s, %d)", d, m), reg.Dormant(d, m), got, err)
						dormant += len(got)
					}
				}
				if active == 0 {
					t.Errorf("%s: no agreement in force on any day asked: the test checks nothing", name)
				}
				for i, a := range as {
					if i%stride != 0 {
						continue
					}
					got, err := s.Chain(ctx, a.ID)
					check("Chain("+a.ID+")", reg.Chain(a.ID), got, err)
					if len(got) > 1 {
						chained++
					}
					got, err = s.Successors(ctx, a.ID)
					check("Successors("+a.ID+")", reg.Successors(a.ID), got, err)
					for _, d := range days[2:4] {
						st, err := s.StatusOn(ctx, a.ID, d)
						if err != nil || st != reg.StatusOn(a.ID, d) {
							t.Errorf("%s: StatusOn(%q, %s) = %v, %v; want %v", name, a.ID, d, st, err, reg.StatusOn(a.ID, d))
						}
					}
				}
				t.Logf("%s, %s: %d agreements in force, %d expiring, %d dormant over %d days; %d of %d asked in a chain",
					name, s.Backend(), active, expiring, dormant, len(days), chained, (len(as)+stride-1)/stride)
				got, err := s.Chain(ctx, "no-such-id")
				check("Chain(no-such-id)", nil, got, err)
				for _, sec := range agreement.Sectors() {
					got, err := s.BySector(ctx, sec)
					check(fmt.Sprintf("BySector(%v)", sec), reg.BySector(sec), got, err)
				}
				for _, c := range []string{"KR", "kr", "CN", "SE", "JP", "MY", "ID", "Korea Selatan", "RRT", "Swedia", "Jepang", "Atlantis", ""} {
					got, err := s.ByCountry(ctx, c)
					check("ByCountry("+c+")", reg.ByCountry(c), got, err)
				}
				partners := []string{"Incheon", "KR-28", "Jawa Barat", "Banten", "36", "Kota Tangerang Selatan", "Zhejiang", "Sarawak",
					"Kalimantan Barat", "Kabupaten Sanggau", "Konsulat Jenderal Jepang di Surabaya", "pt maju bersama", "Universitas Tanjungpura",
					"Provinsi Incheon", "Nowhere Org", ""}
				seen := map[string]bool{}
				for i, a := range as {
					for _, p := range a.Parties {
						if p.Name != "" && !seen[p.Name] && i%stride == 0 {
							seen[p.Name] = true
							partners = append(partners, p.Name)
						}
					}
				}
				for _, p := range partners {
					got, err := s.ByPartner(ctx, p)
					check("ByPartner("+p+")", reg.ByPartner(p), got, err)
				}
			})
		})
	}
}

func TestUpdateAgreement(t *testing.T) {
	ctx := context.Background()
	eachBackend(t, func(t *testing.T, s *Store) {
		as := report.Embedded().Agreements
		if err := s.AddAgreements(ctx, as...); err != nil {
			t.Fatal(err)
		}
		id := as[1].ID
		a, v, err := s.Agreement(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		a.Activities = append(a.Activities, agreement.Activity{Date: agreement.InYear(2024), Description: "kunjungan", Value: money.Rupiah(5000)})
		a.Sectors = nil
		v2, err := s.UpdateAgreement(ctx, a, v)
		if err != nil || v2 != v+1 {
			t.Fatalf("UpdateAgreement = %d, %v; want %d", v2, err, v+1)
		}
		got, gv, err := s.Agreement(ctx, id)
		if err != nil || gv != v2 {
			t.Fatalf("Agreement after update = version %d, %v; want %d", gv, err, v2)
		}
		if diff := cmp.Diff(a, got, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("after update mismatch (-want +got):\n%s", diff)
		}
		if _, err := s.UpdateAgreement(ctx, a, v); !errors.Is(err, ErrConflict) {
			t.Errorf("UpdateAgreement with a stale version: %v, want ErrConflict", err)
		}
		if _, err := s.UpdateAgreement(ctx, agreement.Agreement{ID: "no-such"}, 1); !errors.Is(err, ErrNotFound) {
			t.Errorf("UpdateAgreement of a missing agreement: %v, want ErrNotFound", err)
		}
		if err := s.AddAgreements(ctx, agreement.Agreement{ID: "fresh"}, as[0]); !errors.Is(err, ErrExists) {
			t.Errorf("AddAgreements with a stored ID: %v, want ErrExists", err)
		}
		if _, _, err := s.Agreement(ctx, "fresh"); !errors.Is(err, ErrNotFound) {
			t.Errorf("an agreement of a failed AddAgreements was stored: %v", err)
		}
		if err := s.AddAgreements(ctx, agreement.Agreement{Title: "no id"}); !errors.Is(err, agreement.ErrMissing) {
			t.Errorf("AddAgreements without ID: %v, want agreement.ErrMissing", err)
		}
		// The register keeps its order: the updated agreement stays second.
		all, err := s.Agreements(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(ids(as), ids(all)); diff != "" {
			t.Errorf("order after update mismatch (-want +got):\n%s", diff)
		}
		if err := s.DeleteAgreement(ctx, id, v); !errors.Is(err, ErrConflict) {
			t.Errorf("DeleteAgreement with a stale version: %v, want ErrConflict", err)
		}
		if err := s.DeleteAgreement(ctx, id, v2); err != nil {
			t.Fatal(err)
		}
		if _, _, err := s.Agreement(ctx, id); !errors.Is(err, ErrNotFound) {
			t.Errorf("Agreement after delete: %v, want ErrNotFound", err)
		}
		var n int
		if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM agreement_activities WHERE agreement_id = $1`, id).Scan(&n); err != nil || n != 0 {
			t.Errorf("activities left after delete: %d, %v", n, err)
		}
	})
}

// TestConcurrentWriters runs writers at once on one agreement, each
// adding activities with read, change, update and a retry on
// ErrConflict, and writers adding agreements: nothing may be lost.
func TestConcurrentWriters(t *testing.T) {
	ctx := context.Background()
	const writers, each = 4, 10
	eachBackend(t, func(t *testing.T, s *Store) {
		if err := s.AddAgreements(ctx, agreement.Agreement{ID: "shared"}); err != nil {
			t.Fatal(err)
		}
		var wg sync.WaitGroup
		errs := make(chan error, 2*writers)
		conflicts := make([]int, writers)
		for w := range writers {
			wg.Add(2)
			go func() {
				defer wg.Done()
				for i := range each {
					for {
						a, v, err := s.Agreement(ctx, "shared")
						if err != nil {
							errs <- err
							return
						}
						a.Activities = append(a.Activities, agreement.Activity{Description: fmt.Sprintf("writer %d, activity %d", w, i)})
						if _, err = s.UpdateAgreement(ctx, a, v); err == nil {
							break
						}
						if !errors.Is(err, ErrConflict) {
							errs <- err
							return
						}
						conflicts[w]++
					}
				}
			}()
			go func() {
				defer wg.Done()
				for i := range each {
					if err := s.AddAgreements(ctx, agreement.Agreement{ID: fmt.Sprintf("w%d-%d", w, i)}); err != nil {
						errs <- err
						return
					}
				}
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Fatal(err)
		}
		a, v, err := s.Agreement(ctx, "shared")
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Activities) != writers*each || v != Version(1+writers*each) {
			t.Errorf("after %d updates: %d activities, version %d; want %d and %d", writers*each, len(a.Activities), v, writers*each, 1+writers*each)
		}
		seen := map[string]bool{}
		for _, act := range a.Activities {
			if seen[act.Description] {
				t.Errorf("activity %q twice", act.Description)
			}
			seen[act.Description] = true
		}
		all, err := s.Agreements(ctx)
		if err != nil || len(all) != 1+writers*each {
			t.Errorf("%d agreements stored (%v), want %d", len(all), err, 1+writers*each)
		}
		t.Logf("%d conflicts retried", sum(conflicts))
	})
}

func sum(xs []int) int {
	n := 0
	for _, x := range xs {
		n += x
	}
	return n
}

// TestDerivedDays pins the derived columns the in-force query narrows
// by, on the rules of Agreement.StatusOn.
func TestDerivedDays(t *testing.T) {
	d := func(y, m, dd int) date.Date { return date.Date{Year: y, Month: timeMonth(m), Day: dd} }
	day := func(x date.Date) any { return dayNumber(x) }
	tests := []struct {
		name string
		a    agreement.Agreement
		want []any // signed_from, terminated_from, renewed_from
	}{
		{"nothing", agreement.Agreement{}, []any{nil, nil, nil}},
		{"signed in a year", agreement.Agreement{Signed: agreement.InYear(2013)}, []any{day(d(2013, 12, 31)), nil, nil}},
		{"undated signing event", agreement.Agreement{Events: []agreement.Event{{Stage: agreement.StageSigning}}}, []any{int64(undated), nil, nil}},
		{"term start before signing", agreement.Agreement{Signed: agreement.On(d(2020, 5, 1)), Term: agreement.Term{Start: d(2020, 1, 1)}},
			[]any{day(d(2020, 1, 1)), nil, nil}},
		{"implementation counts as signed, termination and renewal", agreement.Agreement{Events: []agreement.Event{
			{Stage: agreement.StageImplementation, Date: agreement.InMonth(2019, 3)},
			{Stage: agreement.StageTermination, Date: agreement.InYear(2022)},
			{Stage: agreement.StageRenewal, Date: agreement.On(d(2021, 2, 3))},
			{Stage: agreement.StageRenewal, Date: agreement.On(d(2021, 1, 3))},
		}}, []any{day(d(2019, 3, 31)), day(d(2022, 12, 31)), day(d(2021, 1, 3))}},
		{"exploration does not sign", agreement.Agreement{Events: []agreement.Event{{Stage: agreement.StageExploration, Date: agreement.InYear(2010)}}},
			[]any{nil, nil, nil}},
	}
	for _, tt := range tests {
		got := []any{signedFrom(&tt.a), eventFrom(&tt.a, agreement.StageTermination), eventFrom(&tt.a, agreement.StageRenewal)}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: derived days mismatch (-want +got):\n%s", tt.name, diff)
		}
	}
}
