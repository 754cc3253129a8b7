-- PostgreSQL (H2's V21 does the same, and drops its duplicate foreign-key indexes): every line the intake stores is
-- written in each index of session_line. Two indexes that served one reader each go.
--
-- A psychologist's accepted sessions that count for the capacity (SPPL or SPS care, individual or group), by month
-- of service and network: kept by the intake next to quota_month_count, in the list's transaction while the network
-- is locked, so that a psychologist's pace reads a few rows instead of the psychologist's year of lines, and the
-- index of session_line by psychologist and date is no longer needed.
create table psychologist_month_count (
    psychologist_inami varchar(11) not null,
    session_year       integer     not null,
    session_month      integer     not null,
    network_id         varchar(32) not null,
    sessions           integer     not null,
    primary key (psychologist_inami, session_year, session_month, network_id)
);

insert into psychologist_month_count (psychologist_inami, session_year, session_month, network_id, sessions)
select psychologist_inami, cast(extract(year from session_date) as integer),
       cast(extract(month from session_date) as integer), coalesce(network_id, '-'), count(*)
from session_line
where status = 'ACCEPTED' and care in ('SPPL', 'SPS') and service_kind in ('INDIVIDUAL', 'GROUP')
group by psychologist_inami, cast(extract(year from session_date) as integer),
         cast(extract(month from session_date) as integer), coalesce(network_id, '-');

drop index ix_session_line_psychologist;

-- The references a list repeats are looked up by (practice, reference) pairs on the unique index of the practice's
-- accepted references, on H2 as on PostgreSQL: the index of the reference alone served that lookup on H2 only.
drop index ix_session_line_accepted_ref;

-- A tranche 1 has no insurer's payment reference: the index by reference holds the entries that have one, which the
-- bank's confirmation looks up (payment_ref = ?), not every session's tranche 1.
drop index ix_practice_entry_ref;
create index ix_practice_entry_ref on practice_entry (payment_ref) where payment_ref is not null;
