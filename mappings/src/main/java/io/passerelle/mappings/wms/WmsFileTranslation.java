package io.passerelle.mappings.wms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What a WMS file carried: the changes to pass on, the lines refused and the lines parked. */
public record WmsFileTranslation(String file, List<WmsChange> changes, List<RefusedLines> refused,
                                 List<ParkedLines> parked) {

    public WmsFileTranslation {
        changes = List.copyOf(changes);
        refused = List.copyOf(refused);
        parked = List.copyOf(parked);
    }

    /** Every line error, in file order: the content of the file's report. */
    public List<LineError> errors() {
        List<LineError> errors = new ArrayList<>();
        refused.forEach(r -> errors.addAll(r.errors()));
        errors.sort(Comparator.comparingInt(LineError::line));
        return errors;
    }
}
