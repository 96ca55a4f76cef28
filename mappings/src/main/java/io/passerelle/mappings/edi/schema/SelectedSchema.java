package io.passerelle.mappings.edi.schema;

import io.xlate.edi.schema.Schema;

/**
 * The StAEDI schema chosen for one message.
 *
 * @param resource the schema file, for messages and logs (e.g. {@code orders-d01b.xml})
 */
public record SelectedSchema(MessageKind kind, String resource, Schema schema) {
}
