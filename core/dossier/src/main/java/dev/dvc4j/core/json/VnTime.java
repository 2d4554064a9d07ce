package dev.dvc4j.core.json;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dvc4j.core.internal.json.VnTimeDeserializer;
import dev.dvc4j.core.internal.json.VnTimeSerializer;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an {@link java.time.Instant} property written as ISO-8601 with Vietnam's offset,
 * {@code 2026-02-13T16:00:00+07:00}, and read from any ISO-8601 offset date-time ({@code Z} or another offset is
 * converted). Round trips are exact to the nanosecond. Works with any {@code ObjectMapper}, with or without
 * {@link Dvc4jJacksonModule}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.ANNOTATION_TYPE})
@JacksonAnnotationsInside
@JsonSerialize(using = VnTimeSerializer.class)
@JsonDeserialize(using = VnTimeDeserializer.class)
public @interface VnTime {
}
