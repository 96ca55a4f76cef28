package io.passerelle.canonical;

/**
 * The service a customer is entitled to, harmonised between marketing's and logistics'
 * segmentations so that a priority customer is treated as one in every system.
 */
public enum ServiceClass {
    /** Key accounts, replenished by us (vendor-managed inventory): served first. */
    KEY_ACCOUNT,
    /** Mid-size accounts with an annual volume commitment, backed by buffer stock. */
    COMMITTED_VOLUME,
    /** Everyone else, served from the stock left once commitments are covered. */
    STANDARD
}
