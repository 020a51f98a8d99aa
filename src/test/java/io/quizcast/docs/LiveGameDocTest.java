package io.quizcast.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizcast.game.core.Command;
import io.quizcast.game.core.Phase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docs/live-game.md's transition table is the code's: every command, its phases, where it leads, if it closes. */
class LiveGameDocTest {

    @Test
    void theDocumentedTableIsTheCommandTable() throws IOException {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("docs/live-game.md"))) {
            if (line.startsWith("| `")) {
                List<String> cells = Arrays.stream(line.split("\\|")).map(String::strip).skip(1).toList();
                if (cells.size() == 4) {
                    rows.put(cells.get(0).replace("`", ""), cells);
                }
            }
        }
        assertThat(rows.keySet()).containsExactlyElementsOf(Arrays.stream(Command.values()).map(Command::wire)
                .toList());
        for (Command c : Command.values()) {
            List<String> row = rows.get(c.wire());
            assertThat(phases(row.get(1))).as("%s valid in", c.wire()).isEqualTo(c.validIn());
            assertThat(phases(row.get(2))).as("%s leads to", c.wire()).isEqualTo(c.leadsTo());
            assertThat(row.get(3)).as("%s closes the question", c.wire()).isEqualTo(c.closesQuestion() ? "yes" : "no");
        }
    }

    private static Set<Phase> phases(String cell) {
        if (cell.equals("any")) {
            return EnumSet.allOf(Phase.class);
        }
        return Arrays.stream(cell.split(",")).map(String::strip).map(Phase::of)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Phase.class)));
    }
}
