package evaluate

import (
	"strings"
	"sync"

	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/internal/lang"
	"github.com/kerjasama/kerjasama/internal/numlist"
	"github.com/kerjasama/kerjasama/money"
	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
)

// The finding codes. They are stable identifiers: never renamed, never
// reused for another meaning.
const (
	// Trade balance.
	TradeNoData            Code = "trade.no-data"            // no record to evaluate
	TradeDeficit           Code = "trade.deficit"            // balance < 0 in a period
	TradeSurplus           Code = "trade.surplus"            // balance > 0
	TradeBalanced          Code = "trade.balanced"           // balance = 0
	TradeCoverage          Code = "trade.coverage"           // exports cover less than all imports
	TradeCoverageUndefined Code = "trade.coverage-undefined" // no imports: X/M undefined
	TradeGrowth            Code = "trade.growth"             // year-on-year change of exports and imports
	TradeDeficitChange     Code = "trade.deficit-change"     // a deficit widened or narrowed
	TradeCAGR              Code = "trade.cagr"               // compound annual growth over whole years
	TradePartial           Code = "trade.partial-period"     // a period that is not a whole year
	TradeLikeForLike       Code = "trade.like-for-like"      // a partial year against the same months a year before
	TradeConcentration     Code = "trade.concentration"      // HHI of exports by partner or commodity
	// Imports under the Border Trade Agreement (on cross-border cards,
	// KILB, or border passes): when all of a period's imports came so,
	// exports against them are not the trade balance, and these codes
	// stand for TradeDeficit, TradeSurplus, TradeBalanced and
	// TradeDeficitChange.
	TradeBorderDeficit       Code = "trade.border-deficit"        // exports below border-trade imports (KILB)
	TradeBorderSurplus       Code = "trade.border-surplus"        // exports above border-trade imports
	TradeBorderBalanced      Code = "trade.border-balanced"       // exports equal to border-trade imports
	TradeBorderDeficitChange Code = "trade.border-deficit-change" // the shortfall against border-trade imports widened or narrowed
	TradeBorderImports       Code = "trade.border-imports"        // part of a period's imports came under border trade
	TradeBalanceChange       Code = "trade.balance-change"        // the change of a published net balance, in money
	TradeCAGRUndefined       Code = "trade.cagr-undefined"        // a compound growth that has no rate, and why
	TradeNotYetKnown         Code = "trade.not-yet-known"         // figures for periods not ended by the evaluation date, not used

	// Agreements.
	AgreementNoActivity Code = "agreement.no-activity"  // nothing recorded since signing
	AgreementDormant    Code = "agreement.dormant"      // nothing recorded for the dormant span: "only on paper"
	AgreementExpiring   Code = "agreement.expiring"     // term ends within the warning span
	AgreementExpired    Code = "agreement.expired"      // term has ended
	AgreementIdleSector Code = "agreement.idle-sectors" // agreed sectors without any activity
	AgreementScore      Code = "agreement.score"        // the effectiveness score
	AgreementIntent     Code = "agreement.intent"       // a Letter of Intent: an intent declared, not an agreement in force, not scored
	AgreementOffer      Code = "agreement.offer"        // an offer: not an agreement, not scored
	RegisterSummary     Code = "register.summary"       // the roll-up over a register
	// RegisterNotAgreements counts the letters of intent and offers of a
	// register, which the summary does not count as agreements.
	RegisterNotAgreements Code = "register.not-agreements"

	// Forums.
	ForumNoData      Code = "forum.no-data"              // no session recorded in the window
	ForumRegular     Code = "forum.regular"              // met every year of the window
	ForumMissed      Code = "forum.missed-years"         // years for which no session is recorded (not: did not meet)
	ForumNotMet      Code = "forum.not-met"              // years without a session in a record declared complete: did not meet
	ForumUnconfirmed Code = "forum.unconfirmed-sessions" // sessions recorded only as announced or planned, not as held
	ForumUndated     Code = "forum.undated-sessions"     // sessions recorded without a year, counted in no year
	ForumLongestRun  Code = "forum.longest-run"          // the longest run of consecutive years with a session
	ForumNumbering   Code = "forum.numbering-gap"        // session numbers missing from the record
	ForumVirtual     Code = "forum.virtual-years"        // years met only online

	// Decisions.
	DecisionsCarriedOut        Code = "decisions.carried-out"         // implementation of agreed items
	DecisionsOpen              Code = "decisions.open-items"          // agreed items still open and their median age
	DecisionsNotRecorded       Code = "decisions.not-recorded"        // sessions whose decisions are not recorded
	DecisionsStatusNotRecorded Code = "decisions.status-not-recorded" // agreed items without a recorded implementation status

	// Welfare.
	WelfareSpending        Code = "welfare.spending-growth"   // per-capita monthly spending, year on year, nominal
	WelfareFoodShare       Code = "welfare.food-share"        // the food share of a period with no earlier comparable share: no verdict
	WelfareFoodShareChange Code = "welfare.food-share-change" // the food share against the previous comparable period (Engel's law)
	WelfareEngelThreshold  Code = "welfare.engel-threshold"   // the food share against a threshold a source gives
)

