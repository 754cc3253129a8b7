-- The accepted sessions that count against a psychologist's yearly capacity and a network's yearly contingent
-- (SPPL or SPS care, individual or group), by year: kept by the intake in the same transaction as the lines, while
-- the network is locked, so that a list reads its quotas from one row instead of counting the network's whole year.
-- psychologist_inami is '-' on the network's own rows.
create table quota_count (
    network_id         varchar(32) not null,
    psychologist_inami varchar(11) not null,
    session_year       integer     not null,
    sessions           integer     not null,
    primary key (network_id, psychologist_inami, session_year)
);

insert into quota_count (network_id, psychologist_inami, session_year, sessions)
select network_id, psychologist_inami, cast(extract(year from session_date) as integer), count(*)
from session_line
where status = 'ACCEPTED' and network_id is not null and care in ('SPPL', 'SPS')
  and service_kind in ('INDIVIDUAL', 'GROUP')
group by network_id, psychologist_inami, cast(extract(year from session_date) as integer);

insert into quota_count (network_id, psychologist_inami, session_year, sessions)
select network_id, '-', session_year, sum(sessions)
from quota_count
group by network_id, session_year;

-- A list's references are looked up among its practice's accepted ones chunk by chunk: by the reference itself,
-- so that the lookup costs the chunk's size and not the practice's history.
create index ix_session_line_accepted_ref on session_line (accepted_ref);
