package io.passerelle.mappings.wms;

/**
 * One field of a WMS file line. In a CSV file only the name counts (columns are in the layout's order);
 * in a fixed-width file the field sits at {@code start} (1 for the first character) for {@code length}
 * characters, padded with {@code padding} on the side opposite to its alignment.
 *
 * @param name    what the field means, from the record kind's vocabulary (item, gtin, quantity…), or
 *                {@value #FILLER} for a field the hub does not use
 * @param start   fixed width only: first character, counting from 1
 * @param length  fixed width only: number of characters
 * @param padding fixed width only: the padding character, a space unless told ("0" for right-aligned numbers)
 * @param align   fixed width only: LEFT (text, padded on the right, the default) or RIGHT (numbers)
 */
public record Column(String name, Integer start, Integer length, String padding, Align align) {

    /** A field the hub skips when reading and leaves blank when writing; may appear several times. */
    public static final String FILLER = "filler";

    public enum Align { LEFT, RIGHT }

    public Column {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a column needs a name");
        }
        name = name.strip();
        padding = padding == null || padding.isEmpty() ? " " : padding;
        if (padding.length() != 1) {
            throw new IllegalArgumentException("column " + name + ": padding must be one character, found '" + padding + "'");
        }
        align = align == null ? Align.LEFT : align;
    }

    /** A CSV column. */
    public static Column named(String name) {
        return new Column(name, null, null, null, null);
    }

    /** A fixed-width text column, left-aligned and padded with spaces. */
    public static Column text(String name, int start, int length) {
        return new Column(name, start, length, " ", Align.LEFT);
    }

    /** A fixed-width number column, right-aligned and padded with the given character. */
    public static Column number(String name, int start, int length, char padding) {
        return new Column(name, start, length, String.valueOf(padding), Align.RIGHT);
    }

    public boolean isFiller() {
        return FILLER.equals(name);
    }

    public char paddingChar() {
        return padding.charAt(0);
    }

    /** Last character, counting from 1 (fixed width). */
    int end() {
        return start + length - 1;
    }
}
