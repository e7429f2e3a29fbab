// Package agreement models cooperation agreements of Indonesian regions
// (kerja sama daerah) from first contact to renewal, and keeps them in a
// Register that answers the questions a cooperation office asks: which are
// active, which expire soon, which are dormant, which partners and sectors.
//
// In use:
//
//	f, _ := os.Open("perjanjian.csv") // No, Judul, Jenis Naskah, Mitra, Negara, Bidang, …
//	l, err := agreement.ReadCSV(f, agreement.ReadOptions{File: "perjanjian.csv", Region: "Banten"})
//	if err != nil { … }                // unreadable file, or no known header
//	for _, e := range l.Rejected { … } // perjanjian.csv:7:59: Tanggal Penandatanganan: …
//	reg := l.Register()
//	today := date.Of(time.Now())
//	for _, a := range reg.ExpiringWithin(today, 90) { … }
//	for _, a := range reg.Dormant(today, 12) { … } // "only on paper"
//	if err := reg.Validate(); err != nil {
//		for _, p := range agreement.Problems(err) { … } // *Problem: ID, Field, Err
//	}
//
//	sectors, err := agreement.ParseSectors("Ekonomi, Pariwisata, Iptek Pendidikan dan Budaya", language.Indonesian)
//	// [economy tourism science-technology education culture]
//
// # Model
//
// An Agreement has a cooperation Type (PP 28/2018: KSDD, KSDPK, KSDPL in its
// forms sister province, sister city/regency and other, KSDLL), a document
// Kind (Letter of Intent, Kesepakatan Bersama, MoU, PKS/MoA, plan of action,
// Nota Kesepakatan, addendum, and the offer a partner makes), Parties (regions of the region package or
// named organisations, with a Role), Sectors, a signing date, a Term,
// lifecycle Events, Funding commitments (money.Amount) and Activities.
//
// Every enumeration (Type, Kind, Stage, Status, Sector, Role) is a typed
// integer whose zero value means "not stated", with labels in Indonesian,
// Malay and English (Label), a stable English identifier (String,
// MarshalText) and a parser that accepts the identifier, the labels and the
// abbreviations registers use ("LoI", "MOU", "MoA", "PKS", "KB", "Kota
// Kembar", "Friendship Cooperation").
//
// # Design decisions
//
// Dates known only to the year or month. Sources often give only a year
// ("pada tanggal 2013"). Such dates are PartialDate values, the date
// package's date.Partial, written "2013", "2013-02" or "2013-02-06". For
// status and dormancy an event counts by date.Partial.HappenedBy, from
// the last day it may stand for (the day by which it has certainly
// happened), and Dormancy.SinceAsGiven keeps the date as the source gives
// it for writing ("sejak 2022"); an end of term computed from a duration
// starts at the first such day, so no expiry is missed.
//
// Status is derived, never stored. StatusOn computes it from the signing
// date, the term and the events that had happened by the day asked
// (date.Partial.HappenedBy): nothing dated after that day, and no signing
// whose month or year has not ended, changes it. A register's "Status"
// column is read as events it implies (terminated, renewed) and written as
// the status on a chosen day.
//
// Letters of intent and offers are kept, but are not agreements
// (Kind.IsAgreement). A Letter of Intent states an intent and binds no one
// (Validate refuses one that carries money, ErrLoIFunding): once signed it
// is StatusIntent, never active, expiring or dormant. An offer (KindOffer:
// "Ada peluang kerja sama … Mereka siapkan maksimal Rp1,3 miliar") is
// StatusOffered; its Funding says how much, for what, on which conditions
// (Restrictions) and how to apply (Apply). An MoU that continues a line of
// letters of intent ("MOU … (LoI Tahap III)": Kind MoU, Series
// KindLetterOfIntent) is an agreement.
//
// Tolerant matching of free text. ParseSectors, ParseDocument and ParseType
// cut text into words, key each with internal/fold plus the skeleton rules
// kh→k, dj→j, tj→c, take the longest alias phrase that matches exactly,
// skip filler words ("bidang", "lainnya") and list numbers, then accept the
// longest phrase within a bounded edit distance (0 under 5 bytes, 1 under
// 9, 2 from 9; ties between different values match nothing unless the
// caller's language settles them). What matches nothing is reported with
// its offset, never dropped: "Ekonomi Lingkungan Tekhniogi Informasi dan
// Biotekhnologi" is economy, environment, information technology and
// biotechnology. The results of misspelling matches are cached (at most
// 65,536 per vocabulary, shared by all goroutines), as registers repeat
// their misspellings.
//
// Sectors. Besides the sectors named in the seeds, every government affair
// (urusan) of UU 23/2014 has a Sector, so that "ketenteraman, ketertiban
// umum, dan pelindungan masyarakat" or "koperasi, usaha kecil, dan
// menengah" are read as written in regional regulations.
//
// JSON and CSV. The JSON form uses lower-case snake_case field names, ISO
// dates, money in its canonical text ("IDR 18000000000"), enumerations by
// identifier, and a party by region code or by name; a key it does not
// have is an error at its position; see json.go. CSV files
// use the headers of Indonesian inventories (No, Judul, Jenis Naskah, Jenis
// Kerja Sama, Mitra, Negara, Bidang, Tanggal Penandatanganan, Jangka Waktu,
// Status, Keterangan, and optional ID, Daerah, Nilai, Pendahulu) or their
// English equivalents, separated by commas, semicolons, tabs or vertical
// bars, read through the project's input toolbox (strict quoting, any
// line end, UTF-16, bounded records; a row that does not fit its header
// is an error at its position); see ReadCSV. WriteCSV neutralises text
// cells a spreadsheet would run as formulas; see WriteOptions.Verbatim.
// Headers are matched tolerantly, because real spreadsheets vary ("NO.",
// "Nama Mitra", "Tgl. Penandatanganan", "Jangka Waktu (Tahun)",
// "Keterangan/Status", "Tanggal Berakhir"): brackets give units, common
// abbreviations are written out, restating words ("Nama", "Kerja Sama")
// are dropped, and a misspelt header is accepted only when it is near
// exactly one column; see header.go. A header that fits nothing is
// reported, never guessed.
// Rows that cannot be read are reported with line and column and the rest
// load (Load.Rows = len(Load.Agreements) + len(Load.Rejected)); with
// ReadOptions.Strict the first bad row stops reading.
//
// Real registers. The registers offices and universities keep, and the
// databases of their cooperation apps, use other columns too, and ReadCSV
// reads them:
//
//   - the partner: "Nama Instansi", "Instansi", "Nama Mitra", "Mitra Kerja
//     Sama", "Kota Mitra", "nama_lembaga_mitra", "lembaga_mitra";
//   - the start of the term: "Mulai", "Tanggal Mulai", "Tgl Mulai",
//     "Periode Awal" (a year alone is its first day, as "2009-2017" in a
//     term column is: "Mulai 2009, Berakhir 2017" is the term 2009/2017);
//     it completes the term column (Term.Start), so that a duration counts
//     from it;
//   - the end: "Berakhir", "Tanggal Berakhir", "Periode Akhir",
//     "tanggal_akhir_kerja_sama", "tanggal_akhir";
//   - the signing: "tanggal_kerja_sama" besides "Tanggal Penandatanganan";
//   - a duration: "Durasi", "durasi_kerja_sama", "Lama". The unit is in
//     the cell ("5 tahun", "Lima (5) Tahun") or in the header ("Durasi
//     (Tahun)", "durasi_tahun"). A bare number with no unit anywhere is
//     read only when the row's start (or signing, to the day) and end say
//     which it is (1 between 2022-11-11 and 2023-11-11 is one year); else
//     the row is rejected: it is never guessed;
//   - a round, not a term: a column headed "Periode" alone holds the term
//     in some registers ("2019-2024", "5 tahun") and the renewal round in
//     others (1, 2). A cell that is a bare number of one or two digits
//     under such a header is the round (Agreement.Phase); any other cell is
//     the term. "Periode (Tahun)" is a term column whose unit is years;
//   - a category: "Kategori", "Kategori Kerjasama", "kategori_moa": a type
//     (KSDD, KSDPK, KSDPL, KSDLL, KSDLL_PENERUSAN), else a kind of document
//     (NK/RK is a Nota Kesepakatan, PERTEK a technical arrangement), else
//     sectors ("Pendidikan/Pengajaran", "Penelitian"); anything else is
//     kept in Notes with a warning;
//   - what is done: "Jenis Kegiatan" (free text, often whole sentences):
//     the sectors it names exactly (no misspellings, aliases and the names
//     of the file's language and English only) are added, and the text is
//     kept in Notes, without a warning; "Ruang Lingkup" is a sector list;
//   - evidence of activity: "Manfaat yang Telah Diperoleh", "Realisasi",
//     "Kegiatan": each non-empty cell is an Activity, dated by a "Tanggal
//     Kegiatan" column when there is one and otherwise undated (see
//     activities.go: an undated activity shows the agreement was carried
//     out, on no known day; no date is invented). A file of activities is
//     read by Load.AddActivities.
//
// Tables exported from HTML or a spreadsheet may carry a header of two
// rows ("Kurun Waktu Kerjasama" over "Mulai" and "Berakhir") and a row
// numbering the columns ("(1)", "(2)", …) under it. In the first two
// records, a row whose every non-empty cell names a column, under header
// cells that are empty, unknown or the term's group, completes the header;
// a row that numbers every column in order (1 to n, bracketed or not, at
// least three) is passed over. Neither is a record.
//
// Partners that are institutions (a university, a ministry, a Dinas, a
// school, a company, a bank, an embassy: see institution.go) are kept as
// named parties, with their country when their name ends with one
// ("University of Zagreb, Croatia"), without a warning; a partner that is
// neither a known region nor an institution is still reported. A register
// without a region column names no Indonesian party: ReadOptions.Region
// gives it (the office's own region); without it Validate reports
// ErrNoRegion for every row, which Problem.Message writes in the output's
// language and Load.Line places at the row's line.
package agreement
