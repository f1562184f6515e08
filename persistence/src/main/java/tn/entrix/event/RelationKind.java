package tn.entrix.event;

/** How two participants relate. A RIVALRY with a level makes their matches derbies. */
public enum RelationKind {
    RIVALRY, PARTNERSHIP, AFFILIATION
}
