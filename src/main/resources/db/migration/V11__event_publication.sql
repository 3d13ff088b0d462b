-- Spring Modulith's event publication registry (its v2 layout): a row per event and listener,
-- written in the transaction of the change, removed once the listener has finished. A row left
-- behind (the listener failed or the node stopped) is run again on the next start.
-- serialized_event is an unbounded varchar on both databases (text would be a CLOB on H2, which
-- the registry's "serialized_event = ?" lookups cannot compare).
create table event_publication (
    id                     uuid          not null primary key,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       varchar       not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_by_completion_date on event_publication (completion_date);
