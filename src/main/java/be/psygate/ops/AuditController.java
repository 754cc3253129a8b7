package be.psygate.ops;

import be.psygate.ops.OperatorActions.OperatorAction;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** {@code GET /api/audit}: the operators' latest writes, newest first (ops role). */
@RestController
@RequestMapping("/api/audit")
public record AuditController(OperatorActions actions, OpsProperties props) {

    /** @param limit how many (default 50, at most {@code psygate.ops.audit-limit}) */
    @GetMapping
    public List<OperatorAction> latest(@RequestParam(defaultValue = "50") int limit) {
        return actions.latest(Math.max(1, Math.min(limit, props.auditLimit())));
    }
}
