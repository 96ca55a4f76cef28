package io.passerelle.canonical.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Map;

public class AtLeastOneOfValidator implements ConstraintValidator<AtLeastOneOf, Object> {

    private List<String> fields;

    @Override
    public void initialize(AtLeastOneOf atLeastOneOf) {
        this.fields = List.of(atLeastOneOf.value());
    }

    @Override
    public boolean isValid(Object record, ConstraintValidatorContext context) {
        if (record == null || !Presence.givenAmong(record, fields).isEmpty()) {
            return true;
        }
        return RuleMessage.reportOn(context, fields.get(0),
                "at least one of {alternatives} is required, none is given",
                Map.of("alternatives", String.join(", ", fields)));
    }
}
