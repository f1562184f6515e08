package tn.entrix.event;

/** A relation seen from one participant. */
public record RelationView(long id, long otherId, String otherCode, String otherName, RelationKind kind,
                           Integer level) {
}
