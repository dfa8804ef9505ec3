-- The payment ledger: every fee the platform asked for, through which provider, and its fate.
create sequence payment_seq start with 1 increment by 50;

create table payment (
    id                  bigint        not null primary key,
    idempotency_key     varchar(255)  not null,
    process_instance_id varchar(64)   not null,
    business_key        varchar(255),
    amount_minor        bigint        not null,
    currency            varchar(3)    not null,
    description         varchar(255)  not null,
    provider            varchar(32)   not null,
    provider_payment_id varchar(255),
    checkout_url        varchar(2000),
    status              varchar(16)   not null,
    refund_id           varchar(255),
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    constraint uk_payment_idempotency unique (idempotency_key)
);

create index ix_payment_provider_id on payment (provider_payment_id);
create index ix_payment_status on payment (status, created_at);
