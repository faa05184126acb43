package org.govsite.identity.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface StaffAccountRepository extends ListCrudRepository<StaffAccount, Long> {

	Optional<StaffAccount> findByUsername(String username);

	Optional<StaffAccount> findByActivationHash(String activationHash);

	List<StaffAccount> findAllByOrderByUsername();

	@Query("select exists (select 1 from role_grant where role in ('SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN'))")
	boolean anyAdministrator();
}
