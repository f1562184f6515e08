package tn.entrix.event;

import java.time.LocalDate;

/** A group of events. */
public record EventGroupView(long id, Long parentId, String code, String name, EventGroupKind kind,
                             LocalDate startsOn, LocalDate endsOn, long eventCount,
                             long version) {
}
