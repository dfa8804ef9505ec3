-- When the platform closed a checkout whose payment was still on its way (SEPA and other
-- asynchronous methods cannot be stopped): money that arrives after it is refunded.
alter table payment add column closed_at timestamp with time zone;
