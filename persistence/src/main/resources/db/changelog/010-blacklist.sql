--liquibase formatted sql

--changeset entrix:010-blacklist
-- The blacklist. A ban hits a person by account (user_id), by national ID (CIN, 8 digits as the profile stores it:
-- it then hits whichever account carries that CIN on its profile, today or later), or both. Scope: every event, the
-- events of one club (the club is the event's HOME participant, or its HEADLINER when there is no match — the same
-- "club of an event" as the commission), or one event. A REINFORCED ban applies only to events whose reinforced
-- blacklist is on (derby J-7); a STANDARD one always. Never deleted: lifting keeps the row and says who and why.
create sequence ban_seq start with 1 increment by 50;
create table ban (
    id           bigint        primary key,
    user_id      bigint        references app_user (id) on delete restrict,
    national_id  varchar(16),
    reason       text          not null,
    source       varchar(16)   not null,
    scope        varchar(16)   not null,
    club_id      bigint        references participant (id) on delete restrict,
    event_id     bigint        references event (id) on delete restrict,
    level        varchar(16)   not null,
    starts_at    timestamptz   not null,
    ends_at      timestamptz,
    lifted_at    timestamptz,
    lifted_by    varchar(64),
    lift_reason  text,
    created_by   varchar(64)   not null,
    created_at   timestamptz   not null,
    version      bigint        not null default 0,
    constraint ban_identity_ck check (user_id is not null or national_id is not null),
    constraint ban_national_id_ck check (national_id is null or national_id ~ '^[0-9]{8}$'),
    constraint ban_source_ck check (source in ('COURT_ORDER', 'CLUB_DECISION', 'FEDERATION')),
    constraint ban_scope_ck check (
        (scope = 'ALL_EVENTS' and club_id is null and event_id is null)
        or (scope = 'CLUB' and club_id is not null and event_id is null)
        or (scope = 'EVENT' and event_id is not null and club_id is null)),
    constraint ban_level_ck check (level in ('STANDARD', 'REINFORCED')),
    constraint ban_dates_ck check (ends_at is null or ends_at > starts_at),
    constraint ban_lift_ck check ((lifted_at is null) = (lifted_by is null))
);
-- the gate asks "is this user banned?" on every scan: by account or by CIN, each an index lookup
create index ban_user_ix on ban (user_id);
create index ban_national_id_ix on ban (national_id);
create index ban_event_ix on ban (event_id) where event_id is not null;
create index ban_club_ix on ban (club_id) where club_id is not null;
create index ban_created_ix on ban (created_at);

-- The derby J-7 switch: REINFORCED bans apply to this event. On by default for a derby (the service sets it).
alter table event add column blacklist_reinforced boolean not null default false;
