package be.psygate.intake.format;

import be.psygate.xml.SafeXml;
import be.psygate.intake.format.xml.XmlSession;
import be.psygate.intake.format.xml.XmlSessionList;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.Unmarshaller;
import org.junit.jupiter.api.Test;

import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written JAXB classes and the schema describe the same document. */
class JaxbClassesMatchTheSchemaTest {

    private final Schema schema = SafeXml.schema(XmlSessionListReader.SCHEMA_RESOURCE);

    @Test
    void theFixtureUnmarshalsWholeUnderValidation() throws Exception {
        Unmarshaller unmarshaller = JAXBContext.newInstance(XmlSessionList.class).createUnmarshaller();
        unmarshaller.setSchema(schema);

        XmlSessionList list = (XmlSessionList) unmarshaller.unmarshal(
                new StreamSource(Fixtures.ROOT.resolve("lists/sessions-2025-03.xml").toFile()));

        assertThat(list.getPeriod()).isEqualTo("2025-03");
        assertThat(list.getPracticeInami()).isEqualTo("95123445780");
        assertThat(list.getSessions()).hasSize(10);
        assertThat(list.getSessions().get(6).getGroupParticipants()).isEqualTo("4");
    }

    @Test
    void whatTheClassesWriteIsValid() throws Exception {
        XmlSessionList list = new XmlSessionList();
        list.setPeriod("2025-03");
        list.setSoftware("test");
        XmlSession session = new XmlSession();
        session.setLineRef("R1");
        session.setPsychologistInami("95123445780");
        session.setPatientNiss("85031412302");
        session.setInsurerCode("100");
        session.setPreferentialRegime("N");
        session.setSessionDate("2025-03-03");
        session.setPseudocode("792514");
        session.setGroupParticipants("4");
        session.setReferralDate("2019-10-01");
        session.setPrescriberInami("18765441004");
        list.getSessions().add(session);
        Marshaller marshaller = JAXBContext.newInstance(XmlSessionList.class).createMarshaller();
        marshaller.setSchema(schema);
        StringWriter xml = new StringWriter();

        marshaller.marshal(list, xml);

        assertThat(Fixtures.readText(new XmlSessionListReader(), xml.toString())).singleElement()
                .satisfies(s -> {
                    assertThat(s.lineRef()).isEqualTo("R1");
                    assertThat(s.prescriberInami()).isEqualTo("18765441004");
                });
    }
}
