// Package session models the Indonesia–Malaysia border forum KK/JKK Sosek
// Malindo and the hierarchy it belongs to: its forums, their numbered
// sessions (Sidang ke-33), the meetings that prepare each session, the
// working papers of its three fields and the items that recur from one
// session to the next until they are carried out or dropped.
//
// The forum's strength, as seed 003 concludes, is that it meets every year
// and reviews its decisions session after session; the package is built to
// make both visible: Series and Years give the sessions of a forum per
// year, Missing the gaps in its numbering, OpenItems the decisions still
// waiting, oldest first.
//
//	d := session.History()                       // the embedded public record
//	s, _ := d.Session("kalbar-sarawak", 33)
//	d.Title(s, language.Indonesian)
//	// Sidang ke-33 KK/JKK Sosek Malindo Tingkat Provinsi Kalimantan Barat – Peringkat Negeri Sarawak
//	for _, it := range d.OpenItems("kalbar-sarawak") { … }
//
// # Model
//
// A [Dataset] holds [Forum], [Session] and [Item] values that refer to each
// other by identifier: a session names its forum ("kalbar-sarawak") and its
// number; an item names its forum and, in its history, the numbers of the
// sessions that discussed it. Forums form the hierarchy GBC → HLC (the seed
// also names the Staff Planning Committee, SPC) → central → regional, one
// regional forum per border pair (region.Pair) → district, between two
// border districts of a pair. Sessions are numbered per
// forum, so a forum is a series; a series may carry a second count,
// "Sidang ke-26 (7)" ([Session.Second]).
//
// The two sides name their groups differently: the Indonesian Kelompok
// Kerja (KK) "Tingkat Provinsi Kalimantan Barat", the Malaysian
// Jawatankuasa Kerja (JKK) "Peringkat Negeri Sarawak". Titles put the
// side of the language first ([Session.Title]); the host side writes the
// title in its own language ([Session.HostTitle]), as the Kuching session
// of 2023 was headed "JKK/KK … Peringkat Negeri Sarawak – Tingkat Provinsi
// Kalimantan Barat".
//
// Since the reduction recorded in seed 003 there are three fields, each
// with a technical team and a working paper of the same number
// ([Field.TeamName], [Field.PaperName]): social and culture (Tim Teknis I,
// Kertas Kerja 1); economy, trade and transport (II, 2); security and
// border management (III, 3). The earlier arrangement had eight fields;
// the seed gives their number but not their names, so historical data uses
// [FormerField](1) … FormerField(8) and names them by position.
//
// # JSON
//
// A dataset written by hand, with the forum, the 33rd session of seed 000
// and its working-paper evaluation forum, and one item:
//
//	{
//	  "forums": [
//	    {"id": "kalbar-sarawak", "level": "regional", "pair": "kalbar-sarawak"}
//	  ],
//	  "sessions": [
//	    {"forum": "kalbar-sarawak", "number": 33, "dates": "2017-10-23/2017-10-25",
//	     "host_side": "indonesia", "host": "61.72", "city": "Singkawang",
//	     "meetings": [
//	       {"kind": "working-paper-evaluation", "field": "economy-trade-transport",
//	        "dates": "2017-09-12/12", "venue": "Hotel Grand Mahkota"}
//	     ]}
//	  ],
//	  "items": [
//	    {"forum": "kalbar-sarawak", "ref": "KK2/33/01", "title": "Inland port Entikong",
//	     "field": "Tim Teknis II", "proposer": "indonesia",
//	     "history": [{"session": 33, "outcome": "disepakati", "status": "open"}],
//	     "actions": [{"agency": "Disperindag Kalbar", "due": "2018-12-31"}]}
//	  ]
//	}
//
// Enumerations may be written as their identifiers ("agreed") or any label
// their parser accepts ("disepakati", "Tim Teknis II"); they are written
// back as identifiers. A forum that has no other parent may leave "parent"
// out; a session whose days are unknown gives the month or year it was
// held in as "within" instead of "dates" ("2023-09", "2025"), or neither.
// ReadJSON also reads the interval form of earlier versions when it is
// exactly one month or one year ("2023-09-01/2023-09-30" is "2023-09");
// another interval is an error at its position.
//
// # Design decisions
//
//   - Dates known only to the month or year are not forced into a day: an
//     [Event] has exact Dates or, failing those, the month or year it was
//     held Within, a date.Partial, the one partial date of the module.
//     [Event.Period] and [Event.Year] read whichever is known; a session
//     "in September 2023" has certainly been held by 30 September 2023,
//     not before (date.Partial.HappenedBy, date's one rule).
//     Secretariat hand-overs are dated to the year at best, and ordered by
//     Order where no year is known.
//   - An item's [Outcome] (what a session decided) and its [Status] (the
//     state of its implementation after the session) are recorded
//     separately per session. An entry without a status keeps the previous
//     one, except that an outcome of Dropped or NotAgreed closes the item.
//   - Entries of the embedded history that a source announces without
//     confirming (a planned date) are marked Unconfirmed rather than left
//     out, and say why in their Note; nothing is filled in without a source.
//   - The JSON form is the model itself with English identifiers for
//     enumerations, ISO 8601 dates and intervals ("2017-10-23/2017-10-25",
//     a single day "2017-09-12/12"), region codes and forum IDs, so that it
//     can be written by hand. [ReadJSON] reports the line and column of a
//     problem, validation problems included; an unknown key, at any level,
//     is an error at the key, and an empty list reads as an absent one. The
//     CSV forms are for spreadsheets: items, one row per item per session
//     ([ReadItemsCSV], written by [WriteItemsCSV]), and sessions, one row
//     per session, whose forums are built from the rows
//     ([ReadSessionsCSV]); [ReadCSV] tells them apart by header. Headers
//     may be English, Indonesian or Malay ("Rujukan", "Keputusan",
//     "Tanggal", "Tuan Rumah"), read by the module's one header matcher
//     (internal/header). Both go through the project's one input toolbox
//     (encodings, line ends, separators, strict quoting, bounded
//     records), and every row is either loaded or reported at its line and
//     column: rows in = rows loaded + rows reported.
//   - Below the regional forums, Sosek Malindo also meets between two
//     border districts (Kabupaten Sanggau – Bahagian Serian, whose sports
//     week is the "Pekan Olahraga Sosek Malindo ke-22"): level [District],
//     whose forum names its two districts ([Forum.Districts]) in one
//     border pair. A numbered event that is not a session (a sports week,
//     an anniversary) is refused by [ParseTitle] with [ErrNotSession].
//   - [Dataset.Validate] returns every problem at once, each a
//     [*ValidationError] wrapping a sentinel (ErrOutOfSequence,
//     ErrClosedBeforeRaised, ErrDateOrder, …).
//   - Functions that write text take a language.Tag: Indonesian, Malay
//     (ms, ms-BN) or English; any other tag gives English.
package session