// The vocabulary used in messages (Word values).
const (
	WordExports   Word = "exports"
	WordImports   Word = "imports"
	WordBalance   Word = "balance"
	WordSurplus   Word = "surplus"
	WordDeficit   Word = "deficit"
	WordPartner   Word = "partner"
	WordCommodity Word = "commodity"
	// WordCardImports, WordPassImports and WordBorderImports name imports
	// under the Border Trade Agreement: on cross-border cards (KILB,
	// trade.BorderTradeCard), on border passes (trade.BorderTradePass) or
	// with the document not stated (trade.BorderTrade).
	WordCardImports   Word = "imports.card"
	WordPassImports   Word = "imports.pass"
	WordBorderImports Word = "imports.border"
	// WordThrough marks a trade subject that is a border post: "melalui
	// PLBN Entikong", "through PLBN Entikong".
	WordThrough Word = "through"
	// WordOf marks a trade subject that is a region or country: "of
	// Kalimantan Tengah" in English, nothing in Indonesian and Malay.
	WordOf            Word = "of"
	wordUndefined     Word = "undefined"
	wordNoGrowth      Word = "no-growth"
	wordChangeUp      Word = "change.up"
	wordChangeDown    Word = "change.down"
	wordChangeNone    Word = "change.none"
	wordWidened       Word = "change.widened"
	wordNarrowed      Word = "change.narrowed"
	wordBalanceUp     Word = "balance.up"
	wordBalanceDown   Word = "balance.down"
	wordBalanceSame   Word = "balance.same"
	wordReasonPrefix  Word = "reason."
	wordListSeparator Word = "list.and"
)

type entry struct {
	key        string
	id, ms, en string
	// enPlural, when set, is the argument (1-based) that selects the
	// English plural form, and enOne the singular message.
	enPlural int
	enOne    string
	// enMsg, when set, is the English message with its plural forms, for
	// a message with more than one count (plural.Selectf, nested); en
	// stays its most general form, which TestCatalog checks.
	enMsg catalog.Message
}

