package tn.entrix.identity;

/** What a single-use emailed link is for. */
public enum TokenPurpose {
    EMAIL_CONFIRMATION, PASSWORD_RESET
}
