--liquibase formatted sql

--changeset entrix:002-venue
create sequence venue_seq start with 1 increment by 50;
create table venue (
    id            bigint        primary key,
    name          varchar(128)  not null,
    slug          varchar(128)  not null,
    address       varchar(255),
    city          varchar(64)   not null,
    latitude      numeric(9, 6),
    longitude     numeric(9, 6),
    max_capacity  integer       not null,
    media         jsonb         not null default '[]',
    metadata      jsonb         not null default '{}',
    created_at    timestamptz   not null default now(),
    updated_at    timestamptz   not null default now(),
    version       bigint        not null default 0,
    constraint venue_capacity_ck check (max_capacity > 0),
    constraint venue_latitude_ck check (latitude between -90 and 90),
    constraint venue_longitude_ck check (longitude between -180 and 180)
);
create unique index venue_slug_uq on venue (slug);

-- A mapping is one configuration of a venue (football, concert...). Deleting a venue with mappings is refused
-- (on delete restrict): the back office deletes configurations one by one, knowingly.
create sequence venue_mapping_seq start with 1 increment by 50;
create table venue_mapping (
    id                  bigint        primary key,
    venue_id            bigint        not null references venue (id) on delete restrict,
    name                varchar(128)  not null,
    effective_capacity  integer       not null default 0,
    valid_from          date,
    valid_until         date,
    metadata            jsonb         not null default '{}',
    version             bigint        not null default 0,
    constraint venue_mapping_validity_ck check (valid_until is null or valid_from is null or valid_until >= valid_from)
);
create unique index venue_mapping_name_uq on venue_mapping (venue_id, lower(name));

create sequence venue_zone_seq start with 1 increment by 50;
create table venue_zone (
    id          bigint        primary key,
    mapping_id  bigint        not null references venue_mapping (id) on delete cascade,
    parent_id   bigint        references venue_zone (id) on delete cascade,
    code        varchar(32)   not null,
    name        varchar(128)  not null,
    kind        varchar(16)   not null,
    seating     varchar(16)   not null,
    capacity    integer       not null default 0,
    sort_order  integer       not null default 0,
    metadata    jsonb         not null default '{}',
    version     bigint        not null default 0,
    constraint venue_zone_kind_ck check (kind in ('STAND', 'SECTOR', 'ROW', 'PIT', 'BOX', 'AREA')),
    constraint venue_zone_seating_ck check (seating in ('SEATED', 'STANDING')),
    constraint venue_zone_capacity_ck check (capacity >= 0)
);
create unique index venue_zone_code_uq on venue_zone (mapping_id, code);
create index venue_zone_parent_ix on venue_zone (parent_id);

-- Seats carry their mapping as well as their zone: the reference is unique per mapping, and whole-mapping reads
-- (copy, export, capacity roll-up) need no join.
-- seats are only created in bulk by SeatWriter, which takes nextval per row inside its batched insert
create sequence seat_seq start with 1 increment by 1;
create table seat (
    id          bigint       primary key,
    mapping_id  bigint       not null references venue_mapping (id) on delete cascade,
    zone_id     bigint       not null references venue_zone (id) on delete cascade,
    reference   varchar(48)  not null,
    row_label   varchar(16)  not null,
    number      integer      not null,
    x           integer      not null default 0,
    y           integer      not null default 0,
    status      varchar(16)  not null default 'AVAILABLE',
    constraint seat_status_ck check (status in ('AVAILABLE', 'BLOCKED', 'KILL'))
);
create unique index seat_reference_uq on seat (mapping_id, reference);
create index seat_zone_ix on seat (zone_id);

create sequence access_point_seq start with 1 increment by 50;
create table access_point (
    id          bigint        primary key,
    mapping_id  bigint        not null references venue_mapping (id) on delete cascade,
    code        varchar(32)   not null,
    name        varchar(128)  not null,
    kind        varchar(16)   not null,
    metadata    jsonb         not null default '{}',
    version     bigint        not null default 0,
    constraint access_point_kind_ck check (kind in ('ENTRY', 'EXIT', 'BOTH'))
);
create unique index access_point_code_uq on access_point (mapping_id, code);

create table access_point_zone (
    access_point_id  bigint not null references access_point (id) on delete cascade,
    zone_id          bigint not null references venue_zone (id) on delete cascade,
    primary key (access_point_id, zone_id)
);
create index access_point_zone_zone_ix on access_point_zone (zone_id);
