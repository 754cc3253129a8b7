-- Recovery within seconds of a crash: every running gateway instance has a row here, its heartbeat written every
-- few seconds, and the intake's claims name the instance that holds them. A claim whose instance's heartbeat is
-- older than psygate.intake.instance-dead-after, or whose instance has no row any more, is dead and taken over at
-- once, without waiting out the claim lease. An instance starting on the same host and work folder as an earlier
-- one (the same gateway restarted after a kill -9) removes the earlier one's row as it starts: its claims are dead.
create table gateway_instance (
    id           varchar(36)   not null primary key,
    host         varchar(255)  not null,
    work_dir     varchar(1000) not null,
    started_at   timestamp     not null,
    heartbeat_at timestamp     not null
);
create index ix_gateway_instance_place on gateway_instance (host, work_dir);

-- the instance holding a claim; null for the claims taken before this migration (they keep the lease alone)
alter table camel_messageprocessed add column instanceId varchar(36);
