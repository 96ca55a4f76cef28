package io.passerelle.mappings.xref;

/** A canonical code the hub proposes for an unmapped code, with its confidence (0..1) and why. */
public record Suggestion(String canonicalCode, String label, double confidence, String why) {
}
