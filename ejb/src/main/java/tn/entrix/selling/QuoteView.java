package tn.entrix.selling;

import java.util.List;

/** What the tickets cost, ticket by ticket, with every rule applied: what the fan sees before paying. */
public record QuoteView(List<PriceCalculator.Line> lines, long subtotal, long discount, long total) {

    static QuoteView of(List<PriceCalculator.Line> lines) {
        long subtotal = lines.stream().mapToLong(PriceCalculator.Line::basePrice).sum();
        long total = lines.stream().mapToLong(PriceCalculator.Line::price).sum();
        return new QuoteView(lines, subtotal, subtotal - total, total);
    }
}
