package io.quizcast.common.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;

/**
 * The contract's JSON conventions: snake_case names and ISO-8601 UTC times with milliseconds; a body is exactly
 * one JSON value, with no repeated keys and no NUL character in any string.
 */
@Singleton
public class JsonConfig implements ObjectMapperCustomizer {

    @Override
    public int priority() {
        // after Quarkus's own customizers, so this Instant format wins over the JavaTimeModule default
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        mapper.configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false);
        // a number or a boolean where text is expected is a wrong type (422), not text: `"display_name": true`
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        // a body is one JSON value: `{"title":"x"} garbage` is malformed, not an event titled x
        mapper.configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);
        // `{"title":"a","title":"b"}` has no single meaning: malformed too
        mapper.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.registerModule(new SimpleModule("quizcast-times").addSerializer(Instant.class, new InstantSerializer())
                .addDeserializer(String.class, new NulFreeStrings()));
    }

    /** Writes an instant truncated to milliseconds, the precision clients parse. */
    static final class InstantSerializer extends JsonSerializer<Instant> {

        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(Times.iso(value));
        }
    }
}
