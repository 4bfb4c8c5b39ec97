-- SVC-5 periodic return visits: a rule of trigger MONTHLY or YEARLY plans, once per period, a visit of each
-- customer of the class it names (abc_class; null: every customer with a manager), due within the period and
-- made by the customer's manager (客户经理制: 定期走访). Practice in shared/seeds: 重点客户每月回访, 客户每年至少回访一次.
alter table sd_visit_rule add column abc_class varchar(1);
alter table sd_visit_rule drop constraint sd_visit_rule_trigger_ck;
alter table sd_visit_rule add constraint sd_visit_rule_trigger_ck
    check (trigger_kind in ('MATTER_RESOLVED', 'SALE', 'DELIVERY', 'INSTALLATION', 'MONTHLY', 'YEARLY'));
alter table sd_visit_rule drop constraint sd_visit_rule_kind_ck;
alter table sd_visit_rule add constraint sd_visit_rule_kind_ck
    check (visit_kind in ('AFTER_SERVICE', 'REPAIR_3DC', 'SALE_7DC', 'INSTALLATION', 'PERIODIC'));
alter table sd_return_visit drop constraint sd_return_visit_kind_ck;
alter table sd_return_visit add constraint sd_return_visit_kind_ck
    check (kind in ('AFTER_SERVICE', 'REPAIR_3DC', 'SALE_7DC', 'INSTALLATION', 'SAMPLE', 'PERIODIC'));

-- the key customers (class A) every month; every customer once a year, off until an administrator switches it on
insert into sd_visit_rule (code, name, trigger_kind, matter_type, visit_kind, min_days, max_days, second_tier_days, abc_class, active) values
    ('key-monthly', '重点客户月度回访', 'MONTHLY', null, 'PERIODIC', 0, 0, null, 'A', true),
    ('all-yearly', '客户年度回访', 'YEARLY', null, 'PERIODIC', 0, 0, null, null, false);
