package main

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestMoneyCommand(t *testing.T) {
	tests := []struct {
		args   []string
		stdout string
		code   int
		stderr string // a substring of stderr
	}{
		{[]string{"money", "format", "100387357175", "--lang", "id", "--style", "words"},
			"seratus miliar tiga ratus delapan puluh tujuh juta tiga ratus lima puluh tujuh ribu seratus tujuh puluh lima rupiah\n", exitOK, ""},
		{[]string{"money", "format", "100387357175"}, "Rp100.387.357.175\n", exitOK, ""},
		{[]string{"money", "format", "--style=compact", "100387357175", "18000000000"}, "Rp100,39 miliar\nRp18 miliar\n", exitOK, ""},
		{[]string{"money", "format", "100387357175", "--style", "compact", "--digits", "1", "--lang", "en"}, "Rp100.4 billion\n", exitOK, ""},
		{[]string{"money", "format", "5000", "--full"}, "Rp5.000,00\n", exitOK, ""},
		{[]string{"money", "format", "5000", "--code"}, "IDR 5.000\n", exitOK, ""},
		{[]string{"money", "format", "1725.99", "--lang", "ms"}, "RM1,725.99\n", exitOK, ""},
		{[]string{"money", "format", "1725.99", "--lang", "ms-BN"}, "B$1.725,99\n", exitOK, ""},
		{[]string{"money", "format", "1725.99", "--currency", "USD"}, "US$1.725,99\n", exitOK, ""},
		{[]string{"money", "format", "MYR 1725.99", "--lang", "en", "--style", "words"}, "one thousand seven hundred twenty-five ringgit and ninety-nine sen\n", exitOK, ""},
		{[]string{"money", "format", "-5000"}, "-Rp5.000\n", exitOK, ""},
		{[]string{"money", "format", "--", "-5000"}, "-Rp5.000\n", exitOK, ""},
		{[]string{"money", "format", "5000", "--lang", "en"}, "Rp5,000\n", exitOK, ""},
		{[]string{"money", "parse", "Rp. 100.387.357.175"}, "IDR 100387357175\n", exitOK, ""},
		{[]string{"money", "parse", "Rp 1.186.868,-", "US$2.77 miliar", "(Rp5.000)"}, "IDR 1186868\nUSD 2770000000\nIDR -5000\n", exitOK, ""},
		{[]string{"money", "parse", "-Rp5.000"}, "IDR -5000\n", exitOK, ""},
		{[]string{"money", "parse", "RM1.18 bilion", "--lang", "ms"}, "MYR 1180000000\n", exitOK, ""},
		{[]string{"money", "parse", "--lang=en", "RM12.7bn"}, "MYR 12700000000\n", exitOK, ""},
		// Bad input: status 1 and the parse error.
		{[]string{"money", "parse", "Rp 1.2.3"}, "", exitInput, `money.Parse("Rp 1.2.3"): digit group not three digits long (at "2.3")`},
		{[]string{"money", "parse", "Rp 5.000", "Rp x"}, "IDR 5000\n", exitInput, `money.Parse("Rp x"): expected a number (at "x")`},
		{[]string{"money", "format", "Rp 1,3 miliar", "--style", "words"}, "satu miliar tiga ratus juta rupiah\n", exitOK, ""},
		{[]string{"money", "format", "5.000"}, "Rp5.000\n", exitOK, ""},
		{[]string{"money", "format", "RM1.18 bilion", "--lang", "ms", "--style", "compact"}, "RM1.18 bilion\n", exitOK, ""},
		{[]string{"money", "format", "5 juta", "--currency", "USD"}, "US$5.000.000\n", exitOK, ""},
		{[]string{"money", "format", "1,234", "--lang", "en"}, "Rp1,234\n", exitOK, ""},
		{[]string{"money", "format", "Rp 1.2.3"}, "", exitInput, `money.ParseDefault("Rp 1.2.3"): digit group not three digits long (at "2.3")`},
		{[]string{"money", "format", "Rp5000", "--currency", "USD"}, "", exitInput, "currency mismatch"},
		{[]string{"money", "format", "MYR 5", "--currency", "IDR"}, "", exitInput, "currency mismatch"},
		// Bad usage: status 2.
		{[]string{"money"}, "", exitUsage, "Usage: kerjasama money"},
		{[]string{"money", "convert"}, "", exitUsage, `unknown subcommand "convert"`},
		{[]string{"money", "format"}, "", exitUsage, "no AMOUNT"},
		{[]string{"money", "parse"}, "", exitUsage, "no TEXT"},
		{[]string{"money", "format", "5", "--style", "fancy"}, "", exitUsage, "bad --style"},
		{[]string{"money", "format", "5", "--currency", "QQQ"}, "", exitUsage, "bad --currency"},
		{[]string{"money", "format", "5", "--lang", "!!"}, "", exitUsage, "bad --lang"},
		{[]string{"money", "parse", "5", "--bogus"}, "", exitUsage, "flag provided but not defined"},
	}
	for _, tt := range tests {
		stdout, stderr, code := runCLI(t, tt.args...)
		if diff := cmp.Diff(tt.stdout, stdout); diff != "" {
			t.Errorf("%q stdout mismatch (-want +got):\n%s", tt.args, diff)
		}
		if code != tt.code || !strings.Contains(stderr, tt.stderr) {
			t.Errorf("%q: code %d, stderr %q; want %d and %q", tt.args, code, stderr, tt.code, tt.stderr)
		}
	}
}

func TestMoneyHelp(t *testing.T) {
	for _, sub := range []string{"format", "parse"} {
		_, stderr, code := runCLI(t, "money", sub, "-h")
		if code != exitOK {
			t.Errorf("money %s -h: code %d", sub, code)
		}
		for _, flag := range []string{"-lang"} {
			if !strings.Contains(stderr, flag) {
				t.Errorf("money %s -h does not document %s:\n%s", sub, flag, stderr)
			}
		}
	}
	_, stderr, _ := runCLI(t, "money", "format", "-h")
	for _, flag := range []string{"-style", "-currency", "-code", "-full", "-digits"} {
		if !strings.Contains(stderr, flag) {
			t.Errorf("money format -h does not document %s", flag)
		}
	}
	stdout, _, code := runCLI(t, "help", "money")
	if code != exitOK || !strings.Contains(stdout, "format AMOUNT") {
		t.Errorf("help money: code %d, stdout %q", code, stdout)
	}
}
