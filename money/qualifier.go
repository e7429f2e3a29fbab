package money

import (
	"golang.org/x/text/language"

	"github.com/kerjasama/kerjasama/internal/enum"
	"github.com/kerjasama/kerjasama/internal/lang"
)

// A Qualifier is what a text says of the precision of an amount by a word
// before it: "sekitar Rp20,8 miliar" is About Rp20,8 miliar, "lebih dari
// US$1 juta" MoreThan US$1 juta. [Parse] refuses a qualified amount, so
// that an estimate is never taken for an exact figure; [ParseQualified]
// reads it with its qualifier, and [FindAll] reports the qualifier of each
// match.
type Qualifier uint8

// The qualifiers, with the words that give them (in any case). Sources:
// KBBI and the Indonesian and Malaysian press for the Indonesian and Malay
// words; the English press for the English ones.
const (
	Exact    Qualifier = iota // no qualifying word
	About                     // sekitar, kira-kira, kurang lebih, lebih kurang, hampir, about, around, approximately, nearly, almost, some, ±, ~
	MoreThan                  // lebih dari, di atas, melebihi, more than, over, above
	LessThan                  // kurang dari, di bawah, less than, under, below
	AtLeast                   // sedikitnya, paling sedikit, sekurang-kurangnya, sekurangnya, minimal, at least
	AtMost                    // paling banyak, sebanyak-banyaknya, maksimal, tidak lebih dari, at most, up to
)

// qualifiers is the table of Qualifier; Exact, the zero Qualifier, is a
// value like the others.
var qualifiers = enum.New(enum.Config{Type: "Qualifier", ZeroIsValue: true, MaxLen: 32, Err: enumError}, []enum.Entry{
	Exact:    {ID: "exact", En: "exact", In: "tepat", Ms: "tepat"},
	About:    {ID: "about", En: "about", In: "sekitar", Ms: "lebih kurang", Aliases: []string{"approximately"}},
	MoreThan: {ID: "more-than", En: "more than", In: "lebih dari", Ms: "lebih daripada"},
	LessThan: {ID: "less-than", En: "less than", In: "kurang dari", Ms: "kurang daripada"},
	AtLeast:  {ID: "at-least", En: "at least", In: "sekurang-kurangnya", Ms: "sekurang-kurangnya"},
	AtMost:   {ID: "at-most", En: "at most", In: "paling banyak", Ms: "paling banyak"},
})

// String returns the English identifier of q: "exact", "about",
// "more-than", "less-than", "at-least" or "at-most"; out of range,
// "%!Qualifier(n)".
func (q Qualifier) String() string { return qualifiers.String(int(q)) }

// Label returns the words of q in the language of tag: "sekitar", "lebih
// dari" in Indonesian; "lebih kurang", "lebih daripada" in Malay; "about",
// "more than" in English (also for unsupported tags).
func (q Qualifier) Label(tag language.Tag) string { return qualifiers.Label(int(q), tag) }

// MarshalText returns the identifier of q; a value out of range is an
// error.
func (q Qualifier) MarshalText() ([]byte, error) { return qualifiers.MarshalText(int(q)) }

// UnmarshalText sets q from its identifier or a label in any language;
// empty text is Exact.
func (q *Qualifier) UnmarshalText(text []byte) error {
	v, err := qualifiers.UnmarshalText(text)
	if err != nil {
		return err
	}
	*q = Qualifier(v)
	return nil
}

