package tn.entrix.venue;

/** Rows are labelled 1, 2, 3… or A, B, … Z, AA, AB… */
public enum RowLabels {
    NUMBERS, LETTERS
}
