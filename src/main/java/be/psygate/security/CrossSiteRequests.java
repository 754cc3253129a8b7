package be.psygate.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.Locale;
import java.util.Set;

/**
 * The requests another site's page may have made with an operator's browser, and that the gateway therefore refuses
 * whatever the credentials the browser added: a state-changing request ({@code POST}, {@code PUT}, {@code PATCH},
 * {@code DELETE}) or any console request ({@code /actuator/jolokia}, which can change state by {@code GET} in other
 * setups and shows the JVM's data) whose {@code Sec-Fetch-Site} is {@code cross-site} or {@code same-site}, or whose
 * {@code Origin} is present and is neither this server's origin nor a trusted one. A client that is no browser (no
 * {@code Origin}, no {@code Sec-Fetch-Site}) is not concerned.
 *
 * <p>The API takes HTTP basic and keeps no session, so there is no cookie to tie a CSRF token to; browsers send these
 * headers on every such request, which is what the check needs.
 */
record CrossSiteRequests(Origins origins, String consolePath) implements RequestMatcher {

    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> OTHER_SITE = Set.of("cross-site", "same-site");

    @Override
    public boolean matches(HttpServletRequest request) {
        if (!STATE_CHANGING.contains(request.getMethod()) && !isConsole(request)) {
            return false;
        }
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && OTHER_SITE.contains(site.strip().toLowerCase(Locale.ROOT))) {
            return true;
        }
        String origin = request.getHeader("Origin");
        return origin != null && !origins.isOwnOrTrusted(origin, request);
    }

    private boolean isConsole(HttpServletRequest request) {
        // as the container decoded it, so that an encoded path cannot pass for another one
        String uri = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return uri.equals(consolePath) || uri.startsWith(consolePath + "/");
    }
}
