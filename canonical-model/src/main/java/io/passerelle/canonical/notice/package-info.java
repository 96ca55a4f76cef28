/**
 * What the hub tells a subscriber about a boundary event, already narrowed to that subscriber: the
 * accounts and orders a line stoppage hits (for sales), the products and periods a promotion or a
 * launch change moves (for planning and warehouses), the catalogue entries partners must update.
 * Notices carry canonical codes; each connector writes them in its system's own codes.
 */
package io.passerelle.canonical.notice;
