package tn.entrix.identity;

import java.util.Set;

/**
 * Who a verified token says the caller is, the roles it may act as (the hierarchy already expanded), and the session
 * (login) it belongs to.
 */
public record Caller(String username, Set<String> roles, String sessionId) {
}
