--liquibase formatted sql

--changeset entrix:012-refunds
-- Refunds. A paid order refunded by staff keeps its row (status REFUNDED) with when and why; its commission row
-- stays too, marked refunded, so finance totals count only commissions whose order still stands.
alter table ticket_order add column refunded_at timestamptz;
alter table ticket_order add column refund_reason varchar(256);
alter table club_commission add column refunded_at timestamptz;

-- REFUND_DUE: money Flouci took that we must give back (no refund call in Flouci's API v2: finance does it): an
-- order refunded by staff, or a payment that succeeded for an order that could no longer be paid (expired,
-- cancelled, or paid by another payment meanwhile).
alter table payment drop constraint payment_status_ck;
alter table payment add constraint payment_status_ck
    check (status in ('PENDING', 'SUCCESS', 'FAILURE', 'EXPIRED', 'SUSPICIOUS', 'REFUND_DUE'));
