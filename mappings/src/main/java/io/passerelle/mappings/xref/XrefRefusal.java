package io.passerelle.mappings.xref;

import java.util.List;

/** A change to a conversion table that would break it, refused before anything is written. */
public class XrefRefusal extends RuntimeException {

    private final List<String> reasons;

    public XrefRefusal(List<String> reasons) {
        super(String.join("; ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public XrefRefusal(String reason) {
        this(List.of(reason));
    }

    public List<String> reasons() {
        return reasons;
    }
}
