package org.emdrill.store.transfer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.emdrill.files.AtomicFiles;

/**
 * Writes a zip export ({@link ZipLayout}): streamed into a temporary file beside the target, flushed to
 * disk and then moved over it, so a failed export never leaves half an archive under the chosen name.
 */
final class ZipExport {

    /** One recording to carry: the exported attempt's id and the WAV on disk. */
    record Item(long attemptId, Path wav, double durationSeconds) {
    }

    /** What went into the archive. */
    record Written(int recordings, int missing) {
    }

    private ZipExport() {
    }

    /** @param items recordings whose file may be missing (deleted by hand): those are counted, not written */
    static Written write(Path target, byte[] historyJson, List<Item> items) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
        try {
            int written = 0;
            int missing = 0;
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ZipOutputStream zip = new ZipOutputStream(Channels.newOutputStream(ch));
                put(zip, ZipLayout.HISTORY, historyJson);
                ByteArrayOutputStream manifest = new ByteArrayOutputStream();
                try (JsonGenerator g = new JsonFactory().createGenerator(manifest).useDefaultPrettyPrinter()) {
                    g.writeStartObject();
                    g.writeStringField("format", ZipLayout.MANIFEST_FORMAT);
                    g.writeArrayFieldStart("recordings");
                    for (Item item : items) {
                        if (!Files.isRegularFile(item.wav())) {
                            missing++;
                            continue;
                        }
                        g.writeStartObject();
                        g.writeNumberField("attemptId", item.attemptId());
                        g.writeStringField("entry", ZipLayout.recordingEntry(item.attemptId()));
                        g.writeNumberField("durationSeconds", item.durationSeconds());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                put(zip, ZipLayout.MANIFEST, manifest.toByteArray());
                for (Item item : items) {
                    if (Files.isRegularFile(item.wav())) {
                        // WAV is already dense; storing it deflated would cost time for a few percent.
                        zip.setLevel(1);
                        zip.putNextEntry(new ZipEntry(ZipLayout.recordingEntry(item.attemptId())));
                        Files.copy(item.wav(), zip);
                        zip.closeEntry();
                        written++;
                    }
                }
                zip.finish();
                zip.flush();
                ch.force(true);
                zip.close(); // frees the deflater; the channel closing twice is harmless
            }
            AtomicFiles.moveIntoPlace(temp, target);
            return new Written(written, missing);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
