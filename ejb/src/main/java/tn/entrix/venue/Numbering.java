package tn.entrix.venue;

/**
 * How seat numbers run along a row, seen from the pitch. LEFT_TO_RIGHT and RIGHT_TO_LEFT count up from one end;
 * ODD_EVEN is the theatre way: odd numbers on the left half counting down to the centre aisle, even numbers on the
 * right half counting up from it (… 5 3 1 | 2 4 6 …).
 */
public enum Numbering {
    LEFT_TO_RIGHT, RIGHT_TO_LEFT, ODD_EVEN
}
