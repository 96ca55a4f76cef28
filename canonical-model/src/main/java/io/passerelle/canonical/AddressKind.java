package io.passerelle.canonical;

/** What an address is used for; a customer may have several of each kind. */
public enum AddressKind {
    BILLING,
    DELIVERY,
    HEAD_OFFICE
}
