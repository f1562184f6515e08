package tn.entrix.platform;

/** Credentials missing, wrong, or a token that does not verify. Deliberately vague about which. */
public class UnauthenticatedException extends EntrixException {

    public UnauthenticatedException(String code, String message) {
        super(Kind.UNAUTHENTICATED, code, message);
    }
}
