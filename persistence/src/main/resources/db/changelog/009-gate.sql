--liquibase formatted sql

--changeset entrix:009-scanner-devices
-- A scanner device is enrolled by an admin for some access points and events; it authenticates every scan with its
-- own credential (only a SHA-256 of the secret is stored), next to the steward's login. Revoking a device refuses
-- its next scan at once. Devices are never deleted: the access control log names them.
create sequence scanner_device_seq start with 1 increment by 50;
create table scanner_device (
    id             bigint        primary key,
    name           varchar(128)  not null,
    secret_sha256  bytea         not null,
    status         varchar(12)   not null default 'ACTIVE',
    created_at     timestamptz   not null,
    created_by     varchar(64)   not null,
    revoked_at     timestamptz,
    revoked_by     varchar(64),
    last_seen_at   timestamptz,
    version        bigint        not null default 0,
    constraint scanner_device_status_ck check (status in ('ACTIVE', 'REVOKED')),
    constraint scanner_device_revoked_ck check ((status = 'REVOKED') = (revoked_at is not null)),
    constraint scanner_device_secret_ck check (octet_length(secret_sha256) = 32)
);
create unique index scanner_device_secret_uq on scanner_device (secret_sha256);

create table scanner_device_access_point (
    device_id        bigint not null references scanner_device (id) on delete cascade,
    access_point_id  bigint not null references access_point (id) on delete cascade,
    primary key (device_id, access_point_id)
);

create table scanner_device_event (
    device_id  bigint not null references scanner_device (id) on delete cascade,
    event_id   bigint not null references event (id) on delete cascade,
    primary key (device_id, event_id)
);

--changeset entrix:009-gate-policy
-- How an event's gates behave, apart from the venue's zone/gate map: re-entry (NONE: one entry, exits are recorded;
-- AFTER_EXIT: back in after an exit scan), the share of a zone's capacity that raises an alert on the live page,
-- and whether the zone capacity refuses entries once reached. No row means the defaults.
create table gate_policy (
    event_id               bigint       primary key references event (id) on delete cascade,
    reentry                varchar(12)  not null default 'NONE',
    alert_percent          integer      not null default 90,
    enforce_zone_capacity  boolean      not null default true,
    updated_at             timestamptz  not null,
    version                bigint       not null default 0,
    constraint gate_policy_reentry_ck check (reentry in ('NONE', 'AFTER_EXIT')),
    constraint gate_policy_alert_ck check (alert_percent between 1 and 100)
);

-- Derby segregation: the members of a supporter group may only use the rule's gates and sit in the rule's zones
-- (away fans in the away sector, through its gates); the rule's gates in turn refuse everyone else. A rule's gates
-- override the venue's zone/gate map for its members.
create sequence segregation_rule_seq start with 1 increment by 50;
create table segregation_rule (
    id        bigint        primary key,
    event_id  bigint        not null references event (id) on delete cascade,
    group_id  bigint        not null references user_group (id) on delete restrict,
    name      varchar(128)  not null,
    version   bigint        not null default 0
);
create unique index segregation_rule_group_uq on segregation_rule (event_id, group_id);

create table segregation_rule_zone (
    rule_id  bigint not null references segregation_rule (id) on delete cascade,
    zone_id  bigint not null references venue_zone (id) on delete restrict,
    primary key (rule_id, zone_id)
);

create table segregation_rule_access_point (
    rule_id          bigint not null references segregation_rule (id) on delete cascade,
    access_point_id  bigint not null references access_point (id) on delete restrict,
    primary key (rule_id, access_point_id)
);

--changeset entrix:009-scans
-- The access control log: every scan, admitted or denied, online or uploaded after offline work. (device_id, nonce)
-- is unique: a scan sent twice (a retry after a lost answer) is the same scan and gets the first decision back.
-- scanned_at is when it happened at the gate (the device's clock for offline scans), received_at when the server got
-- it. conflict flags offline admissions a supervisor must look at (one code admitted twice, a revoked code let in).
create sequence scan_seq start with 1 increment by 50;
create table scan (
    id               bigint       primary key default nextval('scan_seq'),
    device_id        bigint       not null references scanner_device (id) on delete restrict,
    steward          varchar(64)  not null,
    access_point_id  bigint       not null references access_point (id) on delete restrict,
    event_id         bigint       references event (id) on delete restrict,
    access_right_id  bigint       references access_right (id) on delete restrict,
    direction        varchar(8)   not null,
    nonce            varchar(64)  not null,
    scanned_at       timestamptz  not null,
    received_at      timestamptz  not null,
    decision         varchar(8)   not null,
    reason           varchar(24)  not null,
    supervisor       boolean      not null default false,
    offline          boolean      not null default false,
    conflict         varchar(24),
    constraint scan_direction_ck check (direction in ('ENTRY', 'EXIT')),
    constraint scan_decision_ck check (decision in ('ADMITTED', 'DENIED'))
);
create unique index scan_nonce_uq on scan (device_id, nonce);
create index scan_event_ix on scan (event_id, received_at);
create index scan_right_ix on scan (access_right_id, scanned_at) where access_right_id is not null;
create index scan_conflict_ix on scan (event_id, id) where conflict is not null;

--changeset entrix:009-presence
-- Who is inside, per access right, changed under the right's row lock: the check-and-admit of a scan. No row: never
-- entered.
create table access_presence (
    access_right_id       bigint       primary key references access_right (id) on delete cascade,
    event_id              bigint       not null references event (id) on delete cascade,
    inside                boolean      not null,
    entries               integer      not null,
    exits                 integer      not null,
    first_entry_at        timestamptz  not null,
    last_entry_at         timestamptz  not null,
    last_entry_point_id   bigint       references access_point (id) on delete set null,
    last_exit_at          timestamptz,
    last_exit_point_id    bigint       references access_point (id) on delete set null
);

-- Live figures, maintained by each admitted scan (never recomputed from the log). Spread over a few shards per key
-- so that thousands of scans a second do not queue on one counter row; readers sum the shards.
create table zone_occupancy (
    event_id  bigint    not null references event (id) on delete cascade,
    zone_id   bigint    not null references venue_zone (id) on delete cascade,
    shard     smallint  not null,
    entries   bigint    not null default 0,
    exits     bigint    not null default 0,
    primary key (event_id, zone_id, shard)
);

create table gate_traffic (
    event_id         bigint    not null references event (id) on delete cascade,
    access_point_id  bigint    not null references access_point (id) on delete cascade,
    shard            smallint  not null,
    entries          bigint    not null default 0,
    exits            bigint    not null default 0,
    denied           bigint    not null default 0,
    primary key (event_id, access_point_id, shard)
);

create table denial_count (
    event_id  bigint       not null references event (id) on delete cascade,
    reason    varchar(24)  not null,
    shard     smallint     not null,
    count     bigint       not null default 0,
    primary key (event_id, reason, shard)
);
