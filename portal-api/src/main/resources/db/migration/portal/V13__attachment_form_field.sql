-- The form field a document was chosen in (a form-js file picker's files key), or none
-- for documents attached beside the form.
alter table attachment add column form_field varchar(100);
