package io.quizcast.question;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a CSV import: header {@code question_text,correct_answer,fake_answer_1,...} (wrong_answer_N too). */
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
            List<String> fakeColumns = header.keySet().stream()
                    .filter(name -> name.toLowerCase(Locale.ROOT).matches("(fake|wrong)_answer_\\d+"))
                    .toList();
            Lines lines = new Lines(text);
            List<ImportRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (record.stream().allMatch(String::isBlank)) {
                    // a spreadsheet's empty row (",,"): no question in it, skipped like a blank line
                    continue;
                }
                List<String> fakes = new ArrayList<>();
                for (String column : fakeColumns) {
                    if (record.isSet(column)) {
                        fakes.add(record.get(column));
                    }
                }
                rows.add(new ImportRow(new QuestionInput(value(record, "question_text"),
                        value(record, "correct_answer"), fakes, null), lines.lineOf(record.getCharacterPosition())));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new IllegalArgumentException("CSV is malformed: " + e.getMessage());
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

    private static String value(CSVRecord record, String column) {
        return record.isSet(column) ? record.get(column) : null;
    }

    private static String stripBom(String csv) {
        return csv != null && csv.startsWith("\uFEFF") ? csv.substring(1) : (csv == null ? "" : csv);
    }
}
