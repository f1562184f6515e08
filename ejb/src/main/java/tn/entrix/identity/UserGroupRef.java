package tn.entrix.identity;

/** A group a user belongs to, and how they got in. */
public record UserGroupRef(long id, String code, String name, GroupKind kind, MemberSource source) {
}