// entries holds every message and term, in Indonesian, Malay and
// English. Arguments: %[1]s the subject phrase, %[2]s the period, then the
// figures in order.
var entries = []entry{
	// Terms.
	{key: "exports", id: "ekspor", ms: "eksport", en: "exports"},
	{key: "imports", id: "impor", ms: "import", en: "imports"},
	{key: "balance", id: "neraca perdagangan", ms: "imbangan dagangan", en: "trade balance"},
	{key: "surplus", id: "surplus", ms: "lebihan", en: "surplus"},
	{key: "deficit", id: "defisit", ms: "defisit", en: "deficit"},
	{key: "partner", id: "negara mitra", ms: "rakan dagang", en: "partner"},
	{key: "commodity", id: "komoditas", ms: "komoditi", en: "commodity"},
	{key: "imports.card", id: "impor dengan KILB", ms: "import dengan KILB", en: "imports on cross-border cards (KILB)"},
	{key: "imports.pass", id: "impor dengan pas lintas batas", ms: "import dengan pas lintas sempadan", en: "imports on border passes"},
	{key: "imports.border", id: "impor lintas batas", ms: "import rentas sempadan", en: "imports under the Border Trade Agreement"},
	{key: "balance.up", id: "naik", ms: "meningkat", en: "rose by"},
	{key: "balance.down", id: "turun", ms: "menurun", en: "fell by"},
	{key: "balance.same", id: "berubah", ms: "berubah", en: "changed by"},
	{key: "through", id: "melalui", ms: "melalui", en: "through"},
	{key: "of", id: "-", ms: "-", en: "of"},
	{key: "undefined", id: "tidak terdefinisi", ms: "tidak tertakrif", en: "undefined"},
	{key: "no-growth", id: "tidak dapat dihitung", ms: "tidak dapat dikira", en: "cannot be computed"},
	{key: "change.up", id: "naik", ms: "meningkat", en: "grew"},
	{key: "change.down", id: "turun", ms: "menurun", en: "fell"},
	{key: "change.none", id: "tetap", ms: "tidak berubah", en: "did not change"},
	{key: "change.widened", id: "melebar", ms: "melebar", en: "widened by"},
	{key: "change.narrowed", id: "menyempit", ms: "mengecil", en: "narrowed by"},
	{key: "list.and", id: " dan ", ms: " dan ", en: " and "},
	{key: "reason.no data", id: "tidak ada data", ms: "tiada data", en: "no data"},
	{key: "reason.zero base", id: "nilai awal nol", ms: "nilai asas sifar", en: "zero base"},
	{key: "reason.negative base", id: "nilai awal negatif", ms: "nilai asas negatif", en: "negative base"},
	{key: "reason.negative end value", id: "nilai akhir negatif", ms: "nilai akhir negatif", en: "negative end value"},
	{key: "reason.partial period", id: "periode tidak penuh", ms: "tempoh tidak penuh", en: "partial period"},
	{key: "reason.periods not consecutive", id: "periode tidak berurutan", ms: "tempoh tidak berturutan", en: "periods not consecutive"},
	{key: "reason.negative value", id: "nilai negatif", ms: "nilai negatif", en: "negative value"},
	{key: "reason.sign change", id: "tanda berganti antara surplus dan defisit", ms: "tanda bertukar antara lebihan dan defisit", en: "changes sign between surplus and deficit"},
	// Welfare: the area figures cover, and Engel's law read over time.
	{key: "area.province", id: "seluruh provinsi", ms: "seluruh wilayah", en: "whole province"},
	{key: "area.regency", id: "seluruh kabupaten", ms: "seluruh kabupaten", en: "whole regency"},
	{key: "area.city", id: "seluruh kota", ms: "seluruh bandar", en: "whole city"},
	{key: "area.district", id: "seluruh kecamatan", ms: "seluruh kecamatan", en: "whole district"},
	{key: "area.state", id: "seluruh negara bagian", ms: "seluruh negeri", en: "whole state"},
	{key: "area.country", id: "seluruh negara", ms: "seluruh negara", en: "whole country"},
	{key: "area.whole", id: "seluruh wilayah", ms: "seluruh kawasan", en: "whole region"},
	{key: "area.border", id: "kawasan perbatasan", ms: "kawasan sempadan", en: "border area"},
	{key: "engel.share-fell", id: "turun dari", ms: "menurun daripada", en: "fell from"},
	{key: "engel.share-rose", id: "naik dari", ms: "meningkat daripada", en: "rose from"},
	{key: "engel.share-same", id: "sama dengan", ms: "sama dengan", en: "was the same as"},
	{key: "engel.welfare-up",
		id: "menurut hukum Engel, tanda kesejahteraan meningkat",
		ms: "menurut hukum Engel, tanda kesejahteraan meningkat",
		en: "by Engel's law, a sign of rising welfare"},
	{key: "engel.welfare-down",
		id: "menurut hukum Engel, tanda kesejahteraan menurun",
		ms: "menurut hukum Engel, tanda kesejahteraan menurun",
		en: "by Engel's law, a sign of falling welfare"},
	{key: "engel.no-change",
		id: "menurut hukum Engel, tidak ada tanda perubahan kesejahteraan",
		ms: "menurut hukum Engel, tiada tanda perubahan kesejahteraan",
		en: "by Engel's law, no sign of a change in welfare"},
	{key: "engel.above", id: "di atas", ms: "melebihi", en: "is above"},
	{key: "engel.not-above", id: "tidak di atas", ms: "tidak melebihi", en: "is not above"},

	// Trade.
	{key: string(TradeNoData),
		id: "Tidak ada data perdagangan %[1]s untuk dievaluasi",
		ms: "Tiada data dagangan %[1]s untuk dinilai",
		en: "There are no trade figures %[1]s to evaluate"},
	{key: string(TradeDeficit),
		id: "Neraca perdagangan %[1]s defisit %[3]s pada %[2]s",
		ms: "Imbangan dagangan %[1]s mencatat defisit %[3]s pada %[2]s",
		en: "The trade balance %[1]s was in deficit by %[3]s in %[2]s"},
	{key: string(TradeSurplus),
		id: "Neraca perdagangan %[1]s surplus %[3]s pada %[2]s",
		ms: "Imbangan dagangan %[1]s mencatat lebihan %[3]s pada %[2]s",
		en: "The trade balance %[1]s was in surplus by %[3]s in %[2]s"},
	{key: string(TradeBalanced),
		id: "Neraca perdagangan %[1]s seimbang pada %[2]s",
		ms: "Imbangan dagangan %[1]s seimbang pada %[2]s",
		en: "The trade balance %[1]s was even in %[2]s"},
	{key: string(TradeCoverage),
		id: "Pada %[2]s ekspor %[1]s hanya menutup %[3]s nilai %[4]s",
		ms: "Pada %[2]s eksport %[1]s hanya meliputi %[3]s nilai %[4]s",
		en: "In %[2]s exports %[1]s covered only %[3]s of %[4]s"},
	{key: string(TradeCoverageUndefined),
		id: "Pada %[2]s tidak ada impor %[1]s, sehingga rasio ekspor terhadap impor tidak terdefinisi",
		ms: "Pada %[2]s tiada import %[1]s, maka nisbah eksport kepada import tidak tertakrif",
		en: "In %[2]s there were no imports %[1]s, so the export-to-import coverage ratio is undefined"},
	{key: string(TradeGrowth),
		id: "Dari %[3]s ke %[2]s ekspor %[1]s %[4]s dan %[6]s %[5]s",
		ms: "Dari %[3]s ke %[2]s eksport %[1]s %[4]s dan %[6]s %[5]s",
		en: "From %[3]s to %[2]s exports %[1]s %[4]s and %[6]s %[5]s"},
	{key: string(TradeDeficitChange),
		id: "Defisit %[1]s %[4]s dari %[3]s ke %[2]s, sementara ekspor %[5]s",
		ms: "Defisit %[1]s %[4]s dari %[3]s ke %[2]s, sementara eksport %[5]s",
		en: "The deficit %[1]s %[4]s from %[3]s to %[2]s, while exports %[5]s"},
	{key: string(TradeCAGR),
		id:       "Pertumbuhan tahunan majemuk (CAGR) %[3]s %[1]s selama %[7]d tahun (%[4]s–%[5]s): %[6]s per tahun",
		ms:       "Kadar pertumbuhan tahunan kompaun (CAGR) %[3]s %[1]s dalam tempoh %[7]d tahun (%[4]s–%[5]s): %[6]s setahun",
		en:       "Compound annual growth (CAGR) of the %[3]s %[1]s over %[7]d years, %[4]s to %[5]s: %[6]s a year",
		enPlural: 7, enOne: "Compound annual growth (CAGR) of the %[3]s %[1]s over %[7]d year, %[4]s to %[5]s: %[6]s a year"},
	{key: string(TradeCAGRUndefined),
		id:       "Pertumbuhan tahunan majemuk (CAGR) %[3]s %[1]s selama %[7]d tahun (%[4]s–%[5]s) %[6]s",
		ms:       "Kadar pertumbuhan tahunan kompaun (CAGR) %[3]s %[1]s dalam tempoh %[7]d tahun (%[4]s–%[5]s) %[6]s",
		en:       "Compound annual growth (CAGR) of the %[3]s %[1]s over %[7]d years, %[4]s to %[5]s, is %[6]s",
		enPlural: 7, enOne: "Compound annual growth (CAGR) of the %[3]s %[1]s over %[7]d year, %[4]s to %[5]s, is %[6]s"},
	{key: string(TradePartial),
		id: "Data %[1]s untuk %[2]s hanya mencakup sebagian tahun; tidak dibandingkan dengan tahun penuh dan tidak masuk perhitungan pertumbuhan",
		ms: "Data %[1]s bagi %[2]s meliputi sebahagian tahun sahaja; tidak dibandingkan dengan tahun penuh dan tidak dikira dalam kadar pertumbuhan",
		en: "The figures %[1]s for %[2]s cover part of a year only; they are not compared with whole years and enter no growth rate"},
	{key: string(TradeLikeForLike),
		id: "Nilai %[4]s %[1]s pada %[2]s dibandingkan periode yang sama tahun sebelumnya (%[3]s): %[5]s",
		ms: "Nilai %[4]s %[1]s pada %[2]s berbanding tempoh yang sama tahun sebelumnya (%[3]s): %[5]s",
		en: "The value of %[4]s %[1]s in %[2]s against the same months a year before (%[3]s): %[5]s"},
	{key: string(TradeConcentration),
		id: "Konsentrasi ekspor %[1]s menurut %[3]s pada %[2]s: HHI %[4]s dari 10.000 (%[5]d %[3]s)",
		ms: "Penumpuan eksport %[1]s mengikut %[3]s pada %[2]s: HHI %[4]s daripada 10,000 (%[5]d %[3]s)",
		en: "Concentration of exports %[1]s by %[3]s in %[2]s: HHI %[4]s out of 10,000 (%[5]d groups)"},
	{key: string(TradeBorderDeficit),
		id: "Selisih antara ekspor %[1]s dan %[3]s pada %[2]s: ekspor lebih kecil %[4]s (selisih ini bukan neraca perdagangan)",
		ms: "Beza antara eksport %[1]s dan %[3]s pada %[2]s: eksport kurang %[4]s (beza ini bukan imbangan dagangan)",
		en: "In %[2]s exports %[1]s fell short of %[3]s by %[4]s (a gap between the two, not the trade balance)"},
	{key: string(TradeBorderSurplus),
		id: "Selisih antara ekspor %[1]s dan %[3]s pada %[2]s: ekspor lebih besar %[4]s (selisih ini bukan neraca perdagangan)",
		ms: "Beza antara eksport %[1]s dan %[3]s pada %[2]s: eksport melebihi %[4]s (beza ini bukan imbangan dagangan)",
		en: "In %[2]s exports %[1]s exceeded %[3]s by %[4]s (a gap between the two, not the trade balance)"},
	{key: string(TradeBorderBalanced),
		id: "Selisih antara ekspor %[1]s dan %[3]s pada %[2]s: sama besar (selisih ini bukan neraca perdagangan)",
		ms: "Beza antara eksport %[1]s dan %[3]s pada %[2]s: sama besar (beza ini bukan imbangan dagangan)",
		en: "In %[2]s exports %[1]s equalled %[3]s (not the trade balance)"},
	{key: string(TradeBorderDeficitChange),
		id: "Kekurangan ekspor %[1]s terhadap %[4]s %[5]s dari %[3]s ke %[2]s, sementara ekspor %[6]s",
		ms: "Kekurangan eksport %[1]s berbanding %[4]s %[5]s dari %[3]s ke %[2]s, sementara eksport %[6]s",
		en: "The shortfall of exports %[1]s against %[4]s %[5]s from %[3]s to %[2]s, while exports %[6]s"},
	{key: string(TradeBorderImports),
		id: "Dari impor %[1]s pada %[2]s, %[4]s (%[5]s) adalah %[3]s",
		ms: "Daripada import %[1]s pada %[2]s, %[4]s (%[5]s) ialah %[3]s",
		en: "Of the imports %[1]s in %[2]s, %[4]s (%[5]s) were %[3]s"},
	{key: string(TradeBalanceChange),
		id: "Dari %[3]s ke %[2]s neraca perdagangan %[1]s %[4]s %[5]s, dari %[6]s %[7]s menjadi %[8]s %[9]s",
		ms: "Dari %[3]s ke %[2]s imbangan dagangan %[1]s %[4]s %[5]s, daripada %[6]s %[7]s kepada %[8]s %[9]s",
		en: "From %[3]s to %[2]s the trade balance %[1]s %[4]s %[5]s, from %[6]s %[7]s to %[8]s %[9]s"},
	{key: string(TradeNotYetKnown),
		id:       "Data %[1]s untuk %[3]d periode yang belum berakhir sebelum %[4]s tidak digunakan",
		ms:       "Data %[1]s bagi %[3]d tempoh yang belum berakhir sebelum %[4]s tidak digunakan",
		en:       "The figures %[1]s for %[3]d periods that had not ended before %[4]s are not used",
		enPlural: 3, enOne: "The figures %[1]s for %[3]d period that had not ended before %[4]s are not used"},

	// Agreements.
	{key: string(AgreementNoActivity),
		id:       "%[1]s belum mencatat satu kegiatan pun sejak %[3]s (%[4]d bulan)",
		ms:       "%[1]s belum merekodkan sebarang aktiviti sejak %[3]s (%[4]d bulan)",
		en:       "%[1]s has recorded no activity since %[3]s (%[4]d months)",
		enPlural: 4, enOne: "%[1]s has recorded no activity since %[3]s (%[4]d month)"},
	{key: string(AgreementDormant),
		id:       "%[1]s tidak mencatat kegiatan selama %[3]d bulan sejak %[4]s: hanya di atas kertas",
		ms:       "%[1]s tidak merekodkan aktiviti selama %[3]d bulan sejak %[4]s: hanya di atas kertas",
		en:       "%[1]s has recorded no activity for %[3]d months since %[4]s: on paper only",
		enPlural: 3, enOne: "%[1]s has recorded no activity for %[3]d month since %[4]s: on paper only"},
	{key: string(AgreementExpiring),
		id:       "%[1]s berakhir pada %[3]s, %[4]d hari lagi",
		ms:       "%[1]s tamat pada %[3]s, %[4]d hari lagi",
		en:       "%[1]s ends on %[3]s, in %[4]d days",
		enPlural: 4, enOne: "%[1]s ends on %[3]s, in %[4]d day"},
	{key: string(AgreementExpired),
		id: "%[1]s telah berakhir pada %[3]s",
		ms: "%[1]s telah tamat pada %[3]s",
		en: "%[1]s ended on %[3]s"},
	{key: string(AgreementIdleSector),
		id: "%[1]s: %[3]d dari %[4]d bidang yang disepakati belum ada kegiatan (%[5]s)",
		ms: "%[1]s: %[3]d daripada %[4]d bidang yang dipersetujui belum ada aktiviti (%[5]s)",
		en: "%[1]s: %[3]d of %[4]d agreed sectors have no activity (%[5]s)"},
	{key: string(AgreementScore),
		id: "Skor efektivitas %[1]s pada %[2]s: %[3]d dari 100",
		ms: "Skor keberkesanan %[1]s pada %[2]s: %[3]d daripada 100",
		en: "Effectiveness score of %[1]s on %[2]s: %[3]d out of 100"},
	{key: string(AgreementIntent),
		id: "%[1]s adalah pernyataan kehendak (LoI): bukan kerja sama yang berlaku dan tidak diberi skor; naskah yang melanjutkannya (MoU atau perjanjian) belum tercatat",
		ms: "%[1]s ialah surat hasrat (LoI): bukan kerjasama yang berkuat kuasa dan tidak diberi skor; dokumen yang menyusulinya (MoU atau perjanjian) belum direkodkan",
		en: "%[1]s is a letter of intent: not an agreement in force, and not scored; no document continuing it (an MoU or agreement) is recorded"},
	{key: string(AgreementOffer),
		id: "%[1]s adalah tawaran, bukan kerja sama: tidak dihitung berlaku dan tidak diberi skor",
		ms: "%[1]s ialah tawaran, bukan kerjasama: tidak dikira berkuat kuasa dan tidak diberi skor",
		en: "%[1]s is an offer, not an agreement: it is not counted as in force and not scored"},
	{key: string(RegisterNotAgreements),
		id: "Selain itu tercatat %[3]d pernyataan kehendak (LoI) dan %[4]d tawaran %[1]s pada %[2]s: pernyataan kehendak dan tawaran bukan kerja sama yang berlaku, tidak dihitung di atas dan tidak diberi skor",
		ms: "Selain itu, %[3]d surat hasrat (LoI) dan %[4]d tawaran %[1]s direkodkan pada %[2]s: surat hasrat dan tawaran bukan kerjasama yang berkuat kuasa, tidak dikira di atas dan tidak diberi skor",
		en: "Besides these, %[3]d letters of intent and %[4]d offers %[1]s are recorded on %[2]s: letters of intent and offers are not agreements in force, are not counted above and are not scored",
		enMsg: plural.Selectf(3, "%d",
			"one", plural.Selectf(4, "%d",
				"one", "Besides these, %[3]d letter of intent and %[4]d offer %[1]s are recorded on %[2]s: letters of intent and offers are not agreements in force, are not counted above and are not scored",
				"other", "Besides these, %[3]d letter of intent and %[4]d offers %[1]s are recorded on %[2]s: letters of intent and offers are not agreements in force, are not counted above and are not scored"),
			"other", plural.Selectf(4, "%d",
				"one", "Besides these, %[3]d letters of intent and %[4]d offer %[1]s are recorded on %[2]s: letters of intent and offers are not agreements in force, are not counted above and are not scored",
				"other", "Besides these, %[3]d letters of intent and %[4]d offers %[1]s are recorded on %[2]s: letters of intent and offers are not agreements in force, are not counted above and are not scored"))},
	{key: string(RegisterSummary),
		id: "Dari %[3]d kerja sama %[1]s pada %[2]s: %[4]d berlaku, %[5]d di antaranya tanpa kegiatan selama %[7]d bulan atau lebih (hanya di atas kertas), %[6]d segera berakhir",
		ms: "Daripada %[3]d kerjasama %[1]s pada %[2]s: %[4]d berkuat kuasa, %[5]d daripadanya tanpa aktiviti selama %[7]d bulan atau lebih (hanya di atas kertas), %[6]d akan tamat",
		en: "Of %[3]d agreements %[1]s on %[2]s: %[4]d in force, %[5]d of them without activity for %[7]d months or more (on paper only), %[6]d expiring soon"},

	// Forums.
	{key: string(ForumNoData),
		id: "Tidak ada sidang %[1]s yang tercatat",
		ms: "Tiada sidang %[1]s yang direkodkan",
		en: "No session of %[1]s is recorded"},
	{key: string(ForumRegular),
		id: "%[1]s bersidang setiap tahun pada %[2]s: %[3]d sidang dalam %[4]d tahun",
		ms: "%[1]s bersidang setiap tahun pada %[2]s: %[3]d sidang dalam %[4]d tahun",
		en: "%[1]s met every year in %[2]s: %[3]d sessions in %[4]d years",
		enMsg: plural.Selectf(4, "%d",
			"one", plural.Selectf(3, "%d",
				"one", "%[1]s met every year in %[2]s: %[3]d session in %[4]d year",
				"other", "%[1]s met every year in %[2]s: %[3]d sessions in %[4]d year"),
			"other", "%[1]s met every year in %[2]s: %[3]d sessions in %[4]d years")},
	{key: string(ForumMissed),
		id:       "Tidak ada sidang %[1]s yang tercatat pada %[3]s (%[4]d dari %[5]d tahun pada %[2]s)",
		ms:       "Tiada sidang %[1]s yang direkodkan pada %[3]s (%[4]d daripada %[5]d tahun pada %[2]s)",
		en:       "No session of %[1]s is recorded in %[3]s (%[4]d of %[5]d years in %[2]s)",
		enPlural: 5, enOne: "No session of %[1]s is recorded in %[3]s (%[4]d of %[5]d year in %[2]s)"},
	{key: string(ForumNotMet),
		id:       "%[1]s tidak bersidang pada %[3]s (%[4]d dari %[5]d tahun pada %[2]s); catatan sidangnya lengkap sampai %[6]s",
		ms:       "%[1]s tidak bersidang pada %[3]s (%[4]d daripada %[5]d tahun pada %[2]s); rekod persidangannya lengkap sehingga %[6]s",
		en:       "%[1]s did not meet in %[3]s (%[4]d of %[5]d years in %[2]s); its record of sessions is complete through %[6]s",
		enPlural: 5, enOne: "%[1]s did not meet in %[3]s (%[4]d of %[5]d year in %[2]s); its record of sessions is complete through %[6]s"},
	{key: string(ForumUnconfirmed),
		id:       "Sidang ke-%[3]s %[1]s hanya tercatat sebagai rencana (%[4]s); pelaksanaannya tidak tercatat",
		ms:       "Sidang ke-%[3]s %[1]s hanya direkodkan sebagai rancangan (%[4]s); pelaksanaannya tidak direkodkan",
		en:       "Sessions %[3]s of %[1]s are recorded only as planned (%[4]s), not as held",
		enPlural: 5, enOne: "Session %[3]s of %[1]s is recorded only as planned (%[4]s), not as held"},
	{key: string(ForumUndated),
		id:       "Sidang ke-%[3]s %[1]s tercatat tanpa tanggal dan tidak dihitung pada tahun mana pun",
		ms:       "Sidang ke-%[3]s %[1]s direkodkan tanpa tarikh dan tidak dikira dalam mana-mana tahun",
		en:       "Sessions %[3]s of %[1]s are recorded without a date and count in no year",
		enPlural: 4, enOne: "Session %[3]s of %[1]s is recorded without a date and counts in no year"},
	{key: string(ForumLongestRun),
		id:       "Rangkaian terpanjang sidang %[1]s tanpa tahun terlewat: %[3]d tahun (%[4]s)",
		ms:       "Rangkaian terpanjang sidang %[1]s tanpa tahun tertinggal: %[3]d tahun (%[4]s)",
		en:       "Longest unbroken run of yearly sessions of %[1]s: %[3]d years (%[4]s)",
		enPlural: 3, enOne: "Longest unbroken run of yearly sessions of %[1]s: %[3]d year (%[4]s)"},
	{key: string(ForumNumbering),
		id:       "Penomoran sidang %[1]s melompat: tidak ada catatan sidang ke-%[3]s",
		ms:       "Penomboran sidang %[1]s melompat: tiada rekod sidang ke-%[3]s",
		en:       "The numbering of sessions of %[1]s has gaps: no record of sessions %[3]s",
		enPlural: 4, enOne: "The numbering of sessions of %[1]s has gaps: no record of session %[3]s"},
	{key: string(ForumVirtual),
		id: "%[1]s hanya bersidang secara daring pada %[3]s",
		ms: "%[1]s hanya bersidang secara dalam talian pada %[3]s",
		en: "%[1]s met only online in %[3]s"},

	// Decisions.
	{key: string(DecisionsCarriedOut),
		id:       "%[1]s: tingkat pelaksanaan %[3]s atas %[4]d butir yang disepakati (skala 0–3), %[5]d terlaksana penuh, %[6]d dibawa ke sidang berikutnya",
		ms:       "%[1]s: tahap pelaksanaan %[3]s bagi %[4]d perkara yang dipersetujui (skala 0–3), %[5]d dilaksanakan sepenuhnya, %[6]d dibawa ke sidang berikutnya",
		en:       "%[1]s: %[3]s implemented over %[4]d agreed items (0–3 scale), %[5]d fully, %[6]d carried over to the next session",
		enPlural: 4, enOne: "%[1]s: %[3]s implemented over %[4]d agreed item (0–3 scale), %[5]d fully, %[6]d carried over to the next session"},
	{key: string(DecisionsOpen),
		id:       "%[1]s: %[3]d butir masih terbuka pada %[2]s, umur median %[4]s hari",
		ms:       "%[1]s: %[3]d perkara masih terbuka pada %[2]s, umur median %[4]s hari",
		en:       "%[1]s: %[3]d items still open on %[2]s, median age %[4]s days",
		enPlural: 3, enOne: "%[1]s: %[3]d item still open on %[2]s, median age %[4]s days"},
	{key: string(DecisionsNotRecorded),
		id:       "Keputusan sidang ke-%[3]s %[1]s tidak tercatat",
		ms:       "Keputusan sidang ke-%[3]s %[1]s tidak direkodkan",
		en:       "What sessions %[3]s of %[1]s decided is not recorded",
		enPlural: 4, enOne: "What session %[3]s of %[1]s decided is not recorded"},
	{key: string(DecisionsStatusNotRecorded),
		id: "%[1]s: butir yang disepakati tanpa status pelaksanaan tercatat, tidak dihitung dalam tingkat pelaksanaan: %[3]d dari %[4]d",
		ms: "%[1]s: perkara yang dipersetujui tanpa status pelaksanaan yang direkodkan, tidak dikira dalam tahap pelaksanaan: %[3]d daripada %[4]d",
		en: "%[1]s: agreed items without a recorded implementation status, left out of the share implemented: %[3]d of %[4]d"},

	// Welfare.
	{key: string(WelfareSpending),
		id: "Pengeluaran rata-rata per kapita sebulan di %[1]s (%[7]s) %[6]s secara nominal (harga berlaku) dari %[4]s (%[3]s) menjadi %[5]s (%[2]s)",
		ms: "Perbelanjaan purata per kapita sebulan di %[1]s (%[7]s) %[6]s secara nominal (harga semasa) daripada %[4]s (%[3]s) kepada %[5]s (%[2]s)",
		en: "Average monthly per-capita spending in %[1]s (%[7]s) %[6]s in nominal terms (current prices) from %[4]s (%[3]s) to %[5]s (%[2]s)"},
	{key: string(WelfareFoodShare),
		id: "Pada %[2]s pengeluaran penduduk di %[1]s (%[5]s) untuk makanan %[3]s dan bukan makanan %[4]s; tidak ada pangsa makanan periode sebelumnya yang sebanding untuk dibandingkan, sehingga perubahan kesejahteraan tidak dapat dibaca menurut hukum Engel",
		ms: "Pada %[2]s perbelanjaan penduduk di %[1]s (%[5]s) untuk makanan %[3]s dan bukan makanan %[4]s; tiada bahagian makanan tempoh sebelumnya yang setara untuk dibandingkan, maka perubahan kesejahteraan tidak dapat dibaca menurut hukum Engel",
		en: "In %[2]s people in %[1]s (%[5]s) spent %[3]s on food and %[4]s on other items; there is no food share of an earlier comparable period to compare it with, so no change in welfare can be read by Engel's law"},
	{key: string(WelfareFoodShareChange),
		id: "Pada %[2]s pengeluaran penduduk di %[1]s (%[5]s) untuk makanan %[3]s dan bukan makanan %[4]s; pangsa makanan %[7]s %[8]s (%[6]s): %[9]s",
		ms: "Pada %[2]s perbelanjaan penduduk di %[1]s (%[5]s) untuk makanan %[3]s dan bukan makanan %[4]s; bahagian makanan %[7]s %[8]s (%[6]s): %[9]s",
		en: "In %[2]s people in %[1]s (%[5]s) spent %[3]s on food and %[4]s on other items; the food share %[7]s %[8]s (%[6]s): %[9]s"},
	{key: string(WelfareEngelThreshold),
		id: "Pada %[2]s pangsa pengeluaran makanan penduduk di %[1]s (%[4]s), %[3]s, %[5]s ambang %[6]s menurut %[7]s",
		ms: "Pada %[2]s bahagian perbelanjaan makanan penduduk di %[1]s (%[4]s), %[3]s, %[5]s ambang %[6]s menurut %[7]s",
		en: "In %[2]s the food share of spending in %[1]s (%[4]s), %[3]s, %[5]s the threshold of %[6]s given by %[7]s"},
}

