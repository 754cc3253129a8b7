package be.psygate.console;

import be.psygate.ledger.FileLedger;
import be.psygate.ledger.FileRecord;
import be.psygate.ledger.SessionLedger;
import be.psygate.payments.PaymentLedger;
import be.psygate.practice.FieldError;
import be.psygate.practice.NetworkService;
import be.psygate.practice.Practice;
import be.psygate.practice.PracticeRegistration;
import be.psygate.practice.PracticeRepository;
import be.psygate.practice.PracticeService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code /practices}: the practices, and for an admin the form that registers one through {@link PracticeService}
 * as {@code POST /api/practices} does; {@code /practices/{inami}}: one practice with its lists, its capacity used
 * this year and its money.
 */
@Controller
record PracticePages(PracticeRepository practices, PracticeService service, NetworkService networks, FileLedger files,
                     SessionLedger sessions, PaymentLedger money, ConsoleProperties props, Clock clock) {

    @GetMapping("/practices")
    String practices(Model model) {
        return list(model, PracticeForm.empty(), Map.of());
    }

    @PostMapping("/practices")
    String register(@ModelAttribute PracticeForm form, Model model) {
        List<FieldError> problems = new ArrayList<>();
        PracticeRegistration registration = form.registration(problems);
        return RegistrationErrors.registered(problems,
                () -> "/practices/" + service.register(registration).inami().value(),
                errors -> list(model, form.withoutPassword(), errors));
    }

    private String list(Model model, PracticeForm form, Map<String, String> errors) {
        model.addAttribute("practices", practices.findAll());
        model.addAttribute("networks", networks.all());
        return RegistrationErrors.showForm(model, "practices", form, errors);
    }

    @GetMapping("/practices/{inami}")
    String practice(@PathVariable String inami, Model model) {
        Practice practice = practices.findByInami(inami)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        int year = LocalDate.now(clock).getYear();
        model.addAttribute("practice", practice);
        model.addAttribute("year", year);
        model.addAttribute("capacityUsed", sessions.quotaCount(practice.networkId(), inami, year));
        model.addAttribute("money", money.totalsOf(inami));
        model.addAttribute("files", files.page(inami, 0, props.pageSize()).stream().map(FileRecord::shown).toList());
        model.addAttribute("fileCount", files.count(inami));
        return "practice";
    }

    /** The practice form as typed; named as the REST API names the fields. */
    record PracticeForm(String inami, String name, String bce, String iban, String networkId, String agreementStart,
                        String agreementEnd, String yearlyCapacity, String sftpUser, String sftpPassword,
                        String sftpPublicKeys, String language) {

        static PracticeForm empty() {
            return new PracticeForm("", "", "", "", "", "", "", "", "", "", "", "en");
        }

        PracticeForm withoutPassword() {
            return new PracticeForm(inami, name, bce, iban, networkId, agreementStart, agreementEnd, yearlyCapacity,
                    sftpUser, "", sftpPublicKeys, language);
        }

        /** The registration the service checks; a date or number that cannot be read is a problem of its own. */
        PracticeRegistration registration(List<FieldError> problems) {
            return new PracticeRegistration(inami, name, bce, iban, blankToNull(networkId),
                    date("agreementStart", agreementStart, problems), date("agreementEnd", agreementEnd, problems),
                    number("yearlyCapacity", yearlyCapacity, problems), sftpUser, blankToNull(sftpPassword),
                    keys(), language);
        }

        private List<String> keys() {
            if (sftpPublicKeys == null || sftpPublicKeys.isBlank()) {
                return null;
            }
            return Arrays.stream(sftpPublicKeys.split("\\R")).map(String::strip).filter(k -> !k.isEmpty()).toList();
        }

        private static LocalDate date(String field, String text, List<FieldError> problems) {
            return parsed(field, text, LocalDate::parse, "a date, yyyy-MM-dd", problems);
        }

        static Integer number(String field, String text, List<FieldError> problems) {
            return parsed(field, text, Integer::valueOf, "a whole number", problems);
        }

        /** A field as typed: none if blank; a text that cannot be read is a problem, {@code expected} saying what. */
        private static <T> T parsed(String field, String text, Function<String, T> parse, String expected,
                                    List<FieldError> problems) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return parse.apply(text.strip());
            } catch (DateTimeParseException | NumberFormatException e) {
                problems.add(new FieldError(field, expected));
                return null;
            }
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text;
        }
    }
}
