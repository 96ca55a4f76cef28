/**
 * The WMS's flat files: layouts declared in configuration (CSV or fixed width, one per record kind), a
 * reader that turns a file into records and per-line errors, a writer, and the translation of those
 * records to and from the canonical model through the conversion tables. Plain code: no Camel, no Spring.
 */
package io.passerelle.mappings.wms;
