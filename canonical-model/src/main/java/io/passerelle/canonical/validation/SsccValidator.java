package io.passerelle.canonical.validation;

/** SSCC: extension digit, company prefix and serial reference, 18 digits in all. */
public class SsccValidator extends Gs1KeyValidator<Sscc> {

    public SsccValidator() {
        super("SSCC", 18);
    }
}
