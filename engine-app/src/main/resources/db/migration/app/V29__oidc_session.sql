-- Which Keycloak session each browser session was signed in under (keycloak profile), for
-- every node: Keycloak's back-channel logout reaches one node, which ends the sessions it
-- names wherever they began. No name or e-mail address: Keycloak's issuer, its id of the
-- user (sub) and of its session (sid), the client ids (aud, a JSON array), and the
-- headers the internal logout call sends (JSON: the session's CSRF token).
-- created_at: epoch milliseconds.
create table oidc_session (
    client_session_id varchar(100) not null,
    issuer varchar(1000) not null,
    subject varchar(255) not null,
    provider_session_id varchar(255),
    audience varchar(1000) not null,
    authorities varchar(2000) not null,
    created_at bigint not null,
    constraint oidc_session_pk primary key (client_session_id)
);

create index oidc_session_provider_session on oidc_session (issuer, provider_session_id);
create index oidc_session_subject on oidc_session (issuer, subject);
