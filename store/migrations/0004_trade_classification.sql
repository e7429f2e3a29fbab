-- 0004: what trade records and balances gained after 0001: the
-- classification and commodity code of a record of another classification
-- than the HS (SITC "0", a legacy Comtrade file), and the flows of a
-- balance that were not recorded (trade.Balance.NoExports, NoImports).
ALTER TABLE trade_records ADD COLUMN classification TEXT NOT NULL DEFAULT '';
ALTER TABLE trade_records ADD COLUMN code TEXT NOT NULL DEFAULT '';
ALTER TABLE trade_balances ADD COLUMN no_exports INTEGER NOT NULL DEFAULT 0;
ALTER TABLE trade_balances ADD COLUMN no_imports INTEGER NOT NULL DEFAULT 0;
