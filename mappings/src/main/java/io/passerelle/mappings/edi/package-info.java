/**
 * The EDI gateway's translation core: UN/EDIFACT (EANCOM) and ANSI X12 interchanges read with
 * io.xlate:staedi against Passerelle's own message schemas, translated into the canonical model, and
 * canonical objects written back as partner messages.
 *
 * <ul>
 *   <li>{@code schema} — the StAEDI message schemas (subsets) and how one is picked per message;</li>
 *   <li>{@code read} — streaming reading of an interchange, one message at a time, with every
 *       validation error located (interchange, message, segment position, element, component);</li>
 *   <li>{@code inbound} — per message type, segments to canonical objects, partner codes through the
 *       conversion tables;</li>
 *   <li>{@code ack} — CONTRL, 997 and 999: written for what was received, read back when received;</li>
 *   <li>{@code outbound} — ORDRSP/855, DESADV/856 and PRICAT/832 written from canonical objects.</li>
 * </ul>
 *
 * Plain Java: no Camel, no Spring. Control numbers, duplicates and transport are the routes' concern;
 * this package exposes the envelope facts they need.
 */
package io.passerelle.mappings.edi;
