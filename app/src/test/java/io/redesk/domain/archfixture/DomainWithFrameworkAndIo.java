package io.redesk.domain.archfixture;

import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Architecture fixture (test code only, never imported by ArchitectureTest): domain code breaking its rules. */
public class DomainWithFrameworkAndIo {
    private static final Logger LOG = LoggerFactory.getLogger(DomainWithFrameworkAndIo.class);

    public boolean exists(String file) {
        LOG.debug("checking");
        return Files.exists(Path.of(file));
    }
}
