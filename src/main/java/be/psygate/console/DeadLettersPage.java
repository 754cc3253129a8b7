package be.psygate.console;

import be.psygate.ops.DeadLetters;
import be.psygate.ops.DeadLetters.DeadLetter;
import be.psygate.ops.DeadLetters.QueueSummary;
import be.psygate.ops.DeadLetters.UnknownMessageException;
import be.psygate.ops.DeadLetters.UnknownQueueException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

import java.time.Instant;
import java.util.List;

/**
 * {@code /dead-letters}: the queues of undelivered messages and, for each, its first messages by id, time and the
 * queue they were going to; an admin replays a queue or one message through {@link DeadLetters}, as
 * {@code POST /api/dead-letters/...} does. The bodies never reach the page: an insurer's invoice names patients.
 */
@Controller
record DeadLettersPage(DeadLetters deadLetters) {

    @GetMapping("/dead-letters")
    String deadLetters(Model model) {
        model.addAttribute("queues", deadLetters.queues().stream().map(this::shown).toList());
        return "dead-letters";
    }

    @PostMapping("/dead-letters/{queue}/replay")
    String replayAll(@PathVariable String queue) {
        try {
            deadLetters.replayAll(queue);
        } catch (UnknownQueueException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/dead-letters";
    }

    @PostMapping("/dead-letters/{queue}/{messageId}/replay")
    String replayOne(@PathVariable String queue, @PathVariable long messageId) {
        try {
            deadLetters.replayOne(queue, messageId);
        } catch (UnknownQueueException | UnknownMessageException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/dead-letters";
    }

    private QueueView shown(QueueSummary queue) {
        List<MessageView> messages;
        try {
            messages = deadLetters.browse(queue.queue()).shown().stream().map(MessageView::of).toList();
        } catch (UnknownQueueException e) {
            // emptied and removed since it was listed
            messages = List.of();
        }
        return new QueueView(queue.queue(), queue.kind(), queue.messages(), messages);
    }

    /** A queue as the page shows it. */
    record QueueView(String queue, String kind, long count, List<MessageView> messages) {
    }

    /** A message as the page shows it: never its body nor its headers. */
    record MessageView(long messageId, Instant at, String originalQueue) {
        static MessageView of(DeadLetter m) {
            return new MessageView(m.messageId(), m.timestamp(),
                    m.originalQueue() != null ? m.originalQueue() : m.originalAddress());
        }
    }
}
