package kehu.archive;

import static kehu.support.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import kehu.archive.internal.Archive;
import kehu.archive.internal.Archives;
import kehu.customer.CreditCode;
import kehu.organization.KehuUser;

import org.awaitility.Awaitility;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.json.JsonMapper;

/** Customers with archives, and files, for the archive tests; every value is unique by a counter, never random. */
final class ArchiveFixtures {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    final MockMvc mvc;
    final UserDetailsService users;
    final JsonMapper json;
    final Archives archives;
    final TransactionTemplate tx;

    ArchiveFixtures(MockMvc mvc, UserDetailsService users, JsonMapper json, Archives archives, TransactionTemplate tx) {
        this.mvc = mvc;
        this.users = users;
        this.json = json;
        this.archives = archives;
        this.tx = tx;
    }

    static long next() {
        return SEQUENCE.incrementAndGet();
    }

    long staffId(String username) {
        return ((KehuUser) users.loadUserByUsername(username)).staffId();
    }

    /** An organisation of the industry, owned by the manager (null: in the pool); returns the customer id. */
    long customer(String owner, String industry) throws Exception {
        long n = next();
        var body = new LinkedHashMap<String, Object>();
        body.put("kind", "ORGANIZATION");
        body.put("name", "档案测试单位" + n + "号");
        var first17 = "91110105MA" + String.format("%07d", 4_200_000 + n);
        body.put("idNumber", first17 + CreditCode.checkCharacterOf(first17));
        body.put("landline", "010-6" + String.format("%07d", n));
        body.put("regionCode", "110105");
        if (industry != null) {
            body.put("industryCode", industry);
        }
        if (owner != null) {
            body.put("ownerStaffId", staffId(owner));
        }
        var answer = mvc.perform(MockMvcRequestBuilders.post("/api/v1/customers").param("confirmDuplicates", "true")
                        .with(as(users, "admin")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(answer, "$.id")).longValue();
    }

    /** A power customer (industry {@code power}) of the voltage class 高压 or 低压, owned by the manager. */
    long powerCustomer(String owner, String voltage) throws Exception {
        long n = next();
        var body = new LinkedHashMap<String, Object>();
        body.put("kind", "ORGANIZATION");
        body.put("name", "供电测试厂" + n + "号");
        var first17 = "91110105MA" + String.format("%07d", 5_300_000 + n);
        body.put("idNumber", first17 + CreditCode.checkCharacterOf(first17));
        body.put("landline", "010-5" + String.format("%07d", n));
        body.put("regionCode", "110105");
        body.put("industryCode", "power");
        body.put("ownerStaffId", staffId(owner));
        body.put("fields", Map.of("VOLTAGE", voltage));
        var answer = mvc.perform(MockMvcRequestBuilders.post("/api/v1/customers").param("confirmDuplicates", "true")
                        .with(as(users, "admin")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(answer, "$.id")).longValue();
    }

    /** The customer's archive, once the listener opened it (after the customer's commit). */
    Archive archiveOf(long customerId) {
        return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> archives.findByCustomerId(customerId).orElse(null), a -> a != null);
    }

    ResultActions get(String user, String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(as(users, user)));
    }

    ResultActions send(String user, String method, String path, Object body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.request(method, java.net.URI.create(path)).with(as(users, user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body == null ? Map.of() : body)));
    }

    /** Files a document through the API; fields as name/value pairs. */
    ResultActions file(String user, long archiveId, MockMultipartFile file, String... fields) throws Exception {
        var request = MockMvcRequestBuilders.multipart("/api/v1/archives/" + archiveId + "/documents");
        if (file != null) {
            request.file(file);
        }
        for (int i = 0; i + 1 < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return mvc.perform(request.with(as(users, user)).with(csrf()));
    }

    static long id(ResultActions created) throws Exception {
        return ((Number) JsonPath.read(created.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    /** A real one-page PDF (PDFBox reads it, so it can be watermarked), different every time. */
    static MockMultipartFile pdf(String name) {
        return new MockMultipartFile("file", name, "application/pdf", pdfBytes("kehu test " + next()));
    }

    static byte[] pdfBytes(String line) {
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            var page = new org.apache.pdfbox.pdmodel.PDPage(org.apache.pdfbox.pdmodel.common.PDRectangle.A4);
            doc.addPage(page);
            try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 720);
                cs.showText(line);
                cs.endText();
            }
            var out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static MockMultipartFile bytes(String name, String declaredType, byte[] content) {
        return new MockMultipartFile("file", name, declaredType, content);
    }
}
