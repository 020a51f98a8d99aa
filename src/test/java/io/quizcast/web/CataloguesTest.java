package io.quizcast.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pages' message catalogues: every language of i18n/languages.json has every area's keys of English, each text
 * non-empty, with the same {parameters}, and plural forms with at least "other". "generation" is the talk panel's,
 * loaded with it (i18n.js's loadCatalogue) on the console and the presenter's seat.
 */
class CataloguesTest {

    static final List<String> AREAS = List.of("common", "landing", "host", "player", "screen", "generation");
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"common", "landing", "host", "player", "screen", "generation"})
    void everyLanguageHasEveryKeyOfEnglishWithItsParameters(String area) {
        JsonNode english = read("/META-INF/resources/i18n/en/" + area + ".json");
        assertThat(english.size()).as("keys in en/%s.json", area).isPositive();
        for (String language : languages()) {
            JsonNode other = read("/META-INF/resources/i18n/" + language + "/" + area + ".json");
            assertThat(names(other)).as("%s/%s.json's keys", language, area).isEqualTo(names(english));
            List<String> problems = new ArrayList<>();
            english.fieldNames().forEachRemaining(key -> {
                JsonNode text = other.get(key);
                if (!key.startsWith(area + ".")) {
                    problems.add(key + ": not under " + area + ".");
                }
                if (text.isObject() && !text.has("other")) {
                    problems.add(key + ": plural forms without \"other\"");
                }
                if (!parameters(text).equals(parameters(english.get(key)))) {
                    problems.add(key + ": parameters " + parameters(text) + " instead of "
                            + parameters(english.get(key)));
                }
                if (texts(text).stream().anyMatch(String::isBlank)) {
                    problems.add(key + ": empty");
                }
            });
            assertThat(problems).as("%s/%s.json", language, area).isEmpty();
        }
    }

    static Set<String> languages() {
        return names(read("/META-INF/resources/i18n/languages.json"));
    }

    /** Every text of every catalogue of {@code language}, key by key (plural forms as key.form). */
    static TreeMap<String, String> catalogue(String language) {
        TreeMap<String, String> all = new TreeMap<>();
        for (String area : AREAS) {
            JsonNode node = read("/META-INF/resources/i18n/" + language + "/" + area + ".json");
            node.fields().forEachRemaining(entry -> {
                if (entry.getValue().isObject()) {
                    entry.getValue().fields()
                            .forEachRemaining(form -> all.put(entry.getKey() + "." + form.getKey(),
                                    form.getValue().asText()));
                } else {
                    all.put(entry.getKey(), entry.getValue().asText());
                }
            });
        }
        return all;
    }

    private static Set<String> parameters(JsonNode text) {
        Set<String> found = new TreeSet<>();
        for (String form : texts(text)) {
            Matcher m = PARAMETER.matcher(form);
            while (m.find()) {
                found.add(m.group(1));
            }
        }
        return found;
    }

    private static List<String> texts(JsonNode text) {
        List<String> forms = new ArrayList<>();
        if (text.isObject()) {
            text.elements().forEachRemaining(form -> forms.add(form.asText()));
        } else {
            forms.add(text.asText());
        }
        return forms;
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode read(String resource) {
        try (InputStream in = CataloguesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
