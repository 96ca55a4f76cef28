/**
 * The WMS connector: flat files in SFTP folders. Inbound, one route per declared {@code wms-sftp} system
 * reads the complete files of its inbox into the hub; outbound, {@link io.passerelle.hub.connector.wms.WmsSftpAdapter}
 * writes item-master files into its outbox. Host keys are always verified.
 */
package io.passerelle.hub.connector.wms;
