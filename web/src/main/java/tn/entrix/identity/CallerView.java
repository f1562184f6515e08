package tn.entrix.identity;

import java.util.Set;

/** Who the API sees: the username and every role it may act as. */
public record CallerView(String username, Set<String> roles) {
}
