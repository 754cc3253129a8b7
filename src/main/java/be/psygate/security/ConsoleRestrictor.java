package be.psygate.security;

import be.psygate.ops.OperatorActions;
import be.psygate.ops.OperatorActions.OperatorAction;
import be.psygate.ops.Redaction;
import be.psygate.security.ConsolePolicy.Access;
import be.psygate.security.ConsolePolicy.Role;
import be.psygate.security.ConsolePolicy.Verdict;
import jakarta.servlet.http.HttpServletRequest;
import org.jolokia.server.core.service.api.Restrictor;
import org.jolokia.server.core.util.HttpMethod;
import org.jolokia.server.core.util.RequestType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import javax.management.ObjectName;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Jolokia's access policy for the console, applied by Jolokia itself on each request as it parsed it (after its own
 * decoding of the URL and the body), MBean by MBean: what {@link ConsolePolicy} allows the role of the user that
 * Spring Security authenticated on this request's thread. Jolokia's Spring Boot support takes this bean as its
 * restrictor.
 *
 * <p>Every change asked through the console (an attribute write, an operation that is not a read), and every refused
 * operation, is recorded in the operators' audit with the user, the MBean and the operation. Origins are checked
 * here too (Jolokia's strict origin check): a browser request from a page that is neither this server nor a
 * trusted origin is refused.
 */
@Component
public record ConsoleRestrictor(OperatorActions actions, Clock clock, Origins origins) implements Restrictor {

    private static final Logger log = LoggerFactory.getLogger(ConsoleRestrictor.class);
    private static final Set<RequestType> TYPES = EnumSet.of(RequestType.READ, RequestType.LIST, RequestType.SEARCH,
            RequestType.VERSION, RequestType.CONFIG, RequestType.EXEC, RequestType.WRITE);

    @Override
    public boolean isHttpMethodAllowed(HttpMethod method) {
        // operations are refused by GET in isOperationAllowed, where the request's type is known
        return method == HttpMethod.GET || method == HttpMethod.POST;
    }

    @Override
    public boolean isTypeAllowed(RequestType type) {
        return role() != Role.NONE && TYPES.contains(type);
    }

    @Override
    public boolean isAttributeReadAllowed(ObjectName name, String attribute) {
        return ConsolePolicy.decide(role(), Access.READ, name, attribute, byPost()).allowed();
    }

    @Override
    public boolean isAttributeWriteAllowed(ObjectName name, String attribute) {
        Verdict verdict = ConsolePolicy.decide(role(), Access.WRITE, name, attribute, byPost());
        audit(Access.WRITE, name, attribute, verdict);
        return verdict.allowed();
    }

    @Override
    public boolean isOperationAllowed(ObjectName name, String operation) {
        Verdict verdict = ConsolePolicy.decide(role(), Access.EXEC, name, operation, byPost());
        // the operations that only read are polled by the console every few seconds: reads, not audited
        if (!verdict.allowed() || !ConsolePolicy.readOnly(name, operation)) {
            audit(Access.EXEC, name, operation, verdict);
        }
        return verdict.allowed();
    }

    @Override
    public boolean isRemoteAccessAllowed(String... hostOrAddress) {
        // who may connect is the server's and the network's business; who may act is decided per request here
        return true;
    }

    @Override
    public boolean isOriginAllowed(String origin, boolean onlyWhenStrictCheckingIsEnabled) {
        if (origin == null) {
            return true;
        }
        HttpServletRequest request = currentRequest();
        return request != null && origins.isOwnOrTrusted(origin, request);
    }

    @Override
    public boolean isObjectNameHidden(ObjectName name) {
        return ConsolePolicy.hidden(name);
    }

    private void audit(Access access, ObjectName name, String member, Verdict verdict) {
        Authentication who = authentication();
        HttpServletRequest request = currentRequest();
        String summary = Redaction.mask(ConsolePolicy.describe(access, name, member)
                + (verdict.allowed() ? " allowed: " : " refused: ") + verdict.reason());
        OperatorAction action = new OperatorAction(null, who == null ? "(anonymous)" : who.getName(), clock.instant(),
                request == null ? "?" : request.getMethod(),
                request == null ? "/actuator/jolokia" : request.getRequestURI(), summary, verdict.allowed() ? 200 : 403);
        try {
            actions.record(action);
        } catch (DataAccessException e) {
            log.error("Console action not recorded ({}): {} by {}", e.getMessage(), summary, action.actor());
        }
        if (verdict.allowed()) {
            log.info("Console action: {} by {}", summary, action.actor());
        } else {
            log.warn("Console action: {} by {}", summary, action.actor());
        }
    }

    private boolean byPost() {
        HttpServletRequest request = currentRequest();
        return request != null && "POST".equals(request.getMethod());
    }

    private static Role role() {
        Authentication who = authentication();
        if (who == null) {
            return Role.NONE;
        }
        List<String> authorities = who.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        return ConsolePolicy.roleOf(authorities);
    }

    private static Authentication authentication() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        return who == null || !who.isAuthenticated() || who instanceof AnonymousAuthenticationToken ? null : who;
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }
}
