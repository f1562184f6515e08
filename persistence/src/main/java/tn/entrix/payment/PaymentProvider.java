package tn.entrix.payment;

/** The wallets and gateways Entrix takes money through. */
public enum PaymentProvider {
    FLOUCI
}
