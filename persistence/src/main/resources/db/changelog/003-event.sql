--liquibase formatted sql

--changeset entrix:003-event
create sequence participant_seq start with 1 increment by 50;
create table participant (
    id           bigint        primary key,
    code         varchar(32)   not null,
    name         varchar(128)  not null,
    kind         varchar(16)   not null,
    category     varchar(64),
    nationality  varchar(2),
    logo_url     varchar(512),
    version      bigint        not null default 0,
    constraint participant_kind_ck check (kind in ('TEAM', 'ARTIST', 'SPEAKER'))
);
create unique index participant_code_uq on participant (code);

-- Relations are stored once per pair and kind, from the lower id to the higher: a rivalry has no direction.
create sequence participant_relation_seq start with 1 increment by 50;
create table participant_relation (
    id          bigint       primary key,
    first_id    bigint       not null references participant (id) on delete cascade,
    second_id   bigint       not null references participant (id) on delete cascade,
    kind        varchar(16)  not null,
    level       integer,
    constraint participant_relation_kind_ck check (kind in ('RIVALRY', 'PARTNERSHIP', 'AFFILIATION')),
    constraint participant_relation_order_ck check (first_id < second_id),
    constraint participant_relation_level_ck check (level is null or level between 1 and 5)
);
create unique index participant_relation_uq on participant_relation (first_id, second_id, kind);

create sequence event_group_seq start with 1 increment by 50;
create table event_group (
    id         bigint        primary key,
    parent_id  bigint        references event_group (id) on delete restrict,
    code       varchar(32)   not null,
    name       varchar(128)  not null,
    kind       varchar(16)   not null,
    starts_on  date,
    ends_on    date,
    version    bigint        not null default 0,
    constraint event_group_kind_ck check (kind in ('SEASON', 'TOURNAMENT', 'FESTIVAL', 'PHASE')),
    constraint event_group_dates_ck check (ends_on is null or starts_on is null or ends_on >= starts_on)
);
create unique index event_group_code_uq on event_group (code);

-- An event uses one mapping of its venue; a mapping used by an event cannot be deleted (on delete restrict).
create sequence event_seq start with 1 increment by 50;
create table event (
    id             bigint        primary key,
    code           varchar(32)   not null,
    name           varchar(160)  not null,
    kind           varchar(16)   not null,
    category       varchar(64),
    group_id       bigint        references event_group (id) on delete restrict,
    venue_id       bigint        not null references venue (id) on delete restrict,
    mapping_id     bigint        not null references venue_mapping (id) on delete restrict,
    starts_at      timestamptz   not null,
    ends_at        timestamptz   not null,
    doors_open_at  timestamptz   not null,
    status         varchar(16)   not null default 'DRAFT',
    derby          boolean       not null default false,
    metadata       jsonb         not null default '{}',
    version        bigint        not null default 0,
    constraint event_kind_ck check (kind in ('FOOTBALL', 'BASKETBALL', 'HANDBALL', 'CONCERT', 'CONFERENCE', 'OTHER')),
    constraint event_status_ck check (status in ('DRAFT', 'PUBLISHED', 'ON_SALE', 'CLOSED', 'DONE', 'POSTPONED',
                                                 'CANCELLED')),
    constraint event_times_ck check (ends_at > starts_at and doors_open_at <= starts_at)
);
create unique index event_code_uq on event (code);
create index event_starts_ix on event (starts_at);
create index event_mapping_ix on event (mapping_id);

create table event_participant (
    event_id        bigint       not null references event (id) on delete cascade,
    participant_id  bigint       not null references participant (id) on delete restrict,
    role            varchar(16)  not null,
    primary key (event_id, participant_id),
    constraint event_participant_role_ck check (role in ('HOME', 'AWAY', 'HEADLINER', 'SUPPORT', 'SPEAKER', 'GUEST'))
);
create index event_participant_participant_ix on event_participant (participant_id);
