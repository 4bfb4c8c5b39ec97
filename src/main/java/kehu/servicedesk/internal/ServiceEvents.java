package kehu.servicedesk.internal;

import java.util.Optional;

import kehu.servicedesk.ServiceEventKind;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ServiceEvents extends JpaRepository<ServiceEvent, Long> {

    Optional<ServiceEvent> findByKindAndReference(ServiceEventKind kind, String reference);
}
