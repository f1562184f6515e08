/**
 * The blacklist: {@link tn.entrix.blacklist.BlacklistService} creates, lifts and lists bans;
 * {@link tn.entrix.blacklist.Bans} answers "is this person banned from this event?" for the gate and the sale.
 */
package tn.entrix.blacklist;
