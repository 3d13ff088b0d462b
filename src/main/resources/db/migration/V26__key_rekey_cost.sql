-- A re-key or lock-change order (SPEC §7, §8.4) may state what the locksmith's work costs, for the
-- record and the audit log. The decision row is still written once and never updated.
alter table key_loss_decision add column cost numeric(12, 2);
