// Package trade holds trade figures — exports and imports of a province
// through its border posts and ports, border trade on cross-border cards —
// exactly, and answers the questions asked of them: what is the balance,
// is it a deficit, what do exports cover, who bought more than the Border
// Trade Agreement allows.
//
// A Record is one figure: a period (a date.Range, so "2022, to November"
// is 2022-01-01/2022-11-30 and never a whole year), a Flow, the reporter,
// the partner, the border post, the Basis, the Scheme, the HS commodity
// code and the value as a money.Amount. An Aggregator totals records by any
// Dimension in one pass; a Group gives its Balance:
//
//	agg := trade.Aggregator{By: trade.ByYear | trade.ByPost}
//	for r, err := range trade.ReadCSV(f, 0) {
//		if err != nil {
//			log.Print(err) // "7:14: nilai: …"; reading goes on
//			continue
//		}
//		if err := agg.Add(&r); err != nil {
//			return err // another currency and no rates, or an overflow
//		}
//	}
//	for _, g := range agg.Groups() {
//		b, _ := g.Balance() // 2015 entikong: −Rp71.406.562.825, Deficit
//	}
//
// # Design decisions
//
// Border posts and border documents. A border post (Pos Lintas Batas
// Negara, PLBN, or a traditional Pos Lintas Batas) is a place: Record.Post
// holds its region.BorderPost ID. A border pass (Pas Lintas Batas) and the
// cross-border identity card (Kartu Identitas Lintas Batas, KILB) are
// documents a person holds: they appear only as the Scheme of a record
// (BorderTradePass, BorderTradeCard) and the Document of a Purchase. The
// abbreviation "PLB" stands for both a post and a pass, so ParseScheme
// refuses it (ErrAmbiguous) rather than guess.
//
// Exactness. Sums are kept in int64 hundredths, checked for overflow on
// every addition; an addition that would overflow fails and leaves the
// totals as they were. Totals are in one currency: the Aggregator's
// Currency or the first record's. A record in another currency is an
// error wrapping ErrCurrencyMismatch unless the caller supplies Rates
// (dated money.Rate values); the rate used is the latest dated on or before
// the end of the record's period, rounded half to even once per record.
//
// Balances. A Group's Balance counts exports with re-exports against
// imports with re-imports (general trade, the WITS definition). Coverage,
// X / M (CoverageRatio, the one rule), is undefined when imports are zero
// or when either flow is negative; it is never a division by zero. A source that publishes only a surplus (seed 004) gives
// a Balance made by PublishedNet: NetOnly, the net exactly as published
// ("1.725,99 juta dolar AS" is USD 1,725,990,000.00), the flows unknown.
// Balance.IsPartial tells a part-year from whole years; evaluations must
// not compare the two as equals.
//
// Keys. Key is a comparable struct with only the asked dimensions set.
// Internally the Aggregator hashes a pointer-free form of it, five 64-bit
// words (dates packed into integers, names interned to small numbers), in
// an open-addressing table of its own, so adding a record is a few integer
// operations, one probe on average, and no allocation. ByYear and ByMonth are
// zero for a record whose period spans several years or months: such a
// figure cannot be split without inventing numbers.
//
// CSV. ReadCSV and CSVReader.Records stream an iter.Seq2[Record, error]
// over three layouts (Simple, BPS, Comtrade), detected from the header when
// not given. The text is read with the project's one CSV toolbox
// (internal/input): UTF-8 with or without a byte order mark, or UTF-16;
// LF, CRLF or CR alone ("CSV (Macintosh)") as line ends; strict quoting;
// records of at most 1 MiB. The separator (',', ';', tab or '|') is the
// one the header line uses most, unless another makes more of the
// header's cells known column names (a title line above a header
// separated by ';' may hold a comma); title lines above the header
// (lines with one filled cell) are skipped. A row with more or fewer
// cells than the header is an error at its position, never read by
// guess; a negative value and a year's row beside rows of its months are
// errors at their line, and a row repeating an earlier one is reported to
// CSVReader.Warn (see CSVReader.Records). Years marked provisional ("2022*")
// are read as years; the month column also takes ranges ("1-11",
// "Januari–November", "s.d. November") and quarters ("Triwulan IV", "Q1"). Numbers are read by money.Parse
// in the language of the header (tahun/nilai → Indonesian, mata wang →
// Malay, year/value → English) unless CSVReader.Lang says otherwise. A
// value with a currency marker must agree with the currency column; one
// without takes the column's currency (or, for BPS and Comtrade files,
// US dollars); a dash ("-"), which statistical tables write for nil, is
// zero. A unit in the value header is honoured exactly: "Nilai FOB (Juta
// US$)" reads 1.725,99 as US$1.725.990.000; a unit it cannot read ends
// the file with a header error rather than be guessed. Names of posts and partners are resolved with region
// (FindPost, Lookup, Find) and kept as written when region does not know
// them; UN Comtrade's alpha-3 country codes ("MYS") are read by
// region.Lookup, and a code region does not know stays as written. Every
// data row is either yielded as a Record or reported once as a *RowError:
// every bad field of the row is read and reported, the first in its
// Column and the others in RowError.More, each with its own column, so
// that a user fixes a row in one go; rows in = rows read + rows reported.
// Strict stops at the first bad row.
//
// Totals. A total row is never summed as a figure: "Jumlah", "Total",
// "Jumlah/Total", "Semua negara" in any column; the partner World
// ("World", "Dunia", Comtrade's W00 and WLD) beside rows of other
// partners of its period and flow; Comtrade's commodity TOTAL beside rows
// of other commodities. It is reported to CSVReader.Warn with ErrTotalRow
// (rows in = rows yielded + rows reported, Warn included) and checked
// against the rows it totals: a difference is said, not an error, since a
// BPS table by country lists its main countries and its "Jumlah" counts
// the others too. Rows for the World and for TOTAL are held to the end of
// the file, which alone says whether they total other rows; when they do
// not, they are yielded there.
//
// Unknown is not zero. A Group counts its records by flow (Group.Counts);
// a flow of which no record was added is not recorded (Group.NoImports),
// and its Balance says so (Balance.NoImports) and has no net, status or
// coverage. A Summary prints "tidak tercatat" / "not recorded" for it, and
// compares a part of a year with the same months of the year before
// (SameMonthsBefore), never with a whole year.
//
// Comtrade numbers. UN Comtrade writes values as machines do, with more
// than two decimals ("123456.789") or in exponent form ("1.5e9"). Such a
// value is read exactly from its decimal digits, never through a float,
// and rounded half to even to hundredths (weights to thousandths); the
// row is kept, and the rounding is reported to CSVReader.Warn with
// ErrRounded. Rejecting the whole row would lose a figure to a fraction of
// a cent. Comtrade files carry aggregate rows beside their parts
// (aggrLevel or Aggregate Level, isLeaf or Is Leaf Code, cmdCode TOTAL)
// and may mix classifications (Classification: H0 to H6, HS, S1 to S4,
// BEC): a file of one level and one classification is read (TOTAL aside,
// see Totals); a row of another level or classification than the file's
// first is an error (ErrMixedLevels, ErrMixedClassifications) naming both
// and the first's line, unless CSVReader.Level (a level, or LeafLevel) or
// CSVReader.Classification chooses one; the other rows are then reported
// to Warn with ErrNotSelected. Any file, with no level column, may still
// hold a chapter beside its headings ("40" and "4001", a BPS table with
// subtotals by chapter): a row whose HS code nests with an earlier row's
// is refused with ErrMixedLevels naming both, unless CSVReader.Level
// chooses the codes of one length; codes of different lengths that do
// not nest ("27" and "4001.10") are read. SITC and BEC codes ("0", "01", "011",
// "0111", "01111") are kept as written in Record.Code, beside
// Record.Classification; HS codes stay in Record.HS. The readers know the
// header spellings of Comtrade Plus (refYear, reporterISO, primaryValue,
// classificationCode, aggrLevel, isLeaf, any case), of the legacy Comtrade
// API and bulk files (Classification, Year, Period, Aggregate Level, Is
// Leaf Code, Trade Flow or TradeFlow, Reporter ISO, Commodity Code,
// Netweight (kg) or Netweightkg, Trade Value (US$) or TradeValueUS) and of
// BPS tables (Kode HS, also as a code cell "[40] Karet dan barang dari
// karet" read by ParseHSLabel; HS 10 digit, Pelabuhan Muat, Negara Tujuan,
// Negara Asal, Negara Tujuan/Asal, Berat Bersih (Kg), Nilai FOB (US$),
// Nilai CIF (US$), Nilai FOB/CIF (US$) with a flow column or
// CSVReader.Flow; month names in the Bulan column in Indonesian, Malay or
// English), and the wide table of a BPS press release (Tahun, Bulan,
// Ekspor (Juta US$), Impor (Juta US$)), each filled value cell of which is
// one record positioned at that cell (Row.Column); a blank cell is not
// recorded. Columns they do not know are ignored. Where a file has both a
// name and a code for one thing ("Reporter" and "Reporter ISO"), the code
// is read.
//
// Reading speed. A file is read once, in streaming, with memory bounded
// whatever its length (the checks against earlier rows remember at most
// 65,536 rows, codes and sums, then say they stopped). Rows that repeat
// every cell but the value — the declarations of one month, post, partner
// and code in a border office's file — are read by a template lane: once
// such a row has been read the full way without a warning, a later row
// with the same bytes in its other cells is given that row's record with
// its own value, which is still read and checked, as are duplicates,
// overlaps, nested codes and the sums total rows are checked against.
// Such a row is read from the reader's buffer without a copy: its value
// cell, found by counting separators from the nearer end of the line, is
// parsed where it lies, and the record is built only for a caller that
// asks for it. The rows, errors and warnings are those of
// reading every row the full way (tests and FuzzReadCSV compare the two);
// a file whose rows rarely repeat gives the lane up after 4,096 rows.
// CSVReader.Summarize, which adds a file to a Summary, adds such a row to
// the groups of its template's first row without building their keys
// again, with the same totals and errors as Rows and Summary.Add; past the
// rows checked for duplicates, it keeps the values of a template's rows
// together and adds them before anything reads the sums or can fail, as
// long as no sum can overflow.
// CSVReader.Workers spreads the reading over goroutines with the same
// results. With more than one, Summarize of a file it can read at any
// offset (an *os.File of a regular file, a *bytes.Reader, a
// *strings.Reader, an *io.SectionReader) of at least 4 MiB reads it in two
// parts past the rows checked for duplicates: a second goroutine reads
// the second half of what is left with copies of the templates, and the
// first takes what it kept when it gets there, after checking that it
// would have kept the same, or else reads those rows itself.
// BenchmarkIngest compares a million rows with a plain
// encoding/csv loop in one binary; testdata/ingest.sh compares the whole
// command with it, time and peak memory, on one core and on two.
//
// Currency markers. Whether a value names its currency ("Rp5.000",
// "1,2 juta dolar AS") or only a scale ("1,2 juta") is money's to say:
// the reader reads values with a money.Parser of no default currency,
// so money is the one list of currency and scale words.
//
// JSON. Record and Balance marshal with short periods ("2015", "2022-11",
// "2022-01/2022-11"), enumerations by stable identifiers ("export",
// "border-card") and amounts in money's canonical form ("IDR
// 100387357175"); by hand, labels in Indonesian or Malay ("ekspor",
// "KILB") and full ISO intervals are accepted too. A trade file in JSON
// is a Document (ReadJSON, WriteJSON): records or published balances with
// the subject, reporter and border post they are about; every bad element
// and every unknown key is reported at its line and column.
//
// The Border Trade Agreement. BTA1970 is RM600 per person per month (the
// agreement of 24 August 1970). Its 2023 revision's figure is not
// confirmed, so Limits is a dated schedule the caller extends; CheckLimit
// applies the limit in force on the first day of each month.
package trade
