package be.psygate.ops;

import be.psygate.ops.OperatorActions.OperatorAction;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ContentCachingRequestWrapper;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The audit of the operators' writes: every {@code POST} (or {@code PUT}, {@code PATCH}, {@code DELETE}) under
 * {@code /api/} by an authenticated user is recorded (who, when, method, path, a summary, the status answered),
 * refused ones included, and so is a console request refused before it reached Jolokia. It sits in the security
 * filter chain, after the login and around the access decision, so that a refusal is recorded with its 403.
 *
 * <p>The summary names the handler and the request's identifying fields ({@code inami}, {@code name},
 * {@code sftpUser}, {@code networkId}, {@code id}, and the query parameters); passwords, keys and anything else in the body are
 * never kept.
 *
 * <p>The console pages' filter ({@link #forConsolePages}) records every state-changing request of a page form the
 * same way, but logging in and out, with only the identifying fields of the form in its summary.
 */
public class OperatorActionFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(OperatorActionFilter.class);
    private static final List<String> SUMMARY_FIELDS = List.of("id", "inami", "name", "sftpUser", "networkId");
    private static final Pattern SECRET_PARAMETER = Pattern.compile("(?i).*(pass|secret|token|key|csrf).*");
    private static final int BODY_CACHE_LIMIT = 64 * 1024;
    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final String CONSOLE = "/actuator/jolokia";

    private final OperatorActions actions;
    private final ObjectMapper json;
    private final Clock clock;
    private final boolean pages;

    public OperatorActionFilter(OperatorActions actions, ObjectMapper json, Clock clock) {
        this(actions, json, clock, false);
    }

    private OperatorActionFilter(OperatorActions actions, ObjectMapper json, Clock clock, boolean pages) {
        this.actions = actions;
        this.json = json;
        this.clock = clock;
        this.pages = pages;
    }

    /** The audit of the console pages' forms: every state-changing request but the login and the logout. */
    public static OperatorActionFilter forConsolePages(OperatorActions actions, ObjectMapper json, Clock clock) {
        return new OperatorActionFilter(actions, json, clock, true);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (pages) {
            String path = path(request);
            return !STATE_CHANGING.contains(request.getMethod()) || path.equals("/login") || path.equals("/logout");
        }
        return !(STATE_CHANGING.contains(request.getMethod()) && path(request).startsWith("/api/")) && !console(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingRequestWrapper cached = new ContentCachingRequestWrapper(request, BODY_CACHE_LIMIT);
        boolean failed = true;
        try {
            chain.doFilter(cached, response);
            failed = false;
        } finally {
            Authentication who = SecurityContextHolder.getContext().getAuthentication();
            // a console request is recorded here only when refused before Jolokia saw it (e.g. from another site):
            // Jolokia's restrictor records the console's actions itself
            if (who != null && who.isAuthenticated() && !(who instanceof AnonymousAuthenticationToken)
                    && (!console(request) || response.getStatus() == 403)) {
                int status = failed && response.getStatus() < 400 ? 500 : response.getStatus();
                record(new OperatorAction(null, who.getName(), clock.instant(), request.getMethod(), path(request),
                        console(request) ? "console request refused before Jolokia" : summary(cached), status));
            }
        }
    }

    private void record(OperatorAction action) {
        try {
            actions.record(action);
            log.info("Operator action: {} {} {} by {} -> {}", action.method(), action.path(), action.summary(),
                    action.actor(), action.status());
        } catch (DataAccessException e) {
            log.error("Operator action not recorded ({}): {} {} by {} -> {}", e.getMessage(), action.method(),
                    action.path(), action.actor(), action.status());
        }
    }

    private String summary(ContentCachingRequestWrapper request) {
        List<String> parts = new ArrayList<>();
        Object handler = request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE);
        if (handler instanceof HandlerMethod method) {
            parts.add(method.getBeanType().getSimpleName() + "." + method.getMethod().getName());
        }
        for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
            // a page form's other fields (an IBAN, a password) are not the audit's business
            if (!SECRET_PARAMETER.matcher(p.getKey()).matches() && (!pages || SUMMARY_FIELDS.contains(p.getKey()))) {
                parts.add(p.getKey() + "=" + String.join(",", p.getValue()));
            }
        }
        byte[] body = request.getContentAsByteArray();
        if (body.length > 0) {
            try {
                JsonNode tree = json.readTree(body);
                for (String field : SUMMARY_FIELDS) {
                    JsonNode value = tree.get(field);
                    if (value != null && value.isValueNode() && !value.isNull()) {
                        parts.add(field + "=" + value.asText());
                    }
                }
            } catch (IOException e) {
                parts.add("(body not JSON)");
            }
        }
        return String.join(" ", parts);
    }

    private static boolean console(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.equals(CONSOLE) || path.startsWith(CONSOLE + "/");
    }

    private static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }
}
