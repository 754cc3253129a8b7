-- PostgreSQL only: the foreign keys of the tables that billing and reconciliation write a whole batch or answer at
-- a time are dropped, because PostgreSQL checks a foreign key with one trigger call and one index lookup per row
-- and per key. Measured on a million-row session_line, under load: 4,000 sessions put in a batch took 294 ms, of
-- which 250 ms were the two key checks (68 ms without them); 4,000 answer lines took 126 ms, 37 ms without.
--
-- What the keys guarded stays guarded by ownership: each of these tables has one writer (TableOwnersTest), which
-- writes ids it has just read from the referenced table in the same transaction, and no referenced row is ever
-- deleted (sessions, answers, batches, practices and payments are kept). Unique keys and primary keys stay: they are
-- what keeps a session invoiced once and an entry owed once. H2 keeps the foreign keys (the tests' database).
alter table session_account drop constraint if exists session_account_session_id_fkey;
alter table session_account drop constraint if exists session_account_invoice_batch_id_fkey;
alter table return_line drop constraint if exists return_line_return_id_fkey;
alter table return_line drop constraint if exists return_line_session_id_fkey;
alter table practice_entry drop constraint if exists practice_entry_session_id_fkey;
alter table practice_entry drop constraint if exists practice_entry_practice_inami_fkey;
