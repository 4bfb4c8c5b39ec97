-- Spring Modulith's event publication registry (JPA): events committed with a transaction are
-- delivered to listeners even after a crash.
create table event_publication (
    id                     uuid          not null primary key,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       varchar(8000) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(32),
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_by_completion on event_publication (completion_date);

create table event_publication_archive (
    id                     uuid          not null primary key,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       varchar(8000) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(32),
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
