-- H2: the patient index on the patient's number alone. Its one reader looks a patient's sessions up by the patient's
-- number, every session in every network and file (SessionLedger.byPatients: no condition on the date, no order), so
-- the session's date in the index served nothing; yet it was written, compared and stored again with every line the
-- intake stores, in the index every list writes at random (a list's 200 patients land on 200 pages of it). Without
-- it the ledger's writes of a list take 9 to 11% less processor time (LedgerWriteBenchmark, docs/benchmarks.md).
-- PostgreSQL's index, written in place and not copied a page at a time, stays as it is.
drop index ix_session_line_patient;
create index ix_session_line_patient on session_line (patient_niss);
