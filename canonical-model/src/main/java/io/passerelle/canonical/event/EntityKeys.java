package io.passerelle.canonical.event;

/**
 * The entity keys boundary events are ordered by. One place for the format, because the outbox
 * stores and compares these strings: two spellings of the same product would break ordering.
 */
public final class EntityKeys {

    private EntityKeys() {
    }

    public static String product(String productId) {
        return "product:" + productId;
    }

    public static String promotion(String promotionId) {
        return "promotion:" + promotionId;
    }

    /** A line is only unique within its plant: L2 in P1 is not L2 in P3. */
    public static String productionLine(String plant, String line) {
        return "production-line:" + plant + "/" + line;
    }
}
