/**
 * The model's domain rules as Bean Validation constraints (GS1 keys, ISO and UN/ECE code lists,
 * chronological order, either/or fields) and {@link io.passerelle.canonical.validation.CanonicalValidator},
 * the facade that checks an object and says what is wrong in terms a data steward can act on.
 */
package io.passerelle.canonical.validation;
