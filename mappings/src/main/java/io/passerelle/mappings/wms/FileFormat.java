package io.passerelle.mappings.wms;

/** How the fields of a WMS file line are laid out. */
public enum FileFormat {
    /** Fields separated by a delimiter; a field holding the delimiter, a quote or a line break is quoted. */
    CSV,
    /** Each field at a fixed position and length, padded. */
    FIXED_WIDTH
}
