-- A statement carries its scorecard result, the ranks of that score, and the month's pay. Months
-- computed before have none of them: null score and pay, no score flags.
alter table settlement_statement add column score numeric(5, 1);
alter table settlement_statement add column score_flags varchar(64) array;
alter table settlement_statement add column rank_in_store integer;
alter table settlement_statement add column rank_in_group integer;
-- the pay block with its explained lines as JSON, read and written whole with its statement
alter table settlement_statement add column pay_json text;
