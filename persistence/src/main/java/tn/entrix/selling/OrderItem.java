package tn.entrix.selling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One ticket of an order: its type, its seat if seated, base price, discount and price, and how it was priced. */
@Entity
@Table(name = "order_item")
public class OrderItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_item_seq")
    @SequenceGenerator(name = "order_item_seq", sequenceName = "order_item_seq", allocationSize = 50)
    private Long id;

    @Column(name = "ticket_type_id", nullable = false)
    private long ticketTypeId;

    @Column(name = "seat_id")
    private Long seatId;

    @Column(name = "base_price", nullable = false)
    private long basePrice;

    @Column(nullable = false)
    private long discount;

    @Column(nullable = false)
    private long price;

    /** The rules applied, as the fan and the console see them ("Early bird -2000; Résidents -1000"). */
    @Column(nullable = false, length = 1000)
    private String breakdown;

    protected OrderItem() {
    }

    public OrderItem(long ticketTypeId, Long seatId, long basePrice, long price, String breakdown) {
        this.ticketTypeId = ticketTypeId;
        this.seatId = seatId;
        this.basePrice = basePrice;
        this.price = price;
        this.discount = basePrice - price;
        this.breakdown = breakdown;
    }

    public Long getId() {
        return id;
    }

    public long getTicketTypeId() {
        return ticketTypeId;
    }

    public Long getSeatId() {
        return seatId;
    }

    public long getBasePrice() {
        return basePrice;
    }

    public long getDiscount() {
        return discount;
    }

    public long getPrice() {
        return price;
    }

    public String getBreakdown() {
        return breakdown;
    }
}
