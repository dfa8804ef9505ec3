-- Every message a connector sends, keyed so that a retried job never sends twice.
-- (Migration versions are one sequence across modules: portal-api V1, connectors V2, ...)
create sequence notification_seq start with 1 increment by 50;

create table notification (
    id                  bigint        not null primary key,
    idempotency_key     varchar(255)  not null,
    channel             varchar(16)   not null,
    recipient           varchar(320)  not null,
    subject             varchar(255),
    body                text          not null,
    status              varchar(16)   not null,
    provider            varchar(32)   not null,
    provider_message_id varchar(255),
    attempts            integer       not null,
    last_error          varchar(1000),
    process_instance_id varchar(64),
    business_key        varchar(255),
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    constraint uk_notification_idempotency unique (idempotency_key)
);

create index ix_notification_recipient on notification (recipient, created_at);
create index ix_notification_business_key on notification (business_key, created_at);
