-- 0002: the rows of an imported trade file that were not read (an import
-- with KeepGoing) or were read with a reservation (the reader's
-- warnings: a repeated row, a value rounded to hundredths), so that a
-- report made from the database lists them as one made from the file
-- does.

CREATE TABLE trade_problems (
	batch_id BIGINT NOT NULL REFERENCES trade_batches (id) ON DELETE CASCADE,
	seq BIGINT NOT NULL,
	warning INTEGER NOT NULL,   -- 1: read with a reservation; 0: not read
	line_no BIGINT NOT NULL,
	column_no BIGINT NOT NULL,
	field TEXT NOT NULL,        -- the column's header, '' for the whole row
	message TEXT NOT NULL,      -- the reader's message, with file, line and column
	PRIMARY KEY (batch_id, seq)
);
