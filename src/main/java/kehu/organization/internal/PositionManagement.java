package kehu.organization.internal;

import java.time.Clock;
import java.util.List;

import kehu.organization.Permissions;
import kehu.shared.AuditableAction;
import kehu.shared.DomainException;
import kehu.shared.NotFoundException;
import kehu.shared.PersistenceConfiguration;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Positions (岗位) with their duties (ORG-1). */
@Service
@Transactional
public class PositionManagement {

    private final Positions positions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PositionManagement(Positions positions, ApplicationEventPublisher events, Clock clock) {
        this.positions = positions;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Position> all() {
        return positions.findAllByOrderByNameAsc();
    }

    @Transactional(readOnly = true)
    public Position get(long id) {
        return positions.findById(id).orElseThrow(() -> new NotFoundException("position", id));
    }

    @PreAuthorize("hasAuthority('" + Permissions.UNIT_MANAGE + "')")
    public Position save(Long id, PositionForm form) {
        var name = form.name().trim();
        positions.findByName(name).filter(p -> !p.getId().equals(id)).ifPresent(p -> {
            throw DomainException.invalid("name", "org.position.name.taken", name);
        });
        Position position;
        String before = null;
        if (id == null) {
            position = positions.save(new Position(name, form.duties()));
        } else {
            position = get(id);
            before = position.getName() + ": " + position.getDuties();
            position.describe(name, form.duties());
        }
        events.publishEvent(AuditableAction.of(id == null ? "position.create" : "position.update",
                PersistenceConfiguration.currentActor(), "position", position.getId(), before,
                position.getName() + ": " + position.getDuties(), clock.instant()));
        return position;
    }
}
