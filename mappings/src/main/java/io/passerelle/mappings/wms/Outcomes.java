package io.passerelle.mappings.wms;

import io.passerelle.canonical.validation.Violation;
import io.passerelle.mappings.xref.UnmappedCodeException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Collects what each group of lines became while a file is translated. */
final class Outcomes {

    final String file;
    final List<WmsChange> changes = new ArrayList<>();
    final List<RefusedLines> refused = new ArrayList<>();
    final List<ParkedLines> parked = new ArrayList<>();

    Outcomes(String file) {
        this.file = file;
    }

    /** Lines the reader could not split: refused one by one, they are about nothing known yet. */
    void unreadable(List<LineError> errors, String messageType) {
        for (LineError error : errors) {
            SourceLines source = new SourceLines(file, List.of(error.line()), List.of(""));
            refused.add(new RefusedLines(source, messageType, fileKey(), List.of(fileKey()), List.of(error)));
        }
    }

    /** An unknown code: parked when the policy says so, otherwise an error of the column that carried it. */
    void unmapped(UnmappedCodeException e, SourceLines source, int line, String column, String messageType,
                  String entityKey, List<String> businessKeys) {
        if (e.mustPark()) {
            parked.add(new ParkedLines(source, messageType, entityKey, businessKeys, e));
        } else {
            refused.add(new RefusedLines(source, messageType, entityKey, businessKeys,
                    List.of(new LineError(file, line, column, e.getMessage()))));
        }
    }

    /**
     * Canonical rule violations, each blamed on the line and column it came from: {@code lines[1].quantity}
     * is the quantity column of the group's second line.
     */
    static List<LineError> violations(String file, List<Violation> violations, Function<String, Integer> lineOfPath,
                                      Function<String, String> columnOfPath) {
        return violations.stream()
                .map(v -> new LineError(file, lineOfPath.apply(v.path()), columnOfPath.apply(v.path()),
                        (v.rejectedValue() == null ? "" : "'" + v.rejectedValue() + "': ") + v.rule()))
                .toList();
    }

    String fileKey() {
        return "file:" + file;
    }

    WmsFileTranslation result() {
        return new WmsFileTranslation(file, changes, refused, parked);
    }
}
