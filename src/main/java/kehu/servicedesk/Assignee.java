package kehu.servicedesk;

/**
 * Who a matter is sent to (SVC-2): a department, optionally a post (岗位) in it or a person. A person
 * alone is enough (their department is taken from their record).
 */
public record Assignee(Long unitId, Long positionId, Long staffId) {

    public static Assignee unit(long unitId) {
        return new Assignee(unitId, null, null);
    }

    public static Assignee person(long staffId) {
        return new Assignee(null, null, staffId);
    }
}
