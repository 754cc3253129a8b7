-- Retention (issue "Run it for years"): the scheduled jobs that one instance runs at a time, and what their last run
-- did. A job is taken by an update that counts its row for one instance only, while locked_until has passed; the
-- instance that took it sets locked_until to the end of its lease and clears it when done (a crash leaves it to run
-- out). Owner: be.psygate.retention.RunLock.
create table scheduled_run (
    name          varchar(32)   primary key,
    locked_until  timestamp     not null,
    locked_by     varchar(100),
    last_started  timestamp,
    last_finished timestamp,
    last_summary  varchar(2000)
);
insert into scheduled_run (name, locked_until) values ('retention', timestamp '2000-01-01 00:00:00');

-- an archived list is matched to its record by the path it was uploaded at
create index ix_received_file_remote on received_file (remote_path, received_at);
