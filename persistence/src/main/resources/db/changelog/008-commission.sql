--liquibase formatted sql

--changeset entrix:008-commission
-- A club's contract with Entrix: what Entrix keeps of each paid order of the club's events (the club is the HOME
-- participant of a match, or the headliner's organiser set as the event's club). FIXED: millimes per ticket;
-- PERCENT: basis points of the order's total; TIERED: basis points by the club's cumulated tickets sold (tiers is
-- a JSON array [{"from": 0, "bps": 800}, {"from": 10000, "bps": 600}]).
create sequence commission_contract_seq start with 1 increment by 50;
create table commission_contract (
    id                bigint       primary key,
    club_id           bigint       not null references participant (id) on delete restrict,
    kind              varchar(8)   not null,
    fixed_per_ticket  bigint,
    percent_bps       integer,
    tiers             jsonb,
    valid_from        date         not null,
    created_at        timestamptz  not null,
    version           bigint       not null default 0,
    constraint commission_contract_kind_ck check (kind in ('FIXED', 'PERCENT', 'TIERED')),
    constraint commission_contract_terms_ck check (
        (kind = 'FIXED' and fixed_per_ticket is not null and fixed_per_ticket >= 0)
        or (kind = 'PERCENT' and percent_bps is not null and percent_bps between 0 and 10000)
        or (kind = 'TIERED' and tiers is not null))
);
create unique index commission_contract_club_uq on commission_contract (club_id, valid_from);

-- One row per paid order: gross, Entrix's commission and the net owed to the club, frozen when the order is paid.
create sequence club_commission_seq start with 1 increment by 50;
create table club_commission (
    id            bigint       primary key,
    order_id      bigint       not null references ticket_order (id) on delete restrict,
    club_id       bigint       not null references participant (id) on delete restrict,
    contract_id   bigint       not null references commission_contract (id) on delete restrict,
    tickets       integer      not null,
    gross         bigint       not null,
    commission    bigint       not null,
    net           bigint       not null,
    rate          varchar(64)  not null,
    computed_at   timestamptz  not null,
    constraint club_commission_amounts_ck check (gross >= 0 and commission >= 0 and commission <= gross
        and net = gross - commission)
);
create unique index club_commission_order_uq on club_commission (order_id);
create index club_commission_club_ix on club_commission (club_id, computed_at);
