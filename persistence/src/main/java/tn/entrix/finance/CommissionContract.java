package tn.entrix.finance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What Entrix keeps of a club's sales from a date on; the latest contract in force applies. */
@Entity
@Table(name = "commission_contract")
public class CommissionContract {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "commission_contract_seq")
    @SequenceGenerator(name = "commission_contract_seq", sequenceName = "commission_contract_seq", allocationSize = 50)
    private Long id;

    @Column(name = "club_id", nullable = false)
    private long clubId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private ContractKind kind;

    @Column(name = "fixed_per_ticket")
    private Long fixedPerTicket;

    @Column(name = "percent_bps")
    private Integer percentBps;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private String tiers;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected CommissionContract() {
    }

    public CommissionContract(long clubId, ContractKind kind, Long fixedPerTicket, Integer percentBps, String tiers,
                              LocalDate validFrom, Instant createdAt) {
        this.clubId = clubId;
        this.kind = kind;
        this.fixedPerTicket = fixedPerTicket;
        this.percentBps = percentBps;
        this.tiers = tiers;
        this.validFrom = validFrom;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getClubId() {
        return clubId;
    }

    public ContractKind getKind() {
        return kind;
    }

    public Long getFixedPerTicket() {
        return fixedPerTicket;
    }

    public Integer getPercentBps() {
        return percentBps;
    }

    public String getTiers() {
        return tiers;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
