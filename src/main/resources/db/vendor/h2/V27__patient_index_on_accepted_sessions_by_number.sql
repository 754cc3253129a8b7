-- H2: the patient index holds the number of an accepted session's patient, as a number, and nothing for a refused
-- line. Its readers (SessionLedger.byPatients) look up accepted sessions only, by the patients' national numbers, which
-- an accepted line holds as its eleven digits (the intake accepts no other: Niss.parse); a refused line's number may
-- be any text, and is never looked up. A list's 200 patients land on about as many pages of this index, each copied
-- and written whole at the list's commit: a page of numbers is written, read and compared faster than one of texts,
-- and holds more of them (the ledger's writes of a list: 9% less processor time, LedgerWriteBenchmark,
-- docs/benchmarks.md). H2 computes the column itself, for every writer and on every change of a line's status.
-- PostgreSQL's index, written in place and not copied a page at a time, stays as it is.
drop index ix_session_line_patient;
alter table session_line add column accepted_patient bigint generated always as
    (case when status = 'ACCEPTED' then cast(patient_niss as bigint) end);
create index ix_session_line_patient on session_line (accepted_patient);
