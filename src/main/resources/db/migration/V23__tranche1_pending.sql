-- Tranche 1 of a list's accepted sessions, owed from the list's intake, one row a list: the intake notes it here in
-- the list's transaction, and the next payment run writes it out in practice_entry, an entry a session, before it
-- plans what to pay (EntryLedger.postTranche1). Writing those entries at intake was a third of the ledger's writes
-- of a list on H2 (LedgerWriteBenchmark: each entry a row and four index entries, each visited again at the commit),
-- for entries that no payment could take before they fall due a month later. Until it is posted, the practice's
-- money (the console, GET /api/practices/{inami}/balance) and the retention read a list's tranche 1 from here and from
-- the list's accepted lines, which carry the amount (session_line.tranche1).
create table tranche1_pending (
    file_id        bigint      not null primary key,
    practice_inami varchar(11) not null,
    due_date       date        not null,
    noted_at       timestamp   not null
);
create index ix_tranche1_pending_practice on tranche1_pending (practice_inami);
