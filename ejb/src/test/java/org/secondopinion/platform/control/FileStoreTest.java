package org.secondopinion.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondopinion.platform.entity.RuleViolation;

class FileStoreTest {

    private static final long ONE_MB = 1024 * 1024;

    @TempDir
    Path root;

    @Test
    void isWritableWhenAProbeFileCanBeWrittenAndLeavesNothingBehind() throws IOException {
        FileStore store = new FileStore(root.resolve("files"));

        assertThat(store.writable()).isTrue();
        try (Stream<Path> left = Files.list(root.resolve("files"))) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void isNotWritableWhenItsFolderCannotBeMade() throws IOException {
        // a plain file where the folder should be: refused even to root, unlike a read-only folder
        Path occupied = Files.writeString(root.resolve("files"), "not a folder");

        assertThat(new FileStore(occupied).writable()).isFalse();
        assertThat(new FileStore(occupied.resolve("below")).writable()).isFalse();
    }

    @Test
    void storesAPdfWithItsSha256AndSize() throws Exception {
        byte[] pdf = pdf(5000);
        FileStore store = new FileStore(root);

        FileStore.Stored stored = store.store(new ByteArrayInputStream(pdf), ONE_MB, FileType.PDF);

        assertThat(stored.sha256()).isEqualTo(sha256(pdf));
        assertThat(stored.size()).isEqualTo(pdf.length);
        assertThat(stored.type()).isEqualTo(FileType.PDF);
        assertThat(store.hashOf(stored.key())).isEqualTo(sha256(pdf));
        try (InputStream in = store.open(stored.key(), stored.sha256())) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        assertThat(regularFiles()).singleElement().satisfies(file -> {
            assertThat(file.getFileName().toString()).isEqualTo(stored.key());
            assertThat(file.startsWith(root)).isTrue();
        });
    }

    @Test
    void storesAFileOfExactlyTheLimit() {
        byte[] pdf = pdf(2048);

        FileStore.Stored stored = new FileStore(root).store(new ByteArrayInputStream(pdf), pdf.length, FileType.PDF);

        assertThat(stored.size()).isEqualTo(2048);
    }

    @Test
    void refusesAFileOverTheLimitAndLeavesNothingBehind() throws IOException {
        byte[] pdf = pdf(3 * (int) ONE_MB);
        FileStore store = new FileStore(root);

        assertThatThrownBy(() -> store.store(new ByteArrayInputStream(pdf), 2 * ONE_MB, FileType.PDF))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.field()).isEqualTo("file");
                    assertThat(v.getMessage()).contains("2 MB");
                });
        assertThat(regularFiles()).isEmpty();
    }

    @Test
    void refusesContentThatIsNotAnAcceptedTypeWhateverItsNameAndLeavesNothingBehind() throws IOException {
        byte[] html = "<!DOCTYPE html><html><body>report.pdf</body></html>".getBytes(StandardCharsets.UTF_8);
        FileStore store = new FileStore(root);

        assertThatThrownBy(() -> store.store(new ByteArrayInputStream(html), ONE_MB, FileType.PDF, FileType.PNG))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.field()).isEqualTo("file");
                    assertThat(v.getMessage()).contains("not one of the accepted types");
                });
        assertThat(regularFiles()).isEmpty();
    }

    @Test
    void refusesAKnownTypeThatIsNotAmongTheAcceptedOnes() throws IOException {
        byte[] png = withHead(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 200);

        assertThatThrownBy(() -> new FileStore(root).store(new ByteArrayInputStream(png), ONE_MB, FileType.PDF))
                .isInstanceOf(RuleViolation.class);
        assertThat(regularFiles()).isEmpty();
    }

    @Test
    void refusesEmptyContent() throws IOException {
        assertThatThrownBy(() -> new FileStore(root).store(new ByteArrayInputStream(new byte[0]), ONE_MB, FileType.PDF))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.getMessage()).contains("empty"));
        assertThat(regularFiles()).isEmpty();
    }

    @Test
    void withholdsAStoredFileWithAChangedByte() throws IOException {
        FileStore store = new FileStore(root);
        FileStore.Stored stored = store.store(new ByteArrayInputStream(pdf(1000)), ONE_MB, FileType.PDF);
        Path file = store.pathOf(stored.key());
        byte[] bytes = Files.readAllBytes(file);
        bytes[500] ^= 0x01;
        Files.write(file, bytes);

        assertThatThrownBy(() -> store.open(stored.key(), stored.sha256()))
                .isInstanceOf(FileStore.FileTampered.class)
                .hasMessageContaining(stored.key())
                .hasMessageContaining(stored.sha256());
    }

    @Test
    void refusesAKeyThatCouldLeaveTheRoot() {
        assertThatThrownBy(() -> new FileStore(root).open("../../etc/passwd", "0"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void storesADicomFileRecognisedByItsPreamble() {
        byte[] dicom = dicom(600);

        FileStore.Stored stored = new FileStore(root).store(new ByteArrayInputStream(dicom), ONE_MB, FileType.DICOM);

        assertThat(stored.type()).isEqualTo(FileType.DICOM);
    }

    // ---- sniffing -----------------------------------------------------------------------------

    @Test
    void recognisesAPdf() {
        assertThat(sniff(pdf(10))).contains(FileType.PDF);
    }

    @Test
    void recognisesAPng() {
        assertThat(sniff(withHead(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 16)))
                .contains(FileType.PNG);
    }

    @Test
    void recognisesAJpeg() {
        assertThat(sniff(withHead(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, 16)))
                .contains(FileType.JPEG);
    }

    @Test
    void recognisesALittleEndianAndABigEndianTiff() {
        assertThat(sniff(withHead(new byte[] {'I', 'I', 42, 0}, 16))).contains(FileType.TIFF);
        assertThat(sniff(withHead(new byte[] {'M', 'M', 0, 42}, 16))).contains(FileType.TIFF);
    }

    @Test
    void recognisesADicomFileByDicmAfterTheOneHundredTwentyEightBytePreamble() {
        assertThat(sniff(dicom(132))).contains(FileType.DICOM);
    }

    @Test
    void doesNotRecogniseDicmAnywhereButAfterThePreamble() {
        byte[] early = withHead("DICM".getBytes(StandardCharsets.US_ASCII), 200);
        byte[] cutShort = new byte[131];
        System.arraycopy("DIC".getBytes(StandardCharsets.US_ASCII), 0, cutShort, 128, 3);

        assertThat(sniff(early)).isEmpty();
        assertThat(sniff(cutShort)).isEmpty();
    }

    @Test
    void recognisesNothingInTextOrInTooFewBytes() {
        assertThat(sniff("<html>not a pdf</html>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(FileType.sniff("%PDF-".getBytes(StandardCharsets.US_ASCII), 4)).isEmpty();
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static java.util.Optional<FileType> sniff(byte[] content) {
        byte[] head = new byte[FileType.SNIFF_BYTES];
        int length = Math.min(content.length, head.length);
        System.arraycopy(content, 0, head, 0, length);
        return FileType.sniff(head, length);
    }

    private static byte[] pdf(int size) {
        byte[] content = withHead("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), size);
        for (int i = 9; i < size; i++) {
            content[i] = (byte) ('a' + i % 26);
        }
        return content;
    }

    private static byte[] dicom(int size) {
        byte[] content = new byte[size];
        System.arraycopy("DICM".getBytes(StandardCharsets.US_ASCII), 0, content, 128, 4);
        return content;
    }

    private static byte[] withHead(byte[] head, int size) {
        byte[] content = new byte[Math.max(size, head.length)];
        System.arraycopy(head, 0, content, 0, head.length);
        return content;
    }

    private static String sha256(byte[] content) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private List<Path> regularFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }
}
