package be.psygate.billing.format;

import org.apache.camel.dataformat.bindy.BindyFixedLengthFactory;
import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;
import org.apache.camel.dataformat.bindy.fixed.BindyFixedLengthDataFormat;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The codec renders a model zone by zone with Bindy's formats looked up once per model class: what it writes must be
 * what Bindy's own unbind writes, zone kind by zone kind, and it must refuse what Bindy refuses.
 */
class FixedLengthCodecTest {

    /** One zone of each kind the eFact models use. */
    @FixedLengthRecord(length = 60, paddingChar = ' ')
    public static class Sample {
        @DataField(pos = 1, length = 2, align = "R", paddingChar = '0')
        int type = 7;
        @DataField(pos = 3, length = 6, align = "R", paddingChar = '0')
        int number;
        @DataField(pos = 9, length = 12, align = "R", paddingChar = '0')
        long amount;
        @DataField(pos = 21, length = 8, align = "R", paddingChar = '0', pattern = "yyyyMMdd", trim = true)
        LocalDate date;
        @DataField(pos = 29, length = 10, align = "L", paddingChar = ' ', trim = true)
        String text;
        @DataField(pos = 39, length = 6, align = "L", paddingChar = ' ', trim = true, clip = true)
        String clipped;
        @DataField(pos = 45, length = 13, align = "R", paddingChar = '0')
        String digits;
        @DataField(pos = 58, length = 3, align = "R", paddingChar = '0')
        String unset;
    }

    /** Zones a model inherits, as two parts state once the zones they share. */
    public abstract static class SharedZones {
        @DataField(pos = 1, length = 2, align = "R", paddingChar = '0')
        int type;
        @DataField(pos = 3, length = 6, align = "R", paddingChar = '0')
        long number;
    }

    /** A model of its inherited zones and one of its own. */
    @FixedLengthRecord(length = 10, paddingChar = ' ')
    public static class WithSharedZones extends SharedZones {
        @DataField(pos = 9, length = 2, align = "L", paddingChar = ' ', trim = true)
        String own;
    }

    private static final FormatErrors ERRORS = FormatErrors.of(
            message -> new IllegalStateException("unwritable: " + message),
            (message, line) -> new IllegalStateException("unreadable at " + line + ": " + message));

    private final FixedLengthCodec<Sample> codec = new FixedLengthCodec<>(Sample.class, "the sample", 60, ERRORS);

    /** A sample with a value in every zone but the last, its text and its clipped zone as given. */
    private static Sample filled(String text, String clipped) {
        Sample sample = new Sample();
        sample.number = 42;
        sample.amount = -1234;
        sample.date = LocalDate.of(2025, 3, 4);
        sample.text = text;
        sample.clipped = clipped;
        sample.digits = "85031412302";
        return sample;
    }

    @Test
    void rendersEveryKindOfZoneAsBindysOwnUnbind() throws Exception {
        Sample sample = filled("  Ab c ", "longer than six");

        String rendered = codec.render(sample);

        assertThat(rendered).isEqualTo(bindy(sample)).hasSize(60);
        assertThat(rendered).isEqualTo("07" + "000042" + "0000000-1234" + "20250304" + "Ab c      " + "longer"
                + "0085031412302" + "000");
    }

    @Test
    void rendersAnEmptyModelAsBindysOwnUnbind() throws Exception {
        Sample empty = new Sample();

        assertThat(codec.render(empty)).isEqualTo(bindy(empty));
    }

    @Test
    void readsBackWhatItWrote() {
        Sample sample = new Sample();
        sample.number = 9;
        sample.date = LocalDate.of(2024, 12, 31);
        sample.text = "X";
        sample.digits = "123";

        Sample read = codec.parse(codec.render(sample), 3);

        assertThat(read.number).isEqualTo(9);
        assertThat(read.date).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(read.text).isEqualTo("X");
        assertThat(read.digits).isEqualTo("0000000000123");
    }

