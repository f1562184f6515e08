package tn.entrix.platform;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current request comes from. The web layer fills it (a servlet filter) so that services can audit the IP
 * address without knowing about HTTP; outside a request (startup, batch) it stays empty.
 */
@RequestScoped
public class RequestOrigin {

    private String ipAddress;

    public String ipAddress() {
        return ipAddress;
    }

    public void ipAddress(String ipAddress) {
        this.ipAddress = ipAddress;
    }
}
