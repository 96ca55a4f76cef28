package io.passerelle.canonical.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Map;

public class ExactlyOneOfValidator implements ConstraintValidator<ExactlyOneOf, Object> {

    private List<String> fields;

    @Override
    public void initialize(ExactlyOneOf exactlyOneOf) {
        this.fields = List.of(exactlyOneOf.value());
    }

    @Override
    public boolean isValid(Object record, ConstraintValidatorContext context) {
        if (record == null) {
            return true;
        }
        List<String> given = Presence.givenAmong(record, fields);
        if (given.size() == 1) {
            return true;
        }
        String alternatives = String.join(", ", fields);
        if (given.isEmpty()) {
            return RuleMessage.reportOn(context, fields.get(0),
                    "exactly one of {alternatives} is required, none is given",
                    Map.of("alternatives", alternatives));
        }
        // Reported on the second field given: the first one is taken as the intended one.
        return RuleMessage.reportOn(context, given.get(1),
                "exactly one of {alternatives} may be given, but {other} is given too",
                Map.of("alternatives", alternatives, "other", given.get(0)));
    }
}
