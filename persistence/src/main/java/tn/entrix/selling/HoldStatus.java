package tn.entrix.selling;

public enum HoldStatus {
    ACTIVE, ORDERED, RELEASED, EXPIRED
}
