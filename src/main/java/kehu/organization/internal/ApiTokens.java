package kehu.organization.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ApiTokens extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findByStaffIdOrderByIdDesc(Long staffId);

    /**
     * Records a use of the token unless one at or after {@code notBefore} is already recorded. A plain
     * update that leaves the row's version alone: requests made at the same time with one token (an
     * integration calling in parallel) must not conflict with each other.
     */
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :now where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :notBefore)")
    int recordUse(@Param("id") long id, @Param("now") Instant now, @Param("notBefore") Instant notBefore);
}
