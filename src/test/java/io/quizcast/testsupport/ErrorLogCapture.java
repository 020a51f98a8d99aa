package io.quizcast.testsupport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Records every log record at ERROR (or SEVERE) and above while open, through a handler on the root logger of
 * the JBoss LogManager the tests run with; {@link #errors()} renders each with the class of its throwable.
 */
public final class ErrorLogCapture extends Handler implements AutoCloseable {

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    private ErrorLogCapture() {
        setLevel(Level.SEVERE);
    }

    public static ErrorLogCapture start() {
        ErrorLogCapture capture = new ErrorLogCapture();
        Logger.getLogger("").addHandler(capture);
        return capture;
    }

    /** The captured records, one line each: logger, message and throwable. */
    public List<String> errors() {
        return records.stream().map(r -> r.getLoggerName() + ": " + r.getMessage()
                + (r.getThrown() == null ? "" : " / " + r.getThrown())).toList();
    }

    @Override
    public void publish(LogRecord record) {
        if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
            records.add(record);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
    }
}
