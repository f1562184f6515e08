package tn.entrix.gate;

/** Which way a person passes the access point. */
public enum Direction {
    ENTRY, EXIT
}
