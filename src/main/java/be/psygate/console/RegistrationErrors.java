package be.psygate.console;

import be.psygate.practice.FieldError;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The problems of a form by the field they name, to show each next to its field. */
final class RegistrationErrors {

    private RegistrationErrors() {
    }

    static Map<String, String> byField(List<FieldError> errors) {
        Map<String, String> out = new LinkedHashMap<>();
        for (FieldError e : errors) {
            // sftpPublicKeys[2] is shown next to the keys' one field
            String field = e.field().replaceFirst("\\[\\d+]$", "");
            out.merge(field, e.message(), (a, b) -> a + "; " + b);
        }
        return out;
    }
}
