package tn.entrix.selling;

import java.util.List;

public record SalePolicyView(long eventId, List<Long> groupIds, Integer maxTicketsPerUser) {
}
