-- When the fee must be paid by: the checkout should not outlive it, and the portal shows it.
alter table payment add column pay_by timestamp with time zone;

-- the portal shows each request's latest fee
create index ix_payment_process_instance on payment (process_instance_id, id);
