package tn.entrix.event;

/** The orders a participant list offers; ties are broken by name then id. */
public enum ParticipantOrder {
    NAME("p.name"), CODE("p.code"), KIND("p.kind"), CATEGORY("p.category"), NATIONALITY("p.nationality");

    private final String path;

    ParticipantOrder(String path) {
        this.path = path;
    }

    String path() {
        return path;
    }
}
