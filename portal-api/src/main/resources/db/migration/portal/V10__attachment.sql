-- Documents a citizen attaches to their request (PDF, PNG, JPEG), read by the clerks who
-- work on it.
create table attachment (
    id           varchar(36)  not null primary key,
    reference    varchar(40)  not null,
    citizen_id   varchar(255) not null,
    filename     varchar(255) not null,
    content_type varchar(100) not null,
    size_bytes   bigint       not null,
    content      bytea        not null,
    uploaded_at  timestamp with time zone not null
);

create index ix_attachment_reference on attachment (reference, uploaded_at);
