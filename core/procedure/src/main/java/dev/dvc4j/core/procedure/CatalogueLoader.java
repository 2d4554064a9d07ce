package dev.dvc4j.core.procedure;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.internal.procedure.BundledRegimes;
import dev.dvc4j.core.internal.procedure.CatalogueReader;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.spi.ValidationProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.stream.Stream;

/**
 * Reads a {@link Catalogue} from JSON: one file, every {@code *.json} file under a directory, or a stream. Each
 * document may hold procedures, offers or both; offers may refer to procedures in other documents.
 *
 * <p>Problems are collected, not thrown one at a time: malformed JSON (with line and column), unknown properties,
 * values of the wrong type, Jakarta Validation constraints on the document, invalid durations and dates, overlapping
 * fee rates, duplicate codes (within and across documents) and offers for unknown procedures all end up in one
 * {@link CatalogueException} whose {@link CatalogueException#problems()} name the file and JSON path of each, such as
 * {@code catalogue.json: procedures[2].duration}. Nothing is returned unless everything is sound.
 *
 * <p>Validation needs a Jakarta Validation provider, which the host brings (dvc4j's own tests use Hibernate
 * Validator): pass a {@link Validator}, or use {@link #withDefaultValidator()}. Document format:
 * <pre>{@code
 * {"label": "...", "sample": false,
 *  "procedures": [{"code": "1.000001", "name": {"vi": "...", "en": "..."},
 *                  "sector": {"code": "...", "name": {"vi": "...", "en": "..."}},
 *                  "competentLevel": "province", "duration": "5d", "legalBasis": "...",
 *                  "fees": [{"code": "...", "name": {...}, "kind": "charge", "collectedAt": "at-receipt",
 *                            "rates": [{"validFrom": "2023-01-01", "amount": 135000, "onlineAmount": 115000,
 *                                       "legalBasis": "..."}],
 *                            "exemptions": [{"category": "...", "percent": 100, "description": {...},
 *                                            "legalBasis": "..."}]}],
 *                  "documents": [{"code": "...", "name": {...}, "required": true, "copies": 1,
 *                                 "alternativeGroup": null, "eSignatureRequired": false, "fromDigitalStore": true}],
 *                  "result": {"paperRequired": true, "electronic": false},
 *                  "presenceRequired": false, "onSiteVerificationRequired": false,
 *                  "integrations": ["population-database", "vneid"]}],
 *  "offers": [{"procedure": "1.000001", "agency": "000.00.21.H42",
 *              "capabilities": ["online-information", "e-forms", "online-submission"]}]}
 * }</pre>
 * Immutable and thread-safe (if the validator is, as Jakarta validators are).
 */
public final class CatalogueLoader {

    /** Resource name of the bundled sample catalogue. */
    public static final String SAMPLE_RESOURCE = BundledRegimes.FOLDER + "sample-catalogue.json";

    private final Validator validator;

    private CatalogueLoader(Validator validator) {
        this.validator = Objects.requireNonNull(validator, "validator");
    }

    /**
     * A loader validating with the host's validator.
     *
     * @param validator the validator
     * @return the loader
     */
    public static CatalogueLoader withValidator(Validator validator) {
        return new CatalogueLoader(validator);
    }

    /**
     * A loader validating with the default Jakarta Validation provider on the class or module path.
     *
     * @return the loader
     * @throws CatalogueException with code {@code catalogue.no-validation-provider} when no provider is present or it
     *     cannot start
     */
    public static CatalogueLoader withDefaultValidator() {
        try {
            return new CatalogueLoader(Validation.buildDefaultValidatorFactory().getValidator());
        } catch (ValidationException e) {
            throw noProvider(e);
        }
    }

