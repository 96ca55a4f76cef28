package io.passerelle.mappings.wms;

/**
 * A WMS file that cannot be read at all (its header does not match the layout, its encoding is wrong):
 * it is kept aside with this reason rather than read line by line into nonsense.
 */
public class WmsFileRejected extends RuntimeException {

    private final String file;

    public WmsFileRejected(String file, String reason) {
        super(file + ": " + reason);
        this.file = file;
    }

    public String file() {
        return file;
    }
}
