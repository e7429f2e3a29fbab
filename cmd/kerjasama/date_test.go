package main

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestDateCommand(t *testing.T) {
	tests := []struct {
		args       []string
		wantOut    string
		wantErr    string // a substring of stderr
		wantStatus int
	}{
		{[]string{"date", "parse", "Rabu, 7/8/2019"}, "2019-08-07\n", "", exitOK},
		{[]string{"date", "parse", "23 – 25 Oktober 2017"}, "2017-10-23/2017-10-25\n", "", exitOK},
		{[]string{"date", "parse", "28 Desember 2017 s.d. 3 Januari 2018", "tahun 2013", "2022 (sampai November)"},
			"2017-12-28/2018-01-03\n2013-01-01/2013-12-31\n2022-01-01/2022-11-30\n", "", exitOK},
		{[]string{"date", "parse", "--lang", "ms", "Khamis, 9 Jun 2022"}, "2022-06-09\n", "", exitOK},
		{[]string{"date", "parse", "8/7/2019", "--lang", "en-US"}, "2019-08-07\n", "", exitOK},
		{[]string{"date", "parse", "Senin, 7/8/2019"}, "", "weekday Senin does not match 2019-08-07", exitInput},
		{[]string{"date", "parse", "31 Februari 2017", "12 September 2017"}, "2017-09-12\n", "day 31 out of range", exitInput},
		{[]string{"date", "format", "2017-10-23/2017-10-25", "--lang", "id"}, "23–25 Oktober 2017\n", "", exitOK},
		{[]string{"date", "format", "--lang", "en", "2017-10-23/2017-10-25"}, "23–25 October 2017\n", "", exitOK},
		{[]string{"date", "format", "2019-08-07", "--lang", "ms", "--style", "full"}, "Rabu, 7 Ogos 2019\n", "", exitOK},
		{[]string{"date", "format", "2019-08-07", "--style", "medium"}, "7 Agu 2019\n", "", exitOK},
		{[]string{"date", "format", "2019-08-07", "--style=short", "--lang=en-US"}, "08/07/2019\n", "", exitOK},
		{[]string{"date", "format", "2013-01-01/2013-12-31", "2015-01-01/2016-12-31", "2017-10-01/2017-10-31"}, "2013\n2015–2016\nOktober 2017\n", "", exitOK},
		{[]string{"date", "format", "Rabu, 7/8/2019", "--style", "full", "--lang", "id"}, "Rabu, 7 Agustus 2019\n", "", exitOK},
		{[]string{"date", "format", "2017-10-25/2017-10-23"}, "", "range ends before it starts", exitInput},
		{[]string{"date", "format", "kemarin"}, "", "kerjasama: date.ParseRange(\"kemarin\")", exitInput},
		{[]string{"date"}, "", "Usage: kerjasama date", exitUsage},
		{[]string{"date", "convert"}, "", `unknown subcommand "convert"`, exitUsage},
		{[]string{"date", "parse"}, "", "no TEXT given", exitUsage},
		{[]string{"date", "format"}, "", "no VALUE given", exitUsage},
		{[]string{"date", "format", "2019-08-07", "--style", "tiny"}, "", "bad --style", exitUsage},
		{[]string{"date", "format", "2019-08-07", "--lang", "!!"}, "", "bad --lang", exitUsage},
		{[]string{"date", "parse", "--no-such-flag", "x"}, "", "flag provided but not defined", exitUsage},
	}
	for _, tt := range tests {
		out, errOut, code := runCLI(t, tt.args...)
		if diff := cmp.Diff(tt.wantOut, out); diff != "" {
			t.Errorf("kerjasama %q stdout mismatch (-want +got):\n%s", tt.args, diff)
		}
		if code != tt.wantStatus {
			t.Errorf("kerjasama %q = status %d, want %d (stderr %q)", tt.args, code, tt.wantStatus, errOut)
		}
		if tt.wantErr == "" && errOut != "" || !strings.Contains(errOut, tt.wantErr) {
			t.Errorf("kerjasama %q stderr = %q, want it to contain %q", tt.args, errOut, tt.wantErr)
		}
	}
}

func TestDateHelp(t *testing.T) {
	for _, sub := range []string{"format", "parse"} {
		_, errOut, code := runCLI(t, "date", sub, "-h")
		if code != exitOK || !strings.Contains(errOut, "-lang") || !strings.Contains(errOut, "Usage: kerjasama date "+sub) {
			t.Errorf("date %s -h = %d, %q", sub, code, errOut)
		}
	}
	_, errOut, _ := runCLI(t, "date", "format", "-h")
	if !strings.Contains(errOut, "-style") {
		t.Errorf("date format -h does not document --style: %q", errOut)
	}
	out, _, code := runCLI(t, "date", "help")
	if code != exitOK || !strings.Contains(out, "format VALUE") {
		t.Errorf("date help = %d, %q", code, out)
	}
}
