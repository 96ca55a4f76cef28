package io.passerelle.canonical;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.stream.Collectors;

/**
 * The JSON form of the canonical model, the same for every module and every system.
 *
 * <ul>
 *   <li>java.time values are ISO-8601 strings ({@code "2026-11-30"}, {@code "2026-11-24T06:00:00Z"}),
 *       readable by people and by every partner's stack;</li>
 *   <li>an unknown property is a contract error, not something to drop silently: a field a sender
 *       thinks it is sending but nobody reads is how data gets lost between two chains;</li>
 *   <li>no coercion between JSON types ({@code "12"} is not a quantity) and no duplicate keys, so
 *       what Jackson accepts is what the published JSON Schemas accept;</li>
 *   <li>absent optional values are left out rather than written as null.</li>
 * </ul>
 */
public final class CanonicalJson {

    private static final ObjectMapper SHARED = newMapper();

    private CanonicalJson() {
    }

    /**
     * The shared, fully configured mapper. Thread-safe for reading and writing; do not reconfigure
     * it, take {@link #newMapper()} for that.
     */
    public static ObjectMapper mapper() {
        return SHARED;
    }

    /** A mapper with the canonical settings that the caller owns, e.g. to register with a framework. */
    public static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }

    public static String write(Object value) {
        try {
            return SHARED.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new CanonicalJsonException("cannot write " + value.getClass().getSimpleName()
                    + " as canonical JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static <T> T read(String json, Class<T> type) {
        return read(json, SHARED.constructType(type), type.getSimpleName());
    }

    /** Reads an envelope whose payload is of the given canonical type. */
    public static <T> Envelope<T> readEnvelope(String json, Class<T> payloadType) {
        JavaType envelopeType = SHARED.getTypeFactory().constructParametricType(Envelope.class, payloadType);
        return read(json, envelopeType, "Envelope<" + payloadType.getSimpleName() + ">");
    }

    private static <T> T read(String json, JavaType type, String typeName) {
        try {
            return SHARED.readValue(json, type);
        } catch (UnrecognizedPropertyException e) {
            throw new CanonicalJsonException(typeName + " JSON is not canonical: unknown property \""
                    + e.getPropertyName() + "\" at " + pathOf(e)
                    + " (known properties: " + known(e) + ")", e);
        } catch (JsonProcessingException e) {
            throw new CanonicalJsonException(typeName + " JSON is not canonical at " + pathOf(e) + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    /** The location in the document, written like the validation paths: {@code lines[0].quantity}. */
    private static String pathOf(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return "the document root";
        }
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String known(UnrecognizedPropertyException e) {
        if (e.getKnownPropertyIds() == null) {
            return "";
        }
        return e.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }
}
