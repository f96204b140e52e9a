/**
 * Operations: backups of the embedded database (an online, consistent SQL script that
 * also survives an H2 upgrade) and their restore while Kaiwu is stopped. On PostgreSQL
 * the database's own pg_dump and pg_restore do this job. Publishes nothing, listens to
 * nothing.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package io.kaiwu.operations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
