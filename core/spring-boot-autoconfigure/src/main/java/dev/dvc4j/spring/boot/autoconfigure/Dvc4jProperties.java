package dev.dvc4j.spring.boot.autoconfigure;

import dev.dvc4j.core.Dvc4j;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * The {@code dvc4j.*} configuration properties.
 */
@ConfigurationProperties(prefix = "dvc4j")
public class Dvc4jProperties {

    /** The time zone of the runtime's clock; dvc4j's calendars count in Vietnam time. */
    private ZoneId zone = Dvc4j.VIETNAM;

    /** The language of problem details when the request's Accept-Language names neither Vietnamese nor English: vi or en. */
    private String defaultLanguage = "vi";

    /** A procedure catalogue file (dvc4j catalogue JSON); without one the runtime's catalogue is empty. */
    private Resource catalogue;

    /** Postal (BCCI) tariff files (dvc4j tariff JSON), added to the bundled tariffs; a later validity supersedes. */
    private List<Resource> tariffs = new ArrayList<>();

    /** Holiday files (dvc4j-holidays/1 JSON): local days off and newly announced yearly schedules, layered on the calendar. */
    private List<Resource> holidays = new ArrayList<>();

    /**
     * Whether request bodies of dvc4j's types (dossiers, events, portal records, facts) are read by dvc4j's strict
     * reader, whatever the application's mapper allows: unknown fields, trailing text and oversized input refused.
     */
    private boolean strictReading = true;

    private final Web web = new Web();

    /** @return the clock's zone */
    public ZoneId getZone() {
        return zone;
    }

    /** @param zone the clock's zone */
    public void setZone(ZoneId zone) {
        this.zone = zone;
    }

    /** @return the fallback language of problem details, {@code vi} or {@code en} */
    public String getDefaultLanguage() {
        return defaultLanguage;
    }

    /** @param defaultLanguage {@code vi} or {@code en} */
    public void setDefaultLanguage(String defaultLanguage) {
        if (!"vi".equals(defaultLanguage) && !"en".equals(defaultLanguage)) {
            throw new IllegalArgumentException("dvc4j.default-language must be vi or en, not " + defaultLanguage);
        }
        this.defaultLanguage = defaultLanguage;
    }

    /** @return the catalogue file, or {@code null} for none (an empty catalogue, unless a module provides one) */
    public Resource getCatalogue() {
        return catalogue;
    }

    /** @param catalogue the catalogue file */
    public void setCatalogue(Resource catalogue) {
        this.catalogue = catalogue;
    }

    /** @return the tariff files */
    public List<Resource> getTariffs() {
        return tariffs;
    }

    /** @param tariffs the tariff files */
    public void setTariffs(List<Resource> tariffs) {
        this.tariffs = tariffs;
    }

    /** @return the holiday files */
    public List<Resource> getHolidays() {
        return holidays;
    }

    /** @param holidays the holiday files */
    public void setHolidays(List<Resource> holidays) {
        this.holidays = holidays;
    }

    /** @return whether dvc4j's types are read strictly */
    public boolean isStrictReading() {
        return strictReading;
    }

    /** @param strictReading whether dvc4j's types are read strictly */
    public void setStrictReading(boolean strictReading) {
        this.strictReading = strictReading;
    }

    /** @return the web settings */
    public Web getWeb() {
        return web;
    }

    /** Spring MVC settings. */
    public static class Web {

        /** Whether dvc4j answers errors (its own, unreadable bodies, validation) with RFC 9457 problem details. */
        private boolean problemDetails = true;

        /**
         * Whether dvc4j provides the application's locale resolver (Accept-Language among vi and en, else the default
         * language) when the application defines none.
         */
        private boolean localeResolver = true;

        /** HTTP status overrides by dvc4j error code, e.g. dvc4j.web.status.dossier.sequence-exhausted=503. */
        private Map<String, Integer> status = new LinkedHashMap<>();

        /** @return whether problem details are on */
        public boolean isProblemDetails() {
            return problemDetails;
        }

        /** @param problemDetails whether problem details are on */
        public void setProblemDetails(boolean problemDetails) {
            this.problemDetails = problemDetails;
        }

        /** @return whether dvc4j provides the locale resolver */
        public boolean isLocaleResolver() {
            return localeResolver;
        }

        /** @param localeResolver whether dvc4j provides the locale resolver */
        public void setLocaleResolver(boolean localeResolver) {
            this.localeResolver = localeResolver;
        }

        /** @return the status overrides by error code */
        public Map<String, Integer> getStatus() {
            return status;
        }

        /** @param status the status overrides by error code */
        public void setStatus(Map<String, Integer> status) {
            this.status = status;
        }
    }
}
