package org.emdrill.bank;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.emdrill.domain.Problem;

/**
 * Reads a bank-sized file into memory. The size is checked before reading so a huge file is refused
 * without being loaded, and every failure becomes a {@link Problem} rather than an exception.
 */
public final class BankFileReader {

    private static final System.Logger LOG = System.getLogger(BankFileReader.class.getName());

    /**
     * @param displayName how the file is named in problems
     * @return the bytes, or a single problem saying why they could not be read
     */
    public ParseResult<byte[]> read(Path file, String displayName) {
        try {
            if (Files.isDirectory(file)) {
                return failed(displayName, "is a folder, not a file; name a .json file");
            }
            long size = Files.size(file);
            if (size > BankLimits.MAX_FILE_BYTES) {
                return failed(displayName, Messages.tooLarge(size));
            }
            try (InputStream in = Files.newInputStream(file)) {
                // Read one byte past the limit: the file may have grown since its size was checked.
                byte[] bytes = in.readNBytes((int) BankLimits.MAX_FILE_BYTES + 1);
                if (bytes.length > BankLimits.MAX_FILE_BYTES) {
                    return failed(displayName, Messages.tooLarge());
                }
                return ParseResult.of(bytes, List.of());
            }
        } catch (NoSuchFileException e) {
            return failed(displayName, "file not found; check the name and folder");
        } catch (AccessDeniedException e) {
            return failed(displayName, "cannot read the file: permission denied");
        } catch (FileSystemException e) {
            LOG.log(Level.DEBUG, "Could not read " + file, e);
            return failed(displayName, "cannot read the file" + (e.getReason() == null ? "" : ": " + e.getReason()));
        } catch (IOException | UncheckedIOException e) {
            LOG.log(Level.WARNING, "Could not read " + file, e);
            return failed(displayName, "cannot read the file; it may be damaged or on a disk that is not available");
        }
    }

    private static ParseResult<byte[]> failed(String file, String message) {
        return ParseResult.failed(Problem.inFile(file, message));
    }
}
