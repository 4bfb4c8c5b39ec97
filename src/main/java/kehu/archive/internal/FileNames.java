package kehu.archive.internal;

import java.text.Normalizer;

/**
 * A file name as people gave it, made safe to show and to offer for download: no directories (a path is
 * cut to its last part, so {@code ../../etc/passwd} becomes {@code passwd}), no control or reserved
 * characters, no leading dots, at most 200 characters. The name is only a label: files are stored under
 * generated keys, never under it.
 */
public final class FileNames {

    private FileNames() {
    }

    public static String sanitise(String name) {
        if (name == null) {
            return "file";
        }
        var n = Normalizer.normalize(name, Normalizer.Form.NFC);
        int cut = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        n = n.substring(cut + 1);
        n = n.replaceAll("[\\p{Cntrl}<>:\"|?*]", "_").strip();
        while (n.startsWith(".")) {
            n = n.substring(1);
        }
        if (n.isBlank()) {
            return "file";
        }
        return n.length() <= 200 ? n : n.substring(n.length() - 200);
    }
}
