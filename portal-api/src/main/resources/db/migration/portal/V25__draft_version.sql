-- A draft's version, for ETag and If-Match: a copy typed offline on one device does not
-- silently overwrite what another device saved since.
alter table request_draft add column version bigint default 0 not null;
