package trade

import (
	"github.com/kerjasama/kerjasama/internal/enum"
	"golang.org/x/text/language"
)

// A Classification is the commodity classification a code belongs to, as
// UN Comtrade names it in its classification column: the Harmonized
// System in one of its editions (H0 for HS 1992 to H6 for HS 2022, or HS
// when the edition is not said), the Standard International Trade
// Classification (S1 to S4, revisions 1 to 4), the Broad Economic
// Categories (BEC) or, for services, EBOPS (EB). The zero Classification is not stated: an HS code.
//
// Codes of different classifications, and of different editions of one
// classification, are different things even when they look alike (SITC
// "01" is meat, HS "01" live animals): CSVReader refuses a file that mixes
// them rather than sum them.
type Classification uint8

// The classifications.
const (
	HSAny Classification = 1 + iota // the Harmonized System, edition not said ("HS")
	H0                              // HS 1992 (and 1988)
	H1                              // HS 1996
	H2                              // HS 2002
	H3                              // HS 2007
	H4                              // HS 2012
	H5                              // HS 2017
	H6                              // HS 2022
	S1                              // SITC revision 1
	S2                              // SITC revision 2
	S3                              // SITC revision 3
	S4                              // SITC revision 4
	BEC                             // Broad Economic Categories
	EBOPS                           // Extended Balance of Payments Services (UN Comtrade's EB, EB02, EB10)
)

var classificationLabels = []enum.Entry{
	{ID: "none", En: "not stated", In: "tidak disebut", Ms: "tidak dinyatakan"},
	HSAny: {ID: "HS", En: "HS", In: "HS", Ms: "HS", Aliases: []string{"harmonized system", "sistem harmonisasi"}},
	H0:    {ID: "H0", En: "HS 1992", In: "HS 1992", Ms: "HS 1992", Aliases: []string{"hs1992", "hs92"}},
	H1:    {ID: "H1", En: "HS 1996", In: "HS 1996", Ms: "HS 1996", Aliases: []string{"hs1996", "hs96"}},
	H2:    {ID: "H2", En: "HS 2002", In: "HS 2002", Ms: "HS 2002", Aliases: []string{"hs2002", "hs02"}},
	H3:    {ID: "H3", En: "HS 2007", In: "HS 2007", Ms: "HS 2007", Aliases: []string{"hs2007", "hs07"}},
	H4:    {ID: "H4", En: "HS 2012", In: "HS 2012", Ms: "HS 2012", Aliases: []string{"hs2012", "hs12"}},
	H5:    {ID: "H5", En: "HS 2017", In: "HS 2017", Ms: "HS 2017", Aliases: []string{"hs2017", "hs17"}},
	H6:    {ID: "H6", En: "HS 2022", In: "HS 2022", Ms: "HS 2022", Aliases: []string{"hs2022", "hs22"}},
	S1:    {ID: "S1", En: "SITC Rev. 1", In: "SITC Rev. 1", Ms: "SITC Rev. 1", Aliases: []string{"sitc1", "sitc rev 1"}},
	S2:    {ID: "S2", En: "SITC Rev. 2", In: "SITC Rev. 2", Ms: "SITC Rev. 2", Aliases: []string{"sitc2", "sitc rev 2"}},
	S3:    {ID: "S3", En: "SITC Rev. 3", In: "SITC Rev. 3", Ms: "SITC Rev. 3", Aliases: []string{"sitc3", "sitc rev 3"}},
	S4:    {ID: "S4", En: "SITC Rev. 4", In: "SITC Rev. 4", Ms: "SITC Rev. 4", Aliases: []string{"sitc4", "sitc rev 4"}},
	BEC:   {ID: "BEC", En: "BEC", In: "BEC", Ms: "BEC", Aliases: []string{"broad economic categories"}},
	EBOPS: {ID: "EB", En: "EBOPS", In: "EBOPS", Ms: "EBOPS", Aliases: []string{"ebops", "eb02", "eb10", "extended balance of payments services"}},
}

var classificationEnum = enum.New(enum.Config{Type: "Classification", ZeroIsValue: true, MaxLen: maxLabel, Err: enumError}, classificationLabels)

// IsHS reports whether c is the Harmonized System, in any edition, or
// not stated (HS codes are the default).
func (c Classification) IsHS() bool { return c <= H6 }

// IsSITC reports whether c is a revision of the SITC.
func (c Classification) IsSITC() bool { return c >= S1 && c <= S4 }

// String returns the identifier of c as UN Comtrade writes it: "H4",
// "S3", "BEC"; "none" for the zero Classification.
func (c Classification) String() string { return classificationEnum.String(int(c)) }

// Label returns the name of c in the language of t: "HS 2012", "SITC
// Rev. 3".
func (c Classification) Label(t language.Tag) string { return classificationEnum.Label(int(c), t) }

// AppendText implements encoding.TextAppender.
func (c Classification) AppendText(b []byte) ([]byte, error) {
	return classificationEnum.AppendText(b, int(c))
}

// MarshalText implements encoding.TextMarshaler with the identifier of c.
func (c Classification) MarshalText() ([]byte, error) {
	return classificationEnum.AppendText(nil, int(c))
}

// UnmarshalText implements encoding.TextUnmarshaler with
// ParseClassification; empty text gives the zero Classification.
func (c *Classification) UnmarshalText(text []byte) error {
	v, err := classificationEnum.UnmarshalText(text)
	*c = Classification(v)
	return err
}

// ParseClassification reads a classification as UN Comtrade writes it
// ("H0" to "H6", "HS", "S1" to "S4", "BEC", "EB", "EB02") or by name ("HS 2012",
// "SITC Rev. 3").
func ParseClassification(s string) (Classification, error) {
	v, err := classificationEnum.Parse("ParseClassification", s)
	return Classification(v), err
}

// ParseSITC checks a SITC code: 1 to 5 digits ("0" section, "01"
// division, "011" group, "0111" subgroup, "01111" item), kept as written,
// leading zeros included. It returns the code. BEC and EBOPS codes ("111",
// "200") have the same shape and are read by it too.
func ParseSITC(s string) (string, error) {
	if len(s) == 0 || len(s) > 5 {
		return "", &ParseError{Func: "ParseSITC", Input: s, Msg: "a SITC code has 1 to 5 digits", Err: ErrSyntax}
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return "", &ParseError{Func: "ParseSITC", Input: s, Offset: i, Msg: "a SITC code has 1 to 5 digits", Err: ErrSyntax}
		}
	}
	return s, nil
}
