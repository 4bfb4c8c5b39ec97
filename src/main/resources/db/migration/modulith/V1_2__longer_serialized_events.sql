-- An event may be longer than 8,000 characters: CustomersImported carries up to 1,000 customer ids, and once ids have
-- seven digits (past 1,000,000 customers) a chunk serialises to more than 8,000, which failed every large import
-- (found by the benchmark at 2,000,000 customers). 1,000,000 is within both H2's and PostgreSQL's varchar limits.
alter table event_publication alter column serialized_event set data type varchar(1000000);
alter table event_publication_archive alter column serialized_event set data type varchar(1000000);
