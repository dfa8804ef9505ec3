-- What the provider later reports about a sent message (delivered, bounced, failed, ...).
alter table notification add column delivery_status varchar(32);
alter table notification add column delivery_updated_at timestamp with time zone;
