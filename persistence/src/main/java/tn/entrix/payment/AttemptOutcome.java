package tn.entrix.payment;

/**
 * How a call to the provider ended. SERVER_ERROR, TIMEOUT and IO_ERROR are transient (retried); REJECTED (a 4xx:
 * wrong keys, bad request) and INVALID_RESPONSE are not.
 */
public enum AttemptOutcome {
    OK, REJECTED, SERVER_ERROR, TIMEOUT, IO_ERROR, INVALID_RESPONSE;

    public boolean transientFailure() {
        return this == SERVER_ERROR || this == TIMEOUT || this == IO_ERROR;
    }
}
