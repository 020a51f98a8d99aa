package io.quizcast.game.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Values as the stores' native statements take and give them: JSON parameters, timestamps in any JDBC shape. */
@ApplicationScoped
class SqlValues {

    private final ObjectMapper mapper;

    SqlValues(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** A value as the JSON text a statement's parameter takes (cast to jsonb in the SQL). */
    String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    List<String> stringList(String text) {
        try {
            return List.of(mapper.readValue(text, String[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static BigDecimal decimal(Object value) {
        if (value == null || value instanceof BigDecimal) {
            return (BigDecimal) value;
        }
        return new BigDecimal(value.toString());
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.time.LocalDateTime l) {
            return l.toInstant(java.time.ZoneOffset.UTC);
        }
        return Instant.parse(value.toString());
    }
}
