package io.passerelle.canonical.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;

public class ChronologicalOrderValidator implements ConstraintValidator<ChronologicalOrder, Object> {

    private String start;
    private String end;
    private boolean strict;

    @Override
    public void initialize(ChronologicalOrder order) {
        this.start = order.start();
        this.end = order.end();
        this.strict = order.strict();
    }

    @Override
    public boolean isValid(Object record, ConstraintValidatorContext context) {
        if (record == null) {
            return true;
        }
        Object startValue = RecordProperties.read(record, start);
        Object endValue = RecordProperties.read(record, end);
        if (startValue == null || endValue == null) {
            return true;
        }
        int comparison = compare(record, startValue, endValue);
        if (strict ? comparison < 0 : comparison <= 0) {
            return true;
        }
        String template = strict
                ? "must be after {startField} \"{startValue}\""
                : "must be on or after {startField} \"{startValue}\"";
        return RuleMessage.reportOn(context, end, template,
                Map.of("startField", start, "startValue", startValue.toString()));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private int compare(Object record, Object startValue, Object endValue) {
        if (!(startValue instanceof Comparable) || startValue.getClass() != endValue.getClass()) {
            throw new IllegalStateException("@ChronologicalOrder on " + record.getClass().getSimpleName()
                    + " needs two comparable values of the same type, but " + start + " is a "
                    + startValue.getClass().getSimpleName() + " and " + end + " is a "
                    + endValue.getClass().getSimpleName());
        }
        return ((Comparable) startValue).compareTo(endValue);
    }
}
