-- The notice of each billable list to billing (the queue psygate.sessions.accepted), noted in the list's transaction
-- and handed to the broker by a route of its own (intake-accepted-notices), which drops the row once the broker has
-- the notice: an outbox. The intake sent it itself before, and waited at every list for the broker to sync its
-- journal; now a list is answered without waiting for the broker, and one answered while the broker is away has its
-- notice sent once the broker is back. The notice keeps its duplicate-detection id (received_file.notice_id): a
-- notice handed over again (the route stopped between the send and the drop, a list answered again after a crash)
-- is kept once. Two instances never hand notices over at the same moment (the lock below, held for a turn of the
-- route): the broker's duplicate check is not made for two sends of one id at once.
create table list_notice (
    file_id           bigint         not null primary key,
    practice_inami    varchar(11)    not null,
    accepted_sessions integer        not null,
    insurer_share     numeric(14, 2),
    noted_at          timestamp      not null
);

insert into gateway_lock (name) values ('intake-notices');
