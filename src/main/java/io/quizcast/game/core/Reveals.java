package io.quizcast.game.core;

import io.quizcast.game.message.ServerMessage;
import io.quizcast.question.QuestionType;
import io.quizcast.question.Slider;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a reveal shows, per type: the distribution over the offered answers (single, true_false, poll; for multiple,
 * how many chose each), the most common typed answers (type_answer), a histogram (slider), and for every type the
 * correct answers and how many players were right.
 */
public final class Reveals {

    static final int TOP_TYPED = 10;
    static final int HISTOGRAM_BARS = 10;

    private Reveals() {
    }

    /** The reveal of {@code q}, from the stored answers ({@code chosen}: one per player, empty for a zero-fill). */
    static ServerMessage.Reveal reveal(RoundQuestion q, Collection<String> chosen, Tops tops) {
        List<Given> given = new ArrayList<>(chosen.size());
        for (String stored : chosen) {
            Given g = Given.fromStored(q.type(), stored);
            if (g != null) {
                given.add(g);
            }
        }
        int correctCount = 0;
        for (Given g : given) {
            if (Scoring.isCorrect(q.key(), g)) {
                correctCount++;
            }
        }
        return new ServerMessage.Reveal(q.questionId(), q.playId(), q.position() + 1, q.text(), q.correctAnswer(),
                distribution(q, given), tops.segment(), tops.event(), q.type().wire(), correctAnswers(q),
                correctCount, q.type() == QuestionType.SLIDER ? histogram(q.key().slider(), given) : null,
                q.explanation(), q.imageUrl());
    }

    /** The correct answers as a list: one, the correct set, the accepted answers, the order, a slider's number. */
    static List<String> correctAnswers(RoundQuestion q) {
        return switch (q.type()) {
            case POLL -> List.of();
            case SLIDER -> List.of(q.correctAnswer());
            default -> q.key().correct();
        };
    }

    static List<ServerMessage.DistributionEntry> distribution(RoundQuestion q, List<Given> given) {
        return switch (q.type()) {
            case SINGLE, TRUE_FALSE, POLL, MULTIPLE -> offered(q, given);
            case TYPE_ANSWER -> typed(q, given);
            case SLIDER, ORDERING -> List.of();
        };
    }

    /** How many players chose each offered answer, in the offered order (a set counts for each of its answers). */
    private static List<ServerMessage.DistributionEntry> offered(RoundQuestion q, List<Given> given) {
        Map<String, Integer> counts = new HashMap<>();
        for (Given g : given) {
            if (g instanceof Given.Choice c) {
                counts.merge(c.answer(), 1, Integer::sum);
            } else if (g instanceof Given.Choices c) {
                for (String answer : c.answers()) {
                    counts.merge(answer, 1, Integer::sum);
                }
            }
        }
        List<ServerMessage.DistributionEntry> entries = new ArrayList<>(q.answers().size());
        for (String answer : q.answers()) {
            int count = counts.getOrDefault(answer, 0);
            entries.add(new ServerMessage.DistributionEntry(answer, count, percentage(count, given.size()),
                    q.key().isCorrectChoice(answer)));
        }
        return entries;
    }

    /** The most common typed answers, those that fold the same counted together under the first one typed. */
    private static List<ServerMessage.DistributionEntry> typed(RoundQuestion q, List<Given> given) {
        Map<String, String> label = new LinkedHashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (Given g : given) {
            String text = ((Given.Typed) g).text();
            String folded = TextMatch.fold(text);
            label.putIfAbsent(folded, text);
            counts.merge(folded, 1, Integer::sum);
        }
        return label.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, String> e) -> counts.get(e.getKey())).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(TOP_TYPED)
                .map(e -> new ServerMessage.DistributionEntry(e.getValue(), counts.get(e.getKey()),
                        percentage(counts.get(e.getKey()), given.size()),
                        TextMatch.match(e.getValue(), q.key().correct(), q.key().typoTolerance()) != null))
                .toList();
    }

    /**
     * The slider's answers in bars: one per value when the scale has at most 11, else at most 10 bars of whole steps
     * (each from its first value to its last, both included, so that no value sits on two bars' edge).
     */
    static List<ServerMessage.HistogramBar> histogram(Slider s, List<Given> given) {
        long values = s.max().subtract(s.min()).divideToIntegralValue(s.step()).longValue() + 1;
        long stepsPerBar = values <= HISTOGRAM_BARS + 1 ? 1 : (values + HISTOGRAM_BARS - 1) / HISTOGRAM_BARS;
        int bars = (int) ((values + stepsPerBar - 1) / stepsPerBar);
        BigDecimal width = s.step().multiply(BigDecimal.valueOf(stepsPerBar));
        int[] counts = new int[bars];
        for (Given g : given) {
            counts[bar(((Given.Number) g).value(), s.min(), width, bars)]++;
        }
        int correctBar = bar(s.correct(), s.min(), width, bars);
        List<ServerMessage.HistogramBar> list = new ArrayList<>(bars);
        for (int i = 0; i < bars; i++) {
            BigDecimal from = s.min().add(width.multiply(BigDecimal.valueOf(i)));
            BigDecimal to = from.add(s.step().multiply(BigDecimal.valueOf(stepsPerBar - 1))).min(s.max());
            list.add(new ServerMessage.HistogramBar(plain(from), plain(to), counts[i], i == correctBar));
        }
        return list;
    }

    private static int bar(BigDecimal value, BigDecimal min, BigDecimal width, int bars) {
        int i = value.subtract(min).divideToIntegralValue(width).intValue();
        return Math.max(0, Math.min(bars - 1, i));
    }

    private static BigDecimal plain(BigDecimal value) {
        return new BigDecimal(Slider.text(value));
    }

    private static double percentage(int count, int total) {
        return total == 0 ? 0 : Math.round(count * 1000.0 / total) / 10.0;
    }
}
