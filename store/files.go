package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"strings"
	"testing/fstest"

	"github.com/kerjasama/kerjasama/evaluate"
	"github.com/kerjasama/kerjasama/internal/input"
	"github.com/kerjasama/kerjasama/report"
	"github.com/kerjasama/kerjasama/trade"
)

// welfareNoteKey is the settings row holding the note of a welfare file.
const welfareNoteKey = "welfare.note"

// ImportFiles reads the files of a dataset from fsys as the report
// reads them (report.Load with opt: CSV or JSON by extension, the same
// checks and the same errors, each naming its file, line and column) and
// stores them: the agreements (with Files.Partners and Files.Activities
// applied), the forums, sessions and items (merged with the public record
// when opt.History), the welfare figures, and each trade file as a batch
// of its records and balances (ImportTradeCSV, ImportTradeJSON).
//
// Every file is read and checked before anything is written, so a file
// with a bad row stores nothing and the error is report.Load's
// (report.FileErrors lists its *report.FileError values). Agreements,
// sessions and welfare are then stored in one transaction and each trade
// file in one of its own; opt.KeepGoing and opt.Progress are ignored.
func (s *Store) ImportFiles(ctx context.Context, fsys fs.FS, files report.Files, opt report.LoadOptions) error {
	opt.KeepGoing, opt.Progress = false, nil
	d, err := report.Load(fsys, files, opt)
	if err != nil {
		return err
	}
	err = s.write(ctx, func(tx *sql.Tx) error {
		if err := addAgreements(ctx, tx, d.Agreements); err != nil {
			return err
		}
		if d.Sessions != nil {
			if err := importSessions(ctx, tx, d.Sessions); err != nil {
				return err
			}
		}
		return addWelfare(ctx, tx, welfareNote(fsys, files.Welfare), d.Spending)
	})
	if err != nil {
		return err
	}
	for _, name := range files.Trade {
		f, err := fsys.Open(name)
		if err != nil {
			return fmt.Errorf("store: import %s: %w", name, err)
		}
		if strings.EqualFold(path.Ext(name), ".json") {
			_, err = s.ImportTradeJSON(ctx, name, f)
		} else {
			_, err = s.ImportTradeCSV(ctx, name, f, TradeOptions{CSV: trade.CSVReader{Lang: opt.Lang}})
		}
		f.Close()
		if err != nil {
			return err
		}
	}
	return nil
}

// welfareNote returns the note of the welfare file name, which
// report.Load checks but does not keep; "" when there is none.
func welfareNote(fsys fs.FS, name string) string {
	if name == "" {
		return ""
	}
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return ""
	}
	var w welfareFile
	json.Unmarshal(b, &w) // report.Load has read it without an error
	return w.Note
}

// welfareFile is the form of a welfare file (report.Files.Welfare).
type welfareFile struct {
	Note     string              `json:"note"`
	Spending []evaluate.Spending `json:"spending"`
}

// addWelfare stores welfare figures after those already stored, and the
// note when it is not empty.
func addWelfare(ctx context.Context, tx *sql.Tx, note string, sp []evaluate.Spending) error {
	if note != "" {
		if _, err := tx.ExecContext(ctx, `INSERT INTO settings (name, value) VALUES ($1, $2)
ON CONFLICT (name) DO UPDATE SET value = excluded.value`, welfareNoteKey, note); err != nil {
			return fmt.Errorf("store: welfare note: %w", err)
		}
	}
	var first int64
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(seq), -1) + 1 FROM welfare`).Scan(&first); err != nil {
		return fmt.Errorf("store: welfare: %w", err)
	}
	for i, w := range sp {
		b, err := json.Marshal(w)
		if err != nil {
			return fmt.Errorf("store: welfare %d: %w", i, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO welfare (seq, spending) VALUES ($1, $2)`, first+int64(i), string(b)); err != nil {
			return fmt.Errorf("store: welfare %d: %w", i, err)
		}
	}
	return nil
}

// Welfare returns the stored welfare figures in the order they were
// stored, and the note of their file.
func (s *Store) Welfare(ctx context.Context) (note string, sp []evaluate.Spending, err error) {
	err = s.read(ctx, func(tx *sql.Tx) error {
		if err := tx.QueryRowContext(ctx, `SELECT value FROM settings WHERE name = $1`, welfareNoteKey).Scan(&note); err != nil && !errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("store: welfare note: %w", err)
		}
		var d decoder
		err := scanAll(ctx, tx, "welfare", `SELECT spending FROM welfare ORDER BY seq`, nil, func(rows *sql.Rows) error {
			var text string
			if err := rows.Scan(&text); err != nil {
				return err
			}
			var w evaluate.Spending
			d.json("spending", text, &w)
			sp = append(sp, w)
			return nil
		})
		if err == nil {
			err = d.err
		}
		return err
	})
	return note, sp, err
}

