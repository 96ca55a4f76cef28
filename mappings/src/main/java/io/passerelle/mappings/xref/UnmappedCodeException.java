package io.passerelle.mappings.xref;

/**
 * No mapping for a code, and the domain's policy for that system says to reject the message or to park
 * it ({@link #mustPark()}). Either way the code is already in the unmapped-code inbox.
 */
public class UnmappedCodeException extends RuntimeException {

    private final CodeSighting sighting;
    private final boolean park;

    public UnmappedCodeException(CodeSighting sighting, boolean park) {
        super("no " + sighting.domain() + " mapping for " + sighting.system() + " code '" + sighting.code() + "'"
                + (park ? ": message parked until a steward maps it" : ": rejected (policy for "
                + sighting.domain() + "/" + sighting.system() + " is reject)"));
        this.sighting = sighting;
        this.park = park;
    }

    public CodeSighting sighting() {
        return sighting;
    }

    public boolean mustPark() {
        return park;
    }
}
