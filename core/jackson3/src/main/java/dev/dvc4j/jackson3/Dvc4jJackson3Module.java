package dev.dvc4j.jackson3;

import dev.dvc4j.core.calendar.ProcessingPeriod;
import dev.dvc4j.core.calendar.WorkingDuration;
import dev.dvc4j.core.id.AgencyCode;
import dev.dvc4j.core.id.DossierCode;
import dev.dvc4j.core.id.PersonalId;
import dev.dvc4j.core.id.PhoneNumber;
import dev.dvc4j.core.id.ProcedureCode;
import dev.dvc4j.core.id.TaxCode;
import dev.dvc4j.core.money.Vnd;
import dev.dvc4j.jackson3.internal.Codecs;
import dev.dvc4j.jackson3.internal.FactsSupport;
import dev.dvc4j.jackson3.internal.WireIntrospector;
import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.YearMonth;
import tools.jackson.core.Version;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module for dvc4j's wire format: register it on a {@code tools.jackson} mapper
 * ({@code JsonMapper.builder().addModule(new Dvc4jJackson3Module())}) or let {@code findAndAddModules()} find it.
 *
 * <p>It writes what the Jackson 2 module ({@code dev.dvc4j.core.json.Dvc4jJacksonModule}) writes, byte for byte:
 * identifiers and durations as strings, {@link Vnd} as an integer number of đồng, {@code @VnTime} instants as
 * ISO-8601 at +07:00, the national portal's {@code yyyyMMddHHmmss} times and numeric codes, dates and times as
 * ISO-8601 strings, and dvc4j's records in their declared property order even on a mapper that sorts properties
 * alphabetically (Jackson 3's default). With dvc4j-stats present, {@code DossierFacts} read and write as the JSON
 * line of {@code FactsWriter}. Strict reading and the read limits belong to the mapper: use {@link Dvc4jJson3} for
 * a mapper that has them.
 *
 * <p>On any mapper it is registered on, the module reads each identifier and duration only from a JSON string, with
 * the type's own parser: a text the parser refuses raises Jackson's {@code InvalidFormatException} whose message is the
 * parser's, in English and Vietnamese (the parser's exception is its cause), and any other JSON type is a mismatched
 * input. The types' {@code @JsonCreator} alone would not do: it would bind a JSON object to a record's components
 * ({@code {}} read as a zero duration) and wrap a refusal in Jackson's own wording.
 *
 * <p>dvc4j never enables default typing: polymorphic types are closed (sealed interfaces with named subtypes).
 */
public final class Dvc4jJackson3Module extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public Dvc4jJackson3Module() {
        super("dvc4j", new Version(0, 1, 0, "SNAPSHOT", "dev.dvc4j", "dvc4j-jackson3"));
        Codecs.text(this, DossierCode.class, DossierCode::parse, DossierCode::toString);
        Codecs.text(this, AgencyCode.class, AgencyCode::parse, AgencyCode::toString);
        Codecs.text(this, ProcedureCode.class, ProcedureCode::parse, ProcedureCode::toString);
        Codecs.text(this, PersonalId.class, PersonalId::parse, PersonalId::value);
        Codecs.text(this, TaxCode.class, TaxCode::parse, TaxCode::value);
        Codecs.text(this, PhoneNumber.class, PhoneNumber::parse, PhoneNumber::value);
        Codecs.text(this, WorkingDuration.class, WorkingDuration::parse, WorkingDuration::toString);
        Codecs.text(this, ProcessingPeriod.class, ProcessingPeriod::parse, ProcessingPeriod::toString);
        addSerializer(Vnd.class, new Codecs.VndSerializer());
        addDeserializer(Vnd.class, new Codecs.VndDeserializer());
        FactsSupport.register(this);
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.insertAnnotationIntrospector(new WireIntrospector());
        context.addDeserializers(dev.dvc4j.jackson3.internal.LabelledEnums3.deserializers());
        context.addKeyDeserializers(dev.dvc4j.jackson3.internal.LabelledEnums3.keyDeserializers());
        JsonFormat.Value asString = JsonFormat.Value.forShape(JsonFormat.Shape.STRING);
        for (Class<?> c : new Class<?>[] {LocalDate.class, LocalDateTime.class, LocalTime.class, YearMonth.class, MonthDay.class}) {
            context.configOverride(c).setFormat(asString);
        }
    }
}
