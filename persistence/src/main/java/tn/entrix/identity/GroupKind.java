package tn.entrix.identity;

/** Marketing segment, access-control group (home ultras, away supporters, press) or geographic (governorate). */
public enum GroupKind {
    MARKETING, ACCESS, GEOGRAPHIC
}
