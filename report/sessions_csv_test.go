package report

import (
	"os"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

// TestLoadSessionsCSV reads a CSV of sessions, as a clerk keeps them
// (session/testdata/real: the 36th and 38th Kalimantan Barat–Sarawak
// sessions from news), as --sessions reads a JSON dataset.
func TestLoadSessionsCSV(t *testing.T) {
	b, err := os.ReadFile("../session/testdata/real/sosek-news-sessions.csv")
	if err != nil {
		t.Fatal(err)
	}
	d, err := Load(fstest.MapFS{"sidang.csv": {Data: b}}, Files{Sessions: "sidang.csv"}, LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	type sess struct {
		Forum  string
		Number int
	}
	var got []sess
	for _, s := range d.Sessions.Sessions {
		got = append(got, sess{s.Forum, s.Number})
	}
	if diff := cmp.Diff([]sess{{"kalbar-sarawak", 36}, {"kalbar-sarawak", 38}}, got); diff != "" {
		t.Errorf("sessions mismatch (-want +got):\n%s", diff)
	}
}
