package main

import (
	"html/template"
	"strconv"
	"strings"

	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/evaluate"
	"github.com/kerjasama/kerjasama/internal/chart"
	"github.com/kerjasama/kerjasama/money"
	"github.com/kerjasama/kerjasama/region"
	"github.com/kerjasama/kerjasama/session"
	"github.com/kerjasama/kerjasama/trade"
	"golang.org/x/text/currency"
	"golang.org/x/text/language"
)

// buildPage turns a report into the HTML page: per section, its charts,
// tables and findings, then the sources of the figures. Every string here
// is plain text; html/template escapes it when the page is written.
func buildPage(rep *evaluate.Report, data *reportData, tag language.Tag) htmlPage {
	title := rep.Title
	if title == "" {
		title = word(tag, "title")
	}
	p := htmlPage{
		Lang:     lang3(tag),
		Title:    title,
		Subtitle: wordf(tag, "subtitle", formatDate(rep.Date, tag)),
		Footer:   word(tag, "footer"),
	}
	conv := func(fs []evaluate.Finding) []htmlFinding {
		var out []htmlFinding
		for _, f := range fs {
			out = append(out, htmlFinding{
				Severity: f.Severity.String(),
				Label:    f.Severity.Label(tag),
				Code:     string(f.Code),
				Message:  f.Message(tag),
			})
		}
		return out
	}
	part := func(title string, fs []evaluate.Finding) htmlPart {
		return htmlPart{Title: title, Findings: conv(fs), FindingsTitle: word(tag, "findings")}
	}
	section := func(id, key string) htmlSection { return htmlSection{ID: id, Title: word(tag, key)} }

	if len(rep.Trade) > 0 {
		sec := section("trade", "sec.trade")
		for _, te := range rep.Trade {
			pt := part(te.Subject, te.Findings)
			pt.Charts = []template.HTML{template.HTML(tradeChart(te, tag).SVG())}
			pt.Tables = []htmlTable{tradeTable(te, tag)}
			sec.Parts = append(sec.Parts, pt)
		}
		p.Sections = append(p.Sections, sec)
	}
	if rep.Register != nil && rep.Register.Total > 0 {
		sec := section("agreements", "sec.agr")
		var fs []evaluate.Finding
		for _, f := range rep.Findings(evaluate.Info) {
			if f.Section == evaluate.SectionAgreements {
				fs = append(fs, f.Finding)
			}
		}
		pt := part(rep.Register.Subject, fs)
		pt.Charts = []template.HTML{template.HTML(statusChart(rep.Register, tag).SVG())}
		pt.Tables = []htmlTable{agreementTable(rep.Register, tag)}
		sec.Parts = append(sec.Parts, pt)
		p.Sections = append(p.Sections, sec)
	}
	if len(rep.Forums) > 0 {
		sec := section("forums", "sec.forums")
		for _, fe := range rep.Forums {
			pt := part(fe.Name, fe.Findings)
			pt.Charts = []template.HTML{template.HTML(forumTimeline(fe, data.ds, tag).SVG())}
			pt.Tables = []htmlTable{forumTable(fe, tag)}
			sec.Parts = append(sec.Parts, pt)
		}
		p.Sections = append(p.Sections, sec)
	}
	if len(rep.Decisions) > 0 {
		sec := section("decisions", "sec.dec")
		for _, de := range rep.Decisions {
			pt := part(de.Name, de.Findings)
			pt.Tables = []htmlTable{decisionsTable(de, tag)}
			sec.Parts = append(sec.Parts, pt)
		}
		p.Sections = append(p.Sections, sec)
	}
	if len(rep.Welfare) > 0 {
		sec := section("welfare", "sec.wel")
		for _, we := range rep.Welfare {
			pt := part(we.Region.Name, we.Findings)
			pt.Tables = []htmlTable{welfareTable(we, tag)}
			sec.Parts = append(sec.Parts, pt)
		}
		p.Sections = append(p.Sections, sec)
	}
	if len(p.Sections) == 0 {
		p.Sections = append(p.Sections, htmlSection{ID: "no-data", Title: title, Summary: word(tag, "noData")})
	}
	if len(data.sources) > 0 {
		p.Sources = htmlTable{Caption: word(tag, "sources"), Head: []string{word(tag, "sourceWhat"), word(tag, "sourceDoc")}}
		for _, s := range data.sources {
			p.Sources.Rows = append(p.Sources.Rows, []htmlCell{{Text: s.What}, {Text: s.Source}})
		}
	}
	return p
}

// lang3 returns the page's lang attribute.
func lang3(tag language.Tag) string {
	if tag == language.Und {
		return "en"
	}
	return tag.String()
}

func text(s string) htmlCell { return htmlCell{Text: s} }
func num(s string) htmlCell  { return htmlCell{Text: s, Num: true} }

