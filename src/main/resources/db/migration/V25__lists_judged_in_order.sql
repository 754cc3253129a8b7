-- The lists of a network are judged one at a time, under the lock of its row, in the order they take it. Each list
-- that stores lines takes its network's next number in its own transaction, and its file records it. What a list
-- read before the lock (its patients' earlier sessions) is brought up to date under it with the lines of the lists
-- numbered since, in any network: lines are written by their list's transaction alone and never change after it.
alter table network add column judged_lists bigint default 0 not null;
alter table received_file add column judged_network varchar(32);
alter table received_file add column judged_seq bigint;
create index ix_received_file_judged on received_file (judged_network, judged_seq);
