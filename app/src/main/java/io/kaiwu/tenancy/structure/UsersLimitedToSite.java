package io.kaiwu.tenancy.structure;

import java.util.List;
import java.util.UUID;

import io.kaiwu.shared.StructureReferences;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.user.ManagingUsers;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A site cannot be deleted while users are limited to it. */
@Component
class UsersLimitedToSite implements StructureReferences {

	private final ManagingUsers users;

	private final MessageSource messages;

	UsersLimitedToSite(ManagingUsers users, MessageSource messages) {
		this.users = users;
		this.messages = messages;
	}

	@Override
	public List<String> referencesTo(TenantId tenant, UUID node) {
		long count = this.users.usersLimitedToSite(node);
		return (count == 0) ? List.of() : List.of(this.messages.getMessage("structure.ref.users",
				new Object[] { count }, LocaleContextHolder.getLocale()));
	}

}
