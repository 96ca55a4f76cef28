package io.passerelle.canonical.validation;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * Reads a record component by name, for the class-level rules that compare or count fields, and for
 * reporting the value of the field they blame.
 */
final class RecordProperties {

    private RecordProperties() {
    }

    static Object read(Object record, String component) {
        Method accessor = accessor(record.getClass(), component);
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + component + " of " + record.getClass().getName()
                    + ": the record must be public", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("reading " + component + " of " + record.getClass().getName()
                    + " failed", e.getCause());
        }
    }

    static boolean has(Class<?> type, String component) {
        return type.isRecord() && Arrays.stream(type.getRecordComponents())
                .anyMatch(recordComponent -> recordComponent.getName().equals(component));
    }

    private static Method accessor(Class<?> type, String component) {
        if (!type.isRecord()) {
            throw new IllegalStateException(type.getName() + " is not a record: the canonical rules read record components");
        }
        return Arrays.stream(type.getRecordComponents())
                .filter(recordComponent -> recordComponent.getName().equals(component))
                .map(RecordComponent::getAccessor)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(type.getSimpleName() + " has no component \""
                        + component + "\"; check the names given to its class-level constraints"));
    }
}
