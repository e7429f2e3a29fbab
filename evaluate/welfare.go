package evaluate

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"slices"

	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/internal/lang"
	"github.com/kerjasama/kerjasama/money"
	"github.com/kerjasama/kerjasama/region"
	"golang.org/x/text/language"
)

// A Spending is a published figure of average monthly spending per person
// in a region over a period, as BPS publishes it from the Susenas survey:
// at current prices (nominal, not adjusted for inflation).
// Seed 003: Kalimantan Barat, Rp848.388 in 2016 and Rp1.186.868 in 2017,
// of which 51,50% on food and 48,50% on other items.
type Spending struct {
	// Region is the area the figure covers, as a whole: a province's
	// figure is the average of the whole province, not of its border.
	Region region.Region `json:"region"`
	// Border reports that the source gives the figure for a border area
	// (kawasan perbatasan). It is false unless the data says so: a
	// province-wide average is not a figure of its border regencies.
	Border bool       `json:"border,omitempty"`
	Period date.Range `json:"period"`
	// PerCapitaMonthly is the average spending per person per month.
	PerCapitaMonthly money.Amount `json:"per_capita_monthly"`
	// Food and NonFood are the amounts of PerCapitaMonthly spent on food
	// and on other items, when published; zero otherwise.
	Food    money.Amount `json:"food,omitzero"`
	NonFood money.Amount `json:"non_food,omitzero"`
	// FoodShare is the share of food as published (0.515 for 51,50%), when
	// only shares are; the zero Ratio when not published. If both Food and
	// NonFood are given, the share is computed from them instead.
	FoodShare Ratio `json:"food_share"`
	// Source names the publication: "BPS Provinsi Kalimantan Barat,
	// Statistik Daerah Provinsi Kalimantan Barat 2018, p. 33".
	Source string `json:"source,omitempty"`
}

// WelfareOptions configure a welfare evaluation. The zero value evaluates
// every figure and reads the food share only over time.
type WelfareOptions struct {
	// At is the day of the evaluation. A figure counts only once its
	// period has ended, on or before At: an annual figure for 2017 is
	// used from 31 December 2017. Figures of periods not ended by At are
	// left out, as if they had not been given. The zero At leaves every
	// figure in.
	At date.Date
	// EngelThreshold is a food share (0.6 for 60%) above which a source
	// reads welfare as low, and EngelSource names that source. With
	// both set, each known food share is compared with the threshold: a
	// Warning above it, Info otherwise. Zero (the default) makes no such
	// comparison: Engel's law itself gives no cut-off, only that the food
	// share falls as income rises. A threshold without a source is an
	// error, and so is a source without a threshold.
	EngelThreshold float64
	EngelSource    string
}

// The words of welfare findings: what the figures cover (the "area"
// figure) and how a food share compares (the "change", "reading" and
// "side" figures). Their texts are in the message catalog.
const (
	wordAreaProvince      Word = "area.province"
	wordAreaRegency       Word = "area.regency"
	wordAreaCity          Word = "area.city"
	wordAreaDistrict      Word = "area.district"
	wordAreaState         Word = "area.state"
	wordAreaCountry       Word = "area.country"
	wordAreaWhole         Word = "area.whole"
	wordAreaBorder        Word = "area.border"
	wordFoodShareFell     Word = "engel.share-fell"
	wordFoodShareRose     Word = "engel.share-rose"
	wordFoodShareSame     Word = "engel.share-same"
	wordEngelWelfareUp    Word = "engel.welfare-up"
	wordEngelWelfareDown  Word = "engel.welfare-down"
	wordEngelNoChange     Word = "engel.no-change"
	wordAboveThreshold    Word = "engel.above"
	wordNotAboveThreshold Word = "engel.not-above"
)

// A WelfarePeriod is the evaluation of one Spending figure.
type WelfarePeriod struct {
	Spending Spending `json:"spending"`
	// FoodShare and NonFoodShare are the shares of food and of other items
	// in spending (Engel's reading); undefined when not known.
	FoodShare    Ratio `json:"food_share"`
	NonFoodShare Ratio `json:"non_food_share"`
	// Growth is the nominal change of per-capita spending from the
	// previous calendar year (at current prices, not adjusted for
	// inflation); defined only for consecutive whole years.
	Growth Ratio `json:"growth"`
}

// A WelfareEvaluation is the evaluation of spending figures for one area:
// spending per person and the share of it spent on food.
type WelfareEvaluation struct {
	// Region is the region the figures cover, as a whole unless Border.
	Region region.Region `json:"region"`
	// Border reports that the figures are for a border area, as the data
	// says (Spending.Border); false for figures of a whole region.
	Border bool `json:"border"`
	// At is WelfareOptions.At, the day of the evaluation; zero when none.
	At       date.Date       `json:"at,omitzero"`
	Periods  []WelfarePeriod `json:"periods"`
	Findings []Finding       `json:"findings"`
}

