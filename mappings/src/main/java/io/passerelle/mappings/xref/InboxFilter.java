package io.passerelle.mappings.xref;

/** Which inbox entries a steward wants to see; null fields do not filter. */
public record InboxFilter(String domain, String system, String status, Integer minOccurrences, String text, String flow) {

    public static InboxFilter open() {
        return new InboxFilter(null, null, "OPEN", null, null, null);
    }
}
