package tn.entrix.platform;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current request comes from. The web layer fills it (a servlet filter) so that services can audit the IP
 * address without knowing about HTTP; outside a request (startup, batch) it stays empty.
 */
@RequestScoped
public class RequestOrigin {

    private String ipAddress;
    private String userAgent;
    private String baseUrl;

    public String ipAddress() {
        return ipAddress;
    }

    public void ipAddress(String ipAddress) {
        this.ipAddress = ipAddress;
    }

    public String userAgent() {
        return userAgent;
    }

    public void userAgent(String userAgent) {
        this.userAgent = userAgent;
    }

    /** scheme://host:port/context of the request, for links the client can follow back. */
    public String baseUrl() {
        return baseUrl;
    }

    public void baseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }
}
