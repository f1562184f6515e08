package tn.entrix.finance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** The commission of one paid order, frozen when it was paid: gross, Entrix's part, the club's net. Immutable. */
@Entity
@Table(name = "club_commission")
public class ClubCommission {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "club_commission_seq")
    @SequenceGenerator(name = "club_commission_seq", sequenceName = "club_commission_seq", allocationSize = 50)
    private Long id;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Column(name = "club_id", nullable = false)
    private long clubId;

    @Column(name = "contract_id", nullable = false)
    private long contractId;

    @Column(nullable = false)
    private int tickets;

    @Column(nullable = false)
    private long gross;

    @Column(nullable = false)
    private long commission;

    @Column(nullable = false)
    private long net;

    /** How the commission was computed, e.g. "6.00 % (tier from 10000 tickets)". */
    @Column(nullable = false, length = 64)
    private String rate;

    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;

    /** Set when the order is refunded: the commission no longer counts (the row stays for the record). */
    @Column(name = "refunded_at")
    private Instant refundedAt;

    protected ClubCommission() {
    }

    public ClubCommission(long orderId, long clubId, long contractId, int tickets, long gross, long commission,
                          String rate, Instant computedAt) {
        this.orderId = orderId;
        this.clubId = clubId;
        this.contractId = contractId;
        this.tickets = tickets;
        this.gross = gross;
        this.commission = commission;
        this.net = gross - commission;
        this.rate = rate;
        this.computedAt = computedAt;
    }

    public void refunded(Instant at) {
        if (refundedAt == null) {
            refundedAt = at;
        }
    }

    public Instant getRefundedAt() {
        return refundedAt;
    }

    public Long getId() {
        return id;
    }

    public long getOrderId() {
        return orderId;
    }

    public long getClubId() {
        return clubId;
    }

    public long getContractId() {
        return contractId;
    }

    public int getTickets() {
        return tickets;
    }

    public long getGross() {
        return gross;
    }

    public long getCommission() {
        return commission;
    }

    public long getNet() {
        return net;
    }

    public String getRate() {
        return rate;
    }

    public Instant getComputedAt() {
        return computedAt;
    }
}
