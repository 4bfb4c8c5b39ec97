package kehu.servicedesk.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReplyTemplates extends JpaRepository<ReplyTemplate, Long> {

    List<ReplyTemplate> findByActiveTrueOrderByIdAsc();

    List<ReplyTemplate> findAllByOrderByIdAsc();

    boolean existsByCode(String code);
}
