package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

func init() {
	register(command{
		name:    "version",
		summary: "print the version of kerjasama and of the Go it was built with",
		run:     runVersion,
	})
}

// runVersion prints the module version the binary was built from: a
// release tag when installed with "go install …@version", "(devel)" when
// built from a clone, followed by the VCS revision when the build recorded
// one.
func runVersion(c *cli, args []string) int {
	fs := c.newFlagSet("version", "version", "Prints the version of kerjasama and of the Go toolchain that built it.")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return flagStatus(err)
	}
	if len(pos) > 0 {
		return c.usageError("version: unexpected argument %q", pos[0])
	}
	fmt.Fprintln(c.stdout, versionLine())
	return exitOK
}

func versionLine() string {
	version, rev := "(unknown)", ""
	if info, ok := debug.ReadBuildInfo(); ok {
		version = info.Main.Version
		for _, s := range info.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 12 {
				rev = s.Value[:12]
			}
		}
	}
	line := "kerjasama " + version
	if rev != "" {
		line += " " + rev
	}
	return line + " " + runtime.Version()
}
