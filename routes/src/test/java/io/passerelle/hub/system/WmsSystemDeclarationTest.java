package io.passerelle.hub.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.passerelle.mappings.wms.FileFormat;
import io.passerelle.mappings.wms.RecordKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ByteArrayResource;

/** A WMS as an IT team declares it: the example shipped in config/systems.yml binds, and mistakes are named. */
class WmsSystemDeclarationTest {

    @Test
    void theShippedExampleBindsWithItsLayouts() throws IOException {
        ConnectedSystems systems = bind(shippedWmsExample());

        SftpFolder sftp = systems.find("wms").orElseThrow().sftp();
        assertThat(sftp.completion()).isEqualTo(SftpFolder.Completion.RENAME);
        assertThat(sftp.kindOf("STOCK_20261124.csv")).contains(RecordKind.STOCK_LEVEL);
        assertThat(sftp.kindOf("receipt_0001.TXT")).contains(RecordKind.RECEIPT);
        assertThat(sftp.kindOf("SHIP_1.csv.part")).isEmpty();
        assertThat(sftp.kindOf("README.txt")).isEmpty();
        assertThat(sftp.receipts().layout().format()).isEqualTo(FileFormat.FIXED_WIDTH);
        assertThat(sftp.receipts().layout().columns().get(6).paddingChar()).isEqualTo('0');
        assertThat(sftp.itemMaster().fileName(io.passerelle.mappings.wms.RecordKind.ITEM_MASTER, java.time.Instant.parse("2026-11-24T06:00:00Z"), 42))
                .isEqualTo("ITEMS_20261124060000000_42.csv");
    }

    @Test
    void mistakesStopTheStartWithTheirKey() {
        String yaml = """
                passerelle:
                  systems:
                    wms:
                      type: wms-sftp
                      receives: [Product, Customer]
                      sftp:
                        host: wms.example.com
                        username: passerelle
                        known-hosts: config/known_hosts
                        inbox: out
                        outbox: in
                        stock-levels:
                          name: "STOCK_*.csv"
                          layout:
                            columns: [{name: item}, {name: qty}]
                """;

        assertThatThrownBy(() -> bind(yaml)).rootCause().hasMessageContainingAll(
                "passerelle.systems.wms.sftp: a password or a private-key-file is required",
                "passerelle.systems.wms.sftp.stock-levels: layout: unknown column 'qty' for STOCK_LEVEL files",
                "passerelle.systems.wms.sftp.stock-levels: layout: column 'location' is required in STOCK_LEVEL files",
                "passerelle.systems.wms.receives: a wms-sftp system is sent item-master files (Product), not Customer",
                "passerelle.systems.wms.sftp.item-master is required to receive Product");
    }

    /** The commented WMS block of config/systems.yml, uncommented. */
    private static String shippedWmsExample() throws IOException {
        List<String> lines = Files.readAllLines(Path.of(System.getProperty("passerelle.config-dir"), "systems.yml"));
        int start = lines.indexOf("    # wms:");
        List<String> block = lines.subList(start, lines.size()).stream()
                .takeWhile(line -> !line.startsWith("    # Item codes"))
                .map(line -> line.replaceFirst("# ", ""))
                .toList();
        return "passerelle:\n  systems:\n" + block.stream().collect(Collectors.joining("\n"));
    }

    private static ConnectedSystems bind(String yaml) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load("systems", new ByteArrayResource(yaml.getBytes()))
                .forEach(source -> environment.getPropertySources().addFirst(source));
        return new Binder(ConfigurationPropertySources.get(environment)).bind("passerelle", ConnectedSystems.class).get();
    }
}
