package tn.entrix.selling;

/** Millimes shown as Tunisian dinars: 12500 → "12.500 TND" (three decimals, as Tunisians write them). */
public final class Money {

    private Money() {
    }

    public static String tnd(long millimes) {
        String sign = millimes < 0 ? "-" : "";
        long abs = Math.abs(millimes);
        return sign + (abs / 1000) + "." + String.format("%03d", abs % 1000) + " TND";
    }
}
