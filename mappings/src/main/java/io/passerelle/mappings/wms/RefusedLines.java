package io.passerelle.mappings.wms;

import java.util.List;
import java.util.stream.Collectors;

/** Lines that cannot become a canonical record, with every error found in them. */
public record RefusedLines(SourceLines source, String messageType, String entityKey, List<String> businessKeys,
                           List<LineError> errors) {

    public RefusedLines {
        businessKeys = List.copyOf(businessKeys);
        errors = List.copyOf(errors);
    }

    public String reason() {
        return errors.stream().map(LineError::describe).collect(Collectors.joining("; "));
    }
}
