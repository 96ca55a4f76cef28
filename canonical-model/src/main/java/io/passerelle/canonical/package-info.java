/**
 * The canonical model: the one language every flow is translated into and out of.
 *
 * <p>Master data ({@link io.passerelle.canonical.Customer}, {@link io.passerelle.canonical.Product},
 * {@link io.passerelle.canonical.ProductServiceTerms}), commercial and logistic documents
 * ({@link io.passerelle.canonical.Promotion}, {@link io.passerelle.canonical.Order},
 * {@link io.passerelle.canonical.StockLevel}, {@link io.passerelle.canonical.Shipment}) and the
 * {@link io.passerelle.canonical.Envelope} they travel in. All are immutable records carrying their
 * rules as Bean Validation constraints; {@link io.passerelle.canonical.CanonicalJson} is their one
 * JSON form, and a JSON Schema per type is generated into {@code json-schema/} at build time.
 *
 * <p>Codes are the hub's canonical codes: a system's own codes are translated by the conversion
 * tables before anything here is built.
 */
package io.passerelle.canonical;
