package agreement

import (
	"errors"
	"strings"

	"golang.org/x/text/language"

	"github.com/kerjasama/kerjasama/internal/lang"
)

// problemText holds a text in English, Indonesian and Malay.
type problemText [3]string

// problemSentinels are the validation sentinels in the three languages.
var problemSentinels = []struct {
	err  error
	text problemText
}{
	{ErrTermOrder, problemText{"term ends before it starts", "jangka waktu berakhir sebelum dimulai", "tempoh tamat sebelum bermula"}},
	{ErrSignedAfterTerm, problemText{"signed after the term ends", "ditandatangani setelah jangka waktu berakhir", "ditandatangani selepas tempoh tamat"}},
	{ErrNoForeignParty, problemText{"foreign cooperation without a foreign party", "kerja sama luar negeri tanpa pihak asing", "kerjasama luar negara tanpa pihak asing"}},
	{ErrForeignParty, problemText{"domestic cooperation with a foreign party", "kerja sama dalam negeri dengan pihak asing", "kerjasama dalam negara dengan pihak asing"}},
	{ErrNoRegion, problemText{"no Indonesian party (name it in a Daerah column, or give the office's own region)", "tidak ada pihak Indonesia (sebutkan dalam kolom Daerah, atau berikan daerah kantor sendiri)", "tiada pihak Indonesia (nyatakan dalam lajur Daerah, atau berikan daerah pejabat sendiri)"}},
	{ErrLoIFunding, problemText{"letter of intent carries a funding commitment", "surat pernyataan kehendak memuat komitmen pendanaan", "surat hasrat membawa komitmen pembiayaan"}},
	{ErrUnknownPredecessor, problemText{"unknown predecessor", "pendahulu tidak dikenal", "pendahulu tidak dikenali"}},
	{ErrPredecessorCycle, problemText{"predecessor chain loops", "rantai pendahulu berputar", "rantaian pendahulu berulang"}},
	{ErrChainOrder, problemText{"successor precedes its predecessor", "penerus mendahului pendahulunya", "pengganti mendahului pendahulunya"}},
	{ErrDuplicateID, problemText{"duplicate agreement ID", "ID kerja sama ganda", "ID kerjasama berganda"}},
	{ErrInvalidDate, problemText{"invalid date", "tanggal tidak sah", "tarikh tidak sah"}},
	{ErrNegativeAmount, problemText{"negative amount", "jumlah negatif", "jumlah negatif"}},
	{ErrBadPhase, problemText{"phase out of range", "tahap di luar rentang", "fasa di luar julat"}},
	{ErrMissing, problemText{"required value missing", "nilai wajib tidak ada", "nilai wajib tiada"}},
	{ErrRange, problemText{"value out of range", "nilai di luar rentang", "nilai di luar julat"}},
}

// problemFields are the fields of a Problem in the three languages; a
// field with an index ("funding[0]") keeps its index.
var problemFields = map[string]problemText{
	"id":          {"id", "ID", "ID"},
	"phase":       {"phase", "tahap", "fasa"},
	"signed":      {"signed", "tanggal penandatanganan", "tarikh ditandatangani"},
	"term":        {"term", "jangka waktu", "tempoh"},
	"parties":     {"parties", "pihak", "pihak"},
	"predecessor": {"predecessor", "pendahulu", "pendahulu"},
	"funding":     {"funding", "pendanaan", "pembiayaan"},
	"events":      {"events", "peristiwa", "peristiwa"},
	"activities":  {"activities", "kegiatan", "aktiviti"},
}

// problemAgreement is the word for "agreement" in the three languages.
var problemAgreement = problemText{"agreement", "kerja sama", "kerjasama"}

// pick returns the text of t in l: English for languages other than
// Indonesian and Malay.
func (t problemText) pick(l lang.Lang) string {
	switch l {
	case lang.Indonesian:
		return t[1]
	case lang.Malay, lang.MalayBrunei:
		return t[2]
	}
	return t[0]
}

// Message returns the problem in the language of tag (Indonesian, Malay
// or English; other tags give English), as Error writes it in English:
// "kerja sama 3: pihak: tidak ada pihak Indonesia (…)". The Detail is
// written as it is. A problem whose error is not one of the package's
// sentinels is written with that error's own text.
func (p *Problem) Message(tag language.Tag) string {
	l := lang.Of(tag)
	var b strings.Builder
	b.WriteString(problemAgreement.pick(l))
	b.WriteByte(' ')
	if p.ID == "" {
		b.WriteString("(no ID)")
	} else {
		b.WriteString(p.ID)
	}
	b.WriteString(": ")
	field, index, _ := strings.Cut(p.Field, "[")
	if t, ok := problemFields[field]; ok {
		b.WriteString(t.pick(l))
		if index != "" {
			b.WriteString("[" + index)
		}
	} else {
		b.WriteString(p.Field)
	}
	b.WriteString(": ")
	text := ""
	for _, s := range problemSentinels {
		if errors.Is(p.Err, s.err) {
			text = s.text.pick(l)
			break
		}
	}
	if text == "" && p.Err != nil {
		text = p.Err.Error()
	}
	b.WriteString(text)
	if p.Detail != "" {
		b.WriteString(" (" + p.Detail + ")")
	}
	return b.String()
}