// ExportWelfare writes the stored welfare figures as a welfare file
// (report.Files.Welfare): {"note": …, "spending": […]}.
func (s *Store) ExportWelfare(ctx context.Context, w io.Writer) error {
	note, sp, err := s.Welfare(ctx)
	if err != nil {
		return err
	}
	b, err := json.MarshalIndent(welfareFile{Note: note, Spending: sp}, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// Dataset returns what is stored as the report evaluates it: the files it
// was imported from are written again (the agreements, the sessions, each
// trade batch as a trade JSON document, the welfare figures) and read by
// report.Load, so that a report of the store is the report of those
// files. The rows a trade CSV file was read with a reservation are the
// dataset's Warnings, as when the file itself is read.
func (s *Store) Dataset(ctx context.Context) (*report.Dataset, error) {
	fsys := fstest.MapFS{}
	var files report.Files
	put := func(name string, write func(io.Writer) error) error {
		var b strings.Builder
		if err := write(&b); err != nil {
			return err
		}
		fsys[name] = &fstest.MapFile{Data: []byte(b.String()), Mode: 0o444}
		return nil
	}
	as, err := s.Agreements(ctx)
	if err != nil {
		return nil, err
	}
	if len(as) > 0 {
		files.Agreements = "agreements.json"
		if err := put(files.Agreements, func(w io.Writer) error { return s.ExportAgreements(ctx, w) }); err != nil {
			return nil, err
		}
	}
	ds, err := s.Sessions(ctx)
	if err != nil {
		return nil, err
	}
	if len(ds.Forums)+len(ds.Sessions)+len(ds.Items) > 0 {
		files.Sessions = "sessions.json"
		if err := put(files.Sessions, ds.WriteJSON); err != nil {
			return nil, err
		}
	}
	bs, err := s.TradeBatches(ctx)
	if err != nil {
		return nil, err
	}
	var warnings []*report.FileError
	for _, b := range bs {
		name := fmt.Sprintf("trade/%d/%s", b.ID, path.Base(b.File))
		if !strings.EqualFold(path.Ext(name), ".json") {
			name += ".json"
		}
		files.Trade = append(files.Trade, name)
		if err := put(name, func(w io.Writer) error { return s.ExportTradeJSON(ctx, w, b.ID) }); err != nil {
			return nil, err
		}
		if fe := batchWarnings(b); fe != nil {
			warnings = append(warnings, fe)
		}
	}
	_, sp, err := s.Welfare(ctx)
	if err != nil {
		return nil, err
	}
	if len(sp) > 0 {
		files.Welfare = "welfare.json"
		if err := put(files.Welfare, func(w io.Writer) error { return s.ExportWelfare(ctx, w) }); err != nil {
			return nil, err
		}
	}
	d, err := report.Load(fsys, files, report.LoadOptions{})
	if err != nil {
		return nil, fmt.Errorf("store: dataset: %w", err)
	}
	d.Warnings = append(warnings, d.Warnings...)
	if len(bs) > 0 {
		// A series of records naming neither reporter nor post is named
		// after the first trade file: its name, not its JSON form's.
		alias, orig := path.Base(files.Trade[0]), path.Base(bs[0].File)
		for i := range d.Trade {
			if d.Trade[i].Options.Subject == alias {
				d.Trade[i].Options.Subject = orig
			}
		}
		for i := range d.Sources {
			if d.Sources[i].Section == report.SectionTrade && d.Sources[i].Subject == alias {
				d.Sources[i].Subject = orig
			}
		}
	}
	return d, nil
}

// batchWarnings returns the rows of b read with a reservation as the
// report lists them, nil when there are none.
func batchWarnings(b Batch) *report.FileError {
	var fe *report.FileError
	for _, p := range b.Problems {
		if !p.Warning {
			continue
		}
		if fe == nil {
			fe = &report.FileError{File: b.File, Records: b.RowsRead}
		}
		// The stored message names the file and position; the report
		// adds them itself.
		prefix := strings.TrimSuffix(input.RowError(b.File, p.Line, p.Column, p.Field, nil), "invalid row")
		fe.Problems = append(fe.Problems, report.Problem{Line: p.Line, Column: p.Column, Field: p.Field,
			Err: errors.New(strings.TrimPrefix(p.Message, prefix))})
	}
	return fe
}
