package report

import (
	"errors"
	"fmt"
	"slices"

	"github.com/kerjasama/kerjasama/agreement"
	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/evaluate"
	"github.com/kerjasama/kerjasama/internal/enum"
	"github.com/kerjasama/kerjasama/internal/lang"
	"github.com/kerjasama/kerjasama/session"
	"golang.org/x/text/language"
)

// A Report gathers every evaluation of a dataset on a date. Its fields are
// the evaluations' data, for programs and for charts: the yearly exports,
// imports and balances of each trade series (Trade[i].Periods), the
// sessions per year of each forum (Forums[i].Years), the agreements by
// status, country and sector (Register.ByStatus, ByCountry, BySector).
// Layout lays it out for reading; Write renders that layout as text,
// Markdown, HTML or JSON.
type Report struct {
	Title     string                         `json:"title,omitempty"`
	Date      date.Date                      `json:"date"`
	Trade     []evaluate.TradeEvaluation     `json:"trade,omitempty"`
	Register  *evaluate.RegisterEvaluation   `json:"register,omitempty"`
	Forums    []evaluate.ForumEvaluation     `json:"forums,omitempty"`
	Decisions []evaluate.DecisionsEvaluation `json:"decisions,omitempty"`
	Welfare   []evaluate.WelfareEvaluation   `json:"welfare,omitempty"`
	// Sources says where the facts and figures come from (Dataset.Sources).
	Sources []Source `json:"sources,omitempty"`

	// sessions are the forums' sessions, for the timeline charts and the
	// tables of sessions; agreements the register, for its documents and
	// offers.
	sessions   *session.Dataset
	agreements []agreement.Agreement
	// unread are the files or rows that could not be read (Dataset.Unread).
	unread, warnings []*FileError
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

// sections is the table of Section: the stable identifiers, with the
// headings of the word table as labels.
var sections = enum.New(enum.Config{Type: "Section", MaxLen: 64, Err: sectionError}, []enum.Entry{
	SectionTrade:      sectionEntry("trade"),
	SectionAgreements: sectionEntry("agreements"),
	SectionForums:     sectionEntry("forums"),
	SectionDecisions:  sectionEntry("decisions"),
	SectionWelfare:    sectionEntry("welfare"),
})

func sectionEntry(id string) enum.Entry {
	k := "section." + id
	return enum.Entry{ID: id, En: word(lang.English, k), In: word(lang.Indonesian, k), Ms: word(lang.Malay, k), MsBN: word(lang.MalayBrunei, k)}
}

func sectionError(f enum.Failure) error {
	return &ParseError{Func: f.Func, Input: f.Input, Offset: f.Offset, Msg: f.Msg, Err: ErrUnknownSection}
}

// ErrUnknownSection is wrapped by the errors of Section's text methods.
var ErrUnknownSection = errors.New("unknown report section")

// String returns the stable identifier of s ("trade", "agreements",
// "forums", "decisions", "welfare"): "" for the zero Section,
// "%!Section(n)" out of range.
func (s Section) String() string { return sections.String(int(s)) }

// Label returns the heading of s in the language of tag ("Neraca
// perdagangan", "Imbangan dagangan", "Trade balance").
func (s Section) Label(tag language.Tag) string { return sections.Label(int(s), tag) }

// MarshalText writes the stable identifier; the zero Section gives empty
// text, and a value out of range is an error.
func (s Section) MarshalText() ([]byte, error) { return sections.MarshalText(int(s)) }

// UnmarshalText reads the identifier MarshalText writes, or a heading in
// any language; empty text gives the zero Section.
func (s *Section) UnmarshalText(b []byte) error {
	v, err := sections.UnmarshalText(b)
	if err != nil {
		return err
	}
	*s = Section(v)
	return nil
}

// A SectionFinding is a finding with the section of the report it
// belongs to.
type SectionFinding struct {
	Section Section `json:"section"`
	evaluate.Finding
}

// Build evaluates everything in d that was known on day at (see KnownBy)
// as it stood that day. An evaluation that fails
// (records in two currencies, an unknown forum) fails the whole report:
// Build then returns the errors of every part, joined, and no report, so
// that nothing partial is printed as if it were whole.
func Build(d *Dataset, at date.Date) (*Report, error) {
	d = d.KnownBy(at)
	r := &Report{Title: d.Title, Date: at, Sources: d.Sources, sessions: d.Sessions, agreements: d.Agreements, unread: d.Unread, warnings: d.Warnings}
	var errs []error
	for _, ts := range d.Trade {
		var ev evaluate.TradeEvaluation
		var err error
		opt := ts.Options
		opt.At = at
		if ts.Groups != nil {
			ev, err = evaluate.Groups(ts.Groups, opt)
		} else {
			ev, err = evaluate.Balances(ts.Balances, opt)
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("trade %s: %w", ts.Options.Subject, err))
			continue
		}
		r.Trade = append(r.Trade, ev)
	}
	if d.Agreements != nil {
		opt := d.AgreementOptions
		if opt.Subject == "" {
			opt.Subject = agreement.RegisterName(d.Agreements)
		}
		reg := evaluate.Register(d.Agreements, at, opt)
		r.Register = &reg
	}
	if d.Sessions != nil {
		forums := d.Forums
		if len(forums) == 0 {
			for _, s := range d.Sessions.Sessions {
				if !slices.Contains(forums, s.Forum) {
					forums = append(forums, s.Forum)
				}
			}
		}
		for _, id := range forums {
			fe, err := evaluate.Forum(d.Sessions, id, evaluate.ForumOptions{At: at})
			if err != nil {
				errs = append(errs, err)
				continue
			}
			r.Forums = append(r.Forums, fe)
			if !slices.ContainsFunc(d.Sessions.Items, func(it session.Item) bool { return it.Forum == id }) {
				continue
			}
			de, err := evaluate.Decisions(d.Sessions, id, at, evaluate.DecisionOptions{})
			if err != nil {
				errs = append(errs, err)
				continue
			}
			r.Decisions = append(r.Decisions, de)
		}
	}
	// Welfare figures, one evaluation per region in order of appearance.
	var codes []string
	byRegion := map[string][]evaluate.Spending{}
	for _, s := range d.Spending {
		if _, ok := byRegion[s.Region.Code]; !ok {
			codes = append(codes, s.Region.Code)
		}
		byRegion[s.Region.Code] = append(byRegion[s.Region.Code], s)
	}
	for _, c := range codes {
		we, err := evaluate.Welfare(byRegion[c], evaluate.WelfareOptions{At: at})
		if err != nil {
			errs = append(errs, err)
			continue
		}
		r.Welfare = append(r.Welfare, we)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return r, nil
}

// Findings returns every finding of the report in report order: trade,
// agreements (the register's summary, then each agreement's findings of
// at least minSeverity), forums, decisions, welfare. Findings of the
// other sections are all included whatever their severity.
func (r *Report) Findings(minSeverity evaluate.Severity) []SectionFinding {
	var out []SectionFinding
	put := func(s Section, fs []evaluate.Finding) {
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
