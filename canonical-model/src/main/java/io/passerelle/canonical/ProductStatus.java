package io.passerelle.canonical;

/** Where a product stands in its commercial life. */
public enum ProductStatus {
    /** Announced, not yet sellable: the launch date drives production and purchasing. */
    PLANNED,
    ACTIVE,
    /** Still sold, no longer replenished. */
    PHASING_OUT,
    WITHDRAWN
}
