package kehu.customer.transfer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.customer.ImportPolicy;
import kehu.customer.ImportStatus;
import kehu.shared.AuditedEntity;
import kehu.shared.DomainException;

/**
 * One import of one file (CUS-8), kept for history: who, when, the file (name, size, SHA-256), how
 * its columns were mapped, the counts and the outcome. Its moves follow {@link ImportStatus}.
 */
@Entity
@Table(name = "customer_import_run")
public class ImportRunRecord extends AuditedEntity {

    static final char SEPARATOR = '\u001F';

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "staff_id", nullable = false, updatable = false)
    private long staffId;

    @Column(nullable = false, length = 64, updatable = false)
    private String username;

    @Column(name = "file_name", nullable = false, length = 255, updatable = false)
    private String fileName;

    @Column(name = "file_size", nullable = false, updatable = false)
    private long fileSize;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "file_format", nullable = false, length = 8, updatable = false)
    private String format;

    @Column(name = "charset_name", length = 16, updatable = false)
    private String charset;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ImportPolicy policy = ImportPolicy.VALID_ROWS;

    @Column(name = "default_owner_id")
    private Long defaultOwnerId;

    /** One line per column: target, a tab, the header. */
    @Column(name = "column_mapping", length = 4000)
    private String columnMapping;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ImportStatus status = ImportStatus.UPLOADED;

    @Column(name = "rows_read", nullable = false)
    private long rowsRead;

    @Column(name = "rows_accepted", nullable = false)
    private long rowsAccepted;

    @Column(name = "rows_rejected", nullable = false)
    private long rowsRejected;

    @Column(name = "rows_warned", nullable = false)
    private long rowsWarned;

    @Column(name = "rows_imported", nullable = false)
    private long rowsImported;

    @Column(name = "problems_kept", nullable = false)
    private int problemsKept;

    @Column(name = "message_key", length = 100)
    private String messageKey;

    @Column(name = "message_args", length = 1000)
    private String messageArgs;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected ImportRunRecord() {
    }

    ImportRunRecord(long staffId, String username, String fileName, long fileSize, String sha256, String format,
                    String charset) {
        this.staffId = staffId;
        this.username = username;
        this.fileName = fileName;
        this.fileSize = fileSize;
        this.sha256 = sha256;
        this.format = format;
        this.charset = charset;
    }

    /** Columns: target and header of each. */
    record Column2(String target, String header) {
    }

    void map(List<String> headers, List<String> targets) {
        var lines = new StringBuilder();
        for (int i = 0; i < headers.size(); i++) {
            var header = clean(headers.get(i), 40);
            var target = i < targets.size() && targets.get(i) != null ? clean(targets.get(i), 40) : "";
            var line = target + "\t" + header + "\n";
            if (lines.length() + line.length() > 4000) {
                break;
            }
            lines.append(line);
        }
        columnMapping = lines.toString();
    }

    private static String clean(String s, int max) {
        var t = s == null ? "" : s.replaceAll("[\\t\\r\\n\\u001F]", " ").strip();
        return t.length() <= max ? t : t.substring(0, max);
    }

    List<String> headers() {
        return columns().stream().map(Column2::header).toList();
    }

    List<String> targets() {
        return columns().stream().map(Column2::target).toList();
    }

    private List<Column2> columns() {
        var result = new ArrayList<Column2>();
        if (columnMapping == null || columnMapping.isEmpty()) {
            return result;
        }
        for (var line : columnMapping.split("\n")) {
            int tab = line.indexOf('\t');
            result.add(tab < 0 ? new Column2("", line) : new Column2(line.substring(0, tab), line.substring(tab + 1)));
        }
        return result;
    }

    void configure(ImportPolicy policy, Long defaultOwnerId) {
        requireStatus(ImportStatus.UPLOADED, ImportStatus.VALIDATED);
        this.policy = policy == null ? ImportPolicy.VALID_ROWS : policy;
        this.defaultOwnerId = defaultOwnerId;
    }

    void start(ImportStatus running, Instant now) {
        if (running == ImportStatus.VALIDATING) {
            requireStatus(ImportStatus.UPLOADED, ImportStatus.VALIDATED);
        } else {
            requireStatus(ImportStatus.UPLOADED, ImportStatus.VALIDATED);
            if (status == ImportStatus.VALIDATED && policy == ImportPolicy.ALL_OR_NOTHING && rowsRejected > 0) {
                throw new DomainException("customer.import.refusedByPolicy");
            }
        }
        status = running;
        startedAt = now;
        finishedAt = null;
        messageKey = null;
        messageArgs = null;
    }

    void counted(long read, long accepted, long rejected, long warned, long imported, int problems) {
        this.rowsRead = read;
        this.rowsAccepted = accepted;
        this.rowsRejected = rejected;
        this.rowsWarned = warned;
        this.rowsImported = imported;
        this.problemsKept = problems;
    }

    void end(ImportStatus outcome, Instant now, String key, Object... args) {
        status = outcome;
        if (outcome.finished()) {
            finishedAt = now;
        }
        messageKey = key;
        messageArgs = args.length == 0 ? null : clip(String.join(String.valueOf(SEPARATOR),
                Arrays.stream(args).map(String::valueOf).toList()));
    }

    void cancel(Instant now) {
        requireStatus(ImportStatus.UPLOADED, ImportStatus.VALIDATED);
        status = ImportStatus.CANCELLED;
        finishedAt = now;
    }

    private static String clip(String s) {
        return s.length() <= 1000 ? s : s.substring(0, 1000);
    }

    private void requireStatus(ImportStatus... allowed) {
        if (!Arrays.asList(allowed).contains(status)) {
            throw new DomainException("customer.import.wrongStatus", status.name());
        }
    }

    List<String> messageArgList() {
        return messageArgs == null ? List.of() : List.of(messageArgs.split(String.valueOf(SEPARATOR), -1));
    }

    public Long getId() {
        return id;
    }

    public long getStaffId() {
        return staffId;
    }

    public String getUsername() {
        return username;
    }

    public String getFileName() {
        return fileName;
    }

    public long getFileSize() {
        return fileSize;
    }

    public String getSha256() {
        return sha256;
    }

    public String getFormat() {
        return format;
    }

    public String getCharset() {
        return charset;
    }

    public ImportPolicy getPolicy() {
        return policy;
    }

    public Long getDefaultOwnerId() {
        return defaultOwnerId;
    }

    public ImportStatus getStatus() {
        return status;
    }

    public long getRowsRead() {
        return rowsRead;
    }

    public long getRowsAccepted() {
        return rowsAccepted;
    }

    public long getRowsRejected() {
        return rowsRejected;
    }

    public long getRowsWarned() {
        return rowsWarned;
    }

    public long getRowsImported() {
        return rowsImported;
    }

    public int getProblemsKept() {
        return problemsKept;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
