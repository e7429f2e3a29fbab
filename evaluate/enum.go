package evaluate

import (
	"fmt"

	"github.com/kerjasama/kerjasama/internal/fold"
	"golang.org/x/text/language"
)

// maxEnumInput is the length above which an enumeration parser refuses
// its input without reading it.
const maxEnumInput = 64

// An enum holds the names of one of this package's enumerations: a stable
// identifier and labels in English, Indonesian, Malay and Brunei Malay
// (the lang.Lang order) per value, and extra spellings the parser accepts.
type enum struct {
	name      string
	idents    []string
	labels    [][4]string
	zeroValid bool           // whether the zero value marshals
	keys      map[string]int // every folded name → value, built on first use
}

func newEnum(name string, idents []string, labels [][4]string, aliases map[string]int, zeroValid bool) *enum {
	e := &enum{name: name, idents: idents, labels: labels, zeroValid: zeroValid, keys: map[string]int{}}
	for k, v := range aliases {
		e.keys[fold.Key(k)] = v
	}
	for v := range idents {
		if v == 0 && !zeroValid {
			continue
		}
		e.keys[fold.Key(idents[v])] = v
		for _, l := range labels[v] {
			e.keys[fold.Key(l)] = v
		}
	}
	return e
}

func (e *enum) valid(v int) bool { return v >= 0 && v < len(e.idents) }

// str returns the identifier of v, or "Name(v)" out of range.
func (e *enum) str(v int) string {
	if e.valid(v) {
		return e.idents[v]
	}
	return fmt.Sprintf("%s(%d)", e.name, v)
}

// label returns the name of v in the language of tag.
func (e *enum) label(v int, tag language.Tag) string {
	if e.valid(v) {
		return e.labels[v][langOf(tag)]
	}
	return e.str(v)
}

func (e *enum) marshal(v int) ([]byte, error) {
	if !e.valid(v) || v == 0 && !e.zeroValid {
		return nil, fmt.Errorf("evaluate: invalid %s %d", e.name, v)
	}
	return []byte(e.idents[v]), nil
}

// parse reads an identifier, a label in any language or an alias, in any
// case and spacing.
func (e *enum) parse(s string) (int, error) {
	if len(s) > maxEnumInput {
		return 0, fmt.Errorf("evaluate: %s too long (%d bytes)", e.name, len(s))
	}
	if v, ok := e.keys[fold.Key(s)]; ok {
		return v, nil
	}
	return 0, fmt.Errorf("evaluate: unknown %s %q", e.name, s)
}