// Area names the area the figures cover in the language of tag: the
// region and, in parentheses, whether the figures are for all of it or
// for a border area: "Kalimantan Barat (seluruh provinsi)", "West
// Kalimantan (whole province)". Report headings should use it rather
// than speak of the border for a whole region.
func (w WelfareEvaluation) Area(tag language.Tag) string {
	l := lang.Of(tag)
	return w.Region.Label(tag) + " (" + term(areaWord(w.Region, w.Border), l) + ")"
}

// areaWord is the word for what figures of r cover.
func areaWord(r region.Region, border bool) Word {
	if border {
		return wordAreaBorder
	}
	switch r.Level {
	case region.Province:
		return wordAreaProvince
	case region.Regency:
		return wordAreaRegency
	case region.City:
		return wordAreaCity
	case region.District:
		return wordAreaDistrict
	case region.State:
		return wordAreaState
	case region.Country:
		return wordAreaCountry
	}
	return wordAreaWhole
}

// Welfare evaluates spending figures for one area as of opt.At:
//
//   - the growth of per-capita monthly spending between consecutive whole
//     years (WelfareSpending), said to be nominal: the figures are at
//     current prices, so part of the growth may be inflation;
//   - the food share of each period that has one. Engel's law says that
//     the food share falls as income rises, so a share is read against
//     the share of the nearest earlier period that has one, if it covers
//     the same part of the year (WelfareFoodShareChange: a fall is read
//     as a sign of rising welfare, a rise as a Warning); a share with no
//     such period to compare with is stated without a verdict
//     (WelfareFoodShare). With WelfareOptions.EngelThreshold and its
//     source, each share is also compared with the threshold
//     (WelfareEngelThreshold).
//
// Every finding names the area the figures cover: the region, as a
// whole ("Kalimantan Barat (seluruh provinsi)") unless the figures are
// marked as a border area's.
//
// Figures whose period has not ended by opt.At are left out before
// anything else, so evaluating at a day D gives the same result as
// evaluating at D only the figures whose period had ended by D. The
// remaining figures must be for the same region and area, with a region,
// in one currency, with valid and distinct periods; every problem is
// reported at once (errors.Join). figures is not modified.
func Welfare(figures []Spending, opt WelfareOptions) (WelfareEvaluation, error) {
	var errs []error
	switch t := opt.EngelThreshold; {
	case t < 0 || t >= 1 || math.IsNaN(t):
		errs = append(errs, fmt.Errorf("evaluate: Engel threshold %v is not a share between 0 and 1", t))
	case t > 0 && opt.EngelSource == "":
		errs = append(errs, errors.New("evaluate: Engel threshold without a source: name the source that gives it in EngelSource"))
	case t == 0 && opt.EngelSource != "":
		errs = append(errs, fmt.Errorf("evaluate: Engel source %q without a threshold", opt.EngelSource))
	}
	ps := make([]WelfarePeriod, 0, len(figures))
	ev := WelfareEvaluation{At: opt.At}
	first := true
	var cur money.Amount
	for i, s := range figures {
		if !opt.At.IsZero() && s.Period.IsValid() && s.Period.End.After(opt.At) {
			continue // not yet known at opt.At
		}
		if !s.Region.IsValid() {
			errs = append(errs, fmt.Errorf("evaluate: spending %d has no region: say which area the figure covers", i))
		}
		if first {
			ev.Region, ev.Border, cur = s.Region, s.Border, s.PerCapitaMonthly
			first = false
		} else {
			if s.Region.Code != ev.Region.Code {
				errs = append(errs, fmt.Errorf("evaluate: spending %d is for %s, not %s: evaluate one region at a time", i, s.Region, ev.Region))
			}
			if s.Border != ev.Border {
				errs = append(errs, fmt.Errorf("evaluate: spending %d mixes figures of a border area with figures of the whole region: evaluate one area at a time", i))
			}
			if s.PerCapitaMonthly.Currency() != cur.Currency() {
				errs = append(errs, fmt.Errorf("evaluate: spending %d is in %v, not %v: %w", i,
					s.PerCapitaMonthly.Currency(), cur.Currency(), money.ErrCurrencyMismatch))
			}
		}
		if !s.Period.IsValid() {
			errs = append(errs, fmt.Errorf("evaluate: spending %d: period %s is not valid", i, s.Period))
		}
		if s.PerCapitaMonthly.Sign() < 0 || s.Food.Sign() < 0 || s.NonFood.Sign() < 0 {
			errs = append(errs, fmt.Errorf("evaluate: spending %d: %w", i, ErrNegativeValue))
		}
		p := WelfarePeriod{Spending: s, FoodShare: s.FoodShare}
		if s.Food.Sign() != 0 || s.NonFood.Sign() != 0 {
			total, err := s.Food.Add(s.NonFood)
			if err != nil {
				errs = append(errs, fmt.Errorf("evaluate: spending %d: %w", i, err))
			} else {
				p.FoodShare = EngelShare(minor(s.Food), minor(total))
			}
		}
		if v, ok := p.FoodShare.Value(); ok {
			if v < 0 || v > 1 {
				errs = append(errs, fmt.Errorf("evaluate: spending %d: food share %v is not between 0 and 1", i, v))
			}
			p.NonFoodShare = RatioOf(1 - v)
		}
		ps = append(ps, p)
	}
	slices.SortStableFunc(ps, func(a, b WelfarePeriod) int {
		return a.Spending.Period.Start.Compare(b.Spending.Period.Start)
	})
	for i := 1; i < len(ps); i++ {
		if ps[i].Spending.Period.Overlaps(ps[i-1].Spending.Period) {
			errs = append(errs, fmt.Errorf("evaluate: spending periods %s and %s overlap", ps[i-1].Spending.Period, ps[i].Spending.Period))
		}
	}
	if err := errors.Join(errs...); err != nil {
		return WelfareEvaluation{}, err
	}
	ev.Periods = ps
	subject := ev.Region.Name
	area := fig("area", areaWord(ev.Region, ev.Border))
	add := func(c Code, s Severity, period date.Range, figs ...Figure) {
		f := newFinding(c, s, subject, period, figs...)
		f.Region = &ev.Region
		ev.Findings = append(ev.Findings, f)
	}
	var prevShare *WelfarePeriod // the latest earlier period with a food share
	for i := range ps {
		p := &ps[i]
		p.Growth = Ratio{}
		if i > 0 {
			a, b := ps[i-1].Spending, p.Spending
			switch {
			case !a.Period.IsWholeYear() || !b.Period.IsWholeYear():
				p.Growth = undefined(statePartial)
			case a.Period.Start.Year+1 != b.Period.Start.Year:
				p.Growth = undefined(stateNotAdjacent)
			default:
				p.Growth = Growth(minor(a.PerCapitaMonthly), minor(b.PerCapitaMonthly))
				add(WelfareSpending, Info, b.Period, fig("previous", a.Period), fig("from", a.PerCapitaMonthly),
					fig("to", b.PerCapitaMonthly), fig("growth", Change{Rate: p.Growth}), area)
			}
		}
		v, ok := p.FoodShare.Value()
		if !ok {
			continue
		}
		period := p.Spending.Period
		if q := prevShare; q != nil && samePartOfYear(q.Spending.Period, period) {
			sev, change, reading := Info, wordFoodShareSame, wordEngelNoChange
			switch pv, _ := q.FoodShare.Value(); cmp.Compare(RatioOf(v).Round(4).Float(), RatioOf(pv).Round(4).Float()) {
			case -1:
				change, reading = wordFoodShareFell, wordEngelWelfareUp
			case 1:
				sev, change, reading = Warning, wordFoodShareRose, wordEngelWelfareDown
			}
			add(WelfareFoodShareChange, sev, period, fig("food_share", p.FoodShare), fig("non_food_share", p.NonFoodShare), area,
				fig("previous", q.Spending.Period), fig("change", change), fig("previous_food_share", q.FoodShare), fig("reading", reading))
		} else {
			add(WelfareFoodShare, Info, period, fig("food_share", p.FoodShare), fig("non_food_share", p.NonFoodShare), area)
		}
		if opt.EngelThreshold > 0 {
			sev, side := Info, wordNotAboveThreshold
			if RatioOf(v).Round(4).Float() > opt.EngelThreshold {
				sev, side = Warning, wordAboveThreshold
			}
			add(WelfareEngelThreshold, sev, period, fig("food_share", p.FoodShare), area, fig("side", side),
				fig("threshold", RatioOf(opt.EngelThreshold)), fig("source", opt.EngelSource))
		}
		prevShare = p
	}
	return ev, nil
}

// samePartOfYear reports whether a and b cover the same part of the year
// over the same number of years (two whole years, or January–June of two
// years; January–February of a leap year and of another year), so that
// shares of them may be compared.
func samePartOfYear(a, b date.Range) bool {
	ae, be := a.End.AddDays(1), b.End.AddDays(1) // the day after each
	return a.Start.Month == b.Start.Month && a.Start.Day == b.Start.Day &&
		ae.Month == be.Month && ae.Day == be.Day &&
		ae.Year-a.Start.Year == be.Year-b.Start.Year
}
