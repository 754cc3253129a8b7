-- Crash safety of the intake (issue "Operations and reliability").
--
-- An upload as the SFTP server showed it (its time of last modification, with its path, size and content), so that
-- the same upload taken again after a crash (stored, perhaps answered, but still in in/) is recognised and answered
-- as it was, rather than refused as a duplicate of itself.
alter table received_file add column remote_modified bigint;
-- The id the broker knows this file's notice on psygate.sessions.accepted by (duplicate detection): a notice sent
-- again for the same file, after a crash, is dropped by the broker.
alter table received_file add column notice_id varchar(36);
create index ix_received_file_content on received_file (practice_inami, sha256);

-- The intake's claims are leases: createdAt is when the claim was taken or last renewed, and a claim older than
-- psygate.intake.claim-lease is taken over; claims older than psygate.intake.claim-retention are evicted.
create index ix_claim_age on camel_messageprocessed (processorName, createdAt);
