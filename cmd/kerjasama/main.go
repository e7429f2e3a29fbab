// Command kerjasama evaluates and converts the data of inter-governmental
// cooperation: agreements, border trade and Sosek Malindo sessions.
//
// Usage:
//
//	kerjasama <command> [arguments]
//
// Run "kerjasama help" for the list of commands and "kerjasama <command> -h"
// for the flags of one. Exit status is 0 on success, 1 when the input is bad
// (a value that does not parse, a file with errors) and 2 when the command
// line itself is wrong.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"golang.org/x/text/language"
)

// Exit statuses.
const (
	exitOK    = 0
	exitInput = 1 // bad input: a value or a file that cannot be read
	exitUsage = 2 // bad usage: unknown command or flag, missing argument
)

// A command is one subcommand of kerjasama. Each lives in its own file and
// adds itself to the table with register from an init function, so that
// subcommands can be written independently.
type command struct {
	name    string
	summary string // one line for "kerjasama help"
	run     func(c *cli, args []string) int
}

// cli carries what a command writes to; tests replace both writers.
type cli struct {
	stdout, stderr io.Writer
	// isTerminal reports whether stderr is a terminal (progress is shown only then).
	isTerminal bool
}

var commands = map[string]command{}

func register(c command) {
	if _, dup := commands[c.name]; dup {
		panic("kerjasama: command registered twice: " + c.name)
	}
	commands[c.name] = c
}

func main() {
	c := &cli{stdout: os.Stdout, stderr: os.Stderr, isTerminal: stderrIsTerminal()}
	os.Exit(c.main(os.Args[1:]))
}

func stderrIsTerminal() bool {
	fi, err := os.Stderr.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// main runs the command line args (without the program name) and returns
// the exit status.
func (c *cli) main(args []string) int {
	if len(args) == 0 {
		c.usage(c.stderr)
		return exitUsage
	}
	name := args[0]
	switch name {
	case "help", "-h", "-help", "--help":
		if len(args) > 1 {
			if cmd, ok := commands[args[1]]; ok {
				return cmd.run(c, []string{"-h"})
			}
		}
		c.usage(c.stdout)
		return exitOK
	case "-version", "--version": // as other commands take it
		name = "version"
	}
	cmd, ok := commands[name]
	if !ok {
		fmt.Fprintf(c.stderr, "kerjasama: unknown command %q\n\n", name)
		c.usage(c.stderr)
		return exitUsage
	}
	return cmd.run(c, args[1:])
}

func (c *cli) usage(w io.Writer) {
	fmt.Fprintln(w, "kerjasama evaluates and converts the data of inter-governmental cooperation.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Usage:")
	fmt.Fprintln(w, "\tkerjasama <command> [arguments]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Commands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "\t%-12s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, `Run "kerjasama <command> -h" for the flags of a command.`)
}

// parseFlags parses args with fs, allowing flags before, between and after
// positional arguments ("money format 5000 --lang id"), and returns the
// positional arguments. A lone "--" ends flag parsing. On a bad flag it
// returns the error; on -h it returns flag.ErrHelp after fs has printed its
// usage.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// newFlagSet returns a flag set that reports errors instead of exiting and
// writes its usage to c.stderr, headed by the command line and description.
func (c *cli) newFlagSet(name, synopsis, description string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(c.stderr)
	fs.Usage = func() {
		fmt.Fprintf(c.stderr, "Usage: kerjasama %s\n\n", synopsis)
		if description != "" {
			fmt.Fprintln(c.stderr, strings.TrimSpace(description))
			fmt.Fprintln(c.stderr)
		}
		fmt.Fprintln(c.stderr, "Flags:")
		fs.PrintDefaults()
	}
	return fs
}

// flagStatus turns an error from parseFlags into an exit status: 0 for -h,
// 2 for anything else.
func flagStatus(err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	return exitUsage
}

// usageError prints a usage problem and returns exitUsage.
func (c *cli) usageError(format string, a ...any) int {
	fmt.Fprintf(c.stderr, "kerjasama: "+format+"\n", a...)
	return exitUsage
}

// inputError prints a problem with the input and returns exitInput.
func (c *cli) inputError(err error) int {
	fmt.Fprintf(c.stderr, "kerjasama: %v\n", err)
	return exitInput
}

// parseLang reads the value of a --lang flag for the command cmd. A tag
// that does not parse is a usage error (printed here); a well-formed tag
// the library does not speak falls back to English in the packages.
func (c *cli) parseLang(cmd, s string) (language.Tag, bool) {
	tag, err := language.Parse(s)
	if err != nil {
		c.usageError("%s: bad --lang %q: %v", cmd, s, err)
		return language.Tag{}, false
	}
	return tag, true
}
