-- The sessions of the practice premium's reference period (PremiumCalculator: 1 September 2022 to 31 August 2023),
-- by id: what the premium report reads. It read each network's lines of the period on an index of every line by
-- network and session date, which the intake wrote for each line it stored (a tenth of the ledger's writes of a list
-- on H2, LedgerWriteBenchmark) to serve that one report of a period long past. The intake now notes a session here
-- only when it stores an accepted line of that period (SessionLedger), which a list of today never holds, and the
-- index goes. A line turned down afterwards (a quota) stays noted: the report reads the line's status.
create table premium_session (
    session_id bigint not null primary key
);

insert into premium_session (session_id)
select id
from session_line
where status = 'ACCEPTED' and session_date between date '2022-09-01' and date '2023-08-31';

drop index ix_session_line_network;
