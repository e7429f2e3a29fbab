// Package enum is the one engine behind every enumeration of kerjasama
// (trade flows, agreement kinds, forum levels, findings' severities …).
//
// A [Table] is declared once, at package initialisation, from one [Entry]
// per value: entry i describes the value i. Its index of names is built
// the first time it reads text, not at initialisation, so that a program
// pays only for the enumerations it reads (a command that sums a trade
// file does not fold the names of agreement sectors). It gives each
// enumeration the same behaviour, the convention documented here:
//
//   - The zero value means "not set", unless the table is built with
//     [Config].ZeroIsValue (a severity of "none", a layout of "auto",
//     the Long date style): then it is a value like the others.
//   - String returns the stable English identifier of a value: "" for a
//     zero value that means "not set" (the same text MarshalText writes),
//     and "%!Type(n)" for a value out of range, like time.Month; it never
//     panics.
//   - Label returns the name in the language of a tag (Indonesian, Malay
//     of Malaysia, Malay of Brunei, English; any other tag gives English).
//     For the zero value it is entry 0's label, which a table may give
//     for display ("tidak diketahui", "not recorded") or leave empty. Out
//     of range it returns what String returns.
//   - MarshalText writes the identifier; the zero value, when it means
//     "not set", marshals to empty text, and a value out of range is an
//     error (the ErrRange of the package).
//   - UnmarshalText reads empty text as the zero value, and anything else
//     as the parser does.
//   - The parser accepts the identifier, the label in every language and
//     every alias of every value, the zero value's names included, in any
//     letter case, spacing and punctuation (keys from internal/fold), and
//     the form "Label (ABBR)" (the name before the bracket or the
//     abbreviation in it). Empty text, text over the length limit, a
//     refused spelling (one that could mean two things) and an unknown
//     label are errors, built by the package's own error constructor so
//     that each package returns its own *ParseError.
//
// Two names of different values that fold to the same key are a programming
// error: the table panics when it builds its index, which [Table.Check]
// (run by each package's tests) does first.
package enum

import (
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/kerjasama/kerjasama/internal/fold"
	"github.com/kerjasama/kerjasama/internal/lang"
	"golang.org/x/text/language"
)

// DefaultMaxLen is the length limit in bytes of a table whose Config does
// not set one. The longest real label is well under it.
const DefaultMaxLen = 200

// fastLen is the longest input whose key is built on the stack.
const fastLen = 256

// An Entry holds the names of one value: a stable English identifier used
// for text marshalling, a label per language and further spellings the
// parser accepts (abbreviations, older spellings, codes).
type Entry struct {
	ID      string   // stable identifier: "export", "sister-city"
	En      string   // English label
	In      string   // Indonesian label
	Ms      string   // Malay label (Malaysia; Brunei too when MsBN is empty)
	MsBN    string   // Malay label of Brunei, when it differs
	Aliases []string // other spellings, any language
}

// Label returns the label of e in language l, falling back from Brunei
// Malay to Malay.
func (e Entry) Label(l lang.Lang) string {
	switch l {
	case lang.Indonesian:
		return e.In
	case lang.Malay:
		return e.Ms
	case lang.MalayBrunei:
		if e.MsBN != "" {
			return e.MsBN
		}
		return e.Ms
	}
	return e.En
}

// Names returns every spelling of e that its parser accepts: the
// identifier, the labels and the aliases, without empty ones.
func (e Entry) Names() []string {
	var ns []string
	for _, s := range append([]string{e.ID, e.En, e.In, e.Ms, e.MsBN}, e.Aliases...) {
		if s != "" {
			ns = append(ns, s)
		}
	}
	return ns
}

// A Kind says why text was refused; a package maps it to its sentinel
// error.
type Kind uint8

// The kinds of failure.
const (
	Empty     Kind = 1 + iota // empty text (or only punctuation and spaces) given to a parser
	TooLong                   // text over the table's length limit, refused unread
	Unknown                   // text that names no value
	Ambiguous                 // a refused spelling that could mean two things
	Range                     // a value out of range given to MarshalText
)

// A Failure describes refused text (or, for Range, a value that cannot be
// marshalled). Tables hand it to the package's Config.Err.
type Failure struct {
	Func   string // "ParseFlow", "Flow.UnmarshalText", "Flow.MarshalText"
	Input  string // the text given (for Range, what String returns)
	Offset int    // byte offset of the problem in Input
	Msg    string // what is wrong: "unknown flow"
	Kind   Kind
}

