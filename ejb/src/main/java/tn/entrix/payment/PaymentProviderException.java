package tn.entrix.payment;

import java.util.Map;
import tn.entrix.platform.EntrixException;

/** The payment provider could not be used: down or slow after retries (503), or refusing our calls (502). */
public class PaymentProviderException extends EntrixException {

    private PaymentProviderException(Kind kind, String code, String message) {
        super(kind, code, message, Map.of("provider", "FLOUCI"));
    }

    public static PaymentProviderException unavailable(String what) {
        return new PaymentProviderException(Kind.UNAVAILABLE, "PAYMENT_PROVIDER_UNAVAILABLE",
                "Flouci does not answer (" + what + "); try again in a few minutes");
    }

    public static PaymentProviderException rejected(String what) {
        return new PaymentProviderException(Kind.BAD_GATEWAY, "PAYMENT_PROVIDER_ERROR",
                "Flouci refused the call or answered something unexpected (" + what + ")");
    }

    public static PaymentProviderException notConfigured() {
        return new PaymentProviderException(Kind.UNAVAILABLE, "PAYMENT_PROVIDER_NOT_CONFIGURED",
                "Flouci payments are not configured (entrix.flouci.base-url, public-key, private-key, "
                        + "webhook-secret)");
    }
}
