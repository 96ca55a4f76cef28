package io.passerelle.mappings.edi.read;

/**
 * How strict reading is, where partners' practice and the standard part ways.
 *
 * @param envelopeCodeLists       validate the code lists of the envelope (partner identification
 *                                qualifiers, syntax identifiers) against StAEDI's built-in lists. Off by
 *                                default: those lists are incomplete (the EDIFACT list lacks qualifiers
 *                                such as 31B for a SAN) and trading partner agreements, not the gateway,
 *                                decide which qualifiers a partner may use
 * @param emptyTrailingComponents accept a simple element followed by an empty component (a component
 *                                separator right before the next delimiter), reading the element's value:
 *                                nothing is lost, and files whose ISA16 doubles as a stray terminator do it
 *                                on every segment
 * @param chunkMessages           messages per chunk when a large plain interchange is parsed in chunks on
 *                                every core ({@link InboundEdi#read(java.nio.file.Path)}); 0 reads every
 *                                file in one pass. By default {@value #DEFAULT_CHUNK_MESSAGES} where the JVM
 *                                has {@value #MIN_PROCESSORS_FOR_CHUNKS} processors or more, else 0: one pass
 *                                already keeps two cores busy (StAEDI parsing on one, translation on the other),
 *                                and on two cores chunks only added CPU time (measured on 99,999 ORDERS: 12.0 s
 *                                of CPU against 10.3 s, elapsed 6.9 s against 6.3 s in one run, 7.5 s against
 *                                8.8 s in another)
 */
public record ReadOptions(boolean envelopeCodeLists, boolean emptyTrailingComponents, int chunkMessages) {

    /**
     * Large enough that starting a parser per chunk weighs little (3 % of a chunk), small enough that the chunks
     * in flight stay a few MB: on 99,999 ORDERS, 250 ran 5.6 s, 500 6.0 s, 100 6.8 s.
     */
    public static final int DEFAULT_CHUNK_MESSAGES = 250;
    /** One pass uses two threads; chunks pay only where a third core can parse. */
    public static final int MIN_PROCESSORS_FOR_CHUNKS = 3;

    public ReadOptions {
        if (chunkMessages < 0) {
            throw new IllegalArgumentException("chunkMessages must be 0 (one pass) or more, not " + chunkMessages);
        }
    }

    public static ReadOptions defaults() {
        return new ReadOptions(false, true, Runtime.getRuntime().availableProcessors() >= MIN_PROCESSORS_FOR_CHUNKS
                ? DEFAULT_CHUNK_MESSAGES : 0);
    }

    public ReadOptions withChunkMessages(int messages) {
        return new ReadOptions(envelopeCodeLists, emptyTrailingComponents, messages);
    }
}
