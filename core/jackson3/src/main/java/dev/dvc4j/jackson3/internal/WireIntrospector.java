package dev.dvc4j.jackson3.internal;

import dev.dvc4j.core.portal.PortalChannelField;
import dev.dvc4j.core.portal.PortalFlagField;
import dev.dvc4j.core.portal.PortalStatusField;
import dev.dvc4j.core.portal.PortalTimeField;
import dev.dvc4j.core.json.VnTime;
import tools.jackson.core.Version;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.AnnotatedClass;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.introspect.AnnotatedParameter;
import tools.jackson.databind.introspect.NopAnnotationIntrospector;

/**
 * Gives Jackson 3 what dvc4j's Jackson 2 annotations say: the property codecs that {@code @VnTime} and the portal's
 * field markers name through Jackson 2's {@code @JsonSerialize}/{@code @JsonDeserialize} (which Jackson 3 does not
 * read), the declared property order for dvc4j's own types on a mapper that sorts properties alphabetically, and that
 * a primitive creator parameter of dvc4j's own types is required (Jackson 2 refuses such a property when it is
 * missing, under {@code FAIL_ON_NULL_FOR_PRIMITIVES}; Jackson 3 would read it as {@code false} or {@code 0}).
 * Not part of the API.
 */
public final class WireIntrospector extends NopAnnotationIntrospector {

    private static final long serialVersionUID = 1L;

    /** Creates the introspector. */
    public WireIntrospector() {
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public Object findSerializer(MapperConfig<?> config, Annotated a) {
        if (a.hasAnnotation(VnTime.class)) {
            return new Codecs.VnTimeSerializer();
        }
        if (a.hasAnnotation(PortalTimeField.class)) {
            return new Codecs.PortalTimeSerializer();
        }
        if (a.hasAnnotation(PortalStatusField.class)) {
            return new Codecs.StatusSerializer();
        }
        if (a.hasAnnotation(PortalChannelField.class)) {
            return new Codecs.ChannelSerializer();
        }
        if (a.hasAnnotation(PortalFlagField.class)) {
            return new Codecs.FlagSerializer();
        }
        return null;
    }

    @Override
    public Object findDeserializer(MapperConfig<?> config, Annotated a) {
        if (a.hasAnnotation(VnTime.class)) {
            return new Codecs.VnTimeDeserializer();
        }
        if (a.hasAnnotation(PortalTimeField.class)) {
            return new Codecs.PortalTimeDeserializer();
        }
        if (a.hasAnnotation(PortalStatusField.class)) {
            return new Codecs.StatusDeserializer();
        }
        if (a.hasAnnotation(PortalChannelField.class)) {
            return new Codecs.ChannelDeserializer();
        }
        if (a.hasAnnotation(PortalFlagField.class)) {
            return new Codecs.FlagDeserializer();
        }
        return null;
    }

    @Override
    public Boolean findSerializationSortAlphabetically(MapperConfig<?> config, Annotated a) {
        return a instanceof AnnotatedClass c && isDvc4j(c.getRawType()) ? Boolean.FALSE : null;
    }

    @Override
    public Boolean hasRequiredMarker(MapperConfig<?> config, AnnotatedMember m) {
        return m instanceof AnnotatedParameter p && p.getRawType().isPrimitive() && isDvc4j(p.getDeclaringClass())
                ? Boolean.TRUE : null;
    }

    private static boolean isDvc4j(Class<?> type) {
        return type.getName().startsWith("dev.dvc4j.");
    }
}
