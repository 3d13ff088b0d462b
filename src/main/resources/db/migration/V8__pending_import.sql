-- An uploaded import sheet between its preview and its confirmation. Confirming deletes the row in
-- the transaction that saves the imported rows, so a token is used once, whichever node serves it.
create table pending_import (
    token       varchar(36)  primary key,
    kind        varchar(32)  not null,
    owner       varchar(64)  not null,
    created_at  timestamp with time zone not null,
    workbook    bytea        not null
);
create index pending_import_age on pending_import (created_at);
