package tn.entrix.venue;

/** What a zone is in the venue: a stand holds sectors, a sector holds rows or seats; pit, box and area are leaves. */
public enum ZoneKind {
    STAND, SECTOR, ROW, PIT, BOX, AREA
}
