package io.passerelle.canonical.validation;

/** GTIN-8, GTIN-12 (UPC-A), GTIN-13 (EAN-13) and GTIN-14 (trade units such as cases). */
public class GtinValidator extends Gs1KeyValidator<Gtin> {

    public GtinValidator() {
        super("GTIN", 8, 12, 13, 14);
    }
}
