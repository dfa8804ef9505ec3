-- The service-request index: one row per citizen request, keyed by its reference number
-- (the process business key), for fast "my requests" and search without engine queries.
-- handed out in blocks of 50 by each node (RequestNumbers)
create sequence service_request_seq start with 1 increment by 50;

create table service_request (
    id                    bigint       not null primary key,
    reference             varchar(40)  not null,
    service_key           varchar(255) not null,
    service_name          varchar(255) not null,
    process_definition_id varchar(64)  not null,
    process_instance_id   varchar(64),
    citizen_id            varchar(255) not null,
    status                varchar(64)  not null,
    status_label          varchar(255) not null,
    submitted_data        text         not null,
    idempotency_key       varchar(255),
    request_hash          varchar(64),
    submitted_at          timestamp with time zone not null,
    updated_at            timestamp with time zone not null,
    closed_at             timestamp with time zone,
    constraint uk_service_request_reference unique (reference),
    constraint uk_service_request_idempotency unique (citizen_id, idempotency_key)
);

create index ix_service_request_citizen on service_request (citizen_id, submitted_at);
create index ix_service_request_service on service_request (service_key, status);

-- Milestones a request has reached: the citizen's timeline.
create sequence request_milestone_seq start with 1 increment by 50;

create table request_milestone (
    id          bigint       not null primary key,
    request_id  bigint       not null references service_request (id),
    code        varchar(64)  not null,
    label       varchar(255) not null,
    activity_id varchar(255) not null,
    reached_at  timestamp with time zone not null
);

create index ix_request_milestone_request on request_milestone (request_id, reached_at);
