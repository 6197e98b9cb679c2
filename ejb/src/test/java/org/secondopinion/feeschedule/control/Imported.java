package org.secondopinion.feeschedule.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** A test import: the report and every charge the sink received. */
record Imported(ImportReport report, List<StandardCharge> charges) {

    static Imported resource(String name) throws PriceFileRejected {
        return resource(name, null);
    }

    static Imported resource(String name, PriceFileFormat expected) throws PriceFileRejected {
        try (InputStream in = Imported.class.getResourceAsStream("/price-files/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test file " + name);
            }
            return read(in, expected, ImportLimits.DEFAULTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] resourceBytes(String name) {
        try (InputStream in = Imported.class.getResourceAsStream("/price-files/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String resourceText(String name) {
        return new String(resourceBytes(name), StandardCharsets.UTF_8);
    }

    static Imported text(String content) throws PriceFileRejected {
        return bytes(content.getBytes(StandardCharsets.UTF_8));
    }

    static Imported bytes(byte[] content) throws PriceFileRejected {
        return bytes(content, ImportLimits.DEFAULTS);
    }

    static Imported bytes(byte[] content, ImportLimits limits) throws PriceFileRejected {
        try {
            return read(new ByteArrayInputStream(content), null, limits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Imported read(InputStream in, PriceFileFormat expected, ImportLimits limits) throws IOException, PriceFileRejected {
        List<StandardCharge> charges = new ArrayList<>();
        ImportReport report = new PriceFileReader(limits).read(in, expected, charges::add);
        return new Imported(report, charges);
    }

    List<StandardCharge> where(Predicate<StandardCharge> condition) {
        return charges.stream().filter(condition).toList();
    }

    StandardCharge only(Predicate<StandardCharge> condition) {
        List<StandardCharge> found = where(condition);
        if (found.size() != 1) {
            throw new AssertionError("expected one charge, found " + found.size() + ": " + found);
        }
        return found.get(0);
    }

    StandardCharge atLine(long line) {
        return only(charge -> charge.line() == line);
    }
}
