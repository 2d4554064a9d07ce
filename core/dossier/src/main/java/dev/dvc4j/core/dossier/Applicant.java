package dev.dvc4j.core.dossier;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * The applicant (chủ hồ sơ): a {@link Citizen} or an {@link Organisation}. Implementations mask identifiers,
 * phone numbers and names in {@code toString()}, so an applicant can never leak into a log whole.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Citizen.class, name = "citizen"),
        @JsonSubTypes.Type(value = Organisation.class, name = "organisation")
})
public sealed interface Applicant permits Citizen, Organisation {

    /** @return the name to address the applicant by (unmasked: do not log it) */
    String displayName();

    /** @return the identifier the portal calls {@code SoGiayToChuHoSo} (unmasked: do not log it) */
    String identifier();

    /** @return the contact details */
    Contact contact();

    /** @return the address, or {@code null} */
    Address address();
}
