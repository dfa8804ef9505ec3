-- The service-level watch's record per task: reminded once, escalated once.
create table task_deadline (
    task_id varchar(64) not null primary key,
    process_instance_id varchar(64) not null,
    service_key varchar(255),
    due_at timestamp with time zone not null,
    reminded_at timestamp with time zone,
    escalated_at timestamp with time zone
);
create index task_deadline_escalated on task_deadline (escalated_at);
