package trade

import (
	"strconv"
	"unicode/utf8"

	"github.com/kerjasama/kerjasama/internal/fold"
	"github.com/kerjasama/kerjasama/internal/lang"
	"golang.org/x/text/language"
)

// maxLabel is the length in bytes above which a label is refused without
// being read: the longest real label ("perdagangan lintas batas dengan
// kartu identitas lintas batas") is well under it.
const maxLabel = 96

// labels holds the names of one value of an enumeration: a stable English
// identifier for text marshalling, a label in each language, and further
// spellings that the parser accepts.
type labels struct {
	id      string // stable identifier: "export"
	en, in  string // English and Indonesian labels
	ms      string // Malay label
	aliases []string
}

func (l labels) label(t language.Tag) string {
	switch lang.Of(t) {
	case lang.Indonesian:
		return l.in
	case lang.Malay, lang.MalayBrunei:
		return l.ms
	}
	return l.en
}

// enum is the parsing table of one enumeration. Keys are fold keys, so that
// case, spacing and punctuation do not matter.
type enum struct {
	name string         // type name for messages: "Flow"
	m    map[string]int // fold key → value
	bad  map[string]string
}

// newEnum builds the table from the labels of values 1..len(ls)-1; ls[0]
// (the zero value) takes part only through its id, when it has one.
func newEnum(name string, ls []labels) *enum {
	e := &enum{name: name, m: make(map[string]int), bad: make(map[string]string)}
	for v, l := range ls {
		if v == 0 {
			continue
		}
		for _, s := range append([]string{l.id, l.en, l.in, l.ms}, l.aliases...) {
			if s == "" {
				continue
			}
			k := fold.Key(s)
			if w, dup := e.m[k]; dup && w != v {
				panic("trade: " + name + " label " + strconv.Quote(s) + " names two values")
			}
			e.m[k] = v
		}
	}
	return e
}

// refuse makes s an error with reason msg instead of a value: a label that
// could mean two things.
func (e *enum) refuse(s, msg string) *enum {
	k := fold.Key(s)
	delete(e.m, k)
	e.bad[k] = msg
	return e
}

// lookup returns the value labelled s, or an error. It does not allocate
// when s is ASCII and known.
func (e *enum) lookup(fn, s string) (int, error) {
	if len(s) > maxLabel {
		return 0, &ParseError{Func: fn, Input: s, Offset: maxLabel, Msg: "input too long", Err: ErrSyntax}
	}
	var buf [maxLabel]byte
	k, ok := asciiKey(buf[:0], s)
	var v int
	var found bool
	if ok {
		v, found = e.m[string(k)]
	} else {
		ks := fold.Key(s)
		k = []byte(ks)
		v, found = e.m[ks]
	}
	if found {
		return v, nil
	}
	if msg, bad := e.bad[string(k)]; bad {
		return 0, &ParseError{Func: fn, Input: s, Offset: 0, Msg: msg, Err: ErrAmbiguous}
	}
	if len(k) == 0 {
		return 0, &ParseError{Func: fn, Input: s, Offset: 0, Msg: "empty " + e.name, Err: ErrSyntax}
	}
	return 0, &ParseError{Func: fn, Input: s, Offset: 0, Msg: "unknown " + e.name, Err: ErrUnknown}
}

// asciiKey appends the fold key of s to dst when s is ASCII, exactly as
// fold.Key would compute it, without allocating. It reports false for
// non-ASCII input, which the caller hands to fold.Key.
func asciiKey(dst []byte, s string) ([]byte, bool) {
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			return dst, false
		case c == '\'' || c == '`':
			continue
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
			fallthrough
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			if space && len(dst) > 0 {
				dst = append(dst, ' ')
			}
			space = false
			dst = append(dst, c)
		default:
			space = true
		}
	}
	return dst, true
}

// enumString returns the id of value v in ls, or "Name(v)" when v is out of
// range, like time.Month.
func enumString(name string, ls []labels, v int) string {
	if v >= 0 && v < len(ls) {
		return ls[v].id
	}
	return "%!" + name + "(" + strconv.Itoa(v) + ")"
}
