package be.psygate.ledger;

import be.psygate.rules.ReasonCode;

import java.util.List;

/** A stored line that must become rejected, with its reason. */
public record Rejection(long sessionId, ReasonCode reason, List<String> args) {
}
