package evaluate

import (
	"errors"
	"fmt"
	"slices"

	"github.com/kerjasama/kerjasama/agreement"
	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/session"
	"github.com/kerjasama/kerjasama/trade"
	"golang.org/x/text/language"
)

// A TradeSeries is one trade series to evaluate: balances as published or
// records (one of the two), with the options that name it.
type TradeSeries struct {
	Options  TradeOptions
	Balances []trade.Balance
	Records  []trade.Record
}

// Input is a dataset to evaluate: any part may be empty.
type Input struct {
	// Title heads the report; empty means a title in the report's
	// language ("Laporan evaluasi kerja sama").
	Title string
	Trade []TradeSeries
	// Agreements is a register, evaluated with AgreementOptions.
	Agreements       []agreement.Agreement
	AgreementOptions AgreementOptions
	// Sessions holds forums, sessions and items. Forums lists the IDs of
	// the forums to evaluate; empty means every forum with a session.
	Sessions *session.Dataset
	Forums   []string
	// Spending holds welfare figures, of one or more regions.
	Spending []Spending
}

// A Report gathers every evaluation of a dataset on a date. Its fields are
// the evaluations' data, for programs and for charts: the yearly exports,
// imports and balances of each trade series (Trade[i].Periods), the
// sessions per year of each forum (Forums[i].Years), the agreements by
// status, country and sector (Register.ByStatus, ByCountry, BySector).
// Write it with WriteText, WriteMarkdown or WriteJSON, or walk it to
// render another format.
type Report struct {
	Title     string                `json:"title,omitempty"`
	Date      date.Date             `json:"date"`
	Trade     []TradeEvaluation     `json:"trade,omitempty"`
	Register  *RegisterEvaluation   `json:"register,omitempty"`
	Forums    []ForumEvaluation     `json:"forums,omitempty"`
	Decisions []DecisionsEvaluation `json:"decisions,omitempty"`
	Welfare   []WelfareEvaluation   `json:"welfare,omitempty"`
}

// A Section names a part of a report.
type Section uint8

// The sections, in report order.
const (
	SectionTrade Section = 1 + iota
	SectionAgreements
	SectionForums
	SectionDecisions
	SectionWelfare
)

var sectionIdents = [...]string{"", "trade", "agreements", "forums", "decisions", "welfare"}

// String returns the stable identifier of s ("trade", "agreements",
// "forums", "decisions", "welfare").
func (s Section) String() string {
	if s > 0 && int(s) < len(sectionIdents) {
		return sectionIdents[s]
	}
	return fmt.Sprintf("Section(%d)", uint8(s))
}

// Label returns the heading of s in the language of tag ("Neraca
// perdagangan", "Imbangan dagangan", "Trade balance").
func (s Section) Label(tag language.Tag) string {
	if s == 0 || int(s) >= len(sectionIdents) {
		return s.String()
	}
	return label("section."+sectionIdents[s], langOf(tag))
}

// MarshalText writes the stable identifier.
func (s Section) MarshalText() ([]byte, error) {
	if s == 0 || int(s) >= len(sectionIdents) {
		return nil, fmt.Errorf("evaluate: invalid section %d", uint8(s))
	}
	return []byte(s.String()), nil
}

// A SectionFinding is a finding with the section of the report it
// belongs to.
type SectionFinding struct {
	Section Section `json:"section"`
	Finding
}

// NewReport evaluates everything in in on day at. Errors of the parts
// (mixed currencies, an unknown forum) are joined and returned with the
// report of the parts that could be evaluated.
func NewReport(in Input, at date.Date) (*Report, error) {
	r := &Report{Title: in.Title, Date: at}
	var errs []error
	for _, ts := range in.Trade {
		var ev TradeEvaluation
		var err error
		if ts.Records != nil {
			ev, err = Records(ts.Records, ts.Options)
		} else {
			ev, err = Balances(ts.Balances, ts.Options)
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("trade %s: %w", ts.Options.Subject, err))
			continue
		}
		r.Trade = append(r.Trade, ev)
	}
	if in.Agreements != nil {
		reg := Register(in.Agreements, at, in.AgreementOptions)
		r.Register = &reg
	}
	if in.Sessions != nil {
		forums := in.Forums
		if len(forums) == 0 {
			for _, s := range in.Sessions.Sessions {
				if !slices.Contains(forums, s.Forum) {
					forums = append(forums, s.Forum)
				}
			}
		}
		for _, id := range forums {
			fe, err := Forum(in.Sessions, id, ForumOptions{At: at})
			if err != nil {
				errs = append(errs, err)
				continue
			}
			r.Forums = append(r.Forums, fe)
			hasItems := false
			for i := range in.Sessions.Items {
				if in.Sessions.Items[i].Forum == id {
					hasItems = true
					break
				}
			}
			if hasItems {
				de, err := Decisions(in.Sessions, id, at, DecisionOptions{})
				if err != nil {
					errs = append(errs, err)
					continue
				}
				r.Decisions = append(r.Decisions, de)
			}
		}
	}
	// Welfare figures, one evaluation per region in order of appearance.
	var codes []string
	byRegion := map[string][]Spending{}
	for _, s := range in.Spending {
		if _, ok := byRegion[s.Region.Code]; !ok {
			codes = append(codes, s.Region.Code)
		}
		byRegion[s.Region.Code] = append(byRegion[s.Region.Code], s)
	}
	for _, c := range codes {
		we, err := Welfare(byRegion[c])
		if err != nil {
			errs = append(errs, err)
			continue
		}
		r.Welfare = append(r.Welfare, we)
	}
	return r, errors.Join(errs...)
}

// Findings returns every finding of the report in report order: trade,
// agreements (the register's summary, then each agreement's findings of
// at least minSeverity), forums, decisions, welfare. Findings of the
// other sections are all included whatever their severity.
func (r *Report) Findings(minSeverity Severity) []SectionFinding {
	var out []SectionFinding
	put := func(s Section, fs []Finding) {
		for _, f := range fs {
			out = append(out, SectionFinding{Section: s, Finding: f})
		}
	}
	for _, t := range r.Trade {
		put(SectionTrade, t.Findings)
	}
	if r.Register != nil {
		put(SectionAgreements, r.Register.Findings)
		for _, a := range r.Register.Agreements {
			for _, f := range a.Findings {
				if f.Severity >= minSeverity {
					out = append(out, SectionFinding{Section: SectionAgreements, Finding: f})
				}
			}
		}
	}
	for _, f := range r.Forums {
		put(SectionForums, f.Findings)
	}
	for _, d := range r.Decisions {
		put(SectionDecisions, d.Findings)
	}
	for _, w := range r.Welfare {
		put(SectionWelfare, w.Findings)
	}
	return out
}
