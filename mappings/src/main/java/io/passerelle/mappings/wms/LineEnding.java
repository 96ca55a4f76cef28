package io.passerelle.mappings.wms;

/** What ends a line in files the hub writes; the reader accepts both. */
public enum LineEnding {
    LF("\n"),
    /** What most WMS packages running on Windows expect. */
    CRLF("\r\n");

    private final String characters;

    LineEnding(String characters) {
        this.characters = characters;
    }

    public String characters() {
        return characters;
    }
}
