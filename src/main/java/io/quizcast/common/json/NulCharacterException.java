package io.quizcast.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A JSON string that holds the NUL character (U+0000), which PostgreSQL cannot store in text. */
public final class NulCharacterException extends MismatchedInputException {

    public static final String MESSAGE = "must not contain the NUL character";

    NulCharacterException(JsonParser parser) {
        super(parser, MESSAGE, String.class);
    }
}
