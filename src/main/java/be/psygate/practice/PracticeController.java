package be.psygate.practice;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code /api/practices}: register, update and read practices (README.md). Secrets are never returned; a bad
 * field answers 400 ({@link RegistrationErrors}).
 */
@RestController
@RequestMapping("/api/practices")
public record PracticeController(PracticeService service) {

    @PostMapping
    public PracticeView register(@RequestBody PracticeRegistration registration) {
        return PracticeView.of(service.register(registration));
    }

    /** Replaces the practice's SFTP credentials (rotation: the new key list); its data is kept. */
    @PostMapping("/{inami}/sftp-access")
    public ResponseEntity<SftpAccess.View> replaceSftpAccess(@PathVariable String inami,
                                                             @RequestBody SftpAccess access) {
        return ResponseEntity.of(service.replaceSftpAccess(inami, access));
    }

    /** Removes every way the practice logs in over SFTP; its data is kept. */
    @PostMapping("/{inami}/sftp-access/revoke")
    public ResponseEntity<SftpAccess.View> revokeSftpAccess(@PathVariable String inami) {
        return ResponseEntity.of(service.replaceSftpAccess(inami, SftpAccess.none()));
    }

    /** Ends the practice's agreement on {@code agreementEnd}, its last day; nothing else changes. */
    @PostMapping("/{inami}/agreement-end")
    public ResponseEntity<PracticeView> endAgreement(@PathVariable String inami, @RequestBody AgreementEnd end) {
        return ResponseEntity.of(service.endAgreement(inami, end.agreementEnd()).map(PracticeView::of));
    }

    /** The body of {@code POST /api/practices/{inami}/agreement-end}. */
    public record AgreementEnd(LocalDate agreementEnd) {
    }

    @GetMapping("/{inami}")
    public ResponseEntity<PracticeView> get(@PathVariable String inami) {
        return ResponseEntity.of(service.find(inami).map(PracticeView::of));
    }

    /** A practice as the API shows it: no password, public keys shown since they are not secret. */
    public record PracticeView(String inami, String name, String bce, String iban, String networkId,
                               LocalDate agreementStart, LocalDate agreementEnd, int yearlyCapacity,
                               String sftpUser, List<String> sftpPublicKeys, String language) {
        static PracticeView of(Practice p) {
            return new PracticeView(p.inami().value(), p.name(), p.bce().value(), p.iban().value(), p.networkId(),
                    p.agreementStart(), p.agreementEnd(), p.yearlyCapacity(), p.sftpUser(), p.sftpPublicKeys(),
                    p.language().name().toLowerCase(java.util.Locale.ROOT));
        }
    }
}
