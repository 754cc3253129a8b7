package be.psygate.intake;

import be.psygate.support.GatewayTest;
import org.apache.camel.CamelContext;
import org.apache.camel.component.file.GenericFileEndpoint;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The intake's two readers list the same homes: an upload one of them is taking in is skipped by the other until it
 * has left {@code in/}, whatever its claim key became meanwhile (TimesSetAfterTheUploadTest, over SFTP).
 */
class IntakeReadersTest extends GatewayTest {

    @Autowired
    CamelContext camel;

    @Autowired
    UploadsBeingTaken beingTaken;

    @Test
    void bothReadersMarkTheUploadsTheyTakeInOneSetOfPaths() {
        for (String reader : new String[] {"intake-practice-lists", "intake-practice-lists-2"}) {
            GenericFileEndpoint<?> endpoint = (GenericFileEndpoint<?>) camel.getRoute(reader).getEndpoint();
            assertThat(endpoint.getInProgressRepository()).as(reader).isSameAs(beingTaken);
        }
    }

    @Test
    void aPathMarkedByOneReaderIsSkippedUntilItsMarkIsGoneAndAReaderStoppingKeepsTheMarks() {
        UploadsBeingTaken marks = new UploadsBeingTaken();
        assertThat(marks.add("/practices/dave/in/may.csv")).isTrue();
        assertThat(marks.add("/practices/dave/in/may.csv")).as("the other reader").isFalse();
        assertThat(marks.contains("/practices/dave/in/may.csv")).isTrue();
        assertThat(marks.add("/practices/erin/in/may.csv")).as("another practice's upload").isTrue();
        marks.stop();
        assertThat(marks.contains("/practices/dave/in/may.csv")).as("kept when a reader stops").isTrue();
        assertThat(marks.remove("/practices/dave/in/may.csv")).isTrue();
        assertThat(marks.add("/practices/dave/in/may.csv")).as("uploaded again once the first left in/").isTrue();
    }
}
