-- One row per month that has been changed or closed, created on first use. A change to a month's
-- ledger holds its row (shared where the database can), computing and publishing hold it
-- exclusively: a change is either in the publication or refused after it, never in between.
create table month_guard (
    guard_month  varchar(7)  primary key
);
