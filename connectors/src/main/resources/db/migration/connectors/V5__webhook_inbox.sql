-- Provider events as received, once each: a replayed delivery finds its event here and does nothing.
create sequence webhook_event_seq start with 1 increment by 50;

create table webhook_event (
    id          bigint       not null primary key,
    provider    varchar(32)  not null,
    event_id    varchar(255) not null,
    event_type  varchar(255) not null,
    payload     text         not null,
    outcome     varchar(64)  not null,
    received_at timestamp with time zone not null,
    constraint uk_webhook_event unique (provider, event_id)
);
