/**
 * The camel-ftp endpoints of systems' exchange folders — SFTP, FTPS, FTP — built once per protocol: inbox,
 * folders below it, outbox written under a temporary name then renamed; secrets kept out of URIs.
 */
package io.passerelle.hub.connector.folder;
