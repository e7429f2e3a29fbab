// Package date gives calendar dates and inclusive ranges of dates, without
// times of day or time zones, and writes and reads them the way Indonesian,
// Malay and English documents do: "Rabu, 7/8/2019", "12hb September 2017",
// "23 – 25 Oktober 2017", "28 Desember 2017 s.d. 3 Januari 2018",
// "2022 (sampai November)".
//
// A [Date] is a comparable value shaped like cloud.google.com/go/civil's,
// with ISO 8601 text, JSON and SQL support:
//
//	signed := date.Date{Year: 2017, Month: time.September, Day: 12}
//	signed.String()                     // "2017-09-12"
//	signed.Weekday()                    // time.Tuesday
//	signed.AddMonths(6)                 // 2018-03-12
//
// A [Range] is a period of whole days with both ends included, written in
// ISO 8601 interval form ("2017-10-23/2017-10-25"):
//
//	r, err := date.ParseRange("23 – 25 Oktober 2017", language.Indonesian)
//	r.Days()                            // 3
//	date.Formatter{Lang: language.Malay}.FormatRange(r) // "23–25 Oktober 2017"
//	date.YearRange(2022).IsWholeYear()  // true; "2022 (sampai November)" is not
//
// [Formatter] writes in four styles (Long "12 September 2017", Full
// "Selasa, 12 September 2017", Medium "12 Sep 2017", Short "12/09/2017") for
// Indonesian, Malay of Malaysia and Brunei, and English; any other language
// falls back to English. [Parse] and [ParseRange] read what real documents
// write; their doc comments list the forms.
//
// # Partial dates
//
// Sources often give a date only to the month or the year: Tangerang
// Selatan signed its Letter of Intent with Timrå "pada tanggal 2013", a
// session met in Kuching "in September 2023". A [Partial] holds such a
// date, known to the day, the month or the year, without inventing the
// rest; every package of the module (agreement, session, evaluate) uses
// this one type:
//
//	p, err := date.ParsePartial("tanggal 2013", language.Indonesian) // date.InYear(2013)
//	p.String()                          // "2013", its ISO 8601 text form
//	p.Span()                            // 2013-01-01/2013-12-31
//	p.HappenedBy(date.Date{Year: 2013, Month: 6, Day: 1}) // false
//	date.Formatter{Lang: language.Indonesian}.FormatPartial(date.InMonth(2022, 6)) // "Juni 2022"
//
// One rule applies to every partial date: it has happened by a day D when
// its whole span has, that is when the last day it may stand for is on or
// before D ([Partial.HappenedBy]). "2022" has happened by 31 December
// 2022, not by 30 December; "June 2022" by 30 June 2022. An evaluation as
// of D therefore counts only what had certainly happened by D, and gives
// the same answer as the data cut to what was known at D. Recency counts
// from the same day, the latest day the date can stand for, so a date is
// never made to look older than it may be. But it is written as the source
// gives it ([Formatter.FormatPartial]): "sejak 2022", not "sejak 31
// Desember 2022", which would claim a day no source names.
//
// # Design decisions
//
// Valid years are 1 to 9999, so every valid Date has a four-digit ISO 8601
// form that reads back. The zero Date and the zero Range mean "nothing":
// they marshal to empty text and to SQL NULL, so an empty CSV cell or JSON
// string reads back as the zero value, and Formatter writes them as "".
//
// AddMonths clamps to the end of the month (31 January plus one month is
// the last day of February), where time.Time.AddDate overflows into March:
// a term "of six months" from 31 August ends in February. Years are added
// as AddMonths(12*n).
//
// Reading never guesses between two readings:
//   - Numeric dates are day/month/year in Indonesian, Malay and English (as
//     in Malaysia, Brunei, Singapore and Britain). Only a tag naming the
//     United States ("en-US") reads and writes them month first. A number
//     that does not fit the rule (7/13/2019 in Indonesian) is an error, not
//     a swap. Years have four digits; "7/8/19" is an error, not a guess at
//     the century. "2015/2016" is an error: it may be two calendar years or
//     the April-to-March fiscal year used before 2001.
//   - A written weekday is checked against the date ([ErrWeekday]).
//   - Month and weekday names of every language are read whatever the
//     language of the call, since documents quote each other and no name
//     means two different days; spelling variants of real documents are
//     read too (Pebruari, Nopember, Jum'at, Agt, Ags, Sept, Nop, Mrt, Ogo).
//   - Text around a date is not skipped, except the words that introduce a
//     date ("pada hari … tanggal", "tertanggal", "tarikh", "per", "on",
//     "the"): a place before the date ("Serang, 7 Agustus 2019"), a time of
//     day, or "sejak 2016" (an open period) are errors, so that a misspelt
//     weekday cannot pass unchecked as a place name.
//   - The two ends of a range must be of one kind (days, months or years);
//     the start may leave out what it shares with the end. The one mixed
//     form is a partial year, a year followed by the month it runs to,
//     "2022 (sampai November)" or "2022, s.d. November": 1 January to the
//     end of that month, or to a day, "2022 (sampai 30 November)". "Tahun Anggaran 2022" is the calendar year 2022,
//     which has been Indonesia's fiscal year since 2001.
//   - Dates written out in words, as Indonesian contracts open ("pada
//     hari ini Sabtu tanggal Dua Puluh Tiga bulan Oktober tahun Dua Ribu
//     Sepuluh"), are read with the same checks: the order of the number
//     words ("tiga dua" is an error, not 32), the day of the month, the
//     weekday, and the date in figures if it follows in parentheses. Only
//     Indonesian and Malay number words are read; English dates are not
//     written out in these documents.
//   - Quarters and half years ("Triwulan III 2022", "Q3 2022", "Semester I
//     2022") are read as ranges of months; Formatter writes them as months
//     ("Juli–September 2022"), which read back to the same range.
//
// Formatting collapses what the two ends of a range share, with an en dash
// (U+2013): "23–25 Oktober 2017", spaced when either side has more than one
// word ("30 September – 2 Oktober 2017"); whole years print as years, whole
// months as months. Every style reads back: Parse(Format(d)) == d and
// ParseRange(FormatRange(r)) == r for every style and language, which the
// tests and fuzz targets check.
//
// Parse, ParseRange and Formatter.Append do not allocate: the parser
// tokenizes into a fixed array on the stack and folds letter case by hand
// (it does not need internal/fold's Unicode normalization, since every
// word it knows is ASCII; a word with other letters is simply unknown).
//
// # Ordinals and Roman numerals
//
// [AppendOrdinal], [ParseOrdinal], [AppendRoman] and [ParseRoman] (with
// their Format forms) write and read the counting words of dated series:
// "Sidang ke-33" (English "33rd"), "Tim Teknis II", "LoI Tahap III". They
// live in this package rather than a package of their own because the date
// parser needs Roman numerals itself ("Triwulan III 2022"), because date is
// the lowest package that both session and agreement import (money and
// date import nothing of ours), and because they are four small functions
// with the same language rules as the dates beside them.
package date
