package be.psygate.console;

import be.psygate.ledger.SessionLedger;
import be.psygate.practice.FieldError;
import be.psygate.practice.NetworkRegistration;
import be.psygate.practice.NetworkService;
import be.psygate.practice.NetworkService.NetworkView;
import be.psygate.practice.Practice;
import be.psygate.practice.PracticeRepository;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * {@code /networks}: the networks, and for an admin the form that registers one through {@link NetworkService} as
 * {@code POST /api/networks} does; {@code /networks/{id}}: one network's yearly contingent, its use month by month
 * and cumulated against the pace of 1/12 a month (the plot), and its practices' capacity used.
 */
@Controller
record NetworkPages(NetworkService networks, PracticeRepository practices, SessionLedger sessions) {

    @GetMapping("/networks")
    String networks(Model model) {
        return list(model, new NetworkForm("", "", "ADULTS", ""), Map.of());
    }

    @PostMapping("/networks")
    String register(@ModelAttribute NetworkForm form, Model model) {
        List<FieldError> problems = new ArrayList<>();
        Integer contingent = PracticePages.PracticeForm.number("yearlyContingent", form.yearlyContingent(), problems);
        return RegistrationErrors.registered(problems,
                () -> "/networks/" + networks.register(new NetworkRegistration(form.id(), form.name(),
                        form.publicKind(), contingent)).value().id(),
                errors -> list(model, form, errors));
    }

    private String list(Model model, NetworkForm form, Map<String, String> errors) {
        model.addAttribute("networks", networks.all());
        return RegistrationErrors.showForm(model, "networks", form, errors);
    }

    @GetMapping("/networks/{id}")
    String network(@PathVariable String id, Model model) {
        NetworkView network = networks.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        int[] used = sessions.countedSessionsPerMonthOfNetwork(id, network.year());
        int[] cumulated = new int[12];
        for (int m = 0; m < 12; m++) {
            cumulated[m] = used[m] + (m == 0 ? 0 : cumulated[m - 1]);
        }
        Integer contingent = network.yearlyContingent();
        model.addAttribute("network", network);
        model.addAttribute("used", csv(IntStream.of(used)));
        model.addAttribute("cumulated", csv(IntStream.of(cumulated)));
        // the pace of 1/12 of the contingent a month, cumulated: where the use should be at each month's end
        model.addAttribute("pace", contingent == null ? ""
                : csv(IntStream.rangeClosed(1, 12).map(m -> (int) Math.round(contingent * m / 12.0))));
        model.addAttribute("months", months(used, cumulated, contingent));
        Map<String, Integer> counted = sessions.quotaCountsOfPsychologists(id, network.year());
        model.addAttribute("practices", practices.findByNetwork(id).stream()
                .map(p -> new PracticeUse(p, counted.getOrDefault(p.inami().value(), 0))).toList());
        return "network";
    }

    private static List<MonthUse> months(int[] used, int[] cumulated, Integer contingent) {
        List<MonthUse> out = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            out.add(new MonthUse(m + 1, used[m], cumulated[m],
                    contingent == null ? null : (int) Math.round(contingent * (m + 1) / 12.0)));
        }
        return out;
    }

    private static String csv(IntStream values) {
        return values.mapToObj(Integer::toString).collect(Collectors.joining(","));
    }

    /** The network form as typed; named as the REST API names the fields. */
    record NetworkForm(String id, String name, String publicKind, String yearlyContingent) {
    }

    /** One month of the year: sessions used, cumulated, and the pace's cumulated target (null: no contingent). */
    record MonthUse(int month, int used, int cumulated, Integer pace) {
    }

    /** A practice of the network and its sessions counted this year against its yearly capacity. */
    record PracticeUse(Practice practice, int used) {
    }
}
