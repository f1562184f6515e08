--liquibase formatted sql

--changeset entrix:007-event-keys
-- The Ed25519 keys that sign an event's access tokens. key_id travels in every token (global, so a scanner finds the
-- public key from the token alone); private keys are sealed with AES-GCM under the server's master key
-- (entrix.access.master-key-file), never stored in clear. One active key per event signs; rotated ones still verify.
create sequence event_key_seq start with 1 increment by 1;
create table event_key (
    key_id              integer      primary key,
    event_id            bigint       not null references event (id) on delete cascade,
    algorithm           varchar(16)  not null default 'Ed25519',
    public_key          bytea        not null,
    private_key_sealed  bytea        not null,
    active              boolean      not null,
    created_at          timestamptz  not null,
    retired_at          timestamptz,
    constraint event_key_public_ck check (octet_length(public_key) = 32),
    constraint event_key_retired_ck check (active = (retired_at is null))
);
create unique index event_key_active_uq on event_key (event_id) where active;
create index event_key_event_ix on event_key (event_id);

--changeset entrix:007-access-rights
-- access_rights, the heart of the model: one row per ticket (and later per season pass and event), whose QR token
-- is signed over its id, event, zone, seat and validity. token_sha256 is unique: a code names one right, and only the
-- right's current token (a re-signed right's old token no longer matches).
create sequence access_right_seq start with 1 increment by 50;
create table access_right (
    id              bigint       primary key,
    user_id         bigint       not null references app_user (id) on delete restrict,
    event_id        bigint       not null references event (id) on delete restrict,
    order_id        bigint       references ticket_order (id) on delete restrict,
    order_item_id   bigint       references order_item (id) on delete restrict,
    ticket_type_id  bigint       references ticket_type (id) on delete restrict,
    zone_id         bigint       not null references venue_zone (id) on delete restrict,
    seat_id         bigint       references seat (id) on delete restrict,
    price           bigint       not null default 0,
    status          varchar(12)  not null default 'VALID',
    status_reason   varchar(32),
    valid_from      timestamptz  not null,
    valid_until     timestamptz  not null,
    key_id          integer      references event_key (key_id) on delete restrict,
    token           varchar(255),
    token_sha256    bytea,
    issued_at       timestamptz  not null,
    updated_at      timestamptz  not null,
    version         bigint       not null default 0,
    constraint access_right_status_ck check (status in ('VALID', 'USED', 'REVOKED', 'REFUNDED', 'TRANSFERRED')),
    constraint access_right_validity_ck check (valid_until > valid_from),
    constraint access_right_token_ck check ((token is null) = (token_sha256 is null) and (token is null) = (key_id is null))
);
create unique index access_right_token_uq on access_right (token_sha256);
-- one right per ticket sold, and a seat is never valid twice for an event
create unique index access_right_item_uq on access_right (order_item_id);
create unique index access_right_seat_uq on access_right (event_id, seat_id)
    where seat_id is not null and status in ('VALID', 'USED');
create index access_right_user_ix on access_right (user_id, event_id);
create index access_right_event_ix on access_right (event_id, status, id);
create index access_right_order_ix on access_right (order_id);

create table access_right_zone (
    access_right_id  bigint not null references access_right (id) on delete cascade,
    zone_id          bigint not null references venue_zone (id) on delete restrict,
    primary key (access_right_id, zone_id)
);
