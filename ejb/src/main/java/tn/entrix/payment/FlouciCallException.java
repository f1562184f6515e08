package tn.entrix.payment;

/**
 * A failed call to Flouci, already recorded as an attempt. {@link Transient} ones (5xx, timeout, I/O) are retried by
 * {@link FlouciClient}'s fault tolerance; the others (4xx, unreadable answer) are not: retrying cannot help.
 * Unchecked and no EntrixException on purpose: the service turns them into one, after retries.
 */
public class FlouciCallException extends RuntimeException {

    FlouciCallException(String message) {
        super(message);
    }

    public static class Transient extends FlouciCallException {
        Transient(String message) {
            super(message);
        }
    }
}
