package io.passerelle.hub.security;

/** Who may do what in the hub. Spring authorities are {@code ROLE_} + the lower-case name. */
public enum HubRole {
    /** Maintains conversion tables: the only role that writes them. */
    STEWARD,
    /** Watches flows, failures and replays. */
    OPERATOR,
    /** Everything, including configuration and users. */
    ADMIN,
    /** A trading partner: sees only what concerns its own exchanges. */
    PARTNER;

    public String roleName() {
        return name().toLowerCase();
    }
}