    @Test
    void refusesAZoneTooLongThatIsNotClipped() {
        Sample sample = new Sample();
        sample.text = "eleven long";

        assertThatThrownBy(() -> codec.render(sample)).isInstanceOf(IllegalStateException.class)
                .hasMessage("unwritable: the sample cannot be written: Length for the text must not be larger than "
                        + "allowed, was: 11, allowed: 10");
        assertThatThrownBy(() -> bindy(sample)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Length for the text must not be larger than allowed, was: 11, allowed: 10");
    }

    @Test
    void refusesATextOfAnotherLength() {
        assertThatThrownBy(() -> codec.parse("07", 5)).isInstanceOf(IllegalStateException.class)
                .hasMessage("unreadable at 5: the sample must have 60 characters, got 2");
    }

    @Test
    void readsEveryTextAsBindysOwnBind() throws Exception {
        String rendered = codec.render(filled("Ab c", null));
        List<String> texts = List.of(rendered, codec.render(new Sample()), " ".repeat(60),
                // a date zone of padding alone (trimmed to nothing), a text zone of blanks, digits of zeros
                "07000042000000001234" + "00000000" + " ".repeat(10) + "abcdef" + "0".repeat(13) + "000",
                // Latin-1 letters, read as they are
                rendered.substring(0, 28) + "Zoë Müller" + rendered.substring(38));

        for (String text : texts) {
            Sample byBindy;
            try {
                byBindy = bindyBind(text);
            } catch (IllegalArgumentException refused) {
                // blanks in a number zone that does not trim: Bindy refuses the text, and so does the codec
                assertThatThrownBy(() -> codec.parse(text, 1)).isInstanceOf(IllegalStateException.class);
                continue;
            }
            assertThat(codec.parse(text, 1)).usingRecursiveComparison().isEqualTo(byBindy);
        }
    }

    @Test
    void refusesWhatBindyRefusesWithBindysReason() {
        String notANumber = "07" + "0000x2" + codec.render(new Sample()).substring(8);
        String trailing = codec.render(new Sample()).substring(0, 60);

        assertThatThrownBy(() -> codec.parse(notANumber, 4)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("unreadable at 4: the sample cannot be read: ");
        assertThatThrownBy(() -> bindyBind(notANumber)).isInstanceOf(IllegalArgumentException.class);
        assertThat(codec.parse(trailing, 1)).usingRecursiveComparison().isEqualTo(bindyBind(trailing));
    }

    @Test
    void rendersAndReadsTheZonesAModelInherits() {
        FixedLengthCodec<WithSharedZones> inheriting = new FixedLengthCodec<>(WithSharedZones.class, "the part", 10,
                ERRORS);
        WithSharedZones model = new WithSharedZones();
        model.type = 9;
        model.number = 42;
        model.own = "Z";

        WithSharedZones read = inheriting.parse("09000042Z ", 2);

        assertThat(inheriting.render(model)).isEqualTo("09000042Z ");
        assertThat(read).usingRecursiveComparison().isEqualTo(model);
        assertThatThrownBy(() -> inheriting.parse("0900004xZ ", 2)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("unreadable at 2: the part cannot be read: ");
    }

    private static Sample bindyBind(String text) {
        try {
            BindyFixedLengthDataFormat format = new BindyFixedLengthDataFormat(Sample.class);
            format.setLocale("en");
            BindyFixedLengthFactory factory = (BindyFixedLengthFactory) format.getFactory();
            Map<String, Object> model = factory.factory();
            factory.bind(null, text, model, 1);
            return (Sample) model.get(Sample.class.getName());
        } catch (Exception e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static String bindy(Sample sample) throws Exception {
        BindyFixedLengthDataFormat format = new BindyFixedLengthDataFormat(Sample.class);
        format.setLocale("en");
        BindyFixedLengthFactory factory = (BindyFixedLengthFactory) format.getFactory();
        return factory.unbind(null, Map.of(Sample.class.getName(), sample));
    }
}
