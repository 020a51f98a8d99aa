package io.quizcast.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quizcast.testsupport.TestAccounts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the packaged service does in the prod profile, as it runs in a pod (the JVM build, or the native executable
 * with -Dnative): JSON log lines, every Flyway migration applied, tokens signed with the keys it is given, the join
 * link's QR code, Prometheus metrics and the probes.
 */
class ProdProfileIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final PackagedService PACKAGED = new PackagedService("it-prod-profile");

    @Test
    void everyLogLineIsAJsonObjectWithALevelAndAMessage() {
        TestAccounts.register("logger");
        List<String> lines = logLines();
        assertThat(lines).as("log lines of %s", PACKAGED.service().log()).isNotEmpty();
        for (String line : lines) {
            JsonNode entry = parse(line);
            assertThat(entry.path("level").asText()).as(line).isNotBlank();
            assertThat(entry.has("message")).as(line).isTrue();
        }
        assertThat(lines).anySatisfy(line -> assertThat(parse(line).path("message").asText()).contains("started in"));
    }

    @Test
    void flywayAppliedEveryMigrationOfTheSources() throws Exception {
        long scripts;
        try (Stream<Path> files = Files.list(Path.of("src", "main", "resources", "db", "migration"))) {
            scripts = files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        }
        try (Connection connection = PACKAGED.postgres().getPostgresDatabase().getConnection();
                ResultSet rows = connection.createStatement()
                        .executeQuery("SELECT count(*) FROM flyway_schema_history WHERE success")) {
            rows.next();
            assertThat(rows.getLong(1)).isEqualTo(scripts);
        }
    }

    @Test
    void aTokenSignedAtRegistrationOpensTheAccountsRoutes() {
        TestAccounts.Account account = TestAccounts.register("signed");
        given().auth().oauth2(account.token()).get("/api/auth/me").then().statusCode(200)
                .body(containsString(account.id().toString()));
        given().auth().oauth2(account.token() + "x").get("/api/auth/me").then().statusCode(401);
    }

    @Test
    void theJoinLinksQrCodeIsAnSvg() {
        given().queryParam("text", "https://quiz.example.com/join?code=ABC123").get("/qr.svg").then().statusCode(200)
                .contentType(startsWith("image/svg+xml")).body(containsString("<svg"));
    }

    @Test
    void metricsAndProbesAnswer() {
        given().get("/q/health/live").then().statusCode(200).body(containsString("UP"));
        given().get("/q/health/ready").then().statusCode(200).body(containsString("UP"));
        given().get("/q/metrics").then().statusCode(200).body(containsString("# TYPE quizcast_rooms gauge"));
    }

    private static List<String> logLines() {
        try {
            return Files.readAllLines(PACKAGED.service().log()).stream().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError("not a JSON log line: " + line, e);
        }
    }
}
