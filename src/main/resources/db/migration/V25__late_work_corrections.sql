-- A record entered after its month was published that shows the work on time or excused after all:
-- the sweep's incident stays in the published month, and its reversal goes into the next open month
-- once (when, and into which month; none when the incident had cost nothing there).
alter table work_incident add column corrected_at timestamp with time zone;
alter table work_incident add column corrected_into varchar(7);
