package io.quizcast.question;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Questions as CSV, read and written. The v1 header is {@code question_text,correct_answer,fake_answer_1,...}
 * ({@code wrong_answer_N} too); since issue 20 a file may also have {@code type}, {@code correct_answer_2...} (more
 * correct or accepted answers), {@code option_N} (a poll's), {@code item_N} (an ordering's, in the right order),
 * {@code slider_min}, {@code slider_max}, {@code slider_step}, {@code slider_tolerance} (a slider's correct value is
 * its correct_answer), {@code typo_tolerance}, {@code time_limit}, {@code points}, {@code explanation} and
 * {@code image_id} (an image of the same event). What {@link #write} writes, {@link #parse} reads back the same.
 */
public final class CsvQuestions {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();

    private CsvQuestions() {
    }

    /**
     * The rows with the line each begins on (1-based, the header's line counted, as in the text sent), or an
     * exception whose message says what is wrong with the file itself.
     */
    public static List<ImportRow> parse(String csv) {
        if (csv != null && csv.indexOf('\0') >= 0) {
            // PostgreSQL cannot store U+0000 in text: refused, as in JSON bodies, never stripped
            throw new IllegalArgumentException("CSV must not contain the NUL character (line "
                    + (csv.substring(0, csv.indexOf('\0')).chars().filter(c -> c == '\n').count() + 1) + ")");
        }
        String text = stripBom(csv);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            Map<String, Integer> header = parser.getHeaderMap();
            if (header == null || !header.containsKey("question_text") || !header.containsKey("correct_answer")) {
                throw new IllegalArgumentException("CSV header must include question_text and correct_answer");
            }
            List<String> fakeColumns = numbered(header, "(fake|wrong)_answer_\\d+");
            List<String> correctColumns = numbered(header, "correct_answer_\\d+");
            List<String> optionColumns = numbered(header, "option_\\d+");
            List<String> itemColumns = numbered(header, "item_\\d+");
            Lines lines = new Lines(text);
            List<ImportRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (record.stream().allMatch(String::isBlank)) {
                    // a spreadsheet's empty row (",,"): no question in it, skipped like a blank line
                    continue;
                }
                rows.add(row(record, fakeColumns, correctColumns, optionColumns, itemColumns,
                        lines.lineOf(record.getCharacterPosition())));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new IllegalArgumentException("CSV is malformed: " + e.getMessage());
        }
    }

    private static ImportRow row(CSVRecord record, List<String> fakeColumns, List<String> correctColumns,
            List<String> optionColumns, List<String> itemColumns, int line) {
        Cells cells = new Cells(record);
        List<String> more = cells.list(correctColumns);
        String type = blankAsNull(cells.value("type"));
        QuestionType known = QuestionType.of(type);
        Slider slider = null;
        if (known == QuestionType.SLIDER) {
            slider = new Slider(cells.decimal("slider_min"), cells.decimal("slider_max"),
                    cells.decimal("slider_step"), null, cells.decimal("slider_tolerance"));
        }
        QuestionInput input = new QuestionInput(cells.value("question_text"), cells.value("correct_answer"),
                cells.list(fakeColumns), null, type, more.isEmpty() ? null : more, cells.list(optionColumns),
                cells.list(itemColumns), slider, cells.integer("typo_tolerance"), cells.integer("time_limit"),
                blankAsNull(cells.value("points")), blankAsNull(cells.value("explanation")),
                blankAsNull(cells.value("image_id")));
        return new ImportRow(input, line, cells.unreadable);
    }

    /** The header's columns whose names match, in the header's order. */
    private static List<String> numbered(Map<String, Integer> header, String pattern) {
        return header.keySet().stream().filter(name -> name.toLowerCase(Locale.ROOT).matches(pattern)).toList();
    }

    /** A record's cells, and the first that could not be read as the number it must be. */
    private static final class Cells {

        private final CSVRecord record;
        private QuestionRules.Violation unreadable;

        Cells(CSVRecord record) {
            this.record = record;
        }

        String value(String column) {
            return record.isMapped(column) && record.isSet(column) ? record.get(column) : null;
        }

        List<String> list(List<String> columns) {
            List<String> values = new ArrayList<>();
            for (String column : columns) {
                if (record.isSet(column)) {
                    values.add(record.get(column));
                }
            }
            return values;
        }

        BigDecimal decimal(String column) {
            return number(column, BigDecimal::new);
        }

        Integer integer(String column) {
            return number(column, Integer::valueOf);
        }

        private <T> T number(String column, Function<String, T> parse) {
            String v = blankAsNull(value(column));
            if (v == null) {
                return null;
            }
            try {
                return parse.apply(v);
            } catch (NumberFormatException e) {
                if (unreadable == null) {
                    unreadable = QuestionRules.Violation.of(column, "must be a number");
                }
                return null;
            }
        }
    }

    /** The questions as CSV, with as many numbered columns as the longest list needs; {@link #parse} reads it. */
    public static String write(List<QuestionView> questions) {
        int correct = 1;
        int fakes = 1;
        int options = 0;
        int items = 0;
        for (QuestionView q : questions) {
            correct = Math.max(correct, q.correctAnswers().size());
            fakes = Math.max(fakes, q.fakeAnswers().size());
            options = Math.max(options, q.options().size());
            items = Math.max(items, q.items().size());
        }
        List<String> header = new ArrayList<>(List.of("type", "question_text", "correct_answer"));
        numberedNames(header, "correct_answer_", 2, correct);
        numberedNames(header, "fake_answer_", 1, fakes);
        numberedNames(header, "option_", 1, options);
        numberedNames(header, "item_", 1, items);
        header.addAll(List.of("slider_min", "slider_max", "slider_step", "slider_tolerance", "typo_tolerance",
                "time_limit", "points", "explanation", "image_id"));
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out,
                CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (QuestionView q : questions) {
                List<Object> cells = new ArrayList<>(header.size());
                cells.add(q.type());
                cells.add(q.questionText());
                cells.add(q.correctAnswer());
                // correct_answers holds the correct_answer first: the numbered columns hold the rest
                List<String> rest = q.correctAnswers().isEmpty() ? List.of()
                        : q.correctAnswers().subList(1, q.correctAnswers().size());
                padded(cells, rest, correct - 1);
                padded(cells, q.fakeAnswers(), fakes);
                padded(cells, q.options(), options);
                padded(cells, q.items(), items);
                Slider s = q.slider();
                cells.add(s == null ? null : Slider.text(s.min()));
                cells.add(s == null ? null : Slider.text(s.max()));
                cells.add(s == null ? null : Slider.text(s.step()));
                cells.add(s == null ? null : Slider.text(s.tolerance()));
                cells.add(q.typoTolerance());
                cells.add(q.timeLimit());
                cells.add(q.points());
                cells.add(q.explanation());
                cells.add(q.imageId());
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void numberedNames(List<String> header, String prefix, int first, int last) {
        for (int i = first; i <= last; i++) {
            header.add(prefix + i);
        }
    }

    private static void padded(List<Object> cells, List<String> values, int width) {
        for (int i = 0; i < width; i++) {
            cells.add(i < values.size() ? values.get(i) : null);
        }
    }

    /**
     * Tells the line where each record begins, records being asked for in order (one pass over the text). The
     * parser's position is where it started reading the record, before the blank lines it skips: those are stepped
     * over first.
     */
    private static final class Lines {

        private final String text;
        private int position;
        private int line = 1;

        Lines(String text) {
            this.text = text;
        }

        int lineOf(long recordPosition) {
            int start = (int) recordPosition;
            while (start < text.length() && (text.charAt(start) == '\r' || text.charAt(start) == '\n')) {
                start++;
            }
            for (; position < start; position++) {
                char c = text.charAt(position);
                // \r\n, \n and a lone \r each end one line
                if (c == '\n' || (c == '\r' && (position + 1 >= text.length() || text.charAt(position + 1) != '\n'))) {
                    line++;
                }
            }
            return line;
        }
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String stripBom(String csv) {
        return csv != null && csv.startsWith("\uFEFF") ? csv.substring(1) : (csv == null ? "" : csv);
    }
}
