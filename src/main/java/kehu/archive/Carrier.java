package kehu.archive;

import java.util.Set;

/** What a document is on (ARC-3), and the file formats each carrier accepts (detected from the content). */
public enum Carrier {
    PAPER(Set.of("application/pdf", "image/jpeg", "image/png", "image/tiff")),
    ELECTRONIC(Set.of("application/pdf", "image/jpeg", "image/png", "image/tiff")),
    PHOTO(Set.of("image/jpeg", "image/png", "image/tiff")),
    AUDIO(Set.of("audio/mpeg", "audio/wav")),
    VIDEO(Set.of("video/mp4"));

    private final Set<String> mediaTypes;

    Carrier(Set<String> mediaTypes) {
        this.mediaTypes = mediaTypes;
    }

    public boolean accepts(String mediaType) {
        return mediaTypes.contains(mediaType);
    }

    /** Whether the document is nothing without a file (a paper document may be filed before it is scanned). */
    public boolean needsFile() {
        return this != PAPER;
    }
}
