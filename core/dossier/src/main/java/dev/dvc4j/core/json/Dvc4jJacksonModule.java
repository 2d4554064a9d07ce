package dev.dvc4j.core.json;

import dev.dvc4j.core.calendar.ProcessingPeriod;
import dev.dvc4j.core.calendar.WorkingDuration;
import dev.dvc4j.core.id.AgencyCode;
import dev.dvc4j.core.id.DossierCode;
import dev.dvc4j.core.id.PersonalId;
import dev.dvc4j.core.id.PhoneNumber;
import dev.dvc4j.core.id.ProcedureCode;
import dev.dvc4j.core.id.TaxCode;
import dev.dvc4j.core.internal.json.StrictJson;
import dev.dvc4j.core.internal.json.ValueCodecs;
import dev.dvc4j.core.money.Vnd;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.List;

/**
 * The Jackson 2 module for dvc4j's wire format. Register it explicitly ({@code mapper.registerModule(new
 * Dvc4jJacksonModule())}) or let {@code ObjectMapper.findAndRegisterModules()} find it.
 *
 * <p>The format: identifiers and durations as strings, {@link dev.dvc4j.core.money.Vnd} as an integer number of
 * đồng, instants ISO-8601 with the +07:00 offset ({@link VnTime}), dates and times ISO-8601 strings, enums by their
 * kebab-case wire names ({@link dev.dvc4j.core.Labelled}; the old snake_case spelling is read for one release), events
 * and applicants with a {@code type} property. The module brings Jackson's
 * {@link JavaTimeModule} with it and sets {@code java.time} local dates and times to be written as strings.
 *
 * <p>On any mapper it is registered on, the module reads each identifier and duration only from a JSON string, with
 * the type's own parser: a text the parser refuses raises Jackson's {@code InvalidFormatException} whose message is the
 * parser's, in English and Vietnamese (the parser's exception is its cause), and any other JSON type is a mismatched
 * input. The types' {@code @JsonCreator} alone would not do: it would bind a JSON object to a record's components
 * ({@code {}} read as a zero duration) and wrap a refusal in Jackson's own wording.
 *
 * <p>dvc4j never enables default typing: polymorphic types are closed (sealed interfaces with named subtypes).
 */
public final class Dvc4jJacksonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public Dvc4jJacksonModule() {
        super("dvc4j", new Version(0, 1, 0, "SNAPSHOT", "dev.dvc4j", "dvc4j-core"));
        StrictJson.text(this, DossierCode.class, DossierCode::parse, DossierCode::toString);
        StrictJson.text(this, AgencyCode.class, AgencyCode::parse, AgencyCode::toString);
        StrictJson.text(this, ProcedureCode.class, ProcedureCode::parse, ProcedureCode::toString);
        StrictJson.text(this, PersonalId.class, PersonalId::parse, PersonalId::value);
        StrictJson.text(this, TaxCode.class, TaxCode::parse, TaxCode::value);
        StrictJson.text(this, PhoneNumber.class, PhoneNumber::parse, PhoneNumber::value);
        StrictJson.text(this, WorkingDuration.class, WorkingDuration::parse, WorkingDuration::toString);
        StrictJson.text(this, ProcessingPeriod.class, ProcessingPeriod::parse, ProcessingPeriod::toString);
        addSerializer(Vnd.class, new ValueCodecs.VndSerializer());
        addDeserializer(Vnd.class, new ValueCodecs.VndDeserializer());
    }


    @Override
    public Iterable<? extends Module> getDependencies() {
        return List.of(new JavaTimeModule(), new dev.dvc4j.core.internal.json.LabelledEnums());
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        JsonFormat.Value asString = JsonFormat.Value.forShape(JsonFormat.Shape.STRING);
        for (Class<?> c : new Class<?>[] {LocalDate.class, LocalDateTime.class, LocalTime.class, YearMonth.class, MonthDay.class}) {
            context.configOverride(c).setFormat(asString);
        }
    }
}
