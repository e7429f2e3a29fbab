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
package agreement
