-- An accepted session that its insurer's format cannot carry is taken out of its invoice batch, so that it never
-- blocks the batch's other sessions, and held out of every later batch: still ACCEPTED, not billed, and why.
alter table session_line add column billing_hold varchar(1000);
