-- CUS-4 merge: the losing customer's archive is not renumbered or emptied (its documents keep their archive number,
-- items and files); it is linked to the winner's archive, follows the winner's manager, and closes, reopens and
-- gets its destruction date together with it.
alter table archive add column merged_into_id bigint references archive (id);
alter table archive add column merged_at timestamp with time zone;
create index archive_merged_into on archive (merged_into_id);
