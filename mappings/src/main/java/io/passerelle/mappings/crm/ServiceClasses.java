package io.passerelle.mappings.crm;

import io.passerelle.canonical.ServiceClass;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The {@code Service_Class__c} picklist. Its values are the canonical service classes themselves, written as
 * an administrator would label them ("Key Account") or as their API names ("KEY_ACCOUNT"): the service
 * classes are the harmonised scale both chains share, not a CRM code list needing a conversion table.
 */
final class ServiceClasses {

    private ServiceClasses() {
    }

    /** The service class a picklist value names, or null when it names none. */
    static ServiceClass fromPicklist(String value) {
        String name = value.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
        return Arrays.stream(ServiceClass.values()).filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    static String expected() {
        return Arrays.stream(ServiceClass.values()).map(ServiceClasses::label).collect(Collectors.joining(", "));
    }

    private static String label(ServiceClass serviceClass) {
        String words = Arrays.stream(serviceClass.name().split("_"))
                .map(word -> word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" "));
        return "'" + words + "' (" + serviceClass.name() + ")";
    }
}
