package tn.entrix.event;

import java.util.List;

/** What a calendar import created. */
public record CalendarImportView(long groupId, int created, List<String> codes) {
}