var (
	catOnce  sync.Once
	printers [4]*message.Printer // by lang.Lang
)

func printer(l lang.Lang) *message.Printer {
	catOnce.Do(func() {
		b := catalog.NewBuilder(catalog.Fallback(language.English))
		for _, e := range entries {
			// The entries are literals checked by TestCatalog; Set cannot fail on them.
			_ = b.SetString(language.Indonesian, e.key, e.id)
			_ = b.SetString(language.Malay, e.key, e.ms)
			if e.enMsg != nil {
				_ = b.Set(language.English, e.key, e.enMsg)
			} else if e.enPlural > 0 {
				_ = b.Set(language.English, e.key, plural.Selectf(e.enPlural, "%d", "one", e.enOne, "other", e.en))
			} else {
				_ = b.SetString(language.English, e.key, e.en)
			}
		}
		for i := range printers {
			printers[i] = message.NewPrinter(lang.Lang(i).Tag(), message.Catalog(b))
		}
	})
	if int(l) >= len(printers) {
		l = lang.English
	}
	return printers[l]
}

func term(t Word, l lang.Lang) string { return printer(l).Sprintf(string(t)) }

// subjectPhrase writes the subject of f, prefixed by "melalui" / "through"
// when the finding says it is a border post.
func subjectPhrase(f Finding, l lang.Lang) string {
	subject := f.Subject
	if f.Region != nil && f.Region.IsValid() {
		subject = f.Region.Label(l.Tag())
	}
	if n := f.Names[langKey(l)]; n != "" {
		subject = n
	}
	if v, ok := f.Figure("scope"); ok {
		if t, ok := v.(Word); ok {
			if w := term(t, l); w != "-" && w != "" {
				return w + " " + subject
			}
		}
	}
	return subject
}

