package evaluate

import (
	"cmp"
	"errors"
	"fmt"
	"slices"

	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/money"
	"github.com/kerjasama/kerjasama/region"
)

// A Spending is a published figure of average monthly spending per person
// in a region over a period, as BPS publishes it from the Susenas survey.
// Seed 003: Kalimantan Barat, Rp848.388 in 2016 and Rp1.186.868 in 2017,
// of which 51,50% on food and 48,50% on other items.
type Spending struct {
	Region region.Region `json:"region"`
	Period date.Range    `json:"period"`
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

// A WelfarePeriod is the evaluation of one Spending figure.
type WelfarePeriod struct {
	Spending Spending `json:"spending"`
	// FoodShare and NonFoodShare are the shares of food and of other items
	// in spending (Engel's reading); undefined when not known.
	FoodShare    Ratio `json:"food_share"`
	NonFoodShare Ratio `json:"non_food_share"`
	// Growth is the nominal change of per-capita spending from the
	// previous calendar year; defined only for consecutive whole years.
	Growth Ratio `json:"growth"`
}

// A WelfareEvaluation is the evaluation of welfare at the border for one
// region: spending per person and the share of it spent on food.
type WelfareEvaluation struct {
	Region   region.Region   `json:"region"`
	Periods  []WelfarePeriod `json:"periods"`
	Findings []Finding       `json:"findings"`
}

// Welfare evaluates spending figures for one region: the growth
// of per-capita monthly spending between consecutive whole years (nominal,
// not deflated), and the food share read by Engel's law as BPS reads it:
// the larger the share of spending that goes on food, the lower the
// welfare; more than half on food is a Warning.
//
// All figures must be for the same region, in one currency, with valid
// and distinct periods; every problem is reported at once (errors.Join).
func Welfare(figures []Spending) (WelfareEvaluation, error) {
	var errs []error
	ps := make([]WelfarePeriod, 0, len(figures))
	var ev WelfareEvaluation
	for i, s := range figures {
		if i == 0 {
			ev.Region = s.Region
		} else if s.Region.Code != ev.Region.Code {
			errs = append(errs, fmt.Errorf("evaluate: spending %d is for %s, not %s: evaluate one region at a time", i, s.Region, ev.Region))
		}
		if !s.Period.IsValid() {
			errs = append(errs, fmt.Errorf("evaluate: spending %d: period %s is not valid", i, s.Period))
		}
		if s.PerCapitaMonthly.Sign() < 0 || s.Food.Sign() < 0 || s.NonFood.Sign() < 0 {
			errs = append(errs, fmt.Errorf("evaluate: spending %d: %w", i, ErrNegativeValue))
		}
		if i > 0 && s.PerCapitaMonthly.Currency() != figures[0].PerCapitaMonthly.Currency() {
			errs = append(errs, fmt.Errorf("evaluate: spending %d is in %v, not %v: %w", i,
				s.PerCapitaMonthly.Currency(), figures[0].PerCapitaMonthly.Currency(), money.ErrCurrencyMismatch))
		}
		p := WelfarePeriod{Spending: s, FoodShare: s.FoodShare}
		if !s.Food.IsZero() || !s.NonFood.IsZero() {
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
		return cmp.Compare(a.Spending.Period.Start.Year, b.Spending.Period.Start.Year)
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
	add := func(c Code, s Severity, period date.Range, figs ...Figure) {
		f := newFinding(c, s, subject, period, figs...)
		f.Region = &ev.Region
		ev.Findings = append(ev.Findings, f)
	}
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
					fig("to", b.PerCapitaMonthly), fig("growth", Change{Rate: p.Growth}))
			}
		}
		if v, ok := p.FoodShare.Value(); ok {
			sev, reading := Info, WordFoodMinority
			if v > 0.5 {
				sev, reading = Warning, WordFoodMajority
			}
			add(WelfareFoodShare, sev, p.Spending.Period, fig("food_share", p.FoodShare), fig("non_food_share", p.NonFoodShare), fig("reading", reading))
		}
	}
	return ev, nil
}
