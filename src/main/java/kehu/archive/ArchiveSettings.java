package kehu.archive;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the archive module ({@code kehu.archive.*}).
 *
 * @param numberPattern   archive numbers (档号); tokens {@code {fonds}}, {@code {category}}, {@code {year}},
 *                        {@code {retention}}, {@code {seq}}; numbers are gap-free within a series, the
 *                        pattern with everything but {@code {seq}} filled in
 * @param fonds           the fonds code (全宗号) of this organisation
 * @param sequenceWidth   digits of {@code {seq}}, zero-padded
 * @param filesDir        where the file-system content store keeps files
 * @param temporaryFiles  a fresh temporary directory instead, removed when the application stops (tests)
 * @param maxFileSize     the largest file accepted; larger uploads are refused before they are read
 * @param defaultConfidentiality level of a new archive and of a document filed without one
 * @param clearance       highest level a holder of each permission may read; a person's clearance is the
 *                        highest over their permissions (unset: {@code archive.view} 内部, {@code archive.manage}
 *                        秘密, {@code archive.lend.approve} 机密)
 * @param integritySweep  how often the integrity sweep runs (cluster-safe job)
 * @param loanRemindDaysBefore how many days before the due date a borrower is reminded (ARC-7)
 * @param loanCheck       how often the lending reminder job looks (cluster-safe job)
 * @param handoverCheck   how often the job flagging business events without a handover past their deadline
 *                        looks (cluster-safe job, ARC-4)
 */
@ConfigurationProperties("kehu.archive")
public record ArchiveSettings(@DefaultValue("{fonds}-{category}-{year}-{retention}-{seq}") String numberPattern,
                              @DefaultValue("Z001") String fonds,
                              @DefaultValue("5") int sequenceWidth,
                              @DefaultValue("./data/archive-files") Path filesDir,
                              boolean temporaryFiles,
                              @DefaultValue("50MB") DataSize maxFileSize,
                              @DefaultValue("INTERNAL") Confidentiality defaultConfidentiality,
                              Map<String, Confidentiality> clearance,
                              @DefaultValue("24h") Duration integritySweep,
                              @DefaultValue("2") int loanRemindDaysBefore,
                              @DefaultValue("1h") Duration loanCheck,
                              @DefaultValue("1h") Duration handoverCheck) {

    public ArchiveSettings {
        if (clearance == null || clearance.isEmpty()) {
            clearance = Map.of("archive.view", Confidentiality.INTERNAL, "archive.manage", Confidentiality.SECRET,
                    "archive.lend.approve", Confidentiality.TOP_SECRET);
        }
    }
}
