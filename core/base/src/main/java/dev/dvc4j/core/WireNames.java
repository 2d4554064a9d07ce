package dev.dvc4j.core;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The wire names of one {@link Labelled} enum, computed once: the table behind its default methods. */
final class WireNames {

    private static final Logger LOG = LoggerFactory.getLogger(Labelled.class);
    private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

    private static final ClassValue<WireNames> BY_TYPE = new ClassValue<>() {
        @Override
        protected WireNames computeValue(Class<?> type) {
            return new WireNames(type);
        }
    };

    private final Class<?> type;
    private final Labelled[] constants;
    private final String[] wire;
    private final String[] legacy;

    private WireNames(Class<?> type) {
        if (!type.isEnum()) {
            throw new IllegalArgumentException(type + " implements Labelled but is not an enum");
        }
        this.type = type;
        Object[] values = type.getEnumConstants();
        constants = new Labelled[values.length];
        wire = new String[values.length];
        legacy = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            Enum<?> e = (Enum<?>) values[i];
            constants[i] = (Labelled) e;
            String snake = e.name().toLowerCase(Locale.ROOT);
            wire[i] = snake.replace('_', '-');
            legacy[i] = snake.equals(wire[i]) ? null : snake;
        }
    }

    static WireNames of(Labelled constant) {
        return BY_TYPE.get(((Enum<?>) constant).getDeclaringClass());
    }

    static WireNames of(Class<?> type) {
        return BY_TYPE.get(type);
    }

    String wire(Labelled constant) {
        return wire[((Enum<?>) constant).ordinal()];
    }

    String legacy(Labelled constant) {
        return legacy[((Enum<?>) constant).ordinal()];
    }

    @SuppressWarnings("unchecked")
    <E> E find(String text, boolean ignoreCase) {
        if (text == null) {
            return null;
        }
        String t = ignoreCase ? text.strip() : text;
        for (int i = 0; i < wire.length; i++) {
            if (ignoreCase ? wire[i].equalsIgnoreCase(t) : wire[i].equals(t)) {
                return (E) constants[i];
            }
        }
        for (int i = 0; i < legacy.length; i++) {
            if (legacy[i] != null && (ignoreCase ? legacy[i].equalsIgnoreCase(t) : legacy[i].equals(t))) {
                deprecated(legacy[i], wire[i]);
                return (E) constants[i];
            }
        }
        return null;
    }

    private void deprecated(String old, String now) {
        if (WARNED.add(type.getName() + '/' + old)) {
            LOG.info("dvc4j: the wire name \"{}\" of {} is deprecated and will not be read after this release; write \"{}\"",
                    old, type.getSimpleName(), now);
        } else {
            LOG.debug("dvc4j: deprecated wire name \"{}\" of {} read; write \"{}\"", old, type.getSimpleName(), now);
        }
    }

    String accepted() {
        return String.join(", ", wire);
    }
}
