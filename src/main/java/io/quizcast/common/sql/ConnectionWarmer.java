package io.quizcast.common.sql;

import java.util.List;

/**
 * Statements a feature has run on each of the pool's first connections before readiness says up, so that the first
 * requests do not pay a fresh PostgreSQL backend's first reads of their tables (its catalog caches): read-only, and
 * finding nothing.
 */
public interface ConnectionWarmer {

    /** A statement and its arguments ({@code $1}, {@code $2}, …). */
    record Statement(String sql, List<Object> arguments) {
    }

    List<Statement> warmingStatements();
}
