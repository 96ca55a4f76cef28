package io.passerelle.canonical.validation;

/** GLN: always 13 digits. */
public class GlnValidator extends Gs1KeyValidator<Gln> {

    public GlnValidator() {
        super("GLN", 13);
    }
}
