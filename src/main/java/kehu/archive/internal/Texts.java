package kehu.archive.internal;

import java.util.Locale;

/** Configuration data carries a Chinese and an English text; English is shown to English readers. */
final class Texts {

    private Texts() {
    }

    static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
