-- 0001: the register of agreements, the forums with their sessions and
-- items, and trade records with the batch they came from.
--
-- One text for SQLite and PostgreSQL. Conventions:
--   * dates are ISO 8601 text ("2017-09-12"), partial dates in the form
--     date.Partial writes ("2013", "2013-02", "2013-02-06"); '' for none;
--   * enumerations are their stable text identifiers (MarshalText), never
--     their integer values; '' for the zero value;
--   * money is two columns, hundredths (BIGINT) and the ISO 4217 code
--     ('' for an amount without currency); sums are made in Go with
--     money's overflow checks;
--   * flags are INTEGER 0 or 1;
--   * lists are child tables with their position (seq, from 0); a few
--     deeply nested parts of the session model are JSON text in the
--     form of the session package;
--   * columns marked "derived" are recomputed from the record on every
--     write and serve the queries only; day numbers count days since
--     0001-01-01;
--   * version is the record's version for optimistic updates.

CREATE TABLE counters (
	name TEXT PRIMARY KEY,
	value BIGINT NOT NULL
);

INSERT INTO counters (name, value) VALUES ('agreements', 0), ('forums', 0), ('sessions', 0), ('items', 0);

CREATE TABLE agreements (
	id TEXT PRIMARY KEY,
	pos BIGINT NOT NULL,
	version BIGINT NOT NULL,
	title TEXT NOT NULL,
	type TEXT NOT NULL,
	kind TEXT NOT NULL,
	name TEXT NOT NULL,
	phase BIGINT NOT NULL,
	series TEXT NOT NULL,
	signed TEXT NOT NULL,
	term_start TEXT NOT NULL,
	term_end TEXT NOT NULL,
	term_months BIGINT NOT NULL,
	term_open_ended INTEGER NOT NULL,
	notice_days BIGINT NOT NULL,
	predecessor TEXT NOT NULL,
	notes TEXT NOT NULL,
	end_day BIGINT,          -- derived: Agreement.End
	fixed_end_day BIGINT,    -- derived: the end when it does not depend on the signing
	term_start_day BIGINT,   -- derived: Term.Start
	signed_from BIGINT,      -- derived: first day from which it counts as signed
	terminated_from BIGINT,  -- derived: first day from which a termination has happened
	renewed_from BIGINT      -- derived: first day from which a renewal event has happened
);

CREATE UNIQUE INDEX agreements_pos ON agreements (pos);
CREATE INDEX agreements_end_day ON agreements (end_day);
CREATE INDEX agreements_predecessor ON agreements (predecessor);

CREATE TABLE agreement_parties (
	agreement_id TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
	seq BIGINT NOT NULL,
	role TEXT NOT NULL,
	region_code TEXT NOT NULL,
	region_iso TEXT NOT NULL,
	region_name TEXT NOT NULL,
	region_level TEXT NOT NULL,
	region_country TEXT NOT NULL,
	region_parent TEXT NOT NULL,
	name TEXT NOT NULL,
	country TEXT NOT NULL,
	signatory TEXT NOT NULL,
	country_code TEXT NOT NULL, -- derived: Party.CountryCode
	name_key TEXT NOT NULL,     -- derived: the name folded for comparison
	PRIMARY KEY (agreement_id, seq)
);

CREATE INDEX agreement_parties_country ON agreement_parties (country_code);
CREATE INDEX agreement_parties_name ON agreement_parties (name_key);

-- derived: the region of each party and every region containing it.
CREATE TABLE agreement_regions (
	agreement_id TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
	code TEXT NOT NULL,
	PRIMARY KEY (agreement_id, code)
);

CREATE INDEX agreement_regions_code ON agreement_regions (code);

CREATE TABLE agreement_sectors (
	agreement_id TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
	seq BIGINT NOT NULL,
	sector TEXT NOT NULL,
	PRIMARY KEY (agreement_id, seq)
);

CREATE INDEX agreement_sectors_sector ON agreement_sectors (sector);

