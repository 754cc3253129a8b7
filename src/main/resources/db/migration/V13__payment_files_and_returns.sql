-- The message id of each payment file, unique across installations (a configured prefix and a UUID-derived part).
alter table payment_run add column message_id varchar(35);
create unique index ux_payment_run_message_id on payment_run (message_id);
