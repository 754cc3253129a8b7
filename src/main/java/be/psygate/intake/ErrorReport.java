package be.psygate.intake;

import be.psygate.rules.Language;
import be.psygate.rules.ReasonCatalogue;
import be.psygate.rules.ReasonCode;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The answer to a file that could not be processed at all ({@code out/<file>.error.txt}): what is wrong, that the
 * file was kept and nothing billed, and what to do, in the practice's language.
 */
public final class ErrorReport {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Europe/Brussels"));

    private static final Map<Language, String[]> TEXT = Map.of(
            Language.FR, new String[]{
                    "Le fichier \"%s\" reçu le %s n'a pas pu être traité.",
                    "Raison",
                    "Le fichier est conservé (référence %s) et aucune séance qu'il contient n'a été facturée.",
                    "Corrigez le fichier et déposez-le à nouveau dans in/ (ou check/ pour un simple contrôle)."},
            Language.NL, new String[]{
                    "Het bestand \"%s\", ontvangen op %s, kon niet worden verwerkt.",
                    "Reden",
                    "Het bestand is bewaard (referentie %s) en geen enkele sessie eruit werd gefactureerd.",
                    "Verbeter het bestand en plaats het opnieuw in in/ (of check/ voor een controle)."},
            Language.EN, new String[]{
                    "The file \"%s\" received on %s could not be processed.",
                    "Reason",
                    "The file was kept (reference %s) and none of its sessions was billed.",
                    "Correct the file and upload it again to in/ (or to check/ to have it checked only)."});

    private ErrorReport() {
    }

    public static String render(ReasonCatalogue reasons, Language language, String fileName, Instant receivedAt,
                                String reference, ReasonCode code, List<String> args) {
        String[] t = TEXT.get(language);
        String reason = reasons.text(code, language, args.toArray());
        StringBuilder b = new StringBuilder();
        b.append(String.format(t[0], fileName, WHEN.format(receivedAt))).append("\r\n\r\n");
        b.append(t[1]).append(" (").append(code.name()).append("): ").append(reason).append("\r\n\r\n");
        if (code != ReasonCode.FILE_DUPLICATE) {
            b.append(String.format(t[2], reference)).append("\r\n");
            b.append(t[3]).append("\r\n");
        }
        return b.toString();
    }
}
