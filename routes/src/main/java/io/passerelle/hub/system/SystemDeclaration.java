package io.passerelle.hub.system;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

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
 * @param ftp           the FTPS or FTP folders of an {@link ConnectorType#EDI_PARTNER} that has no SFTP
 * @param edi           the partner profile of an {@link ConnectorType#EDI_PARTNER}
 */
public record SystemDeclaration(
        @NotNull ConnectorType type,
        List<String> receives,
        Duration pollInterval,
        @Valid StagingTables stagingTables,
        @Valid RestApi rest,
        @Valid SftpFolder sftp,
        @Valid FtpFolder ftp,
        @Valid EdiPartnerProfile edi) {

    @ConstructorBinding
    public SystemDeclaration {
        receives = receives == null ? List.of() : List.copyOf(receives);
        pollInterval = pollInterval == null ? Duration.ofSeconds(5) : pollInterval;
    }

    /** A system without FTP folders, as code builds it. */
    public SystemDeclaration(ConnectorType type, List<String> receives, Duration pollInterval, StagingTables stagingTables,
                             RestApi rest, SftpFolder sftp, EdiPartnerProfile edi) {
        this(type, receives, pollInterval, stagingTables, rest, sftp, null, edi);
    }

    /** The folders the system exchanges files in, over SFTP or FTP(S); null when it has none. */
    public ExchangeFolder folder() {
        return sftp != null ? sftp : ftp;
    }

    public boolean receives(String messageType) {
        return receives.contains(messageType);
    }
}
