package io.passerelle.canonical.validation;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/**
 * Writes a Bean Validation path the way people write it: {@code lines[0].quantity},
 * {@code productIds[1]} (not Hibernate's {@code productIds[1].<list element>}).
 */
final class PropertyPaths {

    private PropertyPaths() {
    }

    static String format(Path path) {
        StringBuilder text = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                text.append('[').append(positionOf(node)).append(']');
            }
            boolean named = node.getName() != null
                    && node.getKind() != ElementKind.CONTAINER_ELEMENT
                    && node.getKind() != ElementKind.BEAN;
            if (named) {
                if (!text.isEmpty()) {
                    text.append('.');
                }
                text.append(node.getName());
            }
        }
        return text.toString();
    }

    private static Object positionOf(Path.Node node) {
        if (node.getIndex() != null) {
            return node.getIndex();
        }
        return node.getKey() != null ? node.getKey() : "";
    }
}
