package be.psygate.practice;

import be.psygate.practice.ReferenceData.Loaded;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * {@code POST /api/reference-data}: a whole set of networks and practices, as JSON or YAML, all or nothing
 * ({@link ReferenceDataService}). Admin only and audited, as every write under {@code /api/}.
 */
@RestController
@RequestMapping("/api/reference-data")
public record ReferenceDataController(ReferenceDataReader reader, ReferenceDataService service) {

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public Loaded json(@RequestBody byte[] body) throws IOException {
        return service.load(reader.fromJson(new ByteArrayInputStream(body)));
    }

    @PostMapping(consumes = {"application/yaml", "application/x-yaml", "text/yaml"})
    public Loaded yaml(@RequestBody byte[] body) throws IOException {
        return service.load(reader.fromYaml(new ByteArrayInputStream(body)));
    }
}
