package tn.entrix.identity;

/** A bearer token as OAuth clients expect it. */
public record TokenView(String access_token, String token_type, long expires_in) {
}
