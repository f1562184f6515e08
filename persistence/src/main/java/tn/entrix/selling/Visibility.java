package tn.entrix.selling;

/** Who is offered a ticket type: everyone, or only members of its groups. */
public enum Visibility {
    PUBLIC, GROUPS
}
