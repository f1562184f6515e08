package tn.entrix.blacklist;

/** STANDARD always applies; REINFORCED only to events whose reinforced blacklist is on (derby J-7). */
public enum BanLevel {
    STANDARD, REINFORCED
}
