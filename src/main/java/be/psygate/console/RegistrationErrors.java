package be.psygate.console;

import be.psygate.practice.FieldError;
import be.psygate.practice.InvalidRegistrationException;
import org.springframework.ui.Model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/** The problems of a form by the field they name, to show each next to its field. */
final class RegistrationErrors {

    private RegistrationErrors() {
    }

    /**
     * What a registration form answers: when no field is at fault as typed ({@code problems}) and the service takes
     * the registration ({@code register}, the path of what it registered), a redirect there; else the form again,
     * shown by {@code showAgain} with the problems by field.
     */
    static String registered(List<FieldError> problems, Supplier<String> register,
                             Function<Map<String, String>, String> showAgain) {
        if (problems.isEmpty()) {
            try {
                return "redirect:" + register.get();
            } catch (InvalidRegistrationException e) {
                problems.addAll(e.errors());
            }
        }
        return showAgain.apply(byField(problems));
    }

    /** The registration page {@code view} with the form as typed ({@code form}) and its problems by field. */
    static String showForm(Model model, String view, Object form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return view;
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