func percent(r evaluate.Ratio, tag language.Tag) string {
	if !r.OK() {
		return word(tag, "undefined")
	}
	return r.Percent(tag, 1)
}

// ----- trade -----

// periodLabel is the label of a period under its bars: the year, or the
// period itself when it is not within one year.
func periodLabel(r date.Range, tag language.Tag) string {
	if r.Start.Year == r.End.Year {
		return strconv.Itoa(r.Start.Year)
	}
	return formatPeriod(r, tag)
}

func tradeChart(te evaluate.TradeEvaluation, tag language.Tag) chart.Bars {
	netOnly := true
	var cur currency.Unit
	for _, p := range te.Periods {
		netOnly = netOnly && p.NetOnly
		if c := p.Balance.Currency(); c != (currency.Unit{}) {
			cur = c
		}
	}
	c := chart.Bars{
		PositiveName: word(tag, "surplus"),
		NegativeName: word(tag, "deficit"),
		Tick: func(v int64) string {
			return money.Formatter{Lang: tag, Style: money.Compact}.Format(money.FromMinor(v, cur))
		},
	}
	if netOnly {
		c.Title = wordf(tag, "tradeChartNet", te.Subject)
		c.Series = []chart.Series{{Name: word(tag, "balance"), Signed: true}}
	} else {
		c.Title = wordf(tag, "tradeChart", te.Subject)
		c.Series = []chart.Series{{Name: word(tag, "exports")}, {Name: word(tag, "imports")}, {Name: word(tag, "balance"), Signed: true}}
	}
	c.Desc = c.Title
	var notes []string
	val := func(a money.Amount, ok bool) chart.Value {
		return chart.Value{V: a.Minor(), Label: formatMoney(a, tag), Valid: ok}
	}
	for _, p := range te.Periods {
		g := chart.Group{Label: periodLabel(p.Period, tag), Partial: p.Partial}
		if p.Partial {
			notes = append(notes, wordf(tag, "partialNote", g.Label, formatPeriod(p.Period, tag)))
		}
		if netOnly {
			g.Values = []chart.Value{val(p.Balance, true)}
		} else {
			g.Values = []chart.Value{val(p.Exports, !p.NetOnly), val(p.Imports, !p.NetOnly), val(p.Balance, true)}
		}
		c.Groups = append(c.Groups, g)
	}
	c.PartialNote = strings.Join(notes, "; ")
	return c
}

func tradeTable(te evaluate.TradeEvaluation, tag language.Tag) htmlTable {
	netOnly := true
	for _, p := range te.Periods {
		netOnly = netOnly && p.NetOnly
	}
	var t htmlTable
	if netOnly {
		t.Caption = word(tag, "netOnlyCaption")
		t.Head = []string{word(tag, "period"), word(tag, "balance"), word(tag, "status"), word(tag, "growth")}
	} else {
		t.Head = []string{word(tag, "period"), word(tag, "exports"), word(tag, "imports"), word(tag, "balance"),
			word(tag, "status"), word(tag, "coverage"), word(tag, "growthX"), word(tag, "growthM")}
	}
	dash := word(tag, "undefined")
	for _, p := range te.Periods {
		period := formatPeriod(p.Period, tag)
		if p.Partial {
			period += " (" + word(tag, "partialMark") + ")"
		}
		if netOnly {
			t.Rows = append(t.Rows, []htmlCell{
				text(period), num(formatMoney(p.Balance, tag)), text(statusWord(p.Status, tag)), num(percent(p.BalanceGrowth, tag)),
			})
			continue
		}
		x, m := dash, dash
		if !p.NetOnly {
			x, m = formatMoney(p.Exports, tag), formatMoney(p.Imports, tag)
		}
		t.Rows = append(t.Rows, []htmlCell{
			text(period), num(x), num(m), num(formatMoney(p.Balance, tag)), text(statusWord(p.Status, tag)),
			num(percent(p.Coverage, tag)), num(percent(p.ExportGrowth, tag)), num(percent(p.ImportGrowth, tag)),
		})
	}
	return t
}

func statusWord(s trade.Status, tag language.Tag) string {
	switch s {
	case trade.Surplus:
		return word(tag, "surplus")
	case trade.Deficit:
		return word(tag, "deficit")
	case trade.Balanced:
		return word(tag, "balanced")
	}
	return word(tag, "undefined")
}

// ----- agreements -----

func statusChart(reg *evaluate.RegisterEvaluation, tag language.Tag) chart.Counts {
	c := chart.Counts{Title: wordf(tag, "byStatus", formatDate(reg.Date, tag))}
	c.Desc = c.Title
	for _, sc := range reg.ByStatus {
		c.Items = append(c.Items, chart.Count{Label: sc.Status.Label(tag), N: sc.Count})
	}
	return c
}

