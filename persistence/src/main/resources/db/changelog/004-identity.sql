--liquibase formatted sql

--changeset entrix:004-account
-- Self-registration: an account is PENDING until its email is confirmed; ERASED after a GDPR erasure (the row stays
-- so orders, payments and audit rows keep a target, with every personal field pseudonymised).
alter table app_user drop constraint app_user_status_ck;
alter table app_user add constraint app_user_status_ck
    check (status in ('PENDING', 'ACTIVE', 'LOCKED', 'DISABLED', 'ERASED'));
alter table app_user add column phone varchar(16);
alter table app_user add column email_confirmed_at timestamptz;
-- Lockout after repeated failed logins: the counter resets on success, the lock lifts by itself after a cool-down.
alter table app_user add column failed_logins integer not null default 0;
alter table app_user add column locked_until timestamptz;
alter table app_user add column erased_at timestamptz;
-- Profile. Attendance history comes from the gates (later): it is read from the access log, not stored here.
alter table app_user add column birth_date date;
alter table app_user add column gender varchar(8);
alter table app_user add column city varchar(64);
alter table app_user add column governorate varchar(32);
alter table app_user add column national_id varchar(16);
alter table app_user add column favourite_club_id bigint references participant (id) on delete set null;
alter table app_user add column language varchar(2) not null default 'fr';
alter table app_user add column marketing_consent boolean not null default false;
alter table app_user add column marketing_consent_at timestamptz;
alter table app_user add constraint app_user_gender_ck check (gender is null or gender in ('FEMALE', 'MALE'));
alter table app_user add constraint app_user_language_ck check (language in ('fr', 'en', 'ar'));
create unique index app_user_national_id_uq on app_user (national_id) where national_id is not null;
create index app_user_city_ix on app_user (lower(city));

-- Single-use links sent by email (confirmation, password reset). Only a SHA-256 of the token is stored: a database
-- dump gives nobody a working link.
create sequence account_token_seq start with 1 increment by 50;
create table account_token (
    id          bigint       primary key,
    user_id     bigint       not null references app_user (id) on delete cascade,
    purpose     varchar(24)  not null,
    token_hash  varchar(64)  not null,
    created_at  timestamptz  not null,
    expires_at  timestamptz  not null,
    used_at     timestamptz,
    constraint account_token_purpose_ck check (purpose in ('EMAIL_CONFIRMATION', 'PASSWORD_RESET'))
);
create unique index account_token_hash_uq on account_token (token_hash);
create index account_token_user_ix on account_token (user_id, purpose);

-- Logins: one row per bearer token issued or console login; "log out everywhere" revokes them all.
create table user_session (
    id            varchar(36)  primary key,
    user_id       bigint       not null references app_user (id) on delete cascade,
    channel       varchar(8)   not null,
    created_at    timestamptz  not null,
    expires_at    timestamptz  not null,
    ip_address    varchar(64),
    user_agent    varchar(256),
    revoked_at    timestamptz,
    constraint user_session_channel_ck check (channel in ('API', 'CONSOLE'))
);
create index user_session_user_ix on user_session (user_id, created_at desc);

--changeset entrix:004-groups
-- Groups are what pricing rules, derby segregation and blacklists refer to. A rule group recomputes its RULE members
-- from the profile; manual and CSV members stay until removed.
create sequence user_group_seq start with 1 increment by 50;
create table user_group (
    id           bigint        primary key,
    code         varchar(64)   not null,
    name         varchar(128)  not null,
    kind         varchar(16)   not null,
    description  varchar(512),
    rule_field   varchar(24),
    rule_value   varchar(128),
    created_at   timestamptz   not null,
    version      bigint        not null default 0,
    constraint user_group_kind_ck check (kind in ('MARKETING', 'ACCESS', 'GEOGRAPHIC')),
    constraint user_group_rule_ck check ((rule_field is null) = (rule_value is null)),
    constraint user_group_rule_field_ck check (rule_field is null
        or rule_field in ('CITY', 'GOVERNORATE', 'GENDER', 'LANGUAGE', 'FAVOURITE_CLUB', 'MARKETING_CONSENT'))
);
create unique index user_group_code_uq on user_group (lower(code));

create table group_member (
    group_id  bigint       not null references user_group (id) on delete cascade,
    user_id   bigint       not null references app_user (id) on delete cascade,
    source    varchar(8)   not null,
    added_at  timestamptz  not null,
    primary key (group_id, user_id),
    constraint group_member_source_ck check (source in ('MANUAL', 'CSV', 'RULE', 'AUTO'))
);
create index group_member_user_ix on group_member (user_id);

-- Automatic assignment by purchase type: the selling module calls the hook with the purchase type and a context
-- (the season code); each active rule puts the buyer in a group (created on first use) and/or grants a role.
create sequence assignment_rule_seq start with 1 increment by 50;
create table assignment_rule (
    id              bigint       primary key,
    purchase_type   varchar(16)  not null,
    group_code      varchar(64),
    group_name      varchar(128),
    group_kind      varchar(16),
    role            varchar(32),
    active          boolean      not null default true,
    created_at      timestamptz  not null,
    version         bigint       not null default 0,
    constraint assignment_rule_type_ck check (purchase_type in ('TICKET', 'SEASON_PASS', 'VIP', 'SUBSCRIPTION')),
    constraint assignment_rule_target_ck check (group_code is not null or role is not null),
    constraint assignment_rule_role_ck check (role is null or role in ('USER', 'AUTHORITY', 'FINANCE'))
);
