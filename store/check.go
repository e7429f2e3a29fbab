package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/kerjasama/kerjasama/agreement"
)

// Check reads what is stored and checks it: the schema is the one this
// package knows, the register passes agreement.Register.Validate, the
// forums, sessions and items pass session.Dataset.Validate, and every
// trade batch holds as many records and balances as it read rows less
// the rows it rejected. It returns every problem, joined; nil when all
// is well.
func (s *Store) Check(ctx context.Context) error {
	var errs []error
	ms, err := migrations()
	if err != nil {
		return err
	}
	if v, err := s.SchemaVersion(ctx); err != nil {
		errs = append(errs, err)
	} else if v != ms[len(ms)-1].version {
		errs = append(errs, fmt.Errorf("store: schema version %d, this program's is %d", v, ms[len(ms)-1].version))
	}
	as, err := s.Agreements(ctx)
	if err != nil {
		return err
	}
	reg, err := agreement.New(as)
	if err == nil {
		err = reg.Validate()
	}
	if err != nil {
		errs = append(errs, fmt.Errorf("store: agreements: %w", err))
	}
	d, err := s.Sessions(ctx)
	if err != nil {
		return err
	}
	if err := d.Validate(); err != nil {
		errs = append(errs, fmt.Errorf("store: sessions: %w", err))
	}
	err = s.read(ctx, func(tx *sql.Tx) error {
		bs, err := loadBatches(ctx, tx, "1 = 1")
		if err != nil {
			return err
		}
		for _, b := range bs {
			var n int
			if err := tx.QueryRowContext(ctx, `SELECT (SELECT COUNT(*) FROM trade_records WHERE batch_id = $1)
	+ (SELECT COUNT(*) FROM trade_balances WHERE batch_id = $1)`, b.ID).Scan(&n); err != nil {
				return err
			}
			if n != b.RowsRead-b.RowsRejected {
				errs = append(errs, fmt.Errorf("store: trade batch %d (%s): %d records and balances stored, but %d rows read and %d rejected",
					b.ID, b.File, n, b.RowsRead, b.RowsRejected))
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	return errors.Join(errs...)
}
