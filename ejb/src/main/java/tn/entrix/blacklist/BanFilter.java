package tn.entrix.blacklist;

/**
 * What a list of bans is narrowed to; every part optional. {@code active}: in force now (true) or not (false: lifted,
 * ended or not yet started). {@code userId}/{@code nationalId}: the bans that hit that person, by account or by CIN.
 * {@code eventId}: the bans whose scope covers that event (whatever their level). {@code text}: part of a username or
 * of a CIN.
 */
public record BanFilter(Boolean active, Long userId, String nationalId, Long eventId, BanSource source,
                        BanScope scope, String text) {

    public static BanFilter none() {
        return new BanFilter(null, null, null, null, null, null, null);
    }
}
