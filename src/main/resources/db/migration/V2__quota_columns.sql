-- What the convention's ceilings count: an accepted session's network, care type and kind, and its referral.
alter table session_line add column network_id varchar(32);
alter table session_line add column care varchar(8);
alter table session_line add column service_kind varchar(12);
alter table session_line add column referral_date date;

-- ceilings per patient and year, duplicates across files
create index ix_session_line_patient on session_line (patient_niss, session_date);
-- capacity per psychologist and year
create index ix_session_line_psychologist on session_line (psychologist_inami, session_date);
-- contingent per network and year
create index ix_session_line_network on session_line (network_id, session_date);
