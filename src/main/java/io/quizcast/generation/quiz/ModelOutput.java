package io.quizcast.generation.quiz;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the model's answer into {@link Candidate}s. Tolerant of how models wrap JSON (a code fence, prose before or
 * after, a bare array of questions, a trailing comma), strict about what is inside: a question missing a field, or
 * with a field of the wrong type, makes the whole answer invalid. Numbers and booleans are read as text ({@code true}
 * for a true/false question's answer). Reads a JSON tree only, so the native image needs no reflection.
 */
public final class ModelOutput {

    static final String[] FIELDS = {"type", "question", "correct_answer", "evidence"};
    /** How many '{' or '[' of prose are tried as the start of the JSON. */
    private static final int STARTS_TRIED = 50;
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();

    private ModelOutput() {
    }

    /** The questions of the answer, in order; {@link InvalidOutput} when it cannot be read as questions. */
    public static List<Candidate> parse(String content) {
        if (content == null || content.isBlank()) {
            throw new InvalidOutput(List.of("the answer is empty"));
        }
        JsonNode root = json(content);
        if (root == null) {
            throw new InvalidOutput(List.of("the answer is not JSON"));
        }
        JsonNode questions = root.isArray() ? root : root.get("questions");
        if (questions == null || questions.isNull()) {
            throw new InvalidOutput(List.of("the answer has no \"questions\" array"));
        }
        if (!questions.isArray()) {
            throw new InvalidOutput(List.of("\"questions\" must be an array"));
        }
        List<Candidate> candidates = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            Candidate c = candidate(questions.get(i), "question " + (i + 1), problems);
            if (c != null) {
                candidates.add(c);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidOutput(problems);
        }
        return candidates;
    }

    private static Candidate candidate(JsonNode item, String name, List<String> problems) {
        if (!item.isObject()) {
            problems.add(name + " is not an object");
            return null;
        }
        int before = problems.size();
        String[] values = new String[FIELDS.length];
        for (int f = 0; f < FIELDS.length; f++) {
            values[f] = text(item.get(FIELDS[f]), name, FIELDS[f], problems);
        }
        List<String> wrong = texts(item.get("wrong_answers"), "wrong_answers", name, problems);
        // quiz-v2's field: a server that answers without it (or a v1 answer) has no more correct answers
        JsonNode more = item.get("more_correct_answers");
        List<String> moreCorrect = more == null || more.isNull() ? List.of()
                : texts(more, "more_correct_answers", name, problems);
        if (problems.size() > before) {
            return null;
        }
        return new Candidate(values[0], values[1], values[2], wrong, moreCorrect, values[3]);
    }

    private static String text(JsonNode node, String name, String field, List<String> problems) {
        if (node == null || node.isNull()) {
            problems.add(name + ": \"" + field + "\" is missing");
            return null;
        }
        if (!node.isValueNode()) {
            problems.add(name + ": \"" + field + "\" must be a string");
            return null;
        }
        return node.asText();
    }

    private static List<String> texts(JsonNode node, String field, String name, List<String> problems) {
        if (node == null || node.isNull()) {
            problems.add(name + ": \"" + field + "\" is missing");
            return null;
        }
        List<String> texts = new ArrayList<>();
        if (node.isArray()) {
            for (JsonNode element : node) {
                if (element.isNull() || !element.isValueNode()) {
                    break;
                }
                texts.add(element.asText());
            }
        }
        if (!node.isArray() || texts.size() < node.size()) {
            problems.add(name + ": \"" + field + "\" must be an array of strings");
            return null;
        }
        return texts;
    }

    /**
     * The answer's JSON: the first JSON value in the text that reads as questions. A '{' or '[' that does not start a
     * value is prose, and so is a code fence and whatever follows the value. Failing that, the text's first value if
     * it reads at all (so that its problem can be named), else null.
     */
    private static JsonNode json(String content) {
        JsonNode fallback = null;
        for (int i = 0, tried = 0; i < content.length() && tried < STARTS_TRIED; i++) {
            char c = content.charAt(i);
            if (c != '{' && c != '[') {
                continue;
            }
            Value value = read(content, i);
            if (value != null && looksLikeQuestions(value.node())) {
                return value.node();
            }
            if (tried++ == 0 && value != null) {
                fallback = value.node();
            }
            if (value != null) {
                i = value.end() - 1;
            }
        }
        return fallback;
    }

    /** A non-empty array of objects, or an object with a "questions" array (empty or of objects). */
    private static boolean looksLikeQuestions(JsonNode node) {
        if (node.isArray()) {
            return !node.isEmpty() && node.get(0).isObject();
        }
        JsonNode questions = node.get("questions");
        return questions != null && questions.isArray() && (questions.isEmpty() || questions.get(0).isObject());
    }

    /** The JSON value that starts at {@code start}, and where it ends; null when none does. */
    private static Value read(String text, int start) {
        try (JsonParser parser = JSON.createParser(text.substring(start))) {
            JsonNode node = JSON.readTree(parser);
            return new Value(node, start + (int) parser.currentLocation().getCharOffset());
        } catch (IOException e) {
            return null;
        }
    }

    private record Value(JsonNode node, int end) {
    }
}
