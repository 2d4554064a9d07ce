package dev.dvc4j.core.portal;

import dev.dvc4j.core.internal.portal.PortalCodecs;
import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a channel written as its portal code, 1 to 3. Part of the payload's wire format: the Jackson 2 and Jackson 3 modules both read it. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.ANNOTATION_TYPE})
@JacksonAnnotationsInside
@JsonSerialize(using = PortalCodecs.ChannelSerializer.class)
@JsonDeserialize(using = PortalCodecs.ChannelDeserializer.class)
public @interface PortalChannelField {
}
