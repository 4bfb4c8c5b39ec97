package kehu.survey.internal;

import java.util.List;
import java.util.Optional;

import kehu.survey.VersionStatus;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TemplateVersions extends JpaRepository<TemplateVersion, Long> {

    List<TemplateVersion> findByTemplateIdOrderByVersionNoDesc(Long templateId);

    Optional<TemplateVersion> findFirstByTemplateIdOrderByVersionNoDesc(Long templateId);

    Optional<TemplateVersion> findByTemplateIdAndStatus(Long templateId, VersionStatus status);

    List<TemplateVersion> findByStatusOrderByNameAscVersionNoDesc(VersionStatus status);
}