func messageOf(f Finding, l lang.Lang) string {
	args := make([]any, 0, 2+len(f.Figures))
	args = append(args, subjectPhrase(f, l), formatPeriod(f.Period, l))
	for _, g := range f.Figures {
		if g.Name == "scope" {
			continue
		}
		args = append(args, formatValue(g.Value, l))
	}
	return printer(l).Sprintf(string(f.Code), args...)
}

// A labeler is a value with names in several languages (the enumerations
// of the packages below: sectors, fields, statuses).
type labeler interface{ Label(language.Tag) string }

func formatValue(v any, l lang.Lang) any {
	switch v := v.(type) {
	case money.Amount:
		return formatMoney(v, l)
	case Ratio:
		if !v.OK() {
			return term(wordUndefined, l) + " (" + term(wordReasonPrefix+Word(v.Err().Error()), l) + ")"
		}
		return v.Percent(l.Tag(), 1)
	case Change:
		return formatChange(v, l)
	case int:
		return v
	case float64:
		return formatNumber(v, 0, l)
	case date.Date:
		return formatDate(v, l)
	case date.Partial:
		// As the source gives it: "2022", "Juni 2022", "9 Juni 2022".
		return date.Formatter{Lang: l.Tag(), Style: date.Long}.FormatPartial(v)
	case date.Range:
		return formatPeriod(v, l)
	case []int:
		return numlist.Join(v)
	case Word:
		return term(v, l)
	case labeler:
		return v.Label(l.Tag())
	case []labeler:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = x.Label(l.Tag())
		}
		return strings.Join(parts, ", ")
	case string:
		return v
	}
	return v
}

func formatChange(c Change, l lang.Lang) string {
	v, ok := c.Rate.Value()
	if !ok {
		return term(wordNoGrowth, l) + " (" + term(wordReasonPrefix+Word(c.Rate.Err().Error()), l) + ")"
	}
	var w Word
	switch {
	case c.Deficit && v >= 0:
		w = wordWidened
	case c.Deficit:
		w = wordNarrowed
	case v > 0:
		w = wordChangeUp
	case v < 0:
		w = wordChangeDown
	default:
		return term(wordChangeNone, l)
	}
	if v < 0 {
		v = -v
	}
	return term(w, l) + " " + RatioOf(v).Percent(l.Tag(), 1)
}

// langKey is the key of Finding.Names for l: "id", "ms" (also for ms-BN)
// or "en".
func langKey(l lang.Lang) string {
	switch l {
	case lang.Indonesian:
		return "id"
	case lang.Malay, lang.MalayBrunei:
		return "ms"
	}
	return "en"
}

// Label returns t in the language of tag: WordExports is "ekspor",
// "eksport" or "exports".
func (t Word) Label(tag language.Tag) string { return term(t, lang.Of(tag)) }
