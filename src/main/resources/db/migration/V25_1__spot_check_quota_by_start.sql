-- The spot-check quota counts a store's complete checks by the month they were started in.
create index spot_check_started on spot_check (started_at, store_code);
