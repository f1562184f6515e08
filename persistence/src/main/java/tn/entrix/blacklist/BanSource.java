package tn.entrix.blacklist;

/** Who decided the ban. */
public enum BanSource {
    COURT_ORDER, CLUB_DECISION, FEDERATION
}
