package input

import (
	"io"
	"strconv"
)

// MaxShown is the number of problems of one file or one command that are
// kept and shown; the rest are only counted. report.FileError keeps this
// many per file, and the command prints this many on standard error, then
// "… and K more": a file with a million bad rows costs no more memory, and
// prints no more lines, than one with fifty.
const MaxShown = 50

// Problems is a bounded list of problem messages: the first MaxShown are
// kept, in the order added, the rest counted. The zero value is an empty
// list ready to use.
type Problems struct {
	shown   []string
	omitted int
}

// Add records msg and reports whether it was kept (one of the first
// MaxShown), that is, whether it is to be shown.
func (p *Problems) Add(msg string) bool {
	if len(p.shown) == MaxShown {
		p.omitted++
		return false
	}
	p.shown = append(p.shown, msg)
	return true
}

// Count counts n more problems whose messages were not kept where they
// were found (report.FileError.Omitted): they are among the omitted ones,
// "… and K more".
func (p *Problems) Count(n int) { p.omitted += max(n, 0) }

// Len returns the number of problems added, kept or not.
func (p *Problems) Len() int { return len(p.shown) + p.omitted }

// Shown returns the problems kept, in the order added.
func (p *Problems) Shown() []string { return p.shown }

// Omitted returns the number of problems added after the first MaxShown.
func (p *Problems) Omitted() int { return p.omitted }

// More returns "… and K more" for the problems not kept, or "" when every
// problem was kept.
func (p *Problems) More() string {
	if p.omitted == 0 {
		return ""
	}
	return "… and " + strconv.Itoa(p.omitted) + " more"
}

// Report adds msg and, when it is kept, writes prefix, msg and a line break
// to w: a command prints the first MaxShown problems as it finds them.
func (p *Problems) Report(w io.Writer, prefix, msg string) {
	if p.Add(msg) {
		io.WriteString(w, prefix+msg+"\n")
	}
}

// WriteMore writes prefix and More, and a line break, to w when problems
// were not kept; nothing otherwise.
func (p *Problems) WriteMore(w io.Writer, prefix string) {
	if p.omitted > 0 {
		io.WriteString(w, prefix+p.More()+"\n")
	}
}
