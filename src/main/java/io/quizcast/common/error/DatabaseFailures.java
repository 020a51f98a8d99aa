package io.quizcast.common.error;

import java.net.ConnectException;
import java.util.function.Predicate;

/** Tells a database that cannot be reached apart from a bug, so callers can answer "unavailable". */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    public static boolean isUnavailable(Throwable failure) {
        return anyCause(failure, t -> {
            if (t instanceof ConnectException || t instanceof java.net.SocketException
                    || t instanceof io.vertx.sqlclient.ClosedConnectionException) {
                return true;
            }
            // more requests wait for a pooled connection than quizcast.db.max-wait-queue allows: overload, not a bug
            if (t instanceof io.vertx.core.http.ConnectionPoolTooBusyException) {
                return true;
            }
            // the server is shutting down or starting up (admin_shutdown, crash_shutdown, cannot_connect_now)
            String state = sqlState(t);
            if (state != null && state.startsWith("57P0") && !"57P04".equals(state)) {
                return true;
            }
            return t.getClass().getName().endsWith("NoStackTraceThrowable")
                    && String.valueOf(t.getMessage()).contains("Timeout");
        });
    }

    /** A deadlock or serialization failure: PostgreSQL rolled the transaction back, and trying again is right. */
    public static boolean isTransient(Throwable failure) {
        return anyCause(failure, t -> "40P01".equals(sqlState(t)) || "40001".equals(sqlState(t)));
    }

    public static boolean isUniqueViolation(Throwable failure, String constraint) {
        return anyCause(failure, t -> {
            if (t instanceof io.vertx.pgclient.PgException pg && "23505".equals(pg.getSqlState())
                    && (constraint == null || constraint.equals(pg.getConstraint()))) {
                return true;
            }
            // Hibernate Reactive wraps the driver's error and keeps only its SQL state and message
            return t instanceof org.hibernate.exception.ConstraintViolationException cve
                    && "23505".equals(cve.getSQLState())
                    && (constraint == null || String.valueOf(cve.getMessage()).contains("\"" + constraint + "\""));
        });
    }

    /** The SQL state of the driver's error, or of Hibernate's wrapper of it; null for anything else. */
    private static String sqlState(Throwable t) {
        return t instanceof io.vertx.pgclient.PgException pg ? pg.getSqlState()
                : t instanceof org.hibernate.JDBCException jdbc ? jdbc.getSQLState() : null;
    }

    private static boolean anyCause(Throwable failure, Predicate<Throwable> test) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (test.test(t)) {
                return true;
            }
        }
        return false;
    }
}
