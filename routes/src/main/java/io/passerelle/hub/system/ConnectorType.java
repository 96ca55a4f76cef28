package io.passerelle.hub.system;

/** How the hub reaches a system; each type is a set of routes in routes/ and a translator in mappings/. */
public enum ConnectorType {
    /** An ERP's interface (staging) tables in its database, read and written through camel-sql. */
    ERP_STAGING_TABLES,
    /** A CRM's REST/JSON API, and its webhook calling the hub. */
    CRM_REST,
    /** A WMS exchanging flat files (CSV or fixed width) in SFTP folders. */
    WMS_SFTP,
    /** A trading partner exchanging EDI interchanges (EANCOM/EDIFACT or X12) in SFTP folders. */
    EDI_PARTNER
}
