-- The form field a document was chosen in (a form-js file picker's files key), or none
-- for documents attached beside the form; and whether staff attached it through a task
-- form, which the citizen does not see.
alter table attachment add column form_field varchar(100);
alter table attachment add column internal boolean default false not null;
