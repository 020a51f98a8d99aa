package io.quizcast.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One storage idiom per kind (docs/decisions.md, "Entities and repositories"): entities are plain {@code @Entity}
 * classes used through their Panache repositories, so no active-record static exists to be called beside them.
 */
class StorageIdiomTest {

    private static final Path MAIN = Path.of("src/main/java");

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

    /** The classes under src/main/java annotated {@code @Entity} on a line of their own. */
    private static List<Class<?>> entities() throws ClassNotFoundException {
        List<Class<?>> entities = new ArrayList<>();
        for (Path file : sources()) {
            if (read(file).lines().anyMatch(line -> line.equals("@Entity"))) {
                String name = MAIN.relativize(file).toString().replace(".java", "").replace('/', '.');
                entities.add(Class.forName(name, false, StorageIdiomTest.class.getClassLoader()));
            }
        }
        return entities;
    }

    private static List<Path> sources() {
        try (Stream<Path> files = Files.walk(MAIN)) {
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
