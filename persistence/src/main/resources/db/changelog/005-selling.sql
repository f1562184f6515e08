--liquibase formatted sql

--changeset entrix:005-ticket-types
-- What an event sells: a ticket type covers zones of the event's mapping, seated or standing, at a base price in
-- millimes, within a quota. held + sold <= quota is a database constraint: no code path can oversell a type.
create sequence ticket_type_seq start with 1 increment by 50;
create table ticket_type (
    id              bigint        primary key,
    event_id        bigint        not null references event (id) on delete cascade,
    code            varchar(32)   not null,
    name            varchar(128)  not null,
    seated          boolean       not null,
    base_price      bigint        not null,
    quota           integer       not null,
    held            integer       not null default 0,
    sold            integer       not null default 0,
    sale_starts_at  timestamptz,
    sale_ends_at    timestamptz,
    max_per_order   integer       not null default 10,
    max_per_user    integer,
    visibility      varchar(8)    not null default 'PUBLIC',
    version         bigint        not null default 0,
    constraint ticket_type_price_ck check (base_price >= 0),
    constraint ticket_type_stock_ck check (quota >= 0 and held >= 0 and sold >= 0 and held + sold <= quota),
    constraint ticket_type_limits_ck check (max_per_order between 1 and 100 and (max_per_user is null or max_per_user >= 1)),
    constraint ticket_type_window_ck check (sale_ends_at is null or sale_starts_at is null or sale_ends_at > sale_starts_at),
    constraint ticket_type_visibility_ck check (visibility in ('PUBLIC', 'GROUPS'))
);
create unique index ticket_type_code_uq on ticket_type (event_id, code);

create table ticket_type_zone (
    ticket_type_id  bigint not null references ticket_type (id) on delete cascade,
    zone_id         bigint not null references venue_zone (id) on delete restrict,
    primary key (ticket_type_id, zone_id)
);

-- A GROUPS ticket type is offered only to members of these groups (press, away supporters, residents...).
create table ticket_type_group (
    ticket_type_id  bigint not null references ticket_type (id) on delete cascade,
    group_id        bigint not null references user_group (id) on delete cascade,
    primary key (ticket_type_id, group_id)
);

-- Sale restrictions of an event: only members of these groups may buy (e.g. residents for a derby), and at most
-- max_tickets_per_user tickets per buyer across its ticket types.
alter table event add column max_tickets_per_user integer;
create table event_sale_group (
    event_id  bigint not null references event (id) on delete cascade,
    group_id  bigint not null references user_group (id) on delete cascade,
    primary key (event_id, group_id)
);

--changeset entrix:005-inventory
-- The seats an event sells, one row per seat of the zones of its seated ticket types (blocked and kill seats are
-- never inserted). A seat is FREE, HELD by one hold, or SOLD to one order; the primary key makes it one row per seat
-- and event, and every change is a conditional update on the status, so a seat is never held or sold twice.
create table event_seat (
    event_id        bigint      not null references event (id) on delete cascade,
    seat_id         bigint      not null references seat (id) on delete cascade,
    ticket_type_id  bigint      not null references ticket_type (id) on delete cascade,
    status          varchar(8)  not null default 'FREE',
    hold_id         bigint,
    order_id        bigint,
    primary key (event_id, seat_id),
    constraint event_seat_status_ck check (status in ('FREE', 'HELD', 'SOLD')),
    constraint event_seat_owner_ck check ((status = 'FREE' and hold_id is null and order_id is null)
        or (status = 'HELD' and hold_id is not null) or (status = 'SOLD' and order_id is not null))
);
create index event_seat_free_ix on event_seat (ticket_type_id, status, seat_id);
create index event_seat_hold_ix on event_seat (hold_id) where hold_id is not null;

