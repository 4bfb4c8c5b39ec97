package kehu.archive.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import kehu.archive.IntegrityAspect;

import org.springframework.stereotype.Component;

/**
 * The four-property check of one archive (四性检测, ARC-10):
 * <ul>
 *   <li>authenticity — every file's SHA-256 and size match intake, its type (from content) is the recorded one,
 *       a document's pages agree with its current version;</li>
 *   <li>completeness — required metadata present, item numbers 1…n without gaps in every volume, versions
 *       1…n without gaps, every listed file present, a carrier that needs a file has one;</li>
 *   <li>usability — every file can be read and its format is allowed for the carrier;</li>
 *   <li>security — a file whose content changed was changed outside the system (nothing inside changes files).</li>
 * </ul>
 */
@Component
public class IntegrityChecker {

    /** A finding before it is stored. */
    public record Finding(Long documentId, Long versionId, IntegrityAspect aspect, String code, String detail) {
    }

    public record Result(int documents, int files, long bytes, List<Finding> findings) {
        public boolean ok() {
            return findings.isEmpty();
        }
    }

    private final Volumes volumes;
    private final ArchiveDocuments documents;
    private final DocumentVersions versions;
    private final Fixity fixity;

    IntegrityChecker(Volumes volumes, ArchiveDocuments documents, DocumentVersions versions, Fixity fixity) {
        this.volumes = volumes;
        this.documents = documents;
        this.versions = versions;
        this.fixity = fixity;
    }

    public Result check(Archive archive) {
        return check(archive, documents.findByArchiveIdOrderByVolumeIdAscItemNoAsc(archive.getId()), true);
    }

    /** Checks the given documents of the archive (all of them, or the one just filed at intake). */
    public Result check(Archive archive, List<ArchiveDocument> docs, boolean numbering) {
        var vols = numbering ? volumes.findByArchiveIdOrderByVolumeNo(archive.getId()) : null;
        var all = docs.isEmpty() ? List.<DocumentVersion>of()
                : versions.findByDocumentIdInOrderByDocumentIdAscVersionNoAsc(docs.stream().map(ArchiveDocument::getId).toList());
        return check(archive, vols, docs, all.stream().collect(Collectors.groupingBy(DocumentVersion::getDocumentId)));
    }

    /**
     * Checks whole archives (as {@link #check(Archive)} does each) reading their volumes, documents and versions in
     * three queries for all of them, not three per archive: the sweep's way. Results in the order of the archives.
     */
    public Map<Long, Result> checkAll(List<Archive> archives) {
        if (archives.isEmpty()) {
            return Map.of();
        }
        var ids = archives.stream().map(Archive::getId).toList();
        var volumesOf = volumes.findByArchiveIdInOrderByArchiveIdAscVolumeNoAsc(ids).stream()
                .collect(Collectors.groupingBy(Volume::getArchiveId));
        var docs = documents.findByArchiveIdInOrderByArchiveIdAscVolumeIdAscItemNoAsc(ids);
        var docsOf = docs.stream().collect(Collectors.groupingBy(ArchiveDocument::getArchiveId));
        var versionsOf = docs.isEmpty() ? Map.<Long, List<DocumentVersion>>of()
                : versions.findByDocumentIdInOrderByDocumentIdAscVersionNoAsc(docs.stream().map(ArchiveDocument::getId).toList())
                        .stream().collect(Collectors.groupingBy(DocumentVersion::getDocumentId));
        var results = new LinkedHashMap<Long, Result>();
        for (var a : archives) {
            results.put(a.getId(), check(a, volumesOf.getOrDefault(a.getId(), List.of()),
                    docsOf.getOrDefault(a.getId(), List.of()), versionsOf));
        }
        return results;
    }

