-- One instance delivers a batch at a time (issue "Operations and reliability": two gateways asked for a billing run
-- at once each delivered every pending batch). The instance that delivers a batch claims it first: delivering_since
-- is when; a claim older than psygate.billing.delivery-lease (its instance died while delivering) may be taken
-- again; a delivered batch, or one whose delivery failed, holds no claim.
alter table invoice_batch add column delivering_since timestamp;
