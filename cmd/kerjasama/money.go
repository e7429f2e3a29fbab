package main

import (
	"errors"
	"flag"
	"fmt"
	"strings"

	"golang.org/x/text/currency"
	"golang.org/x/text/language"

	"github.com/kerjasama/kerjasama/money"
)

func init() {
	register(command{name: "money", summary: "format and parse amounts of money", run: runMoney})
}

const moneyUsage = `Usage: kerjasama money <format|parse> [flags] [arguments]

  format AMOUNT...   write amounts for people: Rp100.387.357.175, Rp100,39 miliar,
                     seratus miliar ... rupiah
  parse TEXT...      read amounts as documents write them ("Rp. 100.387.357.175",
                     "US$ 330 juta", "RM1.18 bilion") and print the canonical form

Run "kerjasama money format -h" or "kerjasama money parse -h" for the flags.
`

func runMoney(c *cli, args []string) int {
	if len(args) == 0 {
		fmt.Fprint(c.stderr, moneyUsage)
		return exitUsage
	}
	switch args[0] {
	case "format":
		return runMoneyFormat(c, args[1:])
	case "parse":
		return runMoneyParse(c, args[1:])
	case "-h", "-help", "--help", "help":
		fmt.Fprint(c.stdout, moneyUsage)
		return exitOK
	}
	fmt.Fprint(c.stderr, moneyUsage)
	return c.usageError("money: unknown subcommand %q (want format or parse)", args[0])
}

// langFlag adds the --lang flag to fs.
func langFlag(fs *flag.FlagSet) *string {
	return fs.String("lang", "id", "language of the text: id, ms (Malaysia), ms-BN (Brunei) or en; others fall back to en")
}

func runMoneyFormat(c *cli, args []string) int {
	fs := c.newFlagSet("money format", "money format [flags] AMOUNT...", `
Writes each AMOUNT for people, one per line. An AMOUNT is a number of whole
units with an optional point and hundredths (100387357175, 1725.99, -5000),
a canonical amount with its currency code ("MYR 1725.99"), or an amount as
documents write it in the language of --lang ("Rp 1,3 miliar", "RM1.18
bilion").

Example:
  kerjasama money format 100387357175 --lang id --style words`)
	langS := langFlag(fs)
	styleS := fs.String("style", "standard", "style: standard (Rp5.000), compact (Rp18 miliar) or words (lima ribu rupiah)")
	curS := fs.String("currency", "", "ISO 4217 code of the currency (IDR, MYR, USD, BND, ...); default: that of --lang (id IDR, ms MYR, ms-BN BND, en IDR)")
	code := fs.Bool("code", false, "write the ISO 4217 code instead of the symbol: IDR 5.000 rather than Rp5.000")
	full := fs.Bool("full", false, "always write the hundredths: Rp5.000,00 in standard style, \"nol sen\" in words")
	digits := fs.Int("digits", 0, "most fraction digits in compact style; 0 means 2, negative means none")
	pos, err := parseFlags(fs, negativesLast(fs, args))
	if err != nil {
		return flagStatus(err)
	}
	if len(pos) == 0 {
		return c.usageError("money format: no AMOUNT given")
	}
	tag, ok := c.parseLang("money", *langS)
	if !ok {
		return exitUsage
	}
	style, err := money.ParseStyle(*styleS)
	if err != nil {
		return c.usageError("money format: bad --style %q (want standard, compact or words)", *styleS)
	}
	cur := currency.XXX
	if *curS != "" {
		cur, err = currency.ParseISO(strings.TrimSpace(*curS))
		if err != nil || cur == currency.XXX {
			return c.usageError("money format: bad --currency %q (want an ISO 4217 code such as IDR)", *curS)
		}
	}
	f := money.Formatter{Lang: tag, Style: style, Code: *code, Full: *full, Digits: *digits}
	status := exitOK
	for _, arg := range pos {
		a, err := amountArg(arg, cur, tag)
		if err != nil {
			status = c.inputError(err)
			continue
		}
		fmt.Fprintln(c.stdout, f.Format(a))
	}
	return status
}

