package tn.entrix.selling;

import jakarta.validation.constraints.Min;
import java.util.List;

/** Who may buy an event's tickets (members of these groups; empty = everyone) and how many each. */
public record SalePolicyRequest(List<Long> groupIds, @Min(1) Integer maxTicketsPerUser) {
    /** Explicit, so that the component constraints stay off the constructor parameters (see OpenApiSafeRecordsTest). */
    public SalePolicyRequest(List<Long> groupIds, Integer maxTicketsPerUser) {
        this.groupIds = groupIds;
        this.maxTicketsPerUser = maxTicketsPerUser;
    }
}
