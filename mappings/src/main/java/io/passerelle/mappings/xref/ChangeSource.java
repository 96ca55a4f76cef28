package io.passerelle.mappings.xref;

/** Why a conversion table changed: who or what decided it. */
public enum ChangeSource {
    STEWARD,
    AUTOMATIC_RULE,
    IMPORT,
    RESTORE
}
