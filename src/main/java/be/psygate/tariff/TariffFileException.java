package be.psygate.tariff;

/** A tariff file that cannot be used as it is; the message names the line and what is wrong with it. */
public class TariffFileException extends RuntimeException {

    public TariffFileException(String message) {
        super(message);
    }

    public TariffFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
