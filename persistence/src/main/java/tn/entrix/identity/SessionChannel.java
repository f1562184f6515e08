package tn.entrix.identity;

/** Where a login happened: a bearer token for the REST API, or the console's HTTP session. */
public enum SessionChannel {
    API, CONSOLE
}
