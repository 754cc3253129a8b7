-- The accepted sessions that count against a network's yearly contingent (SPPL or SPS care, individual or group),
-- by month of service: kept by the intake next to quota_count, in the list's transaction while the network is
-- locked, so that the network's page reads twelve rows instead of counting the network's whole year.
create table quota_month_count (
    network_id    varchar(32) not null,
    session_year  integer     not null,
    session_month integer     not null,
    sessions      integer     not null,
    primary key (network_id, session_year, session_month)
);

insert into quota_month_count (network_id, session_year, session_month, sessions)
select network_id, cast(extract(year from session_date) as integer), cast(extract(month from session_date) as integer),
       count(*)
from session_line
where status = 'ACCEPTED' and network_id is not null and care in ('SPPL', 'SPS')
  and service_kind in ('INDIVIDUAL', 'GROUP')
group by network_id, cast(extract(year from session_date) as integer),
         cast(extract(month from session_date) as integer);
