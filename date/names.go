package date

import (
	"time"

	"github.com/kerjasama/kerjasama/internal/lang"
)

// Month and weekday names. Indonesian follows KBBI and the CLDR id
// abbreviations (Agu, Okt, Des); Malay follows Dewan Bahasa dan Pustaka and
// the CLDR ms abbreviations (Mac, Ogo, Dis); Brunei Malay writes dates as
// Malaysian Malay does.
var (
	monthLong = [...][13]string{
		lang.English:    {"", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
		lang.Indonesian: {"", "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"},
		lang.Malay:      {"", "Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober", "November", "Disember"},
	}
	monthShort = [...][13]string{
		lang.English:    {"", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
		lang.Indonesian: {"", "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"},
		lang.Malay:      {"", "Jan", "Feb", "Mac", "Apr", "Mei", "Jun", "Jul", "Ogo", "Sep", "Okt", "Nov", "Dis"},
	}
	weekdayLong = [...][7]string{
		lang.English:    {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"},
		lang.Indonesian: {"Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"},
		lang.Malay:      {"Ahad", "Isnin", "Selasa", "Rabu", "Khamis", "Jumaat", "Sabtu"},
	}
)

// names returns the row of the name tables for l.
func names(l lang.Lang) lang.Lang {
	switch l {
	case lang.Indonesian:
		return lang.Indonesian
	case lang.Malay, lang.MalayBrunei:
		return lang.Malay
	}
	return lang.English
}

// Word kinds of the parser's vocabulary. A word's value in wordTable is
// its kind in the high bits and a number in the low five bits: the month
// (1 to 12), the weekday (0 to 6) or the filler.
const (
	wMonth    = 1 << 5
	wWeekday  = 2 << 5
	wFiller   = 3 << 5 // words that introduce a date and are skipped
	wYearW    = 4 << 5 // "tahun": introduces a year
	wTo       = 5 << 5 // a range separator word
	wMisc     = 6 << 5 // words with a role of their own, in the low bits
	wNum      = 7 << 5 // Indonesian and Malay number words: see the n* values
	wKindMask = 7 << 5
)

// toSampai marks "sampai", which "dengan" may follow.
const toSampai = 1

// Low bits of wMisc words.
const (
	mS        = iota + 1 // "s" of "s.d." and "s/d"
	mD                   // "d" of "s.d."
	mDengan              // "dengan", "dgn" after "sampai"
	mHb                  // "hb", "haribulan": Malay day-of-month marker
	mOrdinal             // "st", "nd", "rd", "th" after a day number
	mOf                  // "of" between day and month
	mMonthW              // "bulan": introduces a month
	mQuarter             // "triwulan", "kuartal", "quarter", "q"
	mSemester            // "semester", "h" (half year)
	mEra                 // "m", "masehi", "ad", "ce" after a year
	mAnggaran            // "anggaran" of "tahun anggaran" (fiscal year)
	mDaypart             // "pagi", "siang", "sore", "petang", "malam" after a weekday
	mAnd                 // "dan", "and" between two consecutive days
)

// Values of number words (wNum): 1 to 9 are the digits, 10 and 11
// sepuluh and sebelas; the others follow.
const (
	nPuluh   = 12 + iota // tens: "dua puluh"
	nBelas               // teens: "tiga belas"
	nRatus               // hundreds: "dua ratus"
	nSeratus             // one hundred
	nRibu                // thousands: "dua ribu"
	nSeribu              // one thousand
)

// wordTable maps folded words (ASCII lower case, apostrophes removed) to
// their kind. It holds the names of every language: a month or weekday name
// is read whatever the language of the call, since documents quote each
// other and no name means different days in two of them.
//
// It is an open-addressing hash table keyed by an FNV-1a hash that the
// tokenizer computes while it folds the word, so a lookup costs one or two
// string comparisons and no second pass over the word. It is filled once
// by init and only read afterwards.
var wordTable [wordSlots]struct {
	key  string
	kind uint8
}

// wordConflicts lists words given two meanings; a test keeps it empty.
var wordConflicts []string

const wordSlots = 512 // a power of two, at least twice the vocabulary

// FNV-1a, 32 bits.
const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

func wordHash(w string) uint32 {
	h := uint32(fnvOffset)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * fnvPrime
	}
	return h
}

// lookupWord returns the kind of the folded word w with hash h, or 0.
func lookupWord(w []byte, h uint32) uint8 {
	for i := h & (wordSlots - 1); ; i = (i + 1) & (wordSlots - 1) {
		e := &wordTable[i]
		if e.key == "" {
			return 0
		}
		if e.key == string(w) {
			return e.kind
		}
	}
}

func addWords(kind uint8, words ...string) {
	for _, w := range words {
		i := wordHash(w) & (wordSlots - 1)
		for wordTable[i].key != "" && wordTable[i].key != w {
			i = (i + 1) & (wordSlots - 1)
		}
		if e := wordTable[i]; e.key == w && e.kind != kind {
			wordConflicts = append(wordConflicts, w)
		}
		wordTable[i].key, wordTable[i].kind = w, kind
	}
}

func init() {
	for m := time.January; m <= time.December; m++ {
		for _, l := range []lang.Lang{lang.English, lang.Indonesian, lang.Malay} {
			addWords(wMonth|uint8(m), lower(monthLong[l][m]), lower(monthShort[l][m]))
		}
	}
	for wd := time.Sunday; wd <= time.Saturday; wd++ {
		for _, l := range []lang.Lang{lang.English, lang.Indonesian, lang.Malay} {
			addWords(wWeekday|uint8(wd), lower(weekdayLong[l][wd]))
		}
	}
	// Spellings found in real documents besides the standard ones: the
	// pre-1972 and colloquial Pebruari and Nopember, Agt, Ags, Agst, Sept,
	// Nop, Mrt (common Indonesian abbreviations), and CLDR's short names.
	addWords(wMonth|2, "pebruari", "peb", "febuari")
	addWords(wMonth|3, "mrt")
	addWords(wMonth|8, "agt", "ags", "agst", "agus")
	addWords(wMonth|9, "sept")
	addWords(wMonth|11, "nopember", "nop")
	// Weekday abbreviations (CLDR id, ms, en) and variants: Jum'at (the
	// apostrophe is dropped when folding), Ahad in Indonesian too.
	addWords(wWeekday|uint8(time.Sunday), "min", "ahd", "sun", "ahad")
	addWords(wWeekday|1, "sen", "isn", "mon")
	addWords(wWeekday|2, "sel", "tue", "tues")
	addWords(wWeekday|3, "rab", "wed")
	addWords(wWeekday|4, "kam", "kha", "thu", "thur", "thurs")
	addWords(wWeekday|5, "jum", "fri")
	addWords(wWeekday|6, "sab", "sat")

	// Words that introduce a date: "pada hari Rabu tanggal …", Malay
	// "tarikh", "bertarikh"; "tertanggal" and "bertanggal" (dated) of
	// official letters; "per tanggal" (as of); "dari", "mulai", "from"
	// before the start of a range.
	addWords(wFiller, "pada", "hari", "tanggal", "tgl", "tarikh", "bertarikh", "tertanggal", "bertanggal",
		"per", "on", "the", "dated", "dari", "mulai", "from", "ini", "periode", "tempoh", "period")
	addWords(wYearW, "tahun", "thn", "year", "ta")
	addWords(wMisc|mAnggaran, "anggaran")
	addWords(wTo|toSampai, "sampai")
	addWords(wTo, "hingga", "sehingga", "to", "until", "till", "through", "thru", "sd")
	addWords(wMisc|mS, "s")
	addWords(wMisc|mD, "d")
	addWords(wMisc|mDengan, "dengan", "dgn", "dg")
	addWords(wMisc|mHb, "hb", "haribulan")
	addWords(wMisc|mOrdinal, "st", "nd", "rd", "th")
	addWords(wMisc|mOf, "of")
	addWords(wMisc|mMonthW, "bulan", "bln")
	addWords(wMisc|mQuarter, "triwulan", "tw", "kuartal", "kwartal", "quarter", "q")
	addWords(wMisc|mSemester, "semester", "smt", "sem", "h")
	addWords(wMisc|mEra, "m", "masehi", "ad", "ce")
	addWords(wMisc|mDaypart, "pagi", "siang", "sore", "petang", "malam")
	addWords(wMisc|mAnd, "dan", "and")
	// Number words, for dates written out in contracts: "tanggal Dua
	// Puluh Tiga bulan Oktober tahun Dua Ribu Sepuluh" (KBBI; Malay
	// "lapan").
	for v, w := range [...]string{1: "satu", 2: "dua", 3: "tiga", 4: "empat", 5: "lima", 6: "enam", 7: "tujuh",
		8: "delapan", 9: "sembilan", 10: "sepuluh", 11: "sebelas", nPuluh: "puluh", nBelas: "belas",
		nRatus: "ratus", nSeratus: "seratus", nRibu: "ribu", nSeribu: "seribu"} {
		if w != "" {
			addWords(wNum|uint8(v), w)
		}
	}
	addWords(wNum|8, "lapan")
}

func lower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
