package tn.entrix.selling;

public enum OrderStatus {
    PENDING_PAYMENT, PAID, EXPIRED, CANCELLED, REFUNDED
}
