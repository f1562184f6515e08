package tn.entrix.identity;

import java.util.Set;

/** Who a verified token says the caller is, and the roles it may act as (the hierarchy already expanded). */
public record Caller(String username, Set<String> roles) {
}
