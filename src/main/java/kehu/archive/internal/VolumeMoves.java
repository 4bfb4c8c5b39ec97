package kehu.archive.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VolumeMoves extends JpaRepository<VolumeMove, Long> {

    List<VolumeMove> findByVolumeIdOrderByMovedAtDescIdDesc(long volumeId);

    List<VolumeMove> findByArchiveIdOrderByMovedAtDescIdDesc(long archiveId);

    boolean existsByFromBoxIdOrToBoxId(Long fromBoxId, Long toBoxId);
}