// Config describes a table.
type Config struct {
	// Type is the Go type name, used in "%!Flow(9)" and in messages
	// ("unknown flow": lower case, a space before each inner capital).
	Type string
	// ZeroIsValue makes the zero value a value like the others: it
	// marshals to its identifier instead of empty text.
	ZeroIsValue bool
	// MaxLen is the length limit of the parser, DefaultMaxLen when zero.
	MaxLen int
	// Err builds the package's error from a failure. It must not be nil.
	Err func(Failure) error
}

// A Table is the engine of one enumeration. It is read-only once built and
// safe for concurrent use.
type Table struct {
	typ, noun   string
	unmarshalFn string // "Flow.UnmarshalText", built once
	zeroIsValue bool
	max         int
	entries     []Entry
	refused     map[string]string // fold key → reason (Refuse)
	errf        func(Failure) error

	// keys is the index of names, fold key → value, built by index on
	// first use.
	once sync.Once
	keys map[string]int
}

// New returns the table of entries, where entries[i] describes the value
// i. Entry 0 may be empty when the zero value means "not set"; the names
// it gives (such as "unknown", "tidak diketahui") read as the zero value.
// New panics when a value has no identifier (the zero value excepted,
// unless it is a value) or when c.Err is nil; the table panics when it
// builds its index if two values share a name (after folding) or a name
// is over the length limit (see the package documentation).
func New(c Config, entries []Entry) *Table {
	if c.Err == nil || c.Type == "" || len(entries) == 0 {
		panic("enum: New needs a type name, an error constructor and entries")
	}
	t := &Table{
		typ: c.Type, noun: noun(c.Type), unmarshalFn: c.Type + ".UnmarshalText", zeroIsValue: c.ZeroIsValue, max: c.MaxLen,
		entries: append([]Entry(nil), entries...), errf: c.Err,
	}
	if t.max <= 0 {
		t.max = DefaultMaxLen
	}
	for v, e := range t.entries {
		if e.ID == "" && (v > 0 || c.ZeroIsValue) {
			panic("enum: " + c.Type + " value " + strconv.Itoa(v) + " has no identifier")
		}
	}
	return t
}

// index returns the index of names, building it on first use: every name
// of every entry by its fold key, but the refused ones.
func (t *Table) index() map[string]int {
	t.once.Do(func() {
		keys := make(map[string]int)
		for v, e := range t.entries {
			for _, s := range e.Names() {
				if len(s) > t.max {
					panic("enum: " + t.typ + " name " + strconv.Quote(s) + " is over the length limit")
				}
				k := fold.Key(s)
				if k == "" {
					continue
				}
				if w, dup := keys[k]; dup && w != v {
					panic("enum: " + t.typ + " name " + strconv.Quote(s) + " names both " + t.entries[w].ID + " and " + e.ID)
				}
				keys[k] = v
			}
		}
		for k := range t.refused {
			delete(keys, k)
		}
		t.keys = keys
	})
	return t.keys
}

