-- H2: no index of the lines by patient. The session ledger keeps where each patient's accepted sessions lie (their
-- list and line) in memory, read whole from this table at its first use, and reads them back by list and line on the
-- index of the lines by file (SessionLedger, PatientDirectory). A list's 200 patients landed on about as many pages of
-- the index by patient, each copied and written whole at the list's commit: without it the ledger's writes of a list
-- take 37% less processor time (LedgerWriteBenchmark, docs/benchmarks.md). The ledger writes every line of this
-- table; a tool that writes it by other means tells the ledger (SessionLedger.reloadPatientDirectory).
-- PostgreSQL's index, written in place and not copied a page at a time, stays as it is.
drop index ix_session_line_patient;
alter table session_line drop column accepted_patient;
