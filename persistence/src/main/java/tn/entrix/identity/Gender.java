package tn.entrix.identity;

public enum Gender {
    FEMALE, MALE
}
