/**
 * Tenancy: tenants (enterprises) with their enterprise type, users and roles, sign-in
 * (form login for pages, bearer tokens for REST) and the ISA-95 enterprise structure
 * (site → area → line → work unit). Other modules read the structure through
 * {@link io.kaiwu.tenancy.EnterpriseStructure}; every change is published as a
 * {@link io.kaiwu.shared.ChangeRecorded}.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package io.kaiwu.tenancy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
