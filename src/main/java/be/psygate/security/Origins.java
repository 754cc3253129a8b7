package be.psygate.security;

import jakarta.servlet.http.HttpServletRequest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Whether a browser's {@code Origin} (or, lacking one, {@code Referer}) is this server's own origin or one of the
 * configured trusted origins. This server's origin is the request's scheme and {@code Host}, as a browser that loaded
 * a page from it would name it; behind a reverse proxy, {@code server.forward-headers-strategy} makes the scheme and
 * host the public ones.
 */
final class Origins {

    private final List<Origin> trusted;

    Origins(List<String> trustedOrigins) {
        this.trusted = trustedOrigins.stream().map(Origins::parse).filter(Objects::nonNull).toList();
    }

    /** Whether {@code originOrReferer} (never null) is this server or a trusted origin. */
    boolean isOwnOrTrusted(String originOrReferer, HttpServletRequest request) {
        Origin given = parse(originOrReferer);
        if (given == null) {
            return false;
        }
        return given.equals(own(request)) || trusted.contains(given);
    }

    private static Origin own(HttpServletRequest request) {
        String host = request.getHeader("Host");
        return parse(request.getScheme() + "://" + (host != null && !host.isBlank() ? host.strip()
                : request.getServerName() + ":" + request.getServerPort()));
    }

    /** Scheme, host and port of a URL or origin; null when it is none (e.g. {@code Origin: null}). */
    static Origin parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(text.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort() >= 0 ? uri.getPort() : "https".equals(scheme) ? 443 : "http".equals(scheme) ? 80 : -1;
            return new Origin(scheme, uri.getHost().toLowerCase(Locale.ROOT), port);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    record Origin(String scheme, String host, int port) {
    }
}