// qualifierWords are the words of the qualifiers, longest first where one
// begins another ("tidak lebih dari" before nothing, "lebih dari" before
// "lebih kurang" is irrelevant: they differ in the second word). Words are
// separated by spaces in the text; a hyphen is part of a word.
var qualifierWords = [...]struct {
	words []string
	q     Qualifier
}{
	{[]string{"tidak", "lebih", "dari"}, AtMost},
	{[]string{"kurang", "lebih"}, About},
	{[]string{"lebih", "kurang"}, About},
	{[]string{"lebih", "dari"}, MoreThan},
	{[]string{"kurang", "dari"}, LessThan},
	{[]string{"paling", "sedikit"}, AtLeast},
	{[]string{"paling", "banyak"}, AtMost},
	{[]string{"di", "atas"}, MoreThan},
	{[]string{"di", "bawah"}, LessThan},
	{[]string{"more", "than"}, MoreThan},
	{[]string{"less", "than"}, LessThan},
	{[]string{"at", "least"}, AtLeast},
	{[]string{"at", "most"}, AtMost},
	{[]string{"up", "to"}, AtMost},
	{[]string{"sekitar"}, About},
	{[]string{"kira-kira"}, About},
	{[]string{"kurleb"}, About},
	{[]string{"hampir"}, About},
	{[]string{"melebihi"}, MoreThan},
	{[]string{"sedikitnya"}, AtLeast},
	{[]string{"sekurang-kurangnya"}, AtLeast},
	{[]string{"sekurangnya"}, AtLeast},
	{[]string{"minimal"}, AtLeast},
	{[]string{"sebanyak-banyaknya"}, AtMost},
	{[]string{"maksimal"}, AtMost},
	{[]string{"approximately"}, About},
	{[]string{"approx."}, About},
	{[]string{"about"}, About},
	{[]string{"around"}, About},
	{[]string{"nearly"}, About},
	{[]string{"almost"}, About},
	{[]string{"some"}, About},
	{[]string{"roughly"}, About},
	{[]string{"over"}, MoreThan},
	{[]string{"above"}, MoreThan},
	{[]string{"under"}, LessThan},
	{[]string{"below"}, LessThan},
	{[]string{"±"}, About},
	{[]string{"~"}, About},
	{[]string{"+/-"}, About},
}

// qualifierByFirst lists, per first byte (ASCII lower case), the indexes
// of the qualifierWords that begin with it, so that text starting with
// "Rp" or a digit is passed over in one look-up.
var qualifierByFirst = func() (t [256][]uint8) {
	for k, w := range qualifierWords {
		c := w.words[0][0] | 0x20
		t[c] = append(t[c], uint8(k))
	}
	return t
}()

// qualifierAt reads a qualifier at s[i] and returns it and the end of its
// words; end == i if there is none. A word ends at a space or at the end
// of the text; "±" and "~" may touch the number.
func qualifierAt(s string, i int) (Qualifier, int) {
	if i >= len(s) {
		return Exact, i
	}
	for _, k := range qualifierByFirst[s[i]|0x20] {
		if end, ok := wordsAt(s, i, qualifierWords[k].words); ok {
			return qualifierWords[k].q, end
		}
	}
	return Exact, i
}

// ParseQualified is like [Parse], but the amount may be preceded by a word
// that qualifies it: "sekitar Rp20,8 miliar" is (Rp20.800.000.000, About),
// "lebih dari US$1 juta" (US$1.000.000, MoreThan), "at least RM2 million"
// (RM2.000.000, AtLeast). The words are listed with the [Qualifier]
// constants. Text without such a word gives Exact. Error offsets are
// offsets in s.
func ParseQualified(s string, tag language.Tag) (Amount, Qualifier, error) {
	if len(s) > MaxInput {
		var p parser
		p.s, p.l, p.fn = s, lang.Of(tag), "ParseQualified"
		_, err := p.fail(MaxInput, "text longer than MaxInput (512 bytes)", ErrSyntax)
		return Amount{}, Exact, err
	}
	i := skipSpaces(s, 0)
	q, end := qualifierAt(s, i)
	if end == i {
		var p parser
		p.s, p.l, p.fn = s, lang.Of(tag), "ParseQualified"
		a, err := p.parse()
		return a, Exact, err
	}
	var p parser
	p.s, p.l, p.fn = s, lang.Of(tag), "ParseQualified"
	p.from = end
	a, err := p.parse()
	return a, q, err
}
