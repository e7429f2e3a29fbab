// Package date gives calendar dates and inclusive ranges of dates, without
// times of day or time zones, and reads and writes them the way Indonesian,
// Malay and English documents do.
//
// A [Date] is a comparable value shaped like cloud.google.com/go/civil's:
//
//	signed := date.Date{Year: 2017, Month: time.September, Day: 12}
//	signed.String()      // "2017-09-12"
//	signed.AddMonths(6)  // 2018-03-12
//	signed.Weekday()     // time.Tuesday
//
// A [Range] is a period of whole days with both ends included, written in
// ISO 8601 interval form ("2017-10-23/2017-10-25"):
//
//	r := date.YearRange(2022)
//	r.IsWholeYear() // true; a period "2022, to November" is not
//
// # Design decisions
//
// Valid years are 1 to 9999, so every valid Date has a four-digit ISO 8601
// form and round-trips through text. The zero Date and the zero Range mean
// "nothing"; they marshal to empty text and to SQL NULL, so an empty CSV
// cell or JSON string reads back as the zero value.
//
// AddMonths clamps to the end of the month (31 January plus one month is
// the last day of February), unlike time.Time.AddDate, which overflows into
// March: a term "of six months" from 31 August ends in February.
//
// ParseISO and ParseISORange are the strict readers of the canonical forms,
// used for text marshalling.
package date
