package kehu.servicedesk.internal;

import kehu.organization.OrganizationDirectory;
import kehu.servicedesk.MatterType;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo routing rules for the demo organisation (only with {@code kehu.demo.enabled} and while there are no
 * rules): repairs and engineering matters go to 工程部, complaints to 客户服务部 for the supervisor.
 */
@Component
@Order(30)
class ServiceDeskDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ServiceDeskDemoData.class);

    private final RoutingRules rules;
    private final OrganizationDirectory directory;
    private final TransactionTemplate tx;
    private final boolean demo;

    ServiceDeskDemoData(RoutingRules rules, OrganizationDirectory directory, TransactionTemplate tx,
                        @Value("${kehu.demo.enabled:false}") boolean demo) {
        this.rules = rules;
        this.directory = directory;
        this.tx = tx;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo) {
            return;
        }
        tx.executeWithoutResult(s -> {
            if (rules.count() > 0) {
                return;
            }
            var eng = directory.unitByCode("ENG");
            var csd = directory.unitByCode("CSD");
            if (eng.isEmpty() || csd.isEmpty()) {
                return;
            }
            rules.save(new RoutingRule("报修派工程部", MatterType.REPAIR, null, null, eng.get().id(), null, null, 10));
            rules.save(new RoutingRule("工程维修类派工程部", null, "engineering", null, eng.get().id(), null, null, 20));
            rules.save(new RoutingRule("投诉由客户服务部督办", MatterType.COMPLAINT, null, null, csd.get().id(), null, null, 30));
            log.info("Demo routing rules created");
        });
    }
}
