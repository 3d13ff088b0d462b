-- The home page counts the appeals waiting in the user's scope on every visit; without this index
-- that count reads the whole incident table. Few incidents are ever under appeal, so the leading
-- column narrows to a handful of rows at once.
create index incident_appeal on incident (appeal_status, store_code, employee_code);
