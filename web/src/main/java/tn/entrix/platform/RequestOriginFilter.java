package tn.entrix.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Records the client's address, agent and base URL for the audit trail, sessions and emailed links (services read it from {@link RequestOrigin}). */
@WebFilter(urlPatterns = "/*")
public class RequestOriginFilter extends HttpFilter {

    @Inject
    RequestOrigin origin;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        origin.ipAddress(request.getRemoteAddr());
        origin.userAgent(request.getHeader("User-Agent"));
        // links in emails point back at the address the client used (unless entrix.public-url says otherwise)
        origin.baseUrl(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath());
        chain.doFilter(request, response);
    }
}