CREATE TABLE agreement_other_sectors (
	agreement_id TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
	seq BIGINT NOT NULL,
	text TEXT NOT NULL,
	PRIMARY KEY (agreement_id, seq)
);

CREATE TABLE agreement_events (
	agreement_id TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
	seq BIGINT NOT NULL,
	stage TEXT NOT NULL,
	date TEXT NOT NULL,
	note TEXT NOT NULL,
	PRIMARY KEY (agreement_id, seq)
);

CREATE TABLE agreement_funding (
	agreement_id TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
	seq BIGINT NOT NULL,
	amount_minor BIGINT NOT NULL,
	amount_currency TEXT NOT NULL,
	ceiling INTEGER NOT NULL,
	source TEXT NOT NULL,
	apply TEXT NOT NULL,
	PRIMARY KEY (agreement_id, seq)
);

CREATE TABLE agreement_funding_purposes (
	agreement_id TEXT NOT NULL,
	funding_seq BIGINT NOT NULL,
	seq BIGINT NOT NULL,
	sector TEXT NOT NULL,
	PRIMARY KEY (agreement_id, funding_seq, seq),
	FOREIGN KEY (agreement_id, funding_seq) REFERENCES agreement_funding (agreement_id, seq) ON DELETE CASCADE
);

CREATE TABLE agreement_funding_restrictions (
	agreement_id TEXT NOT NULL,
	funding_seq BIGINT NOT NULL,
	seq BIGINT NOT NULL,
	text TEXT NOT NULL,
	PRIMARY KEY (agreement_id, funding_seq, seq),
	FOREIGN KEY (agreement_id, funding_seq) REFERENCES agreement_funding (agreement_id, seq) ON DELETE CASCADE
);

CREATE TABLE agreement_activities (
	agreement_id TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
	seq BIGINT NOT NULL,
	date TEXT NOT NULL,
	sector TEXT NOT NULL,
	description TEXT NOT NULL,
	value_minor BIGINT NOT NULL,
	value_currency TEXT NOT NULL,
	approximate INTEGER NOT NULL,
	PRIMARY KEY (agreement_id, seq)
);

CREATE TABLE agreement_sources (
	agreement_id TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
	seq BIGINT NOT NULL,
	document TEXT NOT NULL,
	quote TEXT NOT NULL,
	PRIMARY KEY (agreement_id, seq)
);

-- Forums, sessions and items (package session). Dataset.Note is kept in
-- settings under 'sessions.note'.
CREATE TABLE settings (
	name TEXT PRIMARY KEY,
	value TEXT NOT NULL
);

CREATE TABLE forums (
	id TEXT PRIMARY KEY,
	pos BIGINT NOT NULL,
	version BIGINT NOT NULL,
	level TEXT NOT NULL,
	parent TEXT NOT NULL,
	pair TEXT NOT NULL,
	founded TEXT NOT NULL,
	founded_year BIGINT NOT NULL,
	note TEXT NOT NULL,
	record_complete TEXT NOT NULL,
	names TEXT NOT NULL,        -- JSON: []session.Name, '' for none
	decrees TEXT NOT NULL,      -- JSON: []session.Decree
	secretariats TEXT NOT NULL, -- JSON: []session.Secretariat
	sources TEXT NOT NULL       -- JSON: []session.Source
);

CREATE TABLE sessions (
	forum TEXT NOT NULL REFERENCES forums (id),
	number BIGINT NOT NULL,
	pos BIGINT NOT NULL,
	version BIGINT NOT NULL,
	second BIGINT NOT NULL,
	dates_start TEXT NOT NULL,
	dates_end TEXT NOT NULL,
	within TEXT NOT NULL,
	host_side TEXT NOT NULL,
	host TEXT NOT NULL,
	city TEXT NOT NULL,
	venue TEXT NOT NULL,
	mode TEXT NOT NULL,
	unconfirmed INTEGER NOT NULL,
	note TEXT NOT NULL,
	chairs TEXT NOT NULL,      -- JSON: []session.Person
	sources TEXT NOT NULL,     -- JSON: []session.Source
	meetings TEXT NOT NULL,    -- JSON: []session.Meeting
	delegations TEXT NOT NULL, -- JSON: []session.Delegation
	minutes TEXT NOT NULL,     -- JSON: session.Minutes, '' for none
	PRIMARY KEY (forum, number)
);

