package io.quizcast.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One storage idiom per kind (docs/decisions.md, "Entities and repositories"): entities are plain {@code @Entity}
 * classes used through their Panache repositories, so no active-record static exists to be called beside them; SQL
 * and the pool stay in the stores, repositories and named statement classes, out of the game's other packages.
 */
class StorageIdiomTest {

    private static final Path MAIN = Path.of("src/main/java");

    /** The game's packages that reach the database only through {@code game/store}. */
    private static final List<String> WITHOUT_SQL = List.of("rules", "room", "ws", "core");

    /**
     * A pool or session query API, or a string literal or text block that opens with an SQL verb (upper case, as
     * every statement here is written). Comments are stripped first, so prose never matches.
     */
    private static final Pattern STORAGE = Pattern.compile("\\bPool\\b|PooledStatements|\\bsqlclient\\b"
            + "|\\b(preparedQuery|createNativeQuery|createQuery|createSelectionQuery|createMutationQuery)\\("
            + "|\"(\"\"\\s*)?(SELECT|INSERT|UPDATE|DELETE|WITH)\\s");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    @Test
    void entitiesArePlainAndHaveNoActiveRecordMethods() throws ClassNotFoundException {
        List<Class<?>> entities = entities();
        assertThat(entities).extracting(Class::getSimpleName).contains("Event", "Participant", "GameState");
        for (Class<?> entity : entities) {
            for (Class<?> type = entity.getSuperclass(); type != null; type = type.getSuperclass()) {
                assertThat(type.getName()).as("superclass of %s", entity.getName()).doesNotContain("Panache");
            }
        }
    }

    @Test
    void noSqlOrPoolOutsideTheStores() {
        List<String> found = new ArrayList<>();
        for (String pkg : WITHOUT_SQL) {
            Path dir = MAIN.resolve("io/quizcast/game").resolve(pkg);
            assertThat(dir).isDirectory();
            for (Path file : sources(dir)) {
                storageUses(read(file)).forEach(use -> found.add(MAIN.relativize(file) + ": " + use));
            }
        }
        assertThat(found).as("SQL or pool use outside game/store").isEmpty();
    }

    @Test
    void theScanFindsStatementsAndNotProse() {
        assertThat(storageUses("c.preparedQuery(sql)")).hasSize(1);
        assertThat(storageUses("import io.vertx.mutiny.sqlclient.Tuple;")).hasSize(1);
        assertThat(storageUses("q(\"SELECT 1 FROM events\")")).hasSize(1);
        assertThat(storageUses("q(\"\"\"\n        UPDATE scores SET x = 1\"\"\")")).hasSize(1);
        assertThat(storageUses("""
                /** Update the pool of answers; "SELECT" them later. */
                send("Update your app"); update(state); // "DELETE the rest"
                """)).isEmpty();
    }

    /** What the scan finds in a source: the matched text of each SQL or pool use, comments left out. */
    private static List<String> storageUses(String source) {
        return STORAGE.matcher(COMMENT.matcher(source).replaceAll(" ")).results().map(m -> m.group().strip())
                .toList();
    }

    /** The classes under src/main/java annotated {@code @Entity} on a line of their own. */
    private static List<Class<?>> entities() throws ClassNotFoundException {
        List<Class<?>> entities = new ArrayList<>();
        for (Path file : sources(MAIN)) {
            if (read(file).lines().anyMatch(line -> line.equals("@Entity"))) {
                String name = MAIN.relativize(file).toString().replace(".java", "").replace('/', '.');
                entities.add(Class.forName(name, false, StorageIdiomTest.class.getClassLoader()));
            }
        }
        return entities;
    }

    private static List<Path> sources(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
