/**
 * The blacklist: bans of a person (account and/or CIN) from all events, a club's events or one event, lifted but
 * never deleted.
 */
package tn.entrix.blacklist;