func agreementTable(reg *evaluate.RegisterEvaluation, tag language.Tag) htmlTable {
	t := htmlTable{
		Head: []string{word(tag, "agreement"), word(tag, "countries"), word(tag, "status"), word(tag, "stage"),
			word(tag, "end"), word(tag, "activities"), word(tag, "realised"), word(tag, "score"), word(tag, "dormant")},
	}
	for _, a := range reg.Agreements {
		var realised []string
		for _, v := range a.Realised {
			realised = append(realised, formatMoney(v, tag))
		}
		var countries []string
		for _, code := range a.Countries {
			if r, ok := region.Lookup(code); ok {
				countries = append(countries, r.Name)
			} else {
				countries = append(countries, code)
			}
		}
		dormant := word(tag, "no")
		if a.Dormant {
			dormant = word(tag, "yes")
		}
		t.Rows = append(t.Rows, []htmlCell{
			text(a.Title), text(strings.Join(countries, ", ")), text(a.Status.Label(tag)), text(a.Stage.Label(tag)),
			text(formatDate(a.End, tag)), num(strconv.Itoa(a.Activities)), num(strings.Join(realised, "; ")),
			num(strconv.Itoa(a.Score.Value)), text(dormant),
		})
	}
	return t
}

// ----- forums -----

func forumTimeline(fe evaluate.ForumEvaluation, ds *session.Dataset, tag language.Tag) chart.Timeline {
	name := fe.Name
	if name == "" {
		name = fe.Forum
	}
	t := chart.Timeline{
		Title:      wordf(tag, "timeline", name),
		From:       fe.Window.Start.Year,
		To:         fe.Window.End.Year,
		Missed:     fe.Missed,
		MissedName: word(tag, "missed"),
		KindNames:  []string{word(tag, "kindSession"), word(tag, "kindMeeting")},
	}
	t.Desc = t.Title
	if ds == nil {
		return t
	}
	for _, s := range ds.Series(fe.Forum) {
		for _, m := range s.Meetings {
			if r := m.Period(); !r.IsZero() {
				t.Events = append(t.Events, chart.Event{
					Label: m.Kind.Label(tag),
					Start: r.Start.In(nil), End: r.End.In(nil), Kind: 1, Tentative: m.Unconfirmed,
				})
			}
		}
		if r := s.Period(); !r.IsZero() {
			label := wordf(tag, "session", s.Number)
			if s.City != "" {
				label += ", " + s.City
			}
			if s.Unconfirmed {
				label += " (" + word(tag, "tentative") + ")"
			}
			t.Events = append(t.Events, chart.Event{Label: label, Start: r.Start.In(nil), End: r.End.In(nil), Tentative: s.Unconfirmed})
		}
	}
	return t
}

func forumTable(fe evaluate.ForumEvaluation, tag language.Tag) htmlTable {
	t := htmlTable{
		Head: []string{word(tag, "year"), word(tag, "sessions"), word(tag, "unconfirmed")},
	}
	for _, y := range fe.Years {
		t.Rows = append(t.Rows, []htmlCell{num(strconv.Itoa(y.Year)), text(joinNums(y.Sessions)), text(joinNums(y.Unconfirmed))})
	}
	return t
}

func joinNums(ns []int) string {
	var b strings.Builder
	for i, n := range ns {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(strconv.Itoa(n))
	}
	return b.String()
}

// ----- decisions -----

func decisionsTable(de evaluate.DecisionsEvaluation, tag language.Tag) htmlTable {
	t := htmlTable{
		Head: []string{word(tag, "sessions"), word(tag, "agreed"), word(tag, "done"), word(tag, "carriedOver")},
	}
	for _, s := range de.Sessions {
		t.Rows = append(t.Rows, []htmlCell{
			text(wordf(tag, "session", s.Number)), num(strconv.Itoa(s.Agreed.Items)),
			num(percent(s.Agreed.Share, tag)), num(strconv.Itoa(s.CarriedOver)),
		})
	}
	return t
}

// ----- welfare -----

func welfareTable(we evaluate.WelfareEvaluation, tag language.Tag) htmlTable {
	t := htmlTable{
		Head: []string{word(tag, "period"), word(tag, "spending"), word(tag, "foodShare"), word(tag, "nonFood"), word(tag, "growth")},
	}
	for _, p := range we.Periods {
		t.Rows = append(t.Rows, []htmlCell{
			text(formatPeriod(p.Spending.Period, tag)), num(formatMoney(p.Spending.PerCapitaMonthly, tag)),
			num(percent(p.FoodShare, tag)), num(percent(p.NonFoodShare, tag)), num(percent(p.Growth, tag)),
		})
	}
	return t
}
