package tn.entrix.blacklist;

/** Whether a user is banned from an event at an instant, and by which ban (null when not). */
public record BanCheckView(long userId, long eventId, boolean banned, BanMatch match) {
}
