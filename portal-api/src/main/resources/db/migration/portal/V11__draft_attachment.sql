-- Documents can be attached while the application is still a draft: such a file has the
-- e-service's key and no reference until the citizen submits, when it moves to the new
-- request.
alter table attachment alter column reference drop not null;
alter table attachment add column service_key varchar(255);

create index ix_attachment_draft on attachment (citizen_id, service_key);