// negativesLast moves the arguments that are negative amounts rather than
// flags ("-5000", "-Rp5.000", "-US$5": a minus sign followed by anything but
// a lower-case letter or another minus) after a "--", so that the flag
// package does not take them for flags. Flags are lower case.
func negativesLast(fs *flag.FlagSet, args []string) []string {
	var flags, pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			pos = append(pos, args[i+1:]...)
			break
		}
		if len(a) < 2 || a[0] != '-' || a[1] == '-' || 'a' <= a[1] && a[1] <= 'z' {
			if len(a) >= 2 && a[0] == '-' {
				flags = append(flags, a)
				// A non-boolean flag without "=" takes the next argument.
				name := strings.TrimLeft(a, "-")
				if f := fs.Lookup(name); f != nil && !strings.Contains(name, "=") && i+1 < len(args) {
					if b, ok := f.Value.(interface{ IsBoolFlag() bool }); !ok || !b.IsBoolFlag() {
						i++
						flags = append(flags, args[i])
					}
				}
				continue
			}
			pos = append(pos, a)
			continue
		}
		pos = append(pos, a)
	}
	return append(append(flags, "--"), pos...)
}

// amountArg reads a command-line amount: the canonical form (digits with
// an optional point and hundredths, with or without a currency code), or
// else text as documents write it, read by money.Parse in the language of
// the command. An amount without currency takes cur, or else the home
// currency of the language.
func amountArg(arg string, cur currency.Unit, tag language.Tag) (money.Amount, error) {
	var a money.Amount
	if err := a.UnmarshalText([]byte(strings.TrimSpace(arg))); err != nil {
		var perr error
		a, perr = money.ParseDefault(arg, tag, currency.XXX)
		if perr != nil {
			return money.Amount{}, perr
		}
	}
	switch {
	case a.HasCurrency() && cur != currency.XXX && a.Currency() != cur:
		return money.Amount{}, fmt.Errorf("money format: %q is in %v but --currency is %v: %w", arg, a.Currency(), cur, money.ErrCurrencyMismatch)
	case a.HasCurrency():
		return a, nil
	case cur == currency.XXX:
		cur = homeCurrency(tag)
	}
	return money.FromMinor(a.Minor(), cur), nil
}

// homeCurrency is the currency of an amount without one: that of the
// language, and rupiah for English.
func homeCurrency(tag language.Tag) currency.Unit {
	if cur := money.HomeCurrency(tag); cur != currency.XXX {
		return cur
	}
	return currency.IDR
}

func runMoneyParse(c *cli, args []string) int {
	fs := c.newFlagSet("money parse", "money parse [flags] TEXT...", `
Reads each TEXT as an amount of money written by people and prints its
canonical form (IDR 100387357175, MYR 1725.99), one per line. Separators
follow --lang: in Indonesian "Rp1.500" is 1500 and "US$2.77 miliar" is 2.77
billion. Text without a currency is in the currency of the language. Amounts
in words ("lima juta rupiah") are read too. A text that cannot be read is
reported with the byte offset of the problem and the exit status is 1.

Example:
  kerjasama money parse "Rp. 100.387.357.175" "Rp 1.186.868,-"`)
	langS := langFlag(fs)
	pos, err := parseFlags(fs, negativesLast(fs, args))
	if err != nil {
		return flagStatus(err)
	}
	if len(pos) == 0 {
		return c.usageError("money parse: no TEXT given")
	}
	tag, ok := c.parseLang("money", *langS)
	if !ok {
		return exitUsage
	}
	status := exitOK
	for _, s := range pos {
		a, err := money.Parse(s, tag)
		if err != nil {
			var pe *money.ParseError
			if !errors.As(err, &pe) {
				err = fmt.Errorf("money parse: %w", err)
			}
			status = c.inputError(err)
			continue
		}
		fmt.Fprintln(c.stdout, a)
	}
	return status
}
