package be.psygate.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the console (Hawtio, through Jolokia at {@code /actuator/jolokia}) may do for whom, in line with the REST API:
 * reading is for the ops and admin roles; changing anything (a JMX write, or an operation that is not a read such
 * as stopping a route or purging a queue) is for the admin role. An ops user may still call the operations that only
 * read ({@code dump...}, {@code list...}, {@code get...}, {@code count...}, ...), which the Camel and JMX views need,
 * except those that show messages ({@code browse...}, any operation naming messages): the broker's queues hold
 * invoices, and an invoice names its patients. A request sent from another site's page (an {@code Origin} that is not
 * this server) is refused.
 */
public class JolokiaAccessFilter extends OncePerRequestFilter {

    static final Pattern READ_ONLY_OPERATION = Pattern.compile(
            "(dump|list|get|is|count|query|explain|find|has|print|retrieve|calculate|can|read)[A-Za-z0-9]*(\\(.*)?");
    /** Operations that show message contents: for the admin role only, whatever their verb. */
    static final Pattern MESSAGE_CONTENT = Pattern.compile("(?i)(browse.*|.*message.*)");
    private static final int MAX_BODY = 256 * 1024;

    private final String path;
    private final ObjectMapper json;

    /** @param path the Jolokia endpoint's path, e.g. {@code /actuator/jolokia} */
    public JolokiaAccessFilter(String path, ObjectMapper json) {
        this.path = path;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        return !(uri.equals(path) || uri.startsWith(path + "/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!sameOrigin(request)) {
            response.sendError(HttpStatus.FORBIDDEN.value(), "cross-site console request");
            return;
        }
        if (isAdmin()) {
            chain.doFilter(request, response);
            return;
        }
        if ("GET".equals(request.getMethod())) {
            String uri = request.getRequestURI().substring(request.getContextPath().length() + path.length());
            String type = uri.startsWith("/") ? uri.substring(1).split("/", 2)[0] : "";
            if (type.equalsIgnoreCase("write") || type.equalsIgnoreCase("exec")) {
                response.sendError(HttpStatus.FORBIDDEN.value(), "the console's changes need the admin role");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY || !onlyReads(body)) {
            response.sendError(HttpStatus.FORBIDDEN.value(), "the console's changes need the admin role");
            return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    private boolean onlyReads(byte[] body) {
        JsonNode tree;
        try {
            tree = json.readTree(body);
        } catch (IOException e) {
            return false;
        }
        if (tree == null) {
            return false;
        }
        List<JsonNode> requests = tree.isArray() ? iterate(tree) : List.of(tree);
        for (JsonNode r : requests) {
            String type = r.path("type").asText("").toLowerCase(Locale.ROOT);
            switch (type) {
                case "read", "list", "search", "version", "notification" -> {
                }
                case "exec" -> {
                    String operation = r.path("operation").asText("");
                    if (!READ_ONLY_OPERATION.matcher(operation).matches()
                            || MESSAGE_CONTENT.matcher(operation.split("\\(", 2)[0]).matches()) {
                        return false;
                    }
                }
                default -> {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<JsonNode> iterate(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }

    private static boolean isAdmin() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        return who != null && who.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
    }

    private static boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null || origin.isBlank()) {
            return true;
        }
        try {
            URI o = URI.create(origin.strip());
            String host = request.getHeader("Host");
            String expected = host != null ? host : request.getServerName() + ":" + request.getServerPort();
            String given = o.getPort() < 0 ? o.getHost() : o.getHost() + ":" + o.getPort();
            return given != null && (given.equalsIgnoreCase(expected)
                    || (o.getPort() < 0 && expected.equalsIgnoreCase(o.getHost() + ":" + defaultPort(o))));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int defaultPort(URI uri) {
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /** The request with its body read once already, handed on to Jolokia. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
