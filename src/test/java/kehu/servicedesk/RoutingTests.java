package kehu.servicedesk;

import static kehu.servicedesk.ServiceDeskClient.phoneMatter;
import static kehu.servicedesk.ServiceDeskClient.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import kehu.organization.DataScopes;
import kehu.organization.OrganizationDirectory;
import kehu.organization.Permissions;
import kehu.organization.internal.Roles;
import kehu.organization.internal.StaffForm;
import kehu.organization.internal.StaffManagement;
import kehu.organization.internal.StaffMembers;
import kehu.organization.internal.SystemActor;
import kehu.organization.internal.UnitForm;
import kehu.organization.internal.UnitManagement;
import kehu.servicedesk.internal.Matters;
import kehu.servicedesk.internal.WorkOrders;
import kehu.shared.DomainException;
import kehu.support.KehuTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.json.JsonMapper;

/** SVC-2: routing rules, transfers (from, to, why), work orders and receipts, races to take a matter. */
@KehuTest
@RecordApplicationEvents
class RoutingTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JsonMapper json;
    @Autowired ApplicationEvents events;
    @Autowired Matters matters;
    @Autowired WorkOrders workOrders;
    @Autowired MatterManagement management;
    @Autowired WorkOrderManagement workOrderManagement;
    @Autowired OrganizationDirectory directory;
    @Autowired UnitManagement units;
    @Autowired StaffManagement staffManagement;
    @Autowired StaffMembers staff;
    @Autowired Roles roles;
    @Autowired DataScopes scopes;

    ServiceDeskClient api;

    @BeforeEach
    void setUp() {
        api = new ServiceDeskClient(mvc, users, json);
        SystemActor.run(() -> {
            if (directory.unitByCode("SD-EMPTY").isEmpty()) {
                units.create(new UnitForm("SD-EMPTY", "空置保洁班", directory.unitByCode("HQ").orElseThrow().id(), 90));
            }
            if (staff.findByUsername("handler2").isEmpty()) {
                var adminId = staff.findByUsername("admin").orElseThrow().getId();
                var created = staffManagement.create(new StaffForm("handler2", "钱师傅", unitId("ENG"), null, null, "", "",
                        Set.of()), scopes.of(adminId, Permissions.STAFF_VIEW));
                staffManagement.applyRoles(created.staff().getId(), Set.of(roles.findByCode("HANDLER").orElseThrow().getId()));
                staffManagement.changeOwnPassword(created.staff().getId(), created.initialPassword(), "Handler-Two-2", "Handler-Two-2");
            }
        });
    }

    long unitId(String code) {
        return directory.unitByCode(code).orElseThrow().id();
    }

    @Test
    void aRepairIsRoutedToEngineeringAndBecomesItsWorkOrder() throws Exception {
        var id = api.register("clerk", phoneMatter("REPAIR", "plumbing-electrical", "厨房下水管返水"));
        var m = matters.findById(id).orElseThrow();
        assertThat(m.getHandlingUnitId()).isEqualTo(unitId("ENG"));
        var orders = workOrders.findByMatterIdOrderByIssuedAtAscIdAsc(id);
        assertThat(orders).hasSize(1);
        assertThat(orders.get(0).getNumber()).matches("WX\\d{8}-\\d{4}");
        assertThat(orders.get(0).getStatus()).isEqualTo(WorkOrderStatus.ISSUED);
        assertThat(events.stream(WorkOrderIssued.class).filter(e -> e.matterId() == id)).hasSize(1);
        List<String> kinds = api.read("supervisor", id, "$.transfers[*].kind");
        List<String> reasons = api.read("supervisor", id, "$.transfers[*].reason");
        assertThat(kinds).containsExactly("ROUTED");
        // the category rule (工程维修 and below) is more specific than the type rule (报修)
        assertThat(reasons).containsExactly("工程维修类派工程部");
        var list = api.get("handler", "/api/v1/service/work-orders?status=ISSUED&size=100").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<Integer> ids = JsonPath.read(list, "$.content[*].id");
        assertThat(ids).contains(orders.get(0).getId().intValue());
        var all = api.get("handler", "/api/v1/service/work-orders?size=100").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat((List<Integer>) JsonPath.read(all, "$.content[*].id")).contains(orders.get(0).getId().intValue());
        var done = api.get("handler", "/api/v1/service/work-orders?status=COMPLETED&size=100").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat((List<Integer>) JsonPath.read(done, "$.content[*].id")).doesNotContain(orders.get(0).getId().intValue());
    }

    @Test
    void theDepartmentTakesTheWorkOrderRecordsTheWorkAndReturnsTheReceipt() throws Exception {
        var id = api.register("clerk", phoneMatter("REPAIR", "doors-windows", "阳台窗户关不上"));
        var order = workOrders.findByMatterIdOrderByIssuedAtAscIdAsc(id).get(0);
        api.post("handler", "/api/v1/service/work-orders/" + order.getId() + "/take", Map.of("version", order.getVersion()))
                .andExpect(status().isNoContent());
        var m = matters.findById(id).orElseThrow();
        assertThat(m.getHandlingStaffId()).isEqualTo(api.staffId("handler"));
        assertThat(m.getFirstResponseAt()).as("taking the order is the first response").isNotNull();
        api.post("handler", "/api/v1/service/work-orders/" + order.getId() + "/work", Map.of("note", "上门查看，需换合页"))
                .andExpect(status().isNoContent());
        var version = workOrders.findById(order.getId()).orElseThrow().getVersion();
        api.post("handler2", "/api/v1/service/work-orders/" + order.getId() + "/receipt",
                        Map.of("workDone", "别人回单", "version", version))
                .andExpect(status().isConflict());
        api.post("handler", "/api/v1/service/work-orders/" + order.getId() + "/receipt",
                        Map.of("workDone", "更换合页两个，窗户开关正常", "customerConfirmed", true, "version", version))
                .andExpect(status().isNoContent());
        assertThat(workOrders.findById(order.getId()).orElseThrow().getStatus()).isEqualTo(WorkOrderStatus.COMPLETED);
        assertThat(matters.findById(id).orElseThrow().getStatus()).isEqualTo(MatterStatus.RESOLVED);
        assertThat((String) api.read("clerk", id, "$.resolutions[0].summary")).isEqualTo("更换合页两个，窗户开关正常");
        assertThat(events.stream(WorkOrderCompleted.class).filter(e -> e.matterId() == id)).hasSize(1);
        var detail = api.get("handler", "/api/v1/service/work-orders/" + order.getId()).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(detail, "$.entries[*].note")).containsExactly("上门查看，需换合页");
    }

    @Test
    void aTransferToADepartmentWithoutMembersIsRefusedWithAClearMessage() throws Exception {
        var id = api.register("clerk", phoneMatter("COMPLAINT", "cleaning", "楼道无人打扫"));
        var before = matters.findById(id).orElseThrow().getHandlingUnitId();
        api.post("supervisor", "/api/v1/service/matters/" + id + "/transfer",
                        Map.of("unitId", unitId("SD-EMPTY"), "reason", "保洁问题", "version", api.version(id)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("unitId"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("空置保洁班")))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("没有在岗人员")));
        assertThat(matters.findById(id).orElseThrow().getHandlingUnitId()).isEqualTo(before);
        List<String> kinds = api.read("supervisor", id, "$.transfers[*].kind");
        assertThat(kinds).doesNotContain("TRANSFER");
    }

    @Test
    void everyTransferRecordsFromToAndWhy() throws Exception {
        var id = api.register("clerk", phoneMatter("COMPLAINT", "charges", "门禁卡收费不合理"));
        api.post("supervisor", "/api/v1/service/matters/" + id + "/transfer",
                        Map.of("unitId", unitId("ENG"), "version", api.version(id)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        api.post("supervisor", "/api/v1/service/matters/" + id + "/transfer",
                        Map.of("unitId", unitId("ENG"), "reason", "门禁属工程部维护", "version", api.version(id)))
                .andExpect(status().isNoContent());
        List<Map<String, Object>> transfers = api.read("supervisor", id, "$.transfers");
        var last = transfers.get(transfers.size() - 1);
        assertThat(last.get("kind")).isEqualTo("TRANSFER");
        assertThat(last.get("from")).isEqualTo("客户服务部");
        assertThat(last.get("to")).isEqualTo("工程部");
        assertThat(last.get("reason")).isEqualTo("门禁属工程部维护");
        assertThat(last.get("by")).isEqualTo("李主管");
        assertThat(events.stream(MatterTransferred.class).filter(e -> e.matterId() == id && e.kind() == TransferKind.TRANSFER))
                .hasSize(1);
    }

    @Test
    void aRepairSentToAnotherDepartmentCancelsTheFirstWorkOrder() throws Exception {
        var id = api.register("clerk", phoneMatter("REPAIR", "plumbing-electrical", "公共照明不亮"));
        api.post("supervisor", "/api/v1/service/matters/" + id + "/transfer",
                        Map.of("unitId", unitId("CSD"), "reason", "先由客服部核实", "version", api.version(id)))
                .andExpect(status().isNoContent());
        var orders = workOrders.findByMatterIdOrderByIssuedAtAscIdAsc(id);
        assertThat(orders).extracting(o -> o.getStatus()).containsExactly(WorkOrderStatus.CANCELLED, WorkOrderStatus.ISSUED);
        assertThat(orders.get(1).getUnitId()).isEqualTo(unitId("CSD"));
    }

    @Test
    void twoPeopleTakingTheSameMatterAtOnceOneWinsTheOtherIsTold() throws Exception {
        for (int round = 0; round < 3; round++) {
            var id = api.register("clerk", phoneMatter("HELP", "other", "帮忙搬运-" + round));
            api.post("supervisor", "/api/v1/service/matters/" + id + "/transfer",
                    Map.of("unitId", unitId("ENG"), "reason", "工程部协助", "version", api.version(id))).andExpect(status().isNoContent());
            var version = api.version(id);
            var start = new CountDownLatch(1);
            var outcomes = Collections.synchronizedList(new ArrayList<String>());
            var pool = Executors.newFixedThreadPool(2);
            for (var who : List.of("handler", "handler2")) {
                pool.submit(() -> {
                    start.await();
                    api.signedInAs(who, () -> {
                        try {
                            management.take(id, version);
                            outcomes.add("won:" + who);
                        } catch (DomainException e) {
                            outcomes.add("refused:" + e.messageKey());
                        }
                    });
                    return null;
                });
            }
            start.countDown();
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            assertThat(outcomes).hasSize(2);
            assertThat(outcomes.stream().filter(o -> o.startsWith("won:"))).hasSize(1);
            assertThat(outcomes.stream().filter(o -> o.startsWith("refused:"))).singleElement().asString()
                    .isIn("refused:servicedesk.matter.changedMeanwhile", "refused:servicedesk.matter.alreadyTaken");
            var winner = outcomes.stream().filter(o -> o.startsWith("won:")).findFirst().orElseThrow().substring(4);
            assertThat(matters.findById(id).orElseThrow().getHandlingStaffId()).isEqualTo(api.staffId(winner));
        }
    }

    @Test
    void theLoserOfATakeRaceGetsAClearMessage() throws Exception {
        var id = api.register("clerk", phoneMatter("HELP", "other", "借梯子"));
        api.post("supervisor", "/api/v1/service/matters/" + id + "/transfer",
                Map.of("unitId", unitId("ENG"), "reason", "工程部协助", "version", api.version(id))).andExpect(status().isNoContent());
        var version = api.version(id);
        api.post("handler", "/api/v1/service/matters/" + id + "/take", Map.of("version", version)).andExpect(status().isNoContent());
        api.post("handler2", "/api/v1/service/matters/" + id + "/take", Map.of("version", version))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("已被他人接单")));
    }

    @Test
    void twoHandlersTakingTheSameWorkOrderAtOnceOneWins() throws Exception {
        var id = api.register("clerk", phoneMatter("REPAIR", "elevator", "电梯异响"));
        var order = workOrders.findByMatterIdOrderByIssuedAtAscIdAsc(id).get(0);
        var start = new CountDownLatch(1);
        var outcomes = Collections.synchronizedList(new ArrayList<String>());
        var pool = Executors.newFixedThreadPool(2);
        for (var who : List.of("handler", "handler2")) {
            pool.submit(() -> {
                start.await();
                api.signedInAs(who, () -> {
                    try {
                        workOrderManagement.take(order.getId(), order.getVersion());
                        outcomes.add("won:" + who);
                    } catch (DomainException e) {
                        outcomes.add("refused:" + e.messageKey());
                    }
                });
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(outcomes.stream().filter(o -> o.startsWith("won:"))).hasSize(1);
        assertThat(outcomes).contains("refused:servicedesk.workOrder.changedMeanwhile");
    }

    @Test
    void aRoutingRuleByAreaSendsMattersToAPerson() throws Exception {
        var answer = api.post("supervisor", "/api/v1/service/routing-rules", Map.of("name", "B 座保洁找钱师傅",
                        "categoryCode", "environment", "areaCode", "SD-B", "targetStaffId", api.staffId("handler2")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long ruleId = ((Number) JsonPath.read(answer, "$.id")).longValue();
        var inArea = api.register("clerk", with(phoneMatter("COMPLAINT", "cleaning", "B 座楼道脏"), "areaCode", "SD-B"));
        var elsewhere = api.register("clerk", with(phoneMatter("COMPLAINT", "cleaning", "A 座楼道脏"), "areaCode", "SD-A"));
        assertThat(matters.findById(inArea).orElseThrow().getHandlingStaffId()).isEqualTo(api.staffId("handler2"));
        assertThat(matters.findById(inArea).orElseThrow().getHandlingUnitId()).isEqualTo(unitId("ENG"));
        assertThat(matters.findById(elsewhere).orElseThrow().getHandlingUnitId()).isEqualTo(unitId("CSD"));
        api.post("supervisor", "/api/v1/service/routing-rules/" + ruleId + "/active", Map.of("active", false))
                .andExpect(status().isNoContent());
        var afterwards = api.register("clerk", with(phoneMatter("COMPLAINT", "cleaning", "B 座又脏了"), "areaCode", "SD-B"));
        assertThat(matters.findById(afterwards).orElseThrow().getHandlingStaffId()).isNull();
    }

    @Test
    void aRoutingRuleToADepartmentWithoutMembersIsRefused() throws Exception {
        api.post("supervisor", "/api/v1/service/routing-rules", Map.of("name", "派往空部门", "targetUnitId", unitId("SD-EMPTY")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("unitId"));
        api.post("clerk", "/api/v1/service/routing-rules", Map.of("name", "无权", "targetUnitId", unitId("ENG")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aHandlerSeesOnlyTheMattersOfTheirDepartment() throws Exception {
        var complaint = api.register("clerk", phoneMatter("COMPLAINT", "charges", "物业费多收"));
        var repair = api.register("clerk", phoneMatter("REPAIR", "plumbing-electrical", "插座没电"));
        api.get("handler", "/api/v1/service/matters/" + complaint).andExpect(status().isNotFound());
        api.get("handler", "/api/v1/service/matters/" + repair).andExpect(status().isOk());
        api.get("manager", "/api/v1/service/matters/" + repair).andExpect(status().isForbidden());
        var list = api.get("handler", "/api/v1/service/matters?size=100&open=true").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<Integer> ids = JsonPath.read(list, "$.content[*].id");
        assertThat(ids).contains((int) repair).doesNotContain((int) complaint);
    }
}
