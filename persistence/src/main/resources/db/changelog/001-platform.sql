--liquibase formatted sql

--changeset entrix:001-identity
create sequence app_user_seq start with 1 increment by 50;
create table app_user (
    id             bigint       primary key,
    username       varchar(64)  not null,
    email          varchar(254),
    display_name   varchar(128),
    password_hash  varchar(255) not null,
    status         varchar(16)  not null default 'ACTIVE',
    created_at     timestamptz  not null default now(),
    version        bigint       not null default 0,
    constraint app_user_status_ck check (status in ('ACTIVE', 'LOCKED', 'DISABLED'))
);
create unique index app_user_username_uq on app_user (lower(username));
create unique index app_user_email_uq on app_user (lower(email));

-- A user holds roles; role_implication expands them (SUPERADMIN can do what ADMIN can, and so on down to USER),
-- so the identity store's group query returns every role the user may act as.
create table user_role (
    user_id     bigint      not null references app_user (id) on delete cascade,
    role        varchar(32) not null,
    granted_at  timestamptz not null default now(),
    primary key (user_id, role),
    constraint user_role_ck check (role in ('USER', 'BADGECHECKER', 'ADMIN', 'SUPERADMIN', 'AUTHORITY', 'FINANCE'))
);
create table role_implication (
    role     varchar(32) not null,
    implied  varchar(32) not null,
    primary key (role, implied)
);
insert into role_implication (role, implied) values
    ('USER', 'USER'),
    ('BADGECHECKER', 'BADGECHECKER'), ('BADGECHECKER', 'USER'),
    ('ADMIN', 'ADMIN'), ('ADMIN', 'BADGECHECKER'), ('ADMIN', 'USER'),
    ('SUPERADMIN', 'SUPERADMIN'), ('SUPERADMIN', 'ADMIN'), ('SUPERADMIN', 'BADGECHECKER'), ('SUPERADMIN', 'USER'),
    ('AUTHORITY', 'AUTHORITY'),
    ('FINANCE', 'FINANCE');

--changeset entrix:001-audit
create sequence audit_log_seq start with 1 increment by 50;
create table audit_log (
    id           bigint       primary key,
    occurred_at  timestamptz  not null,
    actor        varchar(64)  not null,
    action       varchar(64)  not null,
    entity_type  varchar(64)  not null,
    entity_id    varchar(64),
    ip_address   varchar(64),
    severity     varchar(16)  not null,
    details      varchar(2000),
    constraint audit_log_severity_ck check (severity in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL'))
);
create index audit_log_entity_ix on audit_log (entity_type, entity_id);
create index audit_log_occurred_ix on audit_log (occurred_at);
