-- The message id of each payment file, unique across installations (a configured prefix and a UUID-derived part).
alter table payment_run add column message_id varchar(35);
create unique index ux_payment_run_message_id on payment_run (message_id);

-- A transfer the bank returned (a return or reversal on a statement, matched by end-to-end id) or rejected (a
-- pain.002 status report): when, why (the ISO reason code) and what said so. Its entries are owed again: they are
-- unlinked from it, and kept here, so that the next payment run pays them once more and the history stays whole.
alter table payment add column returned_at timestamp;
alter table payment add column return_reason varchar(35);
alter table payment add column return_source varchar(300);

create table payment_return_entry (
    payment_id bigint not null references payment (id),
    entry_id   bigint not null references practice_entry (id),
    primary key (payment_id, entry_id)
);
