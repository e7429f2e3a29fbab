// Package report evaluates a dataset of inter-governmental cooperation on
// a date and writes the report that officials read: the trade balance
// with its growth and coverage, the agreements and whether they are alive
// or only on paper, the regularity of the Sosek Malindo forums, the
// decisions carried out and the welfare figures of a region — each with findings in
// Indonesian, Malay or English, and the sources of the figures.
//
// It is the library behind "kerjasama report", for any Go program: a web
// service of a provincial cooperation office, a batch job over a forum
// secretariat's files, a dashboard.
//
// # In use
//
// A report is built in three steps: a Dataset, a Report for a date, and
// the report written in a format and a language.
//
//	d, err := report.Load(os.DirFS("data"), report.Files{
//		Agreements: "register.csv",       // an inventory with Indonesian headers
//		Trade:      []string{"entikong.csv"},
//	}, report.LoadOptions{Region: "Banten"})
//	if err != nil {
//		var fe *report.FileError
//		if errors.As(err, &fe) {
//			log.Fatal(fe.Message(language.Indonesian)) // every problem with its line and column
//		}
//		log.Fatal(err)
//	}
//	r, err := report.Build(d, date.Date{Year: 2019, Month: 8, Day: 7})
//	if err != nil {
//		log.Fatal(err)
//	}
//	err = r.Write(os.Stdout, report.HTML, language.Indonesian)
//
// Embedded returns the seed dataset (the facts and figures of the source
// documents the project reproduces), a starting point and an example of
// every file format: EmbeddedFS holds its files.
//
// # One layout
//
// Layout lays a report out as blocks — title, headings, paragraphs,
// tables, findings, charts — with every word in the report's language.
// Text, Markdown, HTML and JSON are all rendered from those blocks, so a
// column has one name in every format and a figure is written once. The
// HTML page draws its charts (exports, imports and balance per period;
// sessions on a timeline; agreements by status) as inline SVG, with no
// script and nothing loaded from elsewhere; JSON carries the evaluations'
// data, the findings, the sources and the layout.
//
// Text from the data never becomes markup: HTML and Markdown escape it,
// and the text format replaces control characters with spaces.
//
// # Files and languages
//
// Load reads agreements (agreement.ReadCSV, agreement.ReadJSON), trade
// (trade.CSVReader, trade.ReadJSON), sessions (session.ReadJSON,
// session.ReadItemsCSV) and welfare figures. The language the files are
// written in (LoadOptions.Lang; by default told from each CSV header) is
// separate from the language the report is written in, so an Indonesian
// register ("Rp1.500") is read as Indonesian for an English report.
//
// Trade records are summed once, as they stream, by trade.Aggregator
// (one series per reporter and border post), and evaluated from its
// groups by evaluate.Groups. A file with problems is refused whole: Load
// returns a *FileError listing every problem at its line and column, and
// Build refuses a dataset that any evaluation fails on, so that no
// partial report is ever written as if it were whole.
package report