    /** The check itself; {@code vols} null when the numbering is not checked (intake of single documents). */
    private Result check(Archive archive, List<Volume> vols, List<ArchiveDocument> docs,
                         Map<Long, List<DocumentVersion>> versionsOf) {
        var findings = new ArrayList<Finding>();
        if (vols != null) {
            var byVolume = docs.stream().collect(Collectors.groupingBy(ArchiveDocument::getVolumeId));
            for (var v : vols) {
                var numbers = byVolume.getOrDefault(v.getId(), List.of()).stream().map(ArchiveDocument::getItemNo).sorted().toList();
                for (int i = 0; i < v.getLastItemNo(); i++) {
                    if (i >= numbers.size() || numbers.get(i) != i + 1) {
                        findings.add(new Finding(null, null, IntegrityAspect.COMPLETENESS, "numberingGap",
                                "volume " + v.getVolumeNo() + ": item " + (i + 1)));
                        break;
                    }
                }
            }
        }
        int files = 0;
        long bytes = 0;
        for (var d : docs) {
            if (d.getTitle() == null || d.getTitle().isBlank() || d.getCategoryCode() == null || d.getCarrier() == null
                    || d.getDocumentDate() == null || d.getResponsible() == null || d.getResponsible().isBlank()
                    || d.getPages() < 1) {
                findings.add(new Finding(d.getId(), null, IntegrityAspect.COMPLETENESS, "metadataMissing", d.getTitle()));
            }
            var vs = versionsOf.getOrDefault(d.getId(), List.of());
            for (int i = 0; i < d.getCurrentVersion(); i++) {
                if (i >= vs.size() || vs.get(i).getVersionNo() != i + 1) {
                    findings.add(new Finding(d.getId(), null, IntegrityAspect.COMPLETENESS, "versionGap",
                            "version " + (i + 1)));
                    break;
                }
            }
            var current = vs.isEmpty() ? null : vs.get(vs.size() - 1);
            if (current != null && current.getPages() != d.getPages()) {
                findings.add(new Finding(d.getId(), current.getId(), IntegrityAspect.AUTHENTICITY, "metadataInconsistent",
                        d.getPages() + " / " + current.getPages()));
            }
            boolean destroyed = archive.getStatus() == kehu.archive.ArchiveStatus.DESTROYED;
            if (!destroyed && d.getCarrier() != null && d.getCarrier().needsFile() && (current == null || !current.hasFile())) {
                findings.add(new Finding(d.getId(), null, IntegrityAspect.COMPLETENESS, "fileNotListed", d.getTitle()));
            }
            for (var v : vs) {
                if (!v.hasFile()) {
                    continue;
                }
                files++;
                var c = fixity.check(v);
                bytes += c.bytes();
                switch (c.state()) {
                    case MISSING -> findings.add(new Finding(d.getId(), v.getId(), IntegrityAspect.COMPLETENESS,
                            "fileMissing", v.getFileName()));
                    case UNREADABLE -> findings.add(new Finding(d.getId(), v.getId(), IntegrityAspect.USABILITY,
                            "fileUnreadable", v.getFileName()));
                    case CHANGED -> {
                        findings.add(new Finding(d.getId(), v.getId(), IntegrityAspect.AUTHENTICITY, "hashMismatch",
                                v.getFileName() + ": " + v.getSha256() + " ≠ " + c.sha256()));
                        findings.add(new Finding(d.getId(), v.getId(), IntegrityAspect.SECURITY, "changedOutsideSystem",
                                v.getFileName()));
                    }
                    case OK -> {
                        var type = ContentTypes.detect(c.head()).orElse(null);
                        if (type == null || !type.equals(v.getMediaType())) {
                            findings.add(new Finding(d.getId(), v.getId(), IntegrityAspect.AUTHENTICITY, "typeMismatch",
                                    v.getMediaType() + " / " + type));
                        }
                        if (type == null || d.getCarrier() == null || !d.getCarrier().accepts(type)) {
                            findings.add(new Finding(d.getId(), v.getId(), IntegrityAspect.USABILITY, "formatNotAllowed",
                                    String.valueOf(type)));
                        }
                    }
                }
            }
        }
        return new Result(docs.size(), files, bytes, findings);
    }
}
