package io.quizcast.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;

/** Reads JSON strings as Jackson does, but refuses one holding U+0000: every body field is checked once, here. */
final class NulFreeStrings extends JsonDeserializer<String> {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = StringDeserializer.instance.deserialize(parser, context);
        if (value != null && value.indexOf('\0') >= 0) {
            throw new NulCharacterException(parser);
        }
        return value;
    }

    @Override
    public String getNullValue(DeserializationContext context) {
        return null;
    }
}
