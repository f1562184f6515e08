--liquibase formatted sql

--changeset entrix:006-payment
-- Payments through a wallet provider (Flouci). A payment is a record of its own with a life cycle:
-- PENDING -> SUCCESS | FAILURE | EXPIRED | SUSPICIOUS, each final state reached once, under a row lock, after the
-- provider's own verify call said so (a webhook is only a trigger).
create sequence payment_seq start with 1 increment by 50;
create table payment (
    id                bigint        primary key,
    provider          varchar(16)   not null,
    -- the provider's id of the payment (Flouci's payment_id): a webhook names it, so it is unique
    payment_id        varchar(64)   not null,
    -- what the payment pays for, as sent to the provider (Flouci's developer_tracking_id)
    tracking_id       varchar(64)   not null,
    -- the order this pays, once orders exist (005 is the selling tables'). No foreign key yet, on purpose: it
    -- arrives with the orders, in a later changeset.
    order_id          bigint,
    label             varchar(128),
    amount_millimes   bigint        not null,
    -- the amount the provider's verify call reported, when it was read
    verified_millimes bigint,
    status            varchar(12)   not null,
    link              varchar(1024) not null,
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null,
    processed_at      timestamptz,
    constraint payment_amount_ck check (amount_millimes > 0),
    constraint payment_status_ck check (status in ('PENDING', 'SUCCESS', 'FAILURE', 'EXPIRED', 'SUSPICIOUS')),
    constraint payment_provider_ck check (provider in ('FLOUCI'))
);
create unique index payment_provider_id_uq on payment (provider, payment_id);
create index payment_status_ix on payment (status, created_at);
create index payment_tracking_ix on payment (tracking_id);

-- Every call to the provider, successful or not, in a transaction of its own (it survives the caller's rollback):
-- what was asked (never a key), how long it took, what came back.
create sequence payment_attempt_seq start with 1 increment by 50;
create table payment_attempt (
    id               bigint         primary key,
    provider         varchar(16)    not null,
    operation        varchar(12)    not null,
    payment_id       varchar(64),
    tracking_id      varchar(64),
    -- as payment.order_id: no foreign key until orders exist
    order_id         bigint,
    request_summary  varchar(1024)  not null,
    http_status      integer,
    latency_ms       integer        not null,
    outcome          varchar(16)    not null,
    error            varchar(1024),
    created_at       timestamptz    not null,
    constraint payment_attempt_operation_ck check (operation in ('GENERATE', 'VERIFY')),
    constraint payment_attempt_outcome_ck check (outcome in ('OK', 'REJECTED', 'SERVER_ERROR', 'TIMEOUT',
        'IO_ERROR', 'INVALID_RESPONSE'))
);
create index payment_attempt_payment_ix on payment_attempt (payment_id, created_at);
create index payment_attempt_tracking_ix on payment_attempt (tracking_id, created_at);
