package report

import (
	"embed"
	"io/fs"
	"sync"

	"github.com/kerjasama/kerjasama/agreement"
	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/evaluate"
	"github.com/kerjasama/kerjasama/money"
	"github.com/kerjasama/kerjasama/session"
	"github.com/kerjasama/kerjasama/trade"
)

// A Dataset is what a report evaluates: trade series, a register of
// agreements, forums with their sessions and items, welfare figures, and
// where each fact and figure comes from. Any part may be empty.
//
// Build a Dataset in code, read one from files with Load, or start from
// Embedded, the facts and figures of the project's seed documents.
type Dataset struct {
	// Title heads the report; empty means a title in the report's
	// language ("Laporan evaluasi kerja sama").
	Title string
	// Trade holds one series per reporter and border post.
	Trade []TradeSeries
	// Agreements is a register, evaluated with AgreementOptions; its
	// Subject defaults to agreement.RegisterName of the agreements.
	Agreements       []agreement.Agreement
	AgreementOptions evaluate.AgreementOptions
	// Sessions holds forums, sessions and items. Forums lists the IDs of
	// the forums to evaluate; empty means every forum with a session.
	Sessions *session.Dataset
	Forums   []string
	// Spending holds welfare figures, of one or more regions.
	Spending []evaluate.Spending
	// Sources says where the facts and figures come from, in the order
	// the report lists them.
	Sources []Source
	// Unread lists the files, or rows of files, that Load could not read
	// when it was asked to keep going (LoadOptions.KeepGoing); the report
	// lists them at its top.
	Unread []*FileError
	// Warnings lists rows that were read with a reservation (a row that
	// repeats an earlier one, a value rounded to hundredths): they are in
	// the figures, and the report says so at its top.
	Warnings []*FileError
}

// A TradeSeries is one trade series: either balances as published or the
// groups of a trade.Aggregator (keyed by at least trade.ByPeriod; see
// evaluate.Groups), with the options that name it.
type TradeSeries struct {
	Options  evaluate.TradeOptions
	Balances []trade.Balance
	Groups   []trade.Group
}

// A Source says where one fact or figure of a dataset comes from. The
// report writes it as "Subject, Measure Period: Value" against Document,
// in the report's language ("PLBN Entikong, ekspor 2015:
// Rp100.387.357.175").
type Source struct {
	// Section is the part of the report the fact belongs to.
	Section Section `json:"section"`
	// Subject is what the fact is about: a trade series, an agreement, a
	// forum or session, a region.
	Subject string `json:"subject"`
	// Flow is the trade flow of a trade figure; zero otherwise.
	Flow trade.Flow `json:"flow,omitzero"`
	// Net marks a published trade balance.
	Net bool `json:"net,omitempty"`
	// Period is the period of a figure; zero for a fact.
	Period date.Range `json:"period,omitzero"`
	// Value is the figure; zero for a fact.
	Value money.Amount `json:"value,omitzero"`
	// Known is when the fact came to be: the period of a figure, the first
	// dated step of an agreement, the days of a session. Dataset.KnownBy
	// keeps a source once Known has ended; zero means always.
	Known date.Range `json:"known,omitzero"`
	// Forum, Session and Meeting say which forum, numbered session and
	// meeting of it a forum's source is about; the report names them in
	// its language ("Sidang ke-33 KK/JKK Sosek Malindo …"). Zero when the
	// source is not about a forum.
	Forum   string              `json:"forum,omitempty"`
	Session int                 `json:"session,omitempty"`
	Meeting session.MeetingKind `json:"meeting,omitzero"`
	// Document names the source: a title, a URL, a quotation.
	Document string `json:"document"`
}

// The seed dataset: every fact and figure of the seed documents, in the
// formats users write (see data/README.md).
//
//go:embed data/trade.csv data/balances.json data/agreements.json data/sessions.json data/welfare.json
var embedded embed.FS

// EmbeddedFiles are the files of the embedded dataset, as Load reads
// them from EmbeddedFS.
var EmbeddedFiles = Files{
	Trade:      []string{"data/trade.csv", "data/balances.json"},
	Agreements: "data/agreements.json",
	Sessions:   "data/sessions.json",
	Welfare:    "data/welfare.json",
}

// EmbeddedFS returns the file system of the embedded dataset: the files
// named in EmbeddedFiles, with their README (data/README.md is not
// embedded; it is in the repository beside them).
func EmbeddedFS() fs.FS { return embedded }

var (
	embeddedOnce sync.Once
	embeddedData *Dataset
	embeddedErr  error
)

// Embedded returns the seed dataset: trade through PLBN Entikong
// (2015–2016) and Kalimantan Tengah's published surplus (2017–2022), the
// foreign agreements of Banten and Tangerang Selatan, Kalimantan Timur's
// business matching and Japan's offer, the KK/JKK Sosek Malindo forums
// with the sessions of the embedded public record (session.History), and
// Kalimantan Barat's welfare figures, each with its sources. The files
// are read once; each call returns a new copy that the caller may change.
func Embedded() *Dataset {
	embeddedOnce.Do(func() {
		embeddedData, embeddedErr = Load(embedded, EmbeddedFiles, LoadOptions{History: true})
	})
	if embeddedErr != nil {
		// The embedded files are part of the build and a test reads them:
		// they cannot fail to load in a released binary.
		panic("report: embedded dataset: " + embeddedErr.Error())
	}
	return embeddedData.clone()
}

// clone returns a copy of d whose slices can be changed without changing d.
func (d *Dataset) clone() *Dataset {
	c := *d
	c.Trade = append([]TradeSeries(nil), d.Trade...)
	c.Agreements = append([]agreement.Agreement(nil), d.Agreements...)
	c.Forums = append([]string(nil), d.Forums...)
	c.Spending = append([]evaluate.Spending(nil), d.Spending...)
	c.Sources = append([]Source(nil), d.Sources...)
	c.Unread = append([]*FileError(nil), d.Unread...)
	c.Warnings = append([]*FileError(nil), d.Warnings...)
	if d.Sessions != nil {
		s := *d.Sessions
		s.Forums = append([]session.Forum(nil), s.Forums...)
		s.Sessions = append([]session.Session(nil), s.Sessions...)
		s.Items = append([]session.Item(nil), s.Items...)
		c.Sessions = &s
	}
	return &c
}
