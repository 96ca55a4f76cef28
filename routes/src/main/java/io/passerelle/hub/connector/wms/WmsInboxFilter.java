package io.passerelle.hub.connector.wms;

import io.passerelle.hub.system.SftpFolder;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileFilter;
import org.apache.camel.component.file.remote.SftpRemoteFile;

/**
 * The files of a WMS inbox the hub reads: a declared kind's name, and complete. A file being written
 * under the rename convention ({@code NAME.part}) and done files are never taken for data; under the
 * done-file convention camel-ftp itself waits for {@code NAME.done}.
 */
final class WmsInboxFilter implements GenericFileFilter<SftpRemoteFile> {

    private final SftpFolder folder;

    WmsInboxFilter(SftpFolder folder) {
        this.folder = folder;
    }

    @Override
    public boolean accept(GenericFile<SftpRemoteFile> file) {
        String name = file.getFileNameOnly();
        return !file.isDirectory()
                && !name.endsWith(SftpFolder.PART_SUFFIX)
                && !name.endsWith(SftpFolder.DONE_SUFFIX)
                && folder.kindOf(name).isPresent();
    }
}
