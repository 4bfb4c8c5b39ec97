-- CUS-5: customers with no follow-up return to the public pool after a warning; the warning time is kept
-- so that each customer is warned once and returns only after the warning period.
alter table customer add column pool_warned_at timestamp with time zone;
create index customer_pool_recycling on customer (owner_staff_id, abc_class, last_follow_up_at);
