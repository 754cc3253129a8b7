package be.psygate.billing.returns;

import java.util.Arrays;

/**
 * The kinds of answer an insurer sends about one invoice batch, with the eFact message type of each.
 */
public enum ReturnKind {

    /** 931000: the file was received; nothing is said yet about its content. */
    RECEIPT("931000", false),
    /** 920999: the file or its summaries are refused as a whole; nothing in it is processed. */
    FILE_REFUSED("920999", false),
    /** 920099: the sending is rejected, because of blocking errors or more than 5% of lines in error. */
    REJECTED("920099", true),
    /** 920098: the error rate is acceptable; the lines in error are listed, provisionally. */
    PROVISIONAL_ERRORS("920098", true),
    /**
     * 920900: acceptance and settlement: each session accepted (in full or in part) or refused, and per mutuality
     * the amounts and the payment reference.
     */
    SETTLEMENT("920900", true);

    private final String messageType;
    private final boolean listsSessions;

    ReturnKind(String messageType, boolean listsSessions) {
        this.messageType = messageType;
        this.listsSessions = listsSessions;
    }

    /** The eFact message type, six digits. */
    public String messageType() {
        return messageType;
    }

    /** Whether an answer of this kind lists sessions (at least one); a receipt or a file refusal lists none. */
    public boolean listsSessions() {
        return listsSessions;
    }

    /**
     * The kind whose eFact message type is {@code messageType}.
     *
     * @throws IllegalArgumentException when no kind has that message type
     */
    public static ReturnKind ofMessageType(String messageType) {
        return EfactCodes.find(values(), ReturnKind::messageType, messageType)
                .orElseThrow(() -> new IllegalArgumentException("message type " + messageType + " is not one of "
                        + Arrays.stream(values()).map(ReturnKind::messageType).toList()));
    }
}