    /**
     * A loader validating with the first Jakarta Validation provider a class loader finds (for hosts whose providers
     * live in a plug-in or application class loader).
     *
     * @param loader the class loader to look for {@code jakarta.validation.spi.ValidationProvider}s in
     * @return the loader
     * @throws CatalogueException with code {@code catalogue.no-validation-provider} when that loader has none
     */
    public static CatalogueLoader withDefaultValidator(ClassLoader loader) {
        Objects.requireNonNull(loader, "loader");
        try {
            List<ValidationProvider<?>> providers = new ArrayList<>();
            ServiceLoader.load(ValidationProvider.class, loader).forEach(providers::add);
            return new CatalogueLoader(Validation.byDefaultProvider().providerResolver(() -> providers)
                    .configure().buildValidatorFactory().getValidator());
        } catch (ValidationException e) {
            throw noProvider(e);
        }
    }

    private static CatalogueException noProvider(Exception e) {
        return new CatalogueException("catalogue.no-validation-provider", LocalizedText.of(
                "Không có hoặc không khởi động được trình kiểm tra Jakarta Validation (ví dụ Hibernate Validator) "
                        + "để kiểm tra danh mục thủ tục: %s",
                "No Jakarta Validation provider (such as Hibernate Validator) is available to validate the procedure "
                        + "catalogue: %s").formatted(String.valueOf(e.getMessage())), e);
    }

    /**
     * Loads a file, or every {@code *.json} file under a directory (recursively, in path order).
     *
     * @param path the file or directory
     * @return the catalogue
     * @throws CatalogueException listing every problem
     * @throws UncheckedIOException if the file system fails
     */
    public Catalogue load(Path path) {
        CatalogueReader reader = new CatalogueReader(validator);
        readPath(reader, path);
        return finish(reader);
    }

    /**
     * Loads one document from a stream.
     *
     * @param source the document's name in reports
     * @param in the JSON (not closed)
     * @return the catalogue
     * @throws CatalogueException listing every problem
     */
    public Catalogue load(String source, InputStream in) {
        CatalogueReader reader = new CatalogueReader(validator);
        reader.read(source, in);
        return finish(reader);
    }

    /**
     * Every problem of a file or directory, without building the catalogue (for a {@code validate} command).
     *
     * @param path the file or directory
     * @return the problems, empty when the catalogue is sound
     */
    public List<CatalogueProblem> check(Path path) {
        CatalogueReader reader = new CatalogueReader(validator);
        readPath(reader, path);
        return reader.finish();
    }

    /**
     * The bundled sample catalogue: the seeds' procedures (commercial-vehicle badge, transport business licence,
     * driving-licence exchange, budget-relationship unit code) with offers of a fictional agency. It is clearly
     * labelled illustrative ({@link Catalogue#isSample()}): codes are placeholders in the {@code 9.9xxxxx} range and
     * the fees and durations are not authoritative.
     *
     * @return the sample catalogue
     */
    public Catalogue loadSample() {
        try (InputStream in = CatalogueLoader.class.getResourceAsStream(SAMPLE_RESOURCE)) {
            if (in == null) {
                throw new CatalogueException("catalogue.bundled-data", LocalizedText.of(
                        "Thiếu danh mục mẫu", "The sample catalogue is missing"), null);
            }
            return load("sample-catalogue.json", in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void readPath(CatalogueReader reader, Path path) {
        try {
            if (Files.isDirectory(path)) {
                List<Path> files;
                try (Stream<Path> s = Files.walk(path)) {
                    files = s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".json"))
                            .sorted().toList();
                }
                for (Path f : files) {
                    try (InputStream in = Files.newInputStream(f)) {
                        reader.read(path.relativize(f).toString().replace('\\', '/'), in);
                    }
                }
            } else {
                try (InputStream in = Files.newInputStream(path)) {
                    reader.read(path.getFileName().toString(), in);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Catalogue finish(CatalogueReader reader) {
        List<CatalogueProblem> problems = reader.finish();
        if (!problems.isEmpty()) {
            throw new CatalogueException(problems);
        }
        return reader.catalogue();
    }
}
