// Package store keeps the register of agreements, the forums of KK/JKK
// Sosek Malindo with their sessions and items, and trade records with the
// batch they came from, in a database: SQLite by default (a file, no
// setup, pure Go through modernc.org/sqlite) or PostgreSQL for an office
// (through github.com/jackc/pgx/v5), both over database/sql.
//
//	s, err := store.Open(ctx, "kerjasama.db") // or "postgres://user@host/db"
//	if err != nil { … }
//	defer s.Close()
//
//	load, err := agreement.ReadJSON(f, agreement.ReadOptions{File: "agreements.json", Strict: true})
//	if err != nil { … }
//	if err := s.ImportAgreements(ctx, load); err != nil { … } // all or nothing
//
//	inForce, err := s.ActiveOn(ctx, date.Date{Year: 2025, Month: 12, Day: 3})
//	expiring, err := s.ExpiringWithin(ctx, today, 90)
//	dormant, err := s.Dormant(ctx, today, 12)
//
//	a, v, err := s.Agreement(ctx, "banten-incheon-2007")
//	a.Activities = append(a.Activities, activity)
//	_, err = s.UpdateAgreement(ctx, a, v) // ErrConflict if someone else changed it
//
//	b, err := s.ImportTradeCSV(ctx, "entikong.csv", f, store.TradeOptions{})
//	totals, err := s.TradeTotals(ctx, store.TradeFilter{Flow: trade.Export})
//
//	err = s.Check(ctx) // the register, the sessions and every batch's counts
//
// The files of a dataset go in as the report reads them, and come out as
// the dataset the report evaluates:
//
//	err = s.ImportFiles(ctx, os.DirFS("."), report.Files{Agreements: "register.csv", Trade: []string{"entikong.csv"}},
//		report.LoadOptions{Region: "Banten"}) // nothing stored if any file has a bad row
//	d, err := s.Dataset(ctx)
//	rep, err := report.Build(d, today) // the report of the files imported
//
// # What is stored
//
// Everything the model holds, so that what is stored reads back equal to
// what was written, and a file exported, imported and exported again
// gives the same bytes in the library's own formats (agreement.WriteJSON,
// session.Dataset.WriteJSON, trade.WriteJSON):
//
//   - agreements with their parties (the region whole, not only its
//     code), sectors, events, funding (with purposes and restrictions),
//     activities, sources, term and predecessor, in register order;
//   - forums, sessions and items with their history and actions; the
//     deeper parts of a session (meetings, delegations, minutes, chairs,
//     sources) and of a forum (names, decrees, secretariats, sources) are
//     kept as JSON text in the session package's form;
//   - welfare figures (evaluate.Spending) with their file's note, so that
//     a report of the store has every section a report of files has;
//   - trade batches (file name, SHA-256 checksum, layout, rows read and
//     rejected, time of import, and a JSON document's note, subject,
//     reporter and post) with their records and balances in file order,
//     and the rows the reader rejected or read with a reservation.
//
// Money is two columns, hundredths and the currency code, and sums are
// made in Go with money's overflow checks, never in SQL. Dates are ISO
// 8601 text, partial dates in date.Partial's form ("2013", "2013-02");
// enumerations are their stable text identifiers, never their numbers.
// The schema is in migrations/*.sql, embedded and applied by Open in
// order, each migration in a transaction recorded in schema_migrations.
// Migrations only go forward; a database migrated by a newer program is
// refused (ErrSchemaTooNew).
//
// # Queries
//
// ActiveOn, ExpiringWithin, Dormant, StatusOn, ByPartner, ByCountry,
// BySector, Successors and Chain answer what agreement.Register answers,
// by the same rules and in the same order; the tests check them against
// a Register on the embedded seed data and on generated registers. What
// SQL selects well (sectors, countries, regions and the regions that
// contain them, ends of term, the chain through a recursive query) is
// selected in SQL. The status of an agreement on a day depends on partial
// dates and on its successors: SQL narrows the candidates by derived
// columns (the first day from which the agreement counts as signed,
// terminated or renewed, its fixed end), and the agreement package's own
// rule settles each one, so that the store and the Register cannot
// disagree.
//
// # Writers
//
// Every stored agreement, forum, session, item and trade batch has a
// Version. An update names the version it read and fails with
// ErrConflict when the record has changed since; the caller reads it
// again, reapplies the change and retries. Each write is one transaction,
// so two writers at once lose nothing. SQLite files are opened with a
// busy timeout, write-ahead logging and write transactions that take the
// lock when they begin; PostgreSQL locks the row being updated.
//
// Imports are all or nothing: a file with a bad row stores nothing and
// the error is the reader's, naming the file, line and column
// (agreement.RowError, trade.RowError), unless TradeOptions.KeepGoing
// asks to store the good rows and count the others.
//
// Trade files load in bulk: one transaction with a prepared statement on
// SQLite, COPY on PostgreSQL.
package store
