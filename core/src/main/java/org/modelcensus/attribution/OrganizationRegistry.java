package org.modelcensus.attribution;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.modelcensus.CensusException;
import org.modelcensus.ErrorCode;
import org.modelcensus.Sha256;
import org.modelcensus.source.InputFile;
import org.modelcensus.source.RowErrors;

/**
 * The curated map from Hub namespace to organisation, country and developer type ({@code data/organizations.csv}).
 * Namespaces match case-insensitively. Every result names the registry it used by its row count and content hash.
 */
public final class OrganizationRegistry {
    /** The registry bundled with the program. */
    public static final String BUNDLED = "data/organizations.csv";

    private static final List<String> HEADER = List.of("namespace", "organization", "country", "type", "source");
    private static final Pattern NAMESPACE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final String name;
    private final String sha256;
    private final Map<String, RegistryEntry> byNamespace;

    private OrganizationRegistry(String name, String sha256, Map<String, RegistryEntry> byNamespace) {
        this.name = name;
        this.sha256 = sha256;
        this.byNamespace = byNamespace;
    }

    public static OrganizationRegistry bundled() {
        return load(InputFile.resource(BUNDLED));
    }

    /** Reads and checks a registry file; every broken rule is reported, as a {@link ErrorCode#INVALID_REGISTRY}. */
    public static OrganizationRegistry load(InputFile file) {
        requireNonNull(file, "file is null");
        byte[] bytes;
        try (InputStream input = file.open()) {
            bytes = input.readAllBytes();
        } catch (IOException e) {
            throw file.unreadable(e);
        }
        RowErrors errors = new RowErrors();
        Map<String, RegistryEntry> entries = new LinkedHashMap<>();
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
                CSVParser csv = CSVFormat.RFC4180.builder().get().parse(reader)) {
            List<CSVRecord> records = csv.getRecords();
            if (records.isEmpty() || !records.get(0).toList().equals(HEADER)) {
                throw new CensusException(
                        ErrorCode.INVALID_REGISTRY,
                        file.name() + ":1: header must be exactly " + String.join(",", HEADER));
            }
            Map<String, String> countryOfOrganization = new HashMap<>();
            for (CSVRecord record : records.subList(1, records.size())) {
                parse(record, file.name() + ":" + record.getRecordNumber(), errors, countryOfOrganization)
                        .ifPresent(entry -> {
                            String key = entry.namespace().toLowerCase(Locale.ROOT);
                            RegistryEntry earlier = entries.putIfAbsent(key, entry);
                            if (earlier != null) {
                                errors.add(
                                        file.name() + ":" + record.getRecordNumber(),
                                        "namespace \"" + entry.namespace() + "\" is listed twice (also as \""
                                                + earlier.namespace() + "\"); namespaces match case-insensitively");
                            }
                        });
            }
        } catch (IOException e) {
            throw file.unreadable(e);
        } catch (UncheckedIOException e) {
            throw file.unreadable(e);
        }
        errors.throwIfAny(ErrorCode.INVALID_REGISTRY, "registry " + file.name() + " is invalid:");
        return new OrganizationRegistry(file.name(), Sha256.hex(bytes), Map.copyOf(entries));
    }

    private static Optional<RegistryEntry> parse(
            CSVRecord record, String place, RowErrors errors, Map<String, String> countryOfOrganization) {
        if (record.size() != HEADER.size()) {
            errors.add(
                    place,
                    record.size() + " fields; expected " + HEADER.size() + " (" + String.join(",", HEADER) + ")");
            return Optional.empty();
        }
        String namespace = record.get(0).strip();
        String organization = record.get(1).strip();
        String country = record.get(2).strip();
        String type = record.get(3).strip();
        String source = record.get(4).strip();
        long before = errors.count();
        if (!NAMESPACE.matcher(namespace).matches()) {
            errors.add(place, "namespace is \"" + namespace + "\"; expected a Hub namespace such as \"deepseek-ai\"");
        }
        if (organization.isEmpty()) {
            errors.add(place, "organization is empty; expected the organisation's name");
        }
        Optional<CountryCode> countryCode = CountryCode.parse(country);
        if (countryCode.isEmpty()) {
            errors.add(
                    place, "country is \"" + country + "\"; expected an ISO 3166-1 alpha-2 code such as CN, or INTL");
        }
        Optional<DeveloperType> developerType = DeveloperType.fromCode(type);
        if (developerType.isEmpty()) {
            errors.add(place, "type is \"" + type + "\"; expected one of " + DeveloperType.codes());
        }
        if (source.isEmpty()) {
            errors.add(place, "source is empty; expected a URL or a data file the facts come from");
        }
        if (errors.count() > before) {
            return Optional.empty();
        }
        String earlierCountry = countryOfOrganization.putIfAbsent(organization, country);
        if (earlierCountry != null && !earlierCountry.equals(country)) {
            errors.add(
                    place,
                    "organization \"" + organization + "\" is in " + country + " here but in " + earlierCountry
                            + " on an earlier row; an organisation has one headquarters");
            return Optional.empty();
        }
        return Optional.of(new RegistryEntry(
                namespace, new Organization(organization, countryCode.get(), developerType.get()), source));
    }

    /** The entry for a namespace, matched case-insensitively. */
    public Optional<RegistryEntry> lookup(String namespace) {
        requireNonNull(namespace, "namespace is null");
        return Optional.ofNullable(byNamespace.get(namespace.toLowerCase(Locale.ROOT)));
    }

    public Collection<RegistryEntry> entries() {
        List<RegistryEntry> sorted = new ArrayList<>(byNamespace.values());
        sorted.sort((left, right) -> left.namespace().compareToIgnoreCase(right.namespace()));
        return sorted;
    }

    public int size() {
        return byNamespace.size();
    }

    /** Which registry this is, as results name it. */
    public RegistryVersion version() {
        return new RegistryVersion(name, size(), sha256);
    }
}
