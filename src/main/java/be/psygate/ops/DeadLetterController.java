package be.psygate.ops;

import be.psygate.ops.BrokerAdmin.BrokerAdminException;
import be.psygate.ops.DeadLetters.QueueContent;
import be.psygate.ops.DeadLetters.QueueSummary;
import be.psygate.ops.DeadLetters.ReplayReport;
import be.psygate.ops.DeadLetters.UnknownMessageException;
import be.psygate.ops.DeadLetters.UnknownQueueException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/**
 * {@code /api/dead-letters}: the queues of undelivered messages, their content, and replays (reads for the ops role,
 * replays for the admin role, as every write).
 */
@RestController
@RequestMapping("/api/dead-letters")
public record DeadLetterController(DeadLetters deadLetters) {

    /** The dead-letter, expiry and parked-batch queues that hold messages. */
    @GetMapping
    public List<QueueSummary> queues() {
        return deadLetters.queues();
    }

    /** The first messages of a queue, oldest first. */
    @GetMapping("/{queue}")
    public QueueContent browse(@PathVariable String queue) {
        return deadLetters.browse(queue);
    }

    /** Every message of the queue sent back where it was going. */
    @PostMapping("/{queue}/replay")
    public ReplayReport replayAll(@PathVariable String queue) {
        return deadLetters.replayAll(queue);
    }

    /** One message sent back where it was going. */
    @PostMapping("/{queue}/{messageId}/replay")
    public ReplayReport replayOne(@PathVariable String queue, @PathVariable long messageId) {
        return deadLetters.replayOne(queue, messageId);
    }

    @ExceptionHandler({UnknownQueueException.class, UnknownMessageException.class})
    public ResponseEntity<Map<String, String>> unknown(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(BrokerAdminException.class)
    public ResponseEntity<Map<String, String>> brokerUnavailable(BrokerAdminException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(Map.of("error", e.getMessage()));
    }
}
