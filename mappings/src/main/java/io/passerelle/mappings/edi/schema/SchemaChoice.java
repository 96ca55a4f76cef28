package io.passerelle.mappings.edi.schema;

/**
 * The outcome of looking for a message's schema: the schema, or why there is none (said in words
 * the partner can act on).
 */
public sealed interface SchemaChoice {

    record Found(SelectedSchema schema) implements SchemaChoice {
    }

    record NotSupported(String reason) implements SchemaChoice {
    }
}
