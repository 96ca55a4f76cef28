package io.passerelle.mappings.xref;

/**
 * Runs a parked message through its flow again. Called inside the transaction that marks it replayed:
 * database work the flow does on the same data source commits with that mark, or not at all. A flow
 * that meets another unknown code throws {@link UnmappedCodeException} again and the message waits for
 * that code instead.
 */
@FunctionalInterface
public interface ParkedMessageHandler {

    void replay(ParkedMessage message);
}
