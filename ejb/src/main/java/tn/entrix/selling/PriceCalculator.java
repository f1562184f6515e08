package tn.entrix.selling;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Prices one order line of {@code quantity} tickets of one type, ticket by ticket, in millimes.
 * <p>
 * Combination policy, the same for the fan's quote, the console and the order: the rules that apply are taken in
 * priority order (lower first, then by id); each works on the price left by the ones before it (a percentage of the
 * current price, an amount off, or a fixed price when that is lower); an <em>exclusive</em> rule that applies stops
 * the rules after it. A price never goes below zero. Percentages round half up to the millime.
 * <p>
 * Early bird "first N" counts the tickets already sold before this order: in an order that crosses the N-th ticket,
 * only the tickets up to N get it.
 */
public final class PriceCalculator {

    /** A rule as the calculator needs it (built from PricingRule). */
    public record Rule(long id, String name, PricingKind kind, int priority, boolean exclusive, Integer percentOff,
                       Long amountOff, Long fixedPrice, Instant validUntil, Integer firstN, Integer minQuantity,
                       Long groupId, String promoCode) {
    }

    /** Who buys, when, how many, with which code, and how many of the type were sold before. */
    public record Context(Instant now, int quantity, int soldBefore, Set<Long> buyerGroups, String promoCode) {
    }

    /** One rule applied to one ticket: its name and how many millimes it took off. */
    public record Applied(long ruleId, String name, long amount) {
    }

    /** One ticket's price: base, each rule applied, final price. */
    public record Line(long basePrice, List<Applied> applied, long price) {

        public long discount() {
            return basePrice - price;
        }

        /** "Early bird -2.000 TND; Résidents -1.000 TND", for the order item and the PDF. */
        public String describe() {
            if (applied.isEmpty()) {
                return "";
            }
            StringBuilder text = new StringBuilder();
            for (Applied a : applied) {
                if (!text.isEmpty()) {
                    text.append("; ");
                }
                text.append(a.name()).append(" -").append(Money.tnd(a.amount()));
            }
            return text.length() > 1000 ? text.substring(0, 1000) : text.toString();
        }
    }

    private PriceCalculator() {
    }

    public static List<Line> price(long basePrice, List<Rule> rules, Context context) {
        List<Rule> ordered = rules.stream()
                .sorted(Comparator.comparingInt(Rule::priority).thenComparingLong(Rule::id)).toList();
        List<Line> lines = new ArrayList<>(context.quantity());
        for (int i = 0; i < context.quantity(); i++) {
            int position = context.soldBefore() + i; // 0-based rank of this ticket among all sold of the type
            long price = basePrice;
            List<Applied> applied = new ArrayList<>();
            for (Rule rule : ordered) {
                if (!applies(rule, context, position)) {
                    continue;
                }
                long next = apply(rule, price);
                if (next < price) {
                    applied.add(new Applied(rule.id(), rule.name(), price - next));
                    price = next;
                }
                if (rule.exclusive()) {
                    break;
                }
            }
            lines.add(new Line(basePrice, List.copyOf(applied), price));
        }
        return lines;
    }

    static boolean applies(Rule rule, Context context, int position) {
        if (rule.validUntil() != null && !context.now().isBefore(rule.validUntil())) {
            return false;
        }
        return switch (rule.kind()) {
            case EARLY_BIRD -> rule.firstN() == null || position < rule.firstN();
            case GROUP_SIZE -> rule.minQuantity() != null && context.quantity() >= rule.minQuantity();
            case MEMBER, VIP -> rule.groupId() != null && context.buyerGroups().contains(rule.groupId());
            case PROMO_CODE -> rule.promoCode() != null && context.promoCode() != null
                    && rule.promoCode().equalsIgnoreCase(context.promoCode().strip());
        };
    }

    static long apply(Rule rule, long price) {
        long next;
        if (rule.percentOff() != null) {
            next = price - Math.round(price * rule.percentOff() / 100.0d);
        } else if (rule.amountOff() != null) {
            next = price - rule.amountOff();
        } else {
            next = Math.min(price, rule.fixedPrice());
        }
        return Math.max(0, next);
    }
}
