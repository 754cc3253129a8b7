package be.psygate.reconciliation;

import be.psygate.billing.returns.InsurerReturn;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ReceivedAnswerTest {

    private static ReceivedAnswer named(String fileName) {
        return new ReceivedAnswer(InsurerReturn.receipt("100", 7, false, "1", LocalDate.of(2025, 6, 30)), fileName,
                "sha");
    }

    @Test
    void whatTheLogShowsOfAnAnswerHidesANationalNumberItsInsurerPutInTheFileName() {
        assertThat(named("answer-85073003328.xml").toString())
                .isEqualTo("answer answer-85.07.**-***.**.xml of insurer 100 to batch 7")
                .doesNotContain("85073003328");
    }

    @Test
    void anAnswerFromAQueueHasNoFileNameToHide() {
        assertThat(named(null).toString()).isEqualTo("answer null of insurer 100 to batch 7");
    }
}