--changeset entrix:005-pricing
-- Pricing rules, applied in priority order (lower first) to the unit price; an exclusive rule that applies stops the
-- rules after it. Each rule takes a percentage off, an amount off, or sets a price (millimes).
create sequence pricing_rule_seq start with 1 increment by 50;
create table pricing_rule (
    id               bigint        primary key,
    event_id         bigint        not null references event (id) on delete cascade,
    ticket_type_id   bigint        references ticket_type (id) on delete cascade,
    name             varchar(128)  not null,
    kind             varchar(16)   not null,
    priority         integer       not null default 100,
    exclusive        boolean       not null default false,
    percent_off      integer,
    amount_off       bigint,
    fixed_price      bigint,
    valid_until      timestamptz,
    first_n          integer,
    min_quantity     integer,
    group_id         bigint        references user_group (id) on delete cascade,
    promo_code       varchar(32),
    max_uses         integer,
    uses             integer       not null default 0,
    active           boolean       not null default true,
    version          bigint        not null default 0,
    constraint pricing_rule_kind_ck check (kind in ('EARLY_BIRD', 'GROUP_SIZE', 'MEMBER', 'VIP', 'PROMO_CODE')),
    constraint pricing_rule_effect_ck check (num_nonnulls(percent_off, amount_off, fixed_price) = 1),
    constraint pricing_rule_percent_ck check (percent_off is null or percent_off between 1 and 100),
    constraint pricing_rule_amounts_ck check ((amount_off is null or amount_off > 0) and (fixed_price is null or fixed_price >= 0)),
    constraint pricing_rule_uses_ck check (uses >= 0 and (max_uses is null or uses <= max_uses))
);
create index pricing_rule_event_ix on pricing_rule (event_id);
create unique index pricing_rule_promo_uq on pricing_rule (event_id, upper(promo_code)) where promo_code is not null;

--changeset entrix:005-holds-orders
create sequence seat_hold_seq start with 1 increment by 50;
create table seat_hold (
    id              bigint       primary key,
    user_id         bigint       not null references app_user (id) on delete restrict,
    event_id        bigint       not null references event (id) on delete cascade,
    ticket_type_id  bigint       not null references ticket_type (id) on delete cascade,
    quantity        integer      not null,
    status          varchar(10)  not null default 'ACTIVE',
    created_at      timestamptz  not null,
    expires_at      timestamptz  not null,
    constraint seat_hold_quantity_ck check (quantity between 1 and 100),
    constraint seat_hold_status_ck check (status in ('ACTIVE', 'ORDERED', 'RELEASED', 'EXPIRED'))
);
create index seat_hold_expiry_ix on seat_hold (expires_at) where status = 'ACTIVE';
create index seat_hold_user_ix on seat_hold (user_id, event_id);

create sequence order_number_seq start with 1 increment by 1;
create sequence ticket_order_seq start with 1 increment by 50;
create table ticket_order (
    id           bigint       primary key,
    number       varchar(24)  not null,
    user_id      bigint       not null references app_user (id) on delete restrict,
    event_id     bigint       not null references event (id) on delete restrict,
    hold_id      bigint       not null references seat_hold (id) on delete restrict,
    status       varchar(16)  not null,
    subtotal     bigint       not null,
    discount     bigint       not null,
    total        bigint       not null,
    promo_code   varchar(32),
    created_at   timestamptz  not null,
    expires_at   timestamptz  not null,
    paid_at      timestamptz,
    payment_id   varchar(64),
    version      bigint       not null default 0,
    constraint ticket_order_status_ck check (status in ('PENDING_PAYMENT', 'PAID', 'EXPIRED', 'CANCELLED', 'REFUNDED')),
    constraint ticket_order_amounts_ck check (subtotal >= 0 and discount >= 0 and total = subtotal - discount)
);
create unique index ticket_order_number_uq on ticket_order (number);
create unique index ticket_order_hold_uq on ticket_order (hold_id);
create index ticket_order_user_ix on ticket_order (user_id, created_at desc);
create index ticket_order_pending_ix on ticket_order (expires_at) where status = 'PENDING_PAYMENT';

create sequence order_item_seq start with 1 increment by 50;
create table order_item (
    id              bigint        primary key,
    order_id        bigint        not null references ticket_order (id) on delete cascade,
    ticket_type_id  bigint        not null references ticket_type (id) on delete restrict,
    seat_id         bigint        references seat (id) on delete restrict,
    base_price      bigint        not null,
    discount        bigint        not null,
    price           bigint        not null,
    breakdown       varchar(1000) not null,
    constraint order_item_price_ck check (price = base_price - discount and price >= 0)
);
create index order_item_order_ix on order_item (order_id);
