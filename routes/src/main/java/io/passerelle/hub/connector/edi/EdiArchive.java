package io.passerelle.hub.connector.edi;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.Instant;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/**
 * Keeps every received file as it came, before anything reads it: the evidence of what a partner sent,
 * and the copy a failed or parked file is read again from. Streamed to disk, so a 50 MB interchange
 * never sits in memory.
 */
@Component
public class EdiArchive {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("HHmmssSSS").withZone(ZoneOffset.UTC);

    /** @param sha256 hex digest of the content, for the record and for a partner who disputes a file */
    public record Archived(Path path, String sha256, long size) {
    }

    private final Path root;

    public EdiArchive(EdiSettings settings) {
        this.root = settings.archiveDirectory().toAbsolutePath();
    }

    public Archived store(String partner, String fileName, InputStream content) {
        Path folder = root.resolve(partner).resolve(LocalDate.now(ZoneOffset.UTC).toString());
        String safeName = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        Path target = folder.resolve(STAMP.format(Instant.now()) + "_" + safeName);
        try {
            Files.createDirectories(folder);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long size;
            try (DigestInputStream in = new DigestInputStream(content, digest);
                 OutputStream out = Files.newOutputStream(target)) {
                size = in.transferTo(out);
            }
            return new Archived(target, HexFormat.of().formatHex(digest.digest()), size);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot archive " + fileName + " of " + partner + " in " + folder + ": "
                    + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The report on a file, beside its archived copy. */
    public void report(Path archived, String report) {
        try {
            Files.writeString(archived.resolveSibling(archived.getFileName() + ".report.txt"), report + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report beside " + archived + ": " + e.getMessage(), e);
        }
    }
}