// noun turns a type name into the words of messages: "MeetingKind" →
// "meeting kind".
func noun(typ string) string {
	var b strings.Builder
	for i, r := range typ {
		if r >= 'A' && r <= 'Z' {
			if i > 0 {
				b.WriteByte(' ')
			}
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Refuse makes the spelling s an error that says msg instead of a value: a
// label that could mean two things ("PLB"). It is for package
// initialisation only and returns t.
func (t *Table) Refuse(s, msg string) *Table {
	if t.keys != nil {
		panic("enum: " + t.typ + ": Refuse after the table was read")
	}
	if t.refused == nil {
		t.refused = make(map[string]string)
	}
	t.refused[fold.Key(s)] = msg
	return t
}

// Type returns the type name of the table.
func (t *Table) Type() string { return t.typ }

// Len returns the number of values, zero included: values run from 0 to
// Len()-1.
func (t *Table) Len() int { return len(t.entries) }

// ZeroIsValue reports whether the zero value is a value like the others.
func (t *Table) ZeroIsValue() bool { return t.zeroIsValue }

// MaxLen returns the length limit of the parser.
func (t *Table) MaxLen() int { return t.max }

// Entry returns the names of value v, and false when v is out of range.
func (t *Table) Entry(v int) (Entry, bool) {
	if v < 0 || v >= len(t.entries) {
		return Entry{}, false
	}
	return t.entries[v], true
}

// InRange reports whether v is a value of the table (the zero value
// included).
func (t *Table) InRange(v int) bool { return v >= 0 && v < len(t.entries) }

// String returns the identifier of v: "" for a zero value that means "not
// set", and "%!Type(v)" out of range.
func (t *Table) String(v int) string {
	if v == 0 && !t.zeroIsValue {
		return ""
	}
	if t.InRange(v) {
		return t.entries[v].ID
	}
	return "%!" + t.typ + "(" + strconv.Itoa(v) + ")"
}

// Label returns the label of v in the language of tag; any tag that is not
// Indonesian or Malay gives English. Out of range it returns String(v).
func (t *Table) Label(v int, tag language.Tag) string {
	if t.InRange(v) {
		return t.entries[v].Label(lang.Of(tag))
	}
	return t.String(v)
}

// AppendText appends the identifier of v to b: nothing for a zero value
// that means "not set", and an error (Kind Range) for a value out of
// range. typeName.MarshalText is the function named in the error.
func (t *Table) AppendText(b []byte, v int) ([]byte, error) {
	if b == nil {
		b = []byte{}
	}
	switch {
	case !t.InRange(v):
		return b, t.errf(Failure{Func: t.typ + ".MarshalText", Input: t.String(v), Msg: t.noun + " out of range", Kind: Range})
	case v == 0 && !t.zeroIsValue:
		return b, nil
	}
	return append(b, t.entries[v].ID...), nil
}

// MarshalText returns what AppendText appends to an empty slice.
func (t *Table) MarshalText(v int) ([]byte, error) { return t.AppendText(nil, v) }

// UnmarshalText reads text as Parse does, named Type.UnmarshalText in its
// errors; empty text is the zero value.
func (t *Table) UnmarshalText(text []byte) (int, error) {
	if len(text) == 0 {
		return 0, nil
	}
	if len(text) <= fastLen {
		var buf [fastLen]byte
		if k, ascii := appendKey(buf[:0], text); ascii {
			if v, ok := t.index()[string(k)]; ok {
				return v, nil
			}
		}
	}
	return t.Parse(t.unmarshalFn, string(text))
}

// Lookup returns the value named s and true, or false. It accepts what
// Parse accepts, and does not allocate when s is ASCII and known.
func (t *Table) Lookup(s string) (int, bool) {
	v, _, ok := t.lookup(s)
	return v, ok
}

// lookup returns the value named by s, or its key when there is none.
func (t *Table) lookup(s string) (int, string, bool) {
	if len(s) <= fastLen {
		var buf [fastLen]byte
		if k, ascii := AppendKey(buf[:0], s); ascii {
			if v, ok := t.index()[string(k)]; ok {
				return v, "", true
			}
			return t.slow(s, string(k))
		}
	}
	return t.slow(s, fold.Key(s))
}

func (t *Table) slow(s, k string) (int, string, bool) {
	keys := t.index()
	if v, ok := keys[k]; ok {
		return v, k, true
	}
	// "Staff Planning Committee (SPC)": the name before the bracket, or
	// the abbreviation in it.
	if i := strings.IndexByte(s, '('); i > 0 {
		if v, ok := keys[fold.Key(s[:i])]; ok {
			return v, k, true
		}
		in := strings.TrimSpace(s[i+1:])
		if j := strings.IndexByte(in, ')'); j >= 0 && strings.TrimSpace(in[j+1:]) == "" {
			if v, ok := keys[fold.Key(in[:j])]; ok {
				return v, k, true
			}
		}
	}
	return 0, k, false
}

// Parse returns the value named s. fn names the calling function in
// errors ("ParseFlow"). It does not allocate when s is ASCII and known.
func (t *Table) Parse(fn, s string) (int, error) {
	if len(s) > t.max {
		return 0, t.errf(Failure{Func: fn, Input: s, Offset: t.max, Msg: t.noun + " too long", Kind: TooLong})
	}
	v, k, ok := t.lookup(s)
	if ok {
		return v, nil
	}
	if msg, bad := t.refused[k]; bad {
		return 0, t.errf(Failure{Func: fn, Input: s, Msg: msg, Kind: Ambiguous})
	}
	if k == "" {
		return 0, t.errf(Failure{Func: fn, Input: s, Msg: "empty " + t.noun, Kind: Empty})
	}
	return 0, t.errf(Failure{Func: fn, Input: s, Msg: "unknown " + t.noun, Kind: Unknown})
}

// AppendKey appends the fold key of s to dst when s is ASCII, exactly as
// fold.Key computes it, without allocating. It reports false for
// non-ASCII input, which needs fold.Key.
//
// AppendKey is not inlined, on purpose: inlined into another package, it
// leaves a call of the generic appendKey whose parameters escape analysis
// must take to leak, and a caller's buffer on the stack ("var buf [64]byte;
// AppendKey(buf[:0], s)") would be moved to the heap, an allocation per
// call. Out of line, its own summary (dst leaks to the result only) keeps
// the buffer on the stack.
//
//go:noinline
func AppendKey(dst []byte, s string) ([]byte, bool) { return appendKey(dst, s) }

func appendKey[S string | []byte](dst []byte, s S) ([]byte, bool) {
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
