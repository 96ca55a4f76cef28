package io.passerelle.hub.system;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The systems declared in config/systems.yml. Bean Validation names the file, key and problem of a
 * bad value; {@link #problems()} adds what needs the whole declaration (a type's settings present).
 */
@Validated
@ConfigurationProperties("passerelle")
public record ConnectedSystems(@Valid Map<String, SystemDeclaration> systems) {

    public ConnectedSystems {
        systems = systems == null ? Map.of() : new LinkedHashMap<>(systems);
        List<String> problems = problems(systems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("config/systems.yml: " + String.join("; ", problems));
        }
    }

    private static List<String> problems(Map<String, SystemDeclaration> systems) {
        List<String> problems = new ArrayList<>();
        systems.forEach((name, system) -> {
            String key = "passerelle.systems." + name;
            if (system.type() == ConnectorType.ERP_STAGING_TABLES && system.stagingTables() == null) {
                problems.add(key + ".staging-tables is required for connector type erp-staging-tables");
            }
            if (system.type() == ConnectorType.CRM_REST && system.rest() == null) {
                problems.add(key + ".rest is required for connector type crm-rest");
            }
            if (system.type() != ConnectorType.EDI_PARTNER && system.ftp() != null) {
                problems.add(key + ".ftp: only an edi-partner exchanges over FTP");
            }
            if (system.type() == ConnectorType.WMS_SFTP && system.sftp() == null) {
                problems.add(key + ".sftp is required for connector type wms-sftp");
            } else if (system.type() == ConnectorType.WMS_SFTP) {
                problems.addAll(system.sftp().problems(key + ".sftp"));
                system.receives().stream().filter(type -> !type.equals("Product")).forEach(type -> problems.add(
                        key + ".receives: a wms-sftp system is sent item-master files (Product), not " + type));
                if (system.receives("Product") && system.sftp().itemMaster() == null) {
                    problems.add(key + ".sftp.item-master is required to receive Product");
                }
            }
            if (system.type() == ConnectorType.EDI_PARTNER) {
                if (system.edi() == null) {
                    problems.add(key + ".edi is required for connector type edi-partner (the partner profile)");
                }
                if (system.sftp() == null && system.ftp() == null) {
                    problems.add(key + ".sftp or " + key + ".ftp is required for connector type edi-partner"
                            + " (the partner's folders)");
                } else if (system.sftp() != null && system.ftp() != null) {
                    problems.add(key + ": declare the partner's folders once, under sftp or under ftp, not both");
                } else if (system.sftp() != null) {
                    problems.addAll(system.sftp().problems(key + ".sftp"));
                } else {
                    problems.addAll(system.ftp().problems(key + ".ftp"));
                }
            }
        });
        return problems;
    }

    public Optional<SystemDeclaration> find(String name) {
        return Optional.ofNullable(systems.get(name));
    }

    /** The systems that receive a message type, the source itself excepted. */
    public List<String> subscribersOf(String messageType, String sourceSystem) {
        return systems.entrySet().stream()
                .filter(e -> !e.getKey().equals(sourceSystem) && e.getValue().receives(messageType))
                .map(Map.Entry::getKey).toList();
    }
}
