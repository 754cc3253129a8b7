package be.psygate.intake.format;

import be.psygate.rules.DeclaredSession;
import org.apache.camel.dataformat.bindy.BindyCsvFactory;
import org.apache.camel.dataformat.bindy.csv.BindyCsvDataFormat;

import java.util.List;
import java.util.Map;

/**
 * Maps a line with Camel Bindy, driven one line at a time: the reader splits the line, Bindy's CSV factory
 * binds the fields to a {@link SessionListCsvRecord}. Bindy's own unmarshalling is not used because it
 * collects the whole file into a list before returning it.
 */
final class BindySessionLineBinder implements SessionLineBinder {

    private static final String MODEL_KEY = SessionListCsvRecord.class.getName();

    private final BindyCsvFactory factory;

    BindySessionLineBinder() {
        BindyCsvDataFormat format = new BindyCsvDataFormat(SessionListCsvRecord.class);
        format.setDefaultValueStringAsNull(true);
        try {
            factory = (BindyCsvFactory) format.getFactory();
        } catch (Exception e) {
            throw new IllegalStateException("the Bindy model of the session list cannot be built", e);
        }
    }

    @Override
    public DeclaredSession bind(long lineNumber, List<String> fields) {
        try {
            Map<String, Object> model = factory.factory();
            factory.bind(null, fields, model, (int) Math.min(lineNumber, Integer.MAX_VALUE));
            return ((SessionListCsvRecord) model.get(MODEL_KEY)).toDeclaredSession(lineNumber);
        } catch (Exception e) {
            // every column is optional text: Bindy has nothing to refuse in a line of the right shape
            throw new IllegalStateException("Bindy could not bind line " + lineNumber, e);
        }
    }
}
