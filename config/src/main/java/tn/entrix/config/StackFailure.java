package tn.entrix.config;

/**
 * A failure the person running the stack can act on: the message says what failed and usually ends with the tail
 * of the log that explains it. {@link Stack} prints it without a stack trace and exits non-zero.
 */
final class StackFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    StackFailure(String message) {
        super(message);
    }

    StackFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
