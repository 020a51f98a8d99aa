package io.quizcast.question;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;

/**
 * A slider question's scale: answers from {@code min} to {@code max} in steps of {@code step}; {@code correct}
 * scores full points, falling linearly to none at {@code tolerance} away from it.
 */
@RegisterForReflection // read and written by Jackson in the native image
public record Slider(BigDecimal min, BigDecimal max, BigDecimal step, BigDecimal correct, BigDecimal tolerance) {

    /** Whether {@code value} is on the scale: within [min, max] and a whole number of steps from min. */
    public boolean allows(BigDecimal value) {
        return value.compareTo(min) >= 0 && value.compareTo(max) <= 0
                && value.subtract(min).remainder(step).signum() == 0;
    }

    /** A number as it is written back: no trailing zeros, never in exponent form ("2.5", "40"). */
    public static String text(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal plain = value.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
    }
}
