-- When a fee was paid, kept after a refund (which changes updated_at): the service-level
-- clock of a request starts there. Payments paid so far were last changed when paid.
alter table payment add column paid_at timestamp with time zone;
update payment set paid_at = updated_at where status = 'PAID';
