-- H2 only. With WRITE_DELAY=0 every commit is written at once, and an identity column without a cache commits its
-- sequence every 32 values: a chunk write per 32 lines stored. Values are handed out from a cache of 10,000
-- instead, still in increasing order (H2 keeps one sequence for every connection); a restart may skip some.
alter table session_line alter column id set cache 10000;
alter table practice_entry alter column id set cache 10000;
alter table return_line alter column id set cache 10000;
