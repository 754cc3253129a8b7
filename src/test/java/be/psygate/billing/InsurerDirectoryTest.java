package be.psygate.billing;

import be.psygate.identity.InsurerCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InsurerDirectoryTest {

    private static final InsurerDirectory DIRECTORY = InsurerDirectory.fromClasspath();

    @Test
    void theDirectoryHasTheSevenInsurersOfTheDomain() {
        assertThat(DIRECTORY.all()).extracting(Insurer::id)
                .containsExactly("100", "200", "300", "400", "500", "600", "900");
        assertThat(DIRECTORY.all()).allSatisfy(insurer -> {
            assertThat(insurer.maxLinesPerBatch()).isPositive();
            assertThat(insurer.invoiceFormat().name()).isEqualTo(insurer.format());
        });
    }

    @ParameterizedTest
    @CsvSource({
            "101, 100, efact, SFTP, insurers/100/in",
            "228, 200, xml, JMS, psygate.invoices.200",
            "319, 300, csv, SFTP, insurers/300/in",
            "403, 400, efact, SFTP, insurers/400/in",
            "501, 500, efact, SFTP, insurers/500/in",
            "600, 600, efact, SFTP, insurers/600/in",
            "923, 900, efact, SFTP, insurers/900/in"})
    void aMutualityIsServedByTheInsurerOfItsFirstDigit(String mutuality, String id, String format,
                                                       Insurer.Channel.Type channel, String address) {
        Insurer insurer = DIRECTORY.forMutuality(InsurerCode.parse(mutuality));

        assertThat(insurer.id()).isEqualTo(id);
        assertThat(insurer.format()).isEqualTo(format);
        assertThat(insurer.channel()).isEqualTo(new Insurer.Channel(channel, address));
        assertThat(DIRECTORY.byId(id)).contains(insurer);
    }

    @Test
    void anUnknownIdIsEmpty() {
        assertThat(DIRECTORY.byId("700")).isEmpty();
    }

    @Test
    void everyProblemOfTheFileIsListed() {
        String yaml = """
                insurers:
                  - id: "100"
                    name: Christian
                    unions: [1, 2]
                    format: pdf
                    channel: {type: sftp, folder: insurers/999/in}
                    maxLinesPerBatch: 0
                  - id: "200"
                    name: Neutral
                    unions: [2]
                    format: xml
                    channel: {type: jms, queue: psygate.invoices.200}
                    maxLinesPerBatch: 10
                    colour: blue
                """;

        assertThatThrownBy(() -> InsurerDirectory.load(new StringReader(yaml)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("insurers[0]: format pdf is not one of [csv, efact, xml]")
                .hasMessageContaining("insurers[0]: a sftp channel needs folder insurers/100/in, got insurers/999/in")
                .hasMessageContaining("insurers[0]: maxLinesPerBatch must be a positive whole number, got 0")
                .hasMessageContaining("insurers[1]: unknown key colour");
    }

    @Test
    void aUnionServedTwiceOrNotAtAllIsRefused() {
        StringBuilder yaml = new StringBuilder("insurers:\n");
        for (String id : new String[] {"100", "200", "300", "400", "500", "900"}) {
            String unions = id.equals("100") ? "[1, 3]" : "[" + id.charAt(0) + "]";
            yaml.append("  - {id: \"").append(id).append("\", name: n, unions: ").append(unions)
                    .append(", format: efact, channel: {type: sftp, folder: insurers/").append(id)
                    .append("/in}, maxLinesPerBatch: 5}\n");
        }

        assertThatThrownBy(() -> InsurerDirectory.load(new StringReader(yaml.toString())))
                .hasMessageContaining("union 3 is served by both 100 and 300")
                .hasMessageContaining("no insurer serves union(s) [6]");
    }

    @Test
    void anIdMustBeAQuotedUnionCode() {
        String yaml = "insurers:\n  - {id: 100, name: n, unions: [1], format: efact, "
                + "channel: {type: sftp, folder: insurers/100/in}, maxLinesPerBatch: 5}\n";

        assertThatThrownBy(() -> InsurerDirectory.load(new StringReader(yaml)))
                .hasMessageContaining("id must be a non-empty text (quote numbers: \"100\")");
    }

    @Test
    void yamlTagsAreNotInstantiated() {
        String yaml = "insurers: !!java.util.ArrayList []\nx: !!javax.script.ScriptEngineManager []\n";

        assertThatThrownBy(() -> InsurerDirectory.load(new StringReader(yaml)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not readable YAML");
    }
}
