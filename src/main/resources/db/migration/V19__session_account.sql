-- A session's way after intake (the batch that invoices it, a hold out of billing, the insurer's word on it) in a
-- narrow table of its own, written by one ledger (AccountLedger), instead of columns of session_line.
--
-- Why: session_line is the widest table and carries nine indexes; recording a session's batch there wrote a new
-- version of the whole row and an entry in every index, a million times for a billing run of a million sessions,
-- and again for each of the insurer's answers. Here a billing run inserts two numbers a session into a table with
-- two indexes, and an answer updates columns no index holds. A session has a row from the moment it is first put
-- in a batch (or held out of billing); a session without a row is accepted and not yet invoiced.
create table session_account (
    session_id       bigint        not null primary key references session_line (id),
    invoice_batch_id bigint        references invoice_batch (id),
    -- an accepted session its insurer's format cannot carry: held out of every batch, and why
    billing_hold     varchar(1000),
    -- the insurer's word on the session, as it stands (money.account's SessionState), what it paid, its error code
    insurer_state    varchar(16),
    insurer_paid     numeric(10, 2),
    insurer_error    varchar(20),
    payment_ref      varchar(40)
);
create index ix_session_account_batch on session_account (invoice_batch_id);

insert into session_account (session_id, invoice_batch_id, billing_hold, insurer_state, insurer_paid, insurer_error,
                             payment_ref)
select id, invoice_batch_id, billing_hold, insurer_state, insurer_paid, insurer_error, payment_ref
from session_line
where invoice_batch_id is not null or billing_hold is not null or insurer_state is not null
   or insurer_paid is not null or insurer_error is not null or payment_ref is not null;

-- the batch's index and foreign key go with their column
drop index ix_session_line_uninvoiced;
alter table session_line drop column invoice_batch_id;
alter table session_line drop column billing_hold;
alter table session_line drop column insurer_state;
alter table session_line drop column insurer_paid;
alter table session_line drop column insurer_error;
alter table session_line drop column payment_ref;
