package kehu.customer.transfer;

import static kehu.support.Users.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kehu.audit.AuditFilter;
import kehu.audit.AuditLog;
import kehu.customer.CustomerForm;
import kehu.customer.CustomerKind;
import kehu.customer.CustomerManagement;
import kehu.customer.internal.Customers;
import kehu.organization.DataScopes;
import kehu.organization.Permissions;
import kehu.support.KehuTest;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** CUS-8 export: filters, masking by permission, formula neutralisation, plain text, audit. */
@KehuTest
class CustomerExportTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired CustomerManagement management;
    @Autowired Customers customers;
    @Autowired DataScopes scopes;
    @Autowired AuditLog audit;

    @TempDir Path dir;

    String marker;
    String formulaName;
    String scriptName;
    String mobile;

    @BeforeEach
    void twoCustomersWithAwkwardNames() {
        marker = "导出" + System.nanoTime();
        formulaName = "=HYPERLINK(\"http://x\")" + marker;
        scriptName = "<script>alert(1)</script>" + marker;
        mobile = "137" + String.format("%08d", System.nanoTime() % 100_000_000L);
        var admin = users.loadUserByUsername("admin");
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            var scope = scopes.forCurrentUser(Permissions.CUSTOMER_EDIT);
            for (var name : List.of(formulaName, scriptName)) {
                management.create(new CustomerForm(CustomerKind.INDIVIDUAL, name, "", name.equals(formulaName) ? mobile : "",
                        "", "110105", "-1 号楼", "", "", null, Set.of("导出"), "", null, null, null, null, "", false,
                        Map.of(), "", null), scope, true);
            }
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    List<CSVRecord> csv(String user, String query) throws Exception {
        var bytes = mvc.perform(get("/customers/export.csv" + query).with(as(users, user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        var text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    }

    @Test
    void exportsTheFilteredListWithFormulasNeutralisedAndNamesAsPlainText() throws Exception {
        var records = csv("admin", "?name=" + marker);
        assertThat(records).hasSize(3);
        var header = records.get(0).toList();
        int name = header.indexOf("客户名称");
        int mobileColumn = header.indexOf("手机号码");
        int address = header.indexOf("详细地址");
        assertThat(records.subList(1, 3)).extracting(r -> r.get(name))
                .containsExactlyInAnyOrder("'" + formulaName, scriptName);
        assertThat(records.subList(1, 3)).extracting(r -> r.get(mobileColumn)).contains(mobile);
        assertThat(records.subList(1, 3)).extracting(r -> r.get(address)).containsOnly("'-1 号楼");
        assertThat(csv("admin", "?name=" + marker + "&status=CLOSED")).hasSize(1);
    }

    @Test
    void masksSensitiveValuesForAnExporterWithoutThePermissionAndAuditsTheExport() throws Exception {
        var gm = users.loadUserByUsername("gm");
        assertThat(gm.getAuthorities()).extracting(a -> a.getAuthority())
                .contains(Permissions.CUSTOMER_VIEW).doesNotContain(Permissions.CUSTOMER_SENSITIVE_VIEW);
        var records = csv("gm", "?name=" + marker);
        assertThat(records).hasSize(3);
        int mobileColumn = records.get(0).toList().indexOf("手机号码");
        assertThat(records.subList(1, 3)).extracting(r -> r.get(mobileColumn))
                .contains(mobile.substring(0, 3) + "****" + mobile.substring(7)).doesNotContain(mobile);

        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(audit.search(
                new AuditFilter(null, null, "gm", "customer.export", null, null, marker), PageRequest.of(0, 5)).getContent())
                .anySatisfy(e -> assertThat(e.after()).contains("rows=2").contains("masked=true")));
    }

    @Test
    void exportsAnXlsxWorkbookTheImportCanRead() throws Exception {
        var bytes = mvc.perform(get("/api/v1/customers/export.xlsx").param("name", marker).with(as(users, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        var file = dir.resolve("export.xlsx");
        Files.write(file, bytes);
        var rows = new ArrayList<SheetRow>();
        try (var source = new XlsxRowSource(file)) {
            SheetRow row;
            while ((row = source.next()) != null) {
                rows.add(row);
            }
        }
        assertThat(rows).hasSize(3);
        int name = rows.get(0).cells().indexOf("客户名称");
        assertThat(rows.subList(1, 3)).extracting(r -> r.cell(name)).containsExactlyInAnyOrder("'" + formulaName, scriptName);
    }

    @Test
    void theListOffersTheExportOfTheCurrentView() throws Exception {
        var html = Jsoup.parse(mvc.perform(get("/customers").param("name", marker).with(as(users, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(html.select("#customer-export-csv").attr("href")).startsWith("/customers/export.csv?q=");
        assertThat(html.select("#customer-export-xlsx").attr("href")).startsWith("/customers/export.xlsx?q=");
        assertThat(html.select("#customer-import-link").attr("href")).isEqualTo("/customers/import");
    }
}
