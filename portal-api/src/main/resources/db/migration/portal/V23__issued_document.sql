-- Documents the platform issued to a request (a licence, a certificate): the PDF is a
-- document of the request, marked issued so that it uses up none of the citizen's uploads.
alter table attachment add column issued boolean default false not null;

-- What the public verification page says about an issued document, found by its code (not
-- its reference number, which others may know). Goes with its request.
create table issued_document (
    id                varchar(36)   primary key,
    verification_code varchar(12)   not null,
    reference         varchar(40)   not null,
    service_key       varchar(255)  not null,
    titles            varchar(2000) not null,
    document_number   varchar(200)  not null,
    filename          varchar(255)  not null,
    holder_name       varchar(500)  not null,
    issued_at         timestamp with time zone not null,
    valid_until       timestamp with time zone,
    revoked_at        timestamp with time zone,
    revoked_by        varchar(255),
    revocation_reason varchar(1000),
    -- two admins revoking at once: one of them is told it was revoked already
    version           bigint        default 0 not null,
    constraint uk_issued_document_code unique (verification_code)
);

create index ix_issued_document_reference on issued_document (reference);
