package io.quizcast.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quizcast.game.message.ClientMessage;
import io.quizcast.game.message.ServerMessage;
import io.quizcast.game.ws.FrameDecoder;
import jakarta.inject.Inject;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * docs/asyncapi.yaml against the message records: every client and server message, with exactly the fields
 * Jackson reads and writes (the service's own ObjectMapper, so its snake_case names) and their JSON types. A
 * record that gains, loses or retypes a field, or a message that is added or dropped, fails this test until the
 * document follows.
 */
@QuarkusTest
class AsyncApiDocumentTest {

    static final Path DOCUMENT = Path.of("docs", "asyncapi.yaml");
    private static final Set<String> CHECKED_KEYWORDS = Set.of("type", "format", "items", "$ref");

    @Inject
    ObjectMapper mapper;

    private JsonNode document;

    @BeforeEach
    void read() throws Exception {
        document = new YAMLMapper().readTree(DOCUMENT.toFile());
    }

    @Test
    void theDocumentIsAsyncApi3WithTheGameChannel() {
        assertThat(document.path("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(document.at("/channels/game/address").asText()).isEqualTo("/api/ws/event/{event_id}");
    }

    @Test
    void everyClientMessageIsDocumentedWithItsFieldsAndTypes() {
        Map<String, Class<?>> messages = clientMessages();
        assertThat(operationMessages("receiveClientMessage")).containsExactlyInAnyOrderElementsOf(messages.keySet());
        messages.forEach(this::assertDocumented);
    }

    @Test
    void everyServerMessageIsDocumentedWithItsFieldsAndTypes() {
        Map<String, Class<?>> messages = serverMessages();
        assertThat(operationMessages("sendServerMessage")).containsExactlyInAnyOrderElementsOf(messages.keySet());
        messages.forEach(this::assertDocumented);
    }

    @Test
    void theDocumentHasNoMessageTheServiceDoesNotHave() {
        Set<String> known = new TreeSet<>(clientMessages().keySet());
        known.addAll(serverMessages().keySet());
        assertThat(names(document.at("/components/messages"))).containsExactlyInAnyOrderElementsOf(known);
        assertThat(names(document.at("/channels/game/messages"))).containsExactlyInAnyOrderElementsOf(known);
    }

    @Test
    void everySharedShapeMatchesItsRecord() {
        Set<Class<?>> shapes = new LinkedHashSet<>();
        for (Class<?> message : allMessageClasses()) {
            properties(message).values().forEach(type -> expectedSchema(type, shapes));
        }
        assertThat(shapes).isNotEmpty();
        for (Class<?> shape : shapes) {
            JsonNode schema = document.at("/components/schemas/" + shape.getSimpleName());
            assertThat(schema.isMissingNode()).as("schema %s", shape.getSimpleName()).isFalse();
            assertFields(shape.getSimpleName(), schema.path("properties"), shape);
        }
    }

    private void assertDocumented(String name, Class<?> record) {
        JsonNode message = document.at("/components/messages/" + name);
        assertThat(message.isMissingNode()).as("message %s", name).isFalse();
        String ref = message.at("/payload/$ref").asText();
        assertThat(ref).as("payload of %s", name).startsWith("#/components/schemas/");
        JsonNode schema = document.at(ref.substring(1));
        assertThat(schema.at("/properties/type/const").asText()).as("type of %s", name).isEqualTo(name);
        ObjectNode fields = ((ObjectNode) schema.path("properties")).deepCopy();
        fields.remove("type");
        assertFields(name, fields, record);
    }

    private void assertFields(String name, JsonNode documented, Class<?> record) {
        Map<String, JavaType> actual = properties(record);
        assertThat(names(documented)).as("fields of %s", name).containsExactlyInAnyOrderElementsOf(actual.keySet());
        actual.forEach((field, type) -> assertThat(checkedPart(documented.path(field)))
                .as("type of %s.%s", name, field)
                .isEqualTo(expectedSchema(type, new LinkedHashSet<>())));
    }

    /** The JSON names and types Jackson uses for a record, with the service's naming strategy. */
    private Map<String, JavaType> properties(Class<?> record) {
        Map<String, JavaType> properties = new LinkedHashMap<>();
        for (BeanPropertyDefinition property : mapper.getSerializationConfig()
                .introspect(mapper.constructType(record)).findProperties()) {
            properties.put(property.getName(), property.getPrimaryType());
        }
        return properties;
    }

    private static ObjectNode expectedSchema(JavaType type, Set<Class<?>> shapes) {
        ObjectNode schema = JsonNodeFactory.instance.objectNode();
        Class<?> raw = type.getRawClass();
        if (raw == String.class) {
            schema.put("type", "string");
        } else if (raw == UUID.class) {
            schema.put("type", "string").put("format", "uuid");
        } else if (raw == Instant.class) {
            schema.put("type", "string").put("format", "date-time");
        } else if (List.of(int.class, Integer.class, long.class, Long.class).contains(raw)) {
            schema.put("type", "integer");
        } else if (List.of(double.class, Double.class, java.math.BigDecimal.class).contains(raw)) {
            schema.put("type", "number");
        } else if (raw == boolean.class || raw == Boolean.class) {
            schema.put("type", "boolean");
        } else if (Collection.class.isAssignableFrom(raw)) {
            schema.put("type", "array").set("items", expectedSchema(type.getContentType(), shapes));
        } else if (raw.isRecord()) {
            shapes.add(raw);
            schema.put("$ref", "#/components/schemas/" + raw.getSimpleName());
        } else {
            throw new AssertionError("no JSON type known for " + type);
        }
        return schema;
    }

    /** The part of a documented schema this test checks: its type, format, items and reference. */
    private static ObjectNode checkedPart(JsonNode schema) {
        ObjectNode checked = JsonNodeFactory.instance.objectNode();
        schema.fields().forEachRemaining(field -> {
            if (CHECKED_KEYWORDS.contains(field.getKey())) {
                checked.set(field.getKey(), field.getKey().equals("items")
                        ? checkedPart(field.getValue())
                        : field.getValue());
            }
        });
        return checked;
    }

    private List<String> operationMessages(String operation) {
        List<String> messages = new ArrayList<>();
        document.at("/operations/" + operation + "/messages").forEach(ref -> {
            String path = ref.path("$ref").asText();
            messages.add(path.substring(path.lastIndexOf('/') + 1));
        });
        return messages;
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<Class<?>> allMessageClasses() {
        List<Class<?>> all = new ArrayList<>(Arrays.asList(ClientMessage.class.getPermittedSubclasses()));
        all.addAll(Arrays.asList(ServerMessage.class.getPermittedSubclasses()));
        return all;
    }

    /** Client messages by the wire name the decoder gives them. */
    private static Map<String, Class<?>> clientMessages() {
        Map<String, Class<?>> messages = new LinkedHashMap<>();
        for (Class<?> type : ClientMessage.class.getPermittedSubclasses()) {
            messages.put(FrameDecoder.typeOf((ClientMessage) blank(type)), type);
        }
        assertThat(messages).doesNotContainKey("unknown");
        return messages;
    }

    /** Server messages by their Jackson type name. */
    private static Map<String, Class<?>> serverMessages() {
        Map<String, Class<?>> messages = new LinkedHashMap<>();
        for (Class<?> type : ServerMessage.class.getPermittedSubclasses()) {
            messages.put(type.getAnnotation(JsonTypeName.class).value(), type);
        }
        return messages;
    }

    /** An instance of a record with every component null, zero or false. */
    private static Object blank(Class<?> record) {
        RecordComponent[] components = record.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] values = Arrays.stream(types).map(AsyncApiDocumentTest::defaultOf).toArray();
        try {
            Constructor<?> constructor = record.getDeclaredConstructor(types);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot build " + record, e);
        }
    }

    private static Object defaultOf(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0.0;
        }
        return 0;
    }
}
