package dev.dvc4j.core;

import java.util.Collection;

/** No module contributed the extension a caller required. */
public class ExtensionNotFoundException extends Dvc4jException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param type the extension type asked for
     * @param key the key asked for
     * @param available the keys that do exist for that type
     */
    public ExtensionNotFoundException(Class<?> type, String key, Collection<String> available) {
        super("extension.not-found", LocalizedText.of(
                "Không có %s nào tên \"%s\" (hiện có: %s)", "No %s named \"%s\" is installed (available: %s)")
                .formatted(type.getSimpleName(), key, available));
    }
}
