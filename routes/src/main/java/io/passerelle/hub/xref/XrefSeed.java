package io.passerelle.hub.xref;

import io.passerelle.mappings.xref.ChangeAuthor;
import io.passerelle.mappings.xref.ChangeSource;
import io.passerelle.mappings.xref.ConversionTables;
import io.passerelle.mappings.xref.MappingCsv;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the seed tables of config/seed at start, before any route runs: canonical codes that are
 * missing, then mappings through the steward's import (checked whole; unchanged lines are no-ops).
 */
public class XrefSeed {

    private static final Logger log = LoggerFactory.getLogger(XrefSeed.class);

    private final Path directory;
    private final ConversionTables tables;
    private final MappingCsv csv;

    public XrefSeed(Path directory, ConversionTables tables, MappingCsv csv) {
        this.directory = directory;
        this.tables = tables;
        this.csv = csv;
    }

    public void load() {
        if (directory == null || !Files.isDirectory(directory)) {
            log.info("No conversion-table seed folder at {}", directory);
            return;
        }
        for (Path file : files(".canonical.csv")) {
            loadCanonical(domainOf(file, ".canonical.csv"), file);
        }
        for (Path file : files(".csv")) {
            if (!file.getFileName().toString().endsWith(".canonical.csv")) {
                MappingCsv.ImportReport report = csv.importCsv(domainOf(file, ".csv"), read(file),
                        new ChangeAuthor("passerelle", ChangeSource.IMPORT, "seed " + file.getFileName()));
                log.info("Seed {}: {}", file.getFileName(), report);
            }
        }
    }

    private void loadCanonical(String domain, Path file) {
        List<String> lines = read(file).lines().filter(line -> !line.isBlank()).toList();
        String[] header = lines.get(0).split(",");
        java.util.Set<String> existing = new java.util.HashSet<>();
        tables.searchCanonical(domain, null, Integer.MAX_VALUE).forEach(entry -> existing.add(entry.code()));
        int created = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",", -1);
            if (!existing.contains(fields[0].trim())) {
                Map<String, String> keys = new HashMap<>();
                for (int i = 2; i < header.length && i < fields.length; i++) {
                    if (!fields[i].isBlank()) {
                        keys.put(header[i].trim(), fields[i].trim());
                    }
                }
                tables.createCanonical(domain, fields[0].trim(), fields[1].trim(), keys,
                        new ChangeAuthor("passerelle", ChangeSource.IMPORT, "seed " + file.getFileName()));
                created++;
            }
        }
        log.info("Seed {}: {} canonical code(s) created", file.getFileName(), created);
    }

    private List<Path> files(String suffix) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String domainOf(Path file, String suffix) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - suffix.length());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
