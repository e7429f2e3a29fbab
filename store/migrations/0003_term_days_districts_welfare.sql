-- 0003: what the model gained since 0002.
--   * agreement.Term.Days, the part of a stated duration in days
--     ("12 hari"; term text "P12D", "P1Y15D"), after term_months;
--   * session.Forum.Districts, the two border districts of a district
--     forum (region codes: "61.03", "MY-13.12"), '' at other levels;
--   * welfare figures (evaluate.Spending), so that a report made from the
--     database has every section of one made from files: one row per
--     figure in file order, the figure as JSON text in the evaluate
--     package's form; the file's note is kept in settings under
--     'welfare.note'.

ALTER TABLE agreements ADD COLUMN term_days BIGINT NOT NULL DEFAULT 0;

ALTER TABLE forums ADD COLUMN district_indonesian TEXT NOT NULL DEFAULT '';

ALTER TABLE forums ADD COLUMN district_malaysian TEXT NOT NULL DEFAULT '';

CREATE TABLE welfare (
	seq BIGINT PRIMARY KEY,
	spending TEXT NOT NULL -- JSON: evaluate.Spending
);
