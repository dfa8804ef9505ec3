-- The version of the start form a draft was last saved with: a newer version at the
-- citizen's next visit is named to them with what changed.
alter table request_draft add column definition_id varchar(64);
