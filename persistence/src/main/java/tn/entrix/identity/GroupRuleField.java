package tn.entrix.identity;

/** The profile field a rule group matches on (equality, case-insensitive for text). */
public enum GroupRuleField {
    CITY, GOVERNORATE, GENDER, LANGUAGE, FAVOURITE_CLUB, MARKETING_CONSENT
}
