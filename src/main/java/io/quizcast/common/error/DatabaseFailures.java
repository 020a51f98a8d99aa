package io.quizcast.common.error;

import java.net.ConnectException;

/** Tells a database that cannot be reached apart from a bug, so callers can answer "unavailable". */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    public static boolean isUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof java.net.SocketException
                    || t instanceof io.vertx.sqlclient.ClosedConnectionException) {
                return true;
            }
            // the server is shutting down or starting up (admin_shutdown, crash_shutdown, cannot_connect_now)
            String state = t instanceof io.vertx.pgclient.PgException pg ? pg.getSqlState()
                    : t instanceof org.hibernate.JDBCException jdbc ? jdbc.getSQLState() : null;
            if (state != null && state.startsWith("57P0") && !"57P04".equals(state)) {
                return true;
            }
            String name = t.getClass().getName();
            if (name.endsWith("NoStackTraceThrowable") && String.valueOf(t.getMessage()).contains("Timeout")) {
                return true;
            }
        }
        return false;
    }

    /** A deadlock or serialization failure: PostgreSQL rolled the transaction back, and trying again is right. */
    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String state = t instanceof io.vertx.pgclient.PgException pg ? pg.getSqlState()
                    : t instanceof org.hibernate.JDBCException jdbc ? jdbc.getSQLState() : null;
            if ("40P01".equals(state) || "40001".equals(state)) {
                return true;
            }
        }
        return false;
    }

    public static boolean isUniqueViolation(Throwable failure, String constraint) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof io.vertx.pgclient.PgException pg && "23505".equals(pg.getSqlState())
                    && (constraint == null || constraint.equals(pg.getConstraint()))) {
                return true;
            }
            // Hibernate Reactive wraps the driver's error and keeps only its SQL state and message
            if (t instanceof org.hibernate.exception.ConstraintViolationException cve
                    && "23505".equals(cve.getSQLState())
                    && (constraint == null || String.valueOf(cve.getMessage()).contains("\"" + constraint + "\""))) {
                return true;
            }
        }
        return false;
    }
}
