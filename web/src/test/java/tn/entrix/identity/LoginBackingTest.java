package tn.entrix.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** After the login, back to the console page asked for, and never anywhere else (no open redirect). */
class LoginBackingTest {

    @Test
    void aConsolePageWithItsQueryIsWhereTheLoginReturns() {
        assertEquals("/console/venues/list.xhtml", LoginBacking.target("/console/venues/list.xhtml"));
        assertEquals("/console/venues/mapping.xhtml?id=42", LoginBacking.target("/console/venues/mapping.xhtml?id=42"));
        assertEquals("/console/", LoginBacking.target("/console/"));
    }

    @Test
    void myAccountIsAPlaceToReturnTo() {
        assertEquals(LoginBacking.ACCOUNT_HOME, LoginBacking.target("/account/index.xhtml"));
        assertEquals(LoginBacking.HOME, LoginBacking.target("/account/reset.xhtml?token=x"));
    }

    @Test
    void anythingElseGoesToTheDashboard() {
        for (String from : new String[]{null, "", "/", "/api/v1/venues", "//evil.example/console/x",
                "https://evil.example/console/", "/console/../api/v1/users", "/console//evil.example",
                "/consoleX/index.xhtml", "/console/index.xhtml?next=https://evil.example", "/login.xhtml",
                "/console/index.xhtml\r\nSet-Cookie: x=y"}) {
            assertEquals(LoginBacking.HOME, LoginBacking.target(from), String.valueOf(from));
        }
    }

    @Test
    void aFanComesBackToTheShopOrTheirAccountAndNowhereElse() {
        assertEquals("/shop/event.xhtml?id=12", LoginBacking.fanTarget("/shop/event.xhtml?id=12"));
        assertEquals("/shop/checkout.xhtml?hold=3", LoginBacking.fanTarget("/shop/checkout.xhtml?hold=3"));
        assertEquals("/account/orders.xhtml", LoginBacking.fanTarget("/account/orders.xhtml"));
        for (String from : new String[]{null, "", "/console/index.xhtml", "//evil.example/shop/x.xhtml",
                "/shop/../api/v1/users.xhtml", "https://evil.example/shop/index.xhtml", "/shop/index.xhtml?x=//e\r\n"}) {
            assertEquals(LoginBacking.ACCOUNT_HOME, LoginBacking.fanTarget(from), String.valueOf(from));
        }
    }
}
