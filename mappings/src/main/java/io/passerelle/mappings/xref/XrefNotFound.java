package io.passerelle.mappings.xref;

/** A mapping, inbox entry or domain that is asked for by name or id and does not exist. */
public class XrefNotFound extends XrefRefusal {

    public XrefNotFound(String reason) {
        super(reason);
    }
}
