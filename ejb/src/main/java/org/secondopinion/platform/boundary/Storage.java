package org.secondopinion.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.secondopinion.platform.control.FileStore;

/**
 * Where uploaded files are kept: {@code secondopinion.files.dir}, else {@code files} under
 * {@code secondopinion.data.dir}, else a folder in the system's temporary directory (tests).
 */
@ApplicationScoped
public class Storage {

    private static final Logger LOG = Logger.getLogger(Storage.class.getName());

    @Inject
    @ConfigProperty(name = "secondopinion.files.dir")
    Optional<String> filesDir;

    @Inject
    @ConfigProperty(name = "secondopinion.data.dir")
    Optional<String> dataDir;

    private FileStore store;

    @Produces
    public FileStore fileStore() {
        if (store == null) {
            Path root = filesDir.map(Path::of)
                    .or(() -> dataDir.map(dir -> Path.of(dir, "files")))
                    .orElseGet(() -> Path.of(System.getProperty("java.io.tmpdir"), "second-opinion-files"));
            LOG.info(() -> "Uploaded files are kept in " + root.toAbsolutePath());
            store = new FileStore(root);
        }
        return store;
    }

    /** Whether a file can be kept now (a probe file written and deleted): the readiness of the file store. */
    public boolean writable() {
        return fileStore().writable();
    }
}
