package io.passerelle.hub.system;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;

/**
 * One connected system as an IT team declares it in config/systems.yml.
 *
 * @param type          how it is reached
 * @param receives      the canonical message types it is sent (Product, Customer...)
 * @param pollInterval  how often the hub looks for its changes
 * @param stagingTables settings of an {@link ConnectorType#ERP_STAGING_TABLES} system
 * @param rest          settings of a {@link ConnectorType#CRM_REST} system
 * @param sftp          the SFTP folders of a {@link ConnectorType#WMS_SFTP} system or an
 *                      {@link ConnectorType#EDI_PARTNER}
 * @param edi           the partner profile of an {@link ConnectorType#EDI_PARTNER}
 */
public record SystemDeclaration(
        @NotNull ConnectorType type,
        List<String> receives,
        Duration pollInterval,
        @Valid StagingTables stagingTables,
        @Valid RestApi rest,
        @Valid SftpFolder sftp,
        @Valid EdiPartnerProfile edi) {

    public SystemDeclaration {
        receives = receives == null ? List.of() : List.copyOf(receives);
        pollInterval = pollInterval == null ? Duration.ofSeconds(5) : pollInterval;
    }

    public boolean receives(String messageType) {
        return receives.contains(messageType);
    }
}
