-- H2 (PostgreSQL's V21 does the same, but for the foreign keys): every line the intake stores is written in each
-- index of session_line, and H2's commit visits each of those entries again. Two indexes that served one reader each
-- go, and the indexes H2 made of its own for foreign keys that another index already starts with.
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

-- H2 gives a foreign key declared with its table an index of its own, even where an index declared next to it
-- starts with the same column: each line and each entry was written in both. These foreign keys go, and their
-- indexes with them; the readers keep the declared ones (ix_session_line_file, ux_practice_entry_session,
-- ix_practice_entry_unpaid, ix_return_line_session, ix_session_account_batch). PostgreSQL's V20 dropped three of
-- them (practice_entry's session, return_line's session, session_account's batch); PostgreSQL keeps the other two,
-- which cost it no index. The names are the ones H2 gave them, the same in every database these migrations made.
alter table session_line drop constraint if exists constraint_62;         -- file_id
alter table practice_entry drop constraint if exists constraint_6ee3;     -- session_id
alter table practice_entry drop constraint if exists constraint_6ee3c;    -- payment_id
alter table return_line drop constraint if exists constraint_297c;        -- session_id
alter table session_account drop constraint if exists constraint_4be;     -- invoice_batch_id
