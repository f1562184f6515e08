package tn.entrix.event;

/** A participant. */
public record ParticipantView(long id, String code, String name, ParticipantKind kind, String category,
                              String nationality, String logoUrl, long version) {

    static ParticipantView of(Participant p) {
        return new ParticipantView(p.getId(), p.getCode(), p.getName(), p.getKind(), p.getCategory(),
                p.getNationality(), p.getLogoUrl(), p.getVersion());
    }
}
