package io.passerelle.hub.system;

import io.passerelle.mappings.wms.FlatFileLayout;
import io.passerelle.mappings.wms.RecordKind;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One kind of file in a WMS's folders.
 *
 * @param name   for a file the WMS writes: a name pattern where {@code *} is any text and {@code ?} one
 *               character, case ignored ({@code STOCK_*.csv}); for the item-master file the hub writes: a
 *               name template with {@code {timestamp}} (UTC, to the millisecond) and {@code {entry}} (the
 *               first delivery's number, which keeps names unique across hub instances), by default
 *               {@value #DEFAULT_ITEM_MASTER_NAME}
 * @param layout the file's layout (format, columns...)
 */
public record WmsFileSpec(String name, @NotNull FlatFileLayout layout) {

    public static final String DEFAULT_ITEM_MASTER_NAME = "ITEMS_{timestamp}_{entry}.csv";
    public static final String DEFAULT_PLANNING_NOTICE_NAME = "PLANNING_{timestamp}_{entry}.csv";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneOffset.UTC);

    public boolean matches(String fileName) {
        return pattern().matcher(fileName).matches();
    }

    /** The name of a file the hub writes, for a batch. */
    public String fileName(RecordKind kind, Instant now, long firstEntry) {
        String template = name != null && !name.isBlank() ? name
                : kind == RecordKind.PLANNING_NOTICE ? DEFAULT_PLANNING_NOTICE_NAME : DEFAULT_ITEM_MASTER_NAME;
        return template.replace("{timestamp}", TIMESTAMP.format(now)).replace("{entry}", String.valueOf(firstEntry));
    }

    Pattern pattern() {
        StringBuilder regex = new StringBuilder();
        for (char c : name.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
    }

    List<String> problems(RecordKind kind) {
        List<String> problems = new ArrayList<>();
        if (layout != null) {
            kind.problems(layout).forEach(p -> problems.add("layout: " + p));
        }
        if (kind.outgoing()) {
            if (name != null && !name.contains("{entry}")) {
                problems.add("name '" + name + "' must contain {entry}, so that two files never get the same name");
            }
        } else if (name == null || name.isBlank()) {
            problems.add("name is required: the pattern of these files' names, such as STOCK_*.csv");
        } else if ((name.endsWith(SftpFolder.PART_SUFFIX) || name.endsWith(SftpFolder.DONE_SUFFIX))) {
            problems.add("name '" + name + "' would match files still being written");
        }
        return problems;
    }
}
