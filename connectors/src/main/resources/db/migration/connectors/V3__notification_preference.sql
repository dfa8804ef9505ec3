-- How each citizen wants to hear from us; no row means both channels.
create table notification_preference (
    citizen_id varchar(255) not null primary key,
    email      boolean      not null,
    sms        boolean      not null,
    updated_at timestamp with time zone not null
);
