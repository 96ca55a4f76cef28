/**
 * The EDI partner gateway's routes: each trading partner's SFTP folder polled, every file archived as
 * received, read with the translation core of {@code io.passerelle.mappings.edi} (StAEDI, our schemas),
 * its messages taken into the hub one by one, its acknowledgement sent back; order responses, despatch
 * advices and catalogues written to the partner's folder under a temporary name, then renamed.
 */
package io.passerelle.hub.connector.edi;
