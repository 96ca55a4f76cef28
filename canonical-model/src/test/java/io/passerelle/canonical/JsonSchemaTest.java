package io.passerelle.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.passerelle.canonical.event.LineStoppageDeclared;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schemas generated into json-schema/ at build time are the contract for people and
 * systems that do not read Java: they must exist for every type and agree with what the hub writes.
 */
class JsonSchemaTest {

    /** Surefire runs in the module folder, where the build writes the schemas. */
    private static final Path SCHEMA_FOLDER = Path.of("json-schema");
    private static final String SUFFIX = ".schema.json";

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final JsonSchema META_SCHEMA = FACTORY.getSchema(SchemaLocation.of(SchemaId.V202012));

    static List<Class<?>> canonicalTypes() {
        return CanonicalTypes.all();
    }

    static List<Sample> samples() {
        return CanonicalSamples.all();
    }

    @Test
    void thereIsOneSchemaPerCanonicalTypeAndNoStaleOne() throws IOException {
        List<String> schemaNames;
        try (Stream<Path> files = Files.list(SCHEMA_FOLDER)) {
            schemaNames = files.map(file -> file.getFileName().toString())
                    .map(name -> name.substring(0, name.length() - SUFFIX.length()))
                    .toList();
        }

        assertThat(schemaNames)
                .as("json-schema/ must match the records and enums; delete files of renamed or removed types")
                .containsExactlyInAnyOrderElementsOf(canonicalTypes().stream().map(Class::getSimpleName).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("canonicalTypes")
    void eachSchemaIsAValidDraft202012Schema(Class<?> type) {
        JsonNode schemaDocument = schemaDocumentOf(type);

        assertThat(schemaDocument.path("$schema").asText()).isEqualTo(SchemaId.V202012);
        assertThat(META_SCHEMA.validate(schemaDocument)).isEmpty();
        FACTORY.getSchema(schemaDocument).initializeValidators(); // resolves every $ref, fails on a dangling one
    }

    @Test
    void theMetaSchemaCheckDoesCatchABrokenSchema() {
        JsonNode broken = CanonicalJson.mapper().createObjectNode().put("type", "strnig");

        assertThat(META_SCHEMA.validate(broken)).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void whatTheHubWritesIsValidAgainstTheSchema(Sample sample) {
        JsonNode instance = CanonicalJson.mapper().valueToTree(sample.value());

        assertThat(schemaOf(sample.type()).validate(instance)).isEmpty();
    }

    @Test
    void aProductWithoutGtinIsReportedByTheSchema() {
        ObjectNode product = CanonicalJson.mapper().valueToTree(Scenario.productA());
        product.remove("gtin");

        Set<ValidationMessage> errors = schemaOf(Product.class).validate(product);

        assertThat(errors).hasSize(1);
        ValidationMessage error = errors.iterator().next();
        assertThat(error.getType()).isEqualTo("required");
        assertThat(error.getMessage()).contains("gtin");
    }

    @Test
    void anUnknownPropertyIsReportedByTheSchemaAsByTheMapper() {
        ObjectNode line = CanonicalJson.mapper().valueToTree(Scenario.openOrderOfR());
        ((ObjectNode) line.get("lines").get(0)).put("discount", 5);

        Set<ValidationMessage> errors = schemaOf(Order.class).validate(line);

        assertThat(errors).extracting(ValidationMessage::getType).containsExactly("additionalProperties");
        assertThat(errors).extracting(ValidationMessage::getMessage).allMatch(message -> message.contains("discount"));
    }

    @Test
    void anEventWithoutItsTypeNameIsReportedByTheSchema() {
        ObjectNode event = CanonicalJson.mapper().valueToTree(Scenario.stoppageOfL2());
        event.remove("type");

        assertThat(schemaOf(LineStoppageDeclared.class).validate(event))
                .extracting(ValidationMessage::getMessage)
                .anyMatch(message -> message.contains("type"));
    }

    @Test
    void aZeroQuantityAndAnUnknownStatusAreReportedByTheSchema() {
        ObjectNode order = CanonicalJson.mapper().valueToTree(Scenario.openOrderOfR());
        ((ObjectNode) order.get("lines").get(0)).put("quantity", 0);
        order.put("status", "LOST");

        assertThat(schemaOf(Order.class).validate(order)).extracting(ValidationMessage::getType)
                .containsExactlyInAnyOrder("exclusiveMinimum", "enum");
    }

    private static JsonSchema schemaOf(Class<?> type) {
        return FACTORY.getSchema(schemaDocumentOf(type));
    }

    private static JsonNode schemaDocumentOf(Class<?> type) {
        Path file = SCHEMA_FOLDER.resolve(type.getSimpleName() + SUFFIX);
        try {
            return CanonicalJson.mapper().readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("no readable schema for " + type.getSimpleName() + " at " + file.toAbsolutePath(), e);
        }
    }
}
