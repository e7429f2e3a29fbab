package evaluate

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/internal/lang"
	"golang.org/x/text/language"
)

var placeholder = regexp.MustCompile(`%\[(\d+)\][sd]`)

func placeholders(s string) []string {
	var out []string
	for _, m := range placeholder.FindAllStringSubmatch(s, -1) {
		if !slices.Contains(out, m[0]) {
			out = append(out, m[0])
		}
	}
	slices.Sort(out)
	return out
}

// TestCatalog checks every message: present in the three languages, with
// the same placeholders in each, and unique keys.
func TestCatalog(t *testing.T) {
	seen := map[string]bool{}
	for _, e := range entries {
		if seen[e.key] {
			t.Errorf("key %q twice", e.key)
		}
		seen[e.key] = true
		if e.id == "" || e.ms == "" || e.en == "" {
			t.Errorf("%q: a language is missing", e.key)
			continue
		}
		want := placeholders(e.en)
		for name, s := range map[string]string{"id": e.id, "ms": e.ms, "en one": e.enOne} {
			if name == "en one" && e.enPlural == 0 {
				continue
			}
			if diff := cmp.Diff(want, placeholders(s)); diff != "" {
				t.Errorf("%q %s placeholders mismatch (-en +%s):\n%s", e.key, name, name, diff)
			}
		}
	}
	codes := []Code{TradeNoData, TradeDeficit, TradeSurplus, TradeBalanced, TradeCoverage, TradeCoverageUndefined, TradeGrowth,
		TradeDeficitChange, TradeCAGR, TradePartial, TradeLikeForLike, TradeConcentration,
		TradeBorderDeficit, TradeBorderSurplus, TradeBorderBalanced, TradeBorderDeficitChange, TradeBorderImports,
		TradeBalanceChange, TradeCAGRUndefined, TradeNotYetKnown, AgreementNoActivity, AgreementDormant,
		AgreementExpiring, AgreementExpired, AgreementIdleSector, AgreementScore, AgreementIntent, AgreementOffer, RegisterSummary, RegisterNotAgreements, ForumNoData, ForumRegular,
		ForumMissed, ForumLongestRun, ForumNumbering, ForumVirtual, DecisionsCarriedOut, DecisionsOpen, WelfareSpending, WelfareFoodShare}
	for _, c := range codes {
		if !seen[string(c)] {
			t.Errorf("code %s has no message", c)
		}
	}
	for _, r := range []string{ErrNoData.Error(), ErrZeroBase.Error(), ErrNegativeBase.Error(), ErrNegativeEnd.Error(),
		ErrPartialPeriod.Error(), ErrNotAdjacent.Error(), ErrNegativeValue.Error(), ErrSignChange.Error()} {
		if !seen["reason."+r] {
			t.Errorf("reason %q has no message", r)
		}
	}
	// Every language renders every message without a formatting error.
	for _, l := range []lang.Lang{lang.English, lang.Indonesian, lang.Malay, lang.MalayBrunei} {
		for _, e := range entries {
			args := make([]any, 9)
			for i := range args {
				args[i] = "x"
			}
			for _, m := range placeholder.FindAllStringSubmatch(e.en, -1) {
				if strings.HasSuffix(m[0], "d") {
					args[m[1][0]-'1'] = 2
				}
			}
			n := 0
			for _, m := range placeholder.FindAllStringSubmatch(e.en, -1) {
				n = max(n, int(m[1][0]-'0'))
			}
			out := printer(l).Sprintf(e.key, args[:n]...)
			if strings.Contains(out, "%!") {
				t.Errorf("%s %q renders %q", l, e.key, out)
			}
		}
	}
}

func TestMessageFallback(t *testing.T) {
	f := newFinding(TradeBalanced, Info, "PLBN Aruk", date.YearRange(2016), fig("scope", WordThrough))
	for _, tag := range []language.Tag{language.French, language.Und, language.MustParse("zh-Hant")} {
		if got, want := f.Message(tag), f.Message(language.English); got != want {
			t.Errorf("Message(%v) = %q, want the English %q", tag, got, want)
		}
	}
	if got := f.String(); !strings.HasPrefix(got, "The trade balance through PLBN Aruk") {
		t.Errorf("String = %q", got)
	}
}
