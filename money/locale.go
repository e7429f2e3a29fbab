package money

import (
	"golang.org/x/text/currency"

	"github.com/kerjasama/kerjasama/internal/lang"
)

// A locale holds what one supported language needs to write numbers and
// amounts.
type locale struct {
	group, decimal byte // "." and "," in Indonesian and Brunei Malay, the other way round in Malay and English

	// scales[k] names 10^(3k) in Compact and Words style, k = 1…6.
	scales [7]string

	// Number words.
	zero      string     // nol, sifar, zero
	ones      [10]string // ones[0] is unused
	minus     string     // minus, negatif, minus
	point     string     // koma, perpuluhan, point: the decimal mark read aloud
	ten       string     // sepuluh / ten
	eleven    string     // sebelas / eleven
	teen      string     // "belas" (Indonesian and Malay suffix); English uses teens
	teens     [10]string // English 10…19
	tens      [10]string // English twenty…ninety
	ty        string     // "puluh"
	hundred1  string     // seratus / one hundred
	hundred   string     // ratus / hundred
	thousand1 string     // seribu; English writes "one thousand" by the general rule
	english   bool
	and       string // between the whole units and the hundredths: "" or "and"
}

var locales = [...]locale{
	lang.English: {
		group: ',', decimal: '.',
		scales:   [7]string{"", "thousand", "million", "billion", "trillion", "quadrillion", "quintillion"},
		zero:     "zero",
		ones:     [10]string{"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"},
		minus:    "minus",
		point:    "point",
		teens:    [10]string{"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"},
		tens:     [10]string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"},
		hundred1: "one hundred",
		hundred:  "hundred",
		english:  true,
		and:      "and",
	},
	lang.Indonesian: {
		group: '.', decimal: ',',
		scales:    [7]string{"", "ribu", "juta", "miliar", "triliun", "kuadriliun", "kuintiliun"},
		zero:      "nol",
		ones:      [10]string{"", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"},
		minus:     "minus",
		point:     "koma",
		ten:       "sepuluh",
		eleven:    "sebelas",
		teen:      "belas",
		ty:        "puluh",
		hundred1:  "seratus",
		hundred:   "ratus",
		thousand1: "seribu",
	},
	lang.Malay:       malay(',', '.'),
	lang.MalayBrunei: malay('.', ','),
}

func malay(group, decimal byte) locale {
	return locale{
		group: group, decimal: decimal,
		scales:    [7]string{"", "ribu", "juta", "bilion", "trilion", "kuadrilion", "kuintilion"},
		zero:      "sifar",
		ones:      [10]string{"", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "lapan", "sembilan"},
		minus:     "negatif",
		point:     "perpuluhan",
		ten:       "sepuluh",
		eleven:    "sebelas",
		teen:      "belas",
		ty:        "puluh",
		hundred1:  "seratus",
		hundred:   "ratus",
		thousand1: "seribu",
	}
}

// symbol returns the symbol Standard and Compact style write before the
// number, and whether a space separates it from the number. Currencies
// without a symbol here are written with their ISO code and a space.
func symbol(c currency.Unit) (string, bool) {
	switch c {
	case currency.IDR:
		return "Rp", false
	case MYR:
		return "RM", false
	case currency.USD:
		return "US$", false
	case BND:
		return "B$", false
	case SGD:
		return "S$", false
	case currency.EUR:
		return "€", false
	case currency.GBP:
		return "£", false
	case currency.XXX:
		return "", false
	}
	return c.String(), true
}

// A unitName names a currency in Words style: the whole unit in singular
// and plural (the same in Indonesian and Malay) and the hundredth.
type unitName struct {
	one, many  string
	sub1, subs string
}

// unitNames returns the words for c in l. Currencies without a name here
// are written with their ISO code.
func unitNames(c currency.Unit, l lang.Lang) unitName {
	en := l == lang.English
	switch c {
	case currency.IDR:
		return unitName{"rupiah", "rupiah", "sen", "sen"}
	case MYR:
		if l == lang.MalayBrunei { // where a bare ringgit is the Brunei dollar
			return unitName{"ringgit Malaysia", "ringgit Malaysia", "sen", "sen"}
		}
		return unitName{"ringgit", "ringgit", "sen", "sen"}
	case currency.USD:
		if en {
			return unitName{"US dollar", "US dollars", "cent", "cents"}
		}
		return unitName{"dolar AS", "dolar AS", "sen", "sen"}
	case BND:
		switch l {
		case lang.English:
			return unitName{"Brunei dollar", "Brunei dollars", "cent", "cents"}
		case lang.MalayBrunei:
			return unitName{"ringgit", "ringgit", "sen", "sen"}
		}
		return unitName{"dolar Brunei", "dolar Brunei", "sen", "sen"}
	case SGD:
		if en {
			return unitName{"Singapore dollar", "Singapore dollars", "cent", "cents"}
		}
		return unitName{"dolar Singapura", "dolar Singapura", "sen", "sen"}
	case currency.EUR:
		if en {
			return unitName{"euro", "euros", "cent", "cents"}
		}
		return unitName{"euro", "euro", "sen", "sen"}
	case currency.XXX:
		return unitName{}
	}
	code := c.String()
	if en {
		return unitName{code, code, "hundredth", "hundredths"}
	}
	return unitName{code, code, "perseratus", "perseratus"}
}