CREATE TABLE items (
	forum TEXT NOT NULL REFERENCES forums (id),
	ref TEXT NOT NULL,
	pos BIGINT NOT NULL,
	version BIGINT NOT NULL,
	title TEXT NOT NULL,
	field TEXT NOT NULL,
	proposer TEXT NOT NULL,
	note TEXT NOT NULL,
	PRIMARY KEY (forum, ref)
);

CREATE TABLE item_history (
	forum TEXT NOT NULL,
	ref TEXT NOT NULL,
	seq BIGINT NOT NULL,
	session BIGINT NOT NULL,
	outcome TEXT NOT NULL,
	status TEXT NOT NULL,
	note TEXT NOT NULL,
	PRIMARY KEY (forum, ref, seq),
	FOREIGN KEY (forum, ref) REFERENCES items (forum, ref) ON DELETE CASCADE
);

CREATE TABLE item_actions (
	forum TEXT NOT NULL,
	ref TEXT NOT NULL,
	seq BIGINT NOT NULL,
	agency TEXT NOT NULL,
	side TEXT NOT NULL,
	task TEXT NOT NULL,
	due TEXT NOT NULL,
	done TEXT NOT NULL,
	session BIGINT NOT NULL,
	PRIMARY KEY (forum, ref, seq),
	FOREIGN KEY (forum, ref) REFERENCES items (forum, ref) ON DELETE CASCADE
);

-- Trade: each import is a batch; its records and balances keep their
-- order in the file.
CREATE TABLE trade_batches (
	id {{serial}},
	version BIGINT NOT NULL,
	file TEXT NOT NULL,
	checksum TEXT NOT NULL, -- SHA-256 of the file, hex
	layout TEXT NOT NULL,   -- 'json' or a trade.Layout identifier
	rows_read BIGINT NOT NULL,
	rows_rejected BIGINT NOT NULL,
	imported_at TEXT NOT NULL, -- RFC 3339, UTC
	note TEXT NOT NULL,
	subject TEXT NOT NULL,
	reporter TEXT NOT NULL,
	post TEXT NOT NULL
);

CREATE TABLE trade_records (
	batch_id BIGINT NOT NULL REFERENCES trade_batches (id) ON DELETE CASCADE,
	seq BIGINT NOT NULL,
	period_start TEXT NOT NULL,
	period_end TEXT NOT NULL,
	flow TEXT NOT NULL,
	reporter TEXT NOT NULL,
	partner TEXT NOT NULL,
	post TEXT NOT NULL,
	basis TEXT NOT NULL,
	scheme TEXT NOT NULL,
	hs TEXT NOT NULL,
	value_minor BIGINT NOT NULL,
	value_currency TEXT NOT NULL,
	net_weight_milli BIGINT NOT NULL,
	net_weight_unit TEXT NOT NULL,
	quantity_milli BIGINT NOT NULL,
	quantity_unit TEXT NOT NULL,
	source TEXT NOT NULL,
	PRIMARY KEY (batch_id, seq)
);

CREATE TABLE trade_balances (
	batch_id BIGINT NOT NULL REFERENCES trade_batches (id) ON DELETE CASCADE,
	seq BIGINT NOT NULL,
	period_start TEXT NOT NULL,
	period_end TEXT NOT NULL,
	reporter TEXT NOT NULL,
	partner TEXT NOT NULL,
	exports_minor BIGINT NOT NULL,
	exports_currency TEXT NOT NULL,
	imports_minor BIGINT NOT NULL,
	imports_currency TEXT NOT NULL,
	net_minor BIGINT NOT NULL,
	net_currency TEXT NOT NULL,
	net_only INTEGER NOT NULL,
	source TEXT NOT NULL,
	PRIMARY KEY (batch_id, seq)
);
