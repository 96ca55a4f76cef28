package io.passerelle.canonical.validation;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a record component by name, for the class-level rules that compare or count fields, and for
 * reporting the value of the field they blame.
 */
final class RecordProperties {

    /**
     * Each record type's accessors by component name, found once: {@link Class#getRecordComponents()}
     * rebuilds its array from the class file on every call, and the either/or rules read several
     * components of every party and product reference validated.
     */
    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            if (!type.isRecord()) {
                return Map.of();
            }
            Map<String, Method> accessors = new HashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                accessors.put(component.getName(), component.getAccessor());
            }
            return Map.copyOf(accessors);
        }
    };

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
        return ACCESSORS.get(type).containsKey(component);
    }

    private static Method accessor(Class<?> type, String component) {
        if (!type.isRecord()) {
            throw new IllegalStateException(type.getName() + " is not a record: the canonical rules read record components");
        }
        Method accessor = ACCESSORS.get(type).get(component);
        if (accessor == null) {
            throw new IllegalStateException(type.getSimpleName() + " has no component \""
                    + component + "\"; check the names given to its class-level constraints");
        }
        return accessor;
    }
}
