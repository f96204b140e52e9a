package io.kaiwu.audit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Audit log settings.
 *
 * @param retention how long entries are kept ({@code KAIWU_AUDIT_RETENTION}); at least
 * 180 days is advised.
 * @param purgeCron when to delete expired entries ({@code KAIWU_AUDIT_PURGE_CRON}, a
 * Spring cron expression).
 */
@ConfigurationProperties("kaiwu.audit")
record AuditSettings(@DefaultValue("180d") Duration retention, @DefaultValue("0 30 2 * * *") String purgeCron) {
}
