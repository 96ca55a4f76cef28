package io.passerelle.canonical.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Accepts the codes listed in {@link Rec20Units}; anything else must be translated before it gets here. */
public class UnitOfMeasureValidator implements ConstraintValidator<UnitOfMeasure, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || Rec20Units.isKnown(value.toString());
    }
}
