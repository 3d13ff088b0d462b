-- Who decides an appeal depends on who recorded the incident: the recorder's role is kept as it
-- was when they recorded it (rows recorded before this have none). An appeal decided after its
-- month was published is marked, so its page can say where the correction went.
alter table incident add column recorded_by_role varchar(16);
alter table incident add column appeal_decided_late boolean default false not null;

-- The incident list pages through a month in time order, for the group or one store: these
-- indexes hand the rows over already in that order (no sort of a million rows for page one), and
-- the store one answers the store's count from the index alone.
create index incident_list on incident (occurred_on, occurred_at, id);
create index incident_store_list on incident (store_code, occurred_on, occurred_at, id);

-- An appeal granted after publication is carried into a later open month once: this row is the
-- proof it was (a second delivery of the same decision finds it and adds nothing), and says where.
create table appeal_correction (
    incident_id   bigint       primary key,
    cites_month   varchar(7)   not null,
    into_month    varchar(7),
    created_at    timestamp with time zone not null,
    created_by    varchar(64)  not null
);
