package io.passerelle.mappings.edi.read;

/** What an {@link InterchangeReader} hands out: each message as it ends, then its interchange. */
public sealed interface Received permits ReceivedMessage, ReceivedInterchange {
}
