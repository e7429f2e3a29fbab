// Package money holds exact amounts of money and writes and reads them the
// way Indonesian, Malay and English documents do.
//
//	total, _ := money.Sum(money.Rupiah(100387357175), money.Rupiah(49000000000))
//	f := money.Formatter{Lang: language.Indonesian}
//	fmt.Println(f.Format(total))           // Rp149.387.357.175
//	f.Style = money.Compact
//	fmt.Println(f.Format(total))           // Rp149,39 miliar
//	a, err := money.Parse("US$ 330 juta", language.Indonesian)
//	fmt.Println(a, err)                    // USD 330000000 <nil>
//
// # Amounts
//
// An [Amount] is an integer count of hundredths of one ISO 4217 currency
// ([currency.Unit] from golang.org/x/text), for every currency whatever its
// ISO minor unit, within ±math.MaxInt64 hundredths. Money is never a float:
// arithmetic ([Amount.Add], [Amount.Sub], [Amount.Mul], [Sum]) is exact and
// returns [ErrOverflow] instead of wrapping and [ErrCurrencyMismatch]
// instead of mixing currencies; only [Amount.Ratio] returns a float64.
//
// The zero Amount has no currency (currency.XXX) and joins any currency:
// Add, Sub, Sum, Cmp and Ratio treat an amount without currency as being in
// the other operand's currency, so that "var total money.Amount" can
// accumulate. Two amounts are == when they have the same currency and the
// same count; Rupiah(0) is therefore not == the zero Amount, though
// Cmp says they are equal.
//
// [Amount.String] and MarshalText give one canonical, language-independent
// form, "IDR 100387357175" or "MYR 1725.99", that JSON and CSV round-trip.
//
// # Writing amounts
//
// A [Formatter] writes in Indonesian (id), Malay of Malaysia (ms, ms-MY),
// Malay of Brunei (ms-BN) or English; the tag is matched with an x/text
// language.Matcher and anything else writes English.
//
//   - Separators: Indonesian and Brunei Malay group thousands with "." and
//     mark decimals with ","; Malay of Malaysia and English the other way
//     round.
//   - Symbols: Rp, RM, US$, B$, S$, €, £ directly before the number, without
//     a dot or a space (PUEBI: Rp5.000); other currencies by their ISO code
//     and a space (JPY 1.234). US dollars are US$ in every language, so that
//     "$" never has to be guessed. The minus sign comes first: -Rp5.000.
//     Formatter.Code writes the ISO code and a space instead of the symbol,
//     as international documents do: IDR 5.000.
//   - Hundredths are written only when there are some (Rp5.000, Rp5.000,50),
//     for every currency, as Indonesian documents do for rupiah; set
//     Formatter.Full for the full form Rp5.000,00.
//   - Compact style picks the largest scale that leaves a whole digit:
//     ribu, juta, miliar, triliun, kuadriliun (Indonesian); ribu, juta,
//     bilion, trilion, kuadrilion (Malay); thousand … quadrillion (English,
//     short scale). Formatter.Digits bounds the fraction digits (default 2,
//     trailing zeros trimmed); rounding is half to even, and a value that
//     rounds up to a thousand of one scale moves to the next (Rp1 miliar,
//     not Rp1.000 juta).
//   - Words style (terbilang) follows KBBI/PUEBI for Indonesian ("seribu",
//     "sebelas", "miliar", never "milyar"; negatives "minus") and Dewan
//     Bahasa dan Pustaka usage for Malay ("lapan", "bilion", zero "sifar",
//     negatives "negatif"); English has no "and" inside numbers ("one
//     hundred five") and hyphenates tens ("twenty-one"). The currency is
//     always named and the hundredths follow it: "lima ribu rupiah lima
//     puluh sen", "five thousand rupiah and fifty sen", "nol rupiah lima
//     puluh sen". In Brunei Malay the Brunei dollar is "ringgit" and the
//     Malaysian one "ringgit Malaysia". [SpellOut] spells any int64.
//
// Append never allocates when the buffer has room; Format allocates only
// its result.
//
// # Reading amounts
//
// [Parse] reads an amount in the language of the text. It accepts:
//
//   - A currency before the number: Rp, Rp., RP, rp; RM; US$, US $, U.S.$, $
//     (US dollar; in Brunei Malay the Brunei dollar); B$, BN$; S$; €; £; for
//     partner countries A$, AU$, HK$, NZ$, C$, CA$, RMB, ₩, ฿, ₹, ₱, ₫ (not
//     ¥, which is the yen and the yuan alike); or any ISO 4217 code in any
//     case (IDR, USD, usd), with or without a space.
//   - Or a currency after the number (or after its scale): rupiah;
//     ringgit, ringgit Malaysia, ringgit Brunei (a bare "ringgit" is the
//     Brunei dollar in Brunei Malay); dolar AS, dolar Amerika (Serikat,
//     Syarikat), US dollar(s), U.S. dollar(s), and a bare dolar/dollar(s)
//     (US dollar; in Brunei Malay the Brunei dollar); dolar Singapura,
//     Singapore dollar(s); dolar Brunei, Brunei dollar(s); euro(s);
//     pound sterling, pounds (sterling), poundsterling; yen; yuan,
//     renminbi; won; baht; and with the country, as Indonesian, Malay and
//     English news name them: dolar Australia, Australian dollar(s), dolar
//     Hong Kong, dolar Selandia Baru (New Zealand), dolar Kanada, dolar
//     Taiwan, yen Jepang/Jepun, yuan Tiongkok/China, won Korea (Selatan),
//     baht Thailand, peso Filipina, rupee India, dong Vietnam, riyal
//     Saudi, franc Swiss; a "dolar" followed by a country this package
//     does not name ("dolar Fiji") is an error, never US dollars; or any
//     of the symbols and codes above, as table cells write them
//     ("1.725,99 juta US$", "5.000 Rp"). A currency may be given before
//     and after the number if both agree ("Rp5.000 rupiah").
//   - Without a currency, the home currency of the language ([HomeCurrency]):
//     id → IDR, ms → MYR, ms-BN → BND. English text has none and gives an
//     amount without currency. [ParseDefault] names another default, or
//     none, for columns whose currency is given elsewhere; a [Parser]
//     does the same for a column's cells with its language matched once.
//   - A scale word after the number, with or without a space, in any case:
//     ribu, rb, k, thousand; juta, jt, million, mn; miliar, milyar, milliar,
//     bilion, billion, bil, bn; triliun, trilyun, trilion, trillion, tril,
//     tn, T; kuadriliun, kuadrilion, quadrillion. The single letters depend
//     on the language: in Indonesian "M" is miliar (Rp 2 M); in Malay and
//     English "M"/"m" and "mil" are million and "B"/"b" billion (RM2.5m,
//     $2B). In English, the abbreviations of news agencies bln, mln and
//     trln (in Indonesian and Malay "bln" is bulan, a month, and is not
//     read), and a hyphen between the number and the scale as the English
//     press writes it: "US$2.5-billion", "S$3-billion". An abbreviation
//     may end with a dot (12 jt.).
//   - A minus sign (-, U+2212, or the en dash word processors put for one)
//     before or after the currency, or parentheses around the whole amount
//     or around the number after the currency: -Rp5.000, Rp-5.000,
//     (Rp5.000), Rp (5.000). A plus sign is allowed and ignored; inside
//     parentheses, as tables of changes write it, "(+Rp5.000)", it makes
//     the parentheses brackets and the amount positive.
//   - Estimates and bounds are not exact amounts: Parse refuses "sekitar
//     Rp20,8 miliar", "lebih dari US$1 juta" and "at least RM2 million",
//     and [ParseQualified] reads them with their [Qualifier].
//   - ",-" (also ".-", ",--", ",—") after a whole amount: Rp 1.186.868,-.
//   - Spaces, no-break spaces (U+00A0), narrow no-break spaces (U+202F),
//     thin and figure spaces wherever a space may stand.
//   - An amount in words, as Words style writes it and documents do
//     ("lima puluh ribu rupiah", "one hundred and five US dollars"), with
//     the currency first as Malaysian cheques write it ("Ringgit Malaysia
//     Satu Ribu Dua Ratus Sahaja") and a closing saja, sahaja or only; or
//     the figures followed by the same amount in words in parentheses, as
//     contracts write: "Rp5.000.000,00 (lima juta rupiah)", also introduced
//     by "terbilang" ("(terbilang: lima juta rupiah)"); or the words
//     followed by the figures, "lima juta rupiah (Rp5.000.000,00)". The two
//     must agree. Hundredths in words follow the currency, "lima ribu
//     rupiah lima puluh sen", or, as Malaysian cheques write them, "…
//     Ringgit … dan Sen Lima Puluh Sahaja". The order of number words is
//     checked ("dua tiga" and "seribu dua ribu" are errors, not sums).
//     Words in parentheses alone are refused: a gloss cannot be told from
//     a negative amount. A second amount in figures in parentheses, such
//     as a conversion ("US$7.13bil (RM31.4bil)"), is an error that says
//     so: read each amount on its own.
//
// Reading never guesses silently. The separators follow the language of
// the text. A separator followed by a run of digits that is not three long
// cannot group thousands, so when the text cannot be read with the
// language's separators but can be read with the other convention, it is
// read that way: "US$2.77 miliar" in Indonesian is 2.77 billion and
// "1,234.56" in Indonesian is 1234.56. Where both readings fit, the
// language wins when its reading is a sum of money: "Rp1.500" is 1500 in
// Indonesian. When the language's reading would be three decimal places
// of a currency, which no amount of money has, the two readings are a
// guess either way: "RM1.500" in Malay and "625,000" in Indonesian (a
// real table cell, written with English separators) are errors, while
// "Rp1,500 miliar" and "RM1.500 bilion", where a scale follows, are 1.5
// billion. No group of thousands starts with 0: "0.500" in Indonesian is
// neither five hundred nor a guessed half, but an error, while "Rp0.500
// miliar" (a scale follows) is half a billion. Brunei Malay is written
// with both conventions (CLDR's decimal comma, and the decimal point of
// government texts, "$6.25 bilion"), so before a scale word a point and
// three digits ("B$1.500 juta") are refused there rather than read as
// either. Where the other reading would itself be a guess — one
// separator before exactly three digits after a run of more than three,
// as "1000.000" — or where neither fits ("1.2.3", "5.00.0"), the text is
// an error naming the offset of the offending separator. Hundredths
// written after the grouping separator ("Rp. 1.000.000.00") are an error
// whose message shows the language's form.
//
// Thousands grouped with spaces (ASCII, no-break, narrow no-break, thin or
// figure spaces), as Malaysian, Bruneian and English tables and the SI
// write them, are read when they are unambiguous: a first group of one to
// three digits, then groups of exactly three after single spaces, "RM1
// 000 000", "1 234 567,89"; a decimal separator after them may be "." or
// ",", but not before exactly three digits ("1 234.567" is an error).
// Only Parse reads them; FindAll does not, since in running text a space
// may separate two numbers.
//
// Hundredths alone in figures are read with "sen" or "cent(s)": "50 sen"
// is 0.50 in the home currency of the language.
//
// A value finer than hundredths after scaling ("Rp1,1866") or beyond the
// range of an Amount is an error wrapping [ErrRange]; malformed text wraps
// [ErrSyntax]; two different currencies wrap [ErrCurrencyMismatch]. Every
// error is a *[ParseError] with the input and the byte offset. Text longer
// than [MaxInput] bytes is refused before it is scanned. Parse does not
// allocate when it succeeds.
//
// For every amount, Parse(f.Format(a), f.Lang) == a when f's style is
// Standard or Words; Compact rounds.
//
// [FindAll] finds the amounts in running text ("… sebesar Rp. 100.387.357.175
// dan meningkat …"). It reads them by the same rules, but only amounts that
// name their currency, and it takes signs and parentheses around them for
// punctuation.
//
// # Exchange rates
//
// A [Rate] converts between two currencies at a [Decimal] value on a date.
// Rate values are read with [ParseDecimal] and the same separator rules as
// amounts, so "15.731,50" (an Indonesian table) and "15,731.50" (an English
// one) are the same rate, while "15.731" is 15731 in Indonesian and 15.731
// in English: give the language of the source. Conversion multiplies or
// divides exactly in 128 bits and rounds the result to hundredths half to
// even.
//
// # Design decisions
//
// The zero [Style] is Standard rather than "unknown", so that the zero
// Formatter is useful. Sentinel errors are the only error values to compare;
// [OpError] and [ParseError] carry the details. Sources: PUEBI (Pedoman Umum
// Ejaan Bahasa Indonesia) for writing rupiah; KBBI for Indonesian number
// words; Dewan Bahasa dan Pustaka for Malay; ISO 4217 via x/text for codes.
package money
