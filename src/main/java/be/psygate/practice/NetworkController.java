package be.psygate.practice;

import be.psygate.practice.NetworkService.NetworkView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * {@code /api/networks}: register, update and read networks (README.md). Writes need the admin role and are
 * audited, reads the ops role (SecurityConfiguration).
 */
@RestController
@RequestMapping("/api/networks")
public record NetworkController(NetworkService service) {

    @PostMapping
    public NetworkView register(@RequestBody NetworkRegistration registration) {
        return service.view(service.register(registration).value());
    }

    @GetMapping
    public List<NetworkView> all() {
        return service.all();
    }

    @GetMapping("/{id}")
    public ResponseEntity<NetworkView> get(@PathVariable String id) {
        return ResponseEntity.of(service.find(id));
    }
}
