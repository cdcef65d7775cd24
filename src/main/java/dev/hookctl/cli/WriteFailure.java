package dev.hookctl.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Why a file or folder hookctl was asked to write (lint --output, simulate --render-dir) could not
 * be written, in words for the user: the system's reason, without Java's exception names. The
 * system says "No such file or directory" both for a missing folder and for a folder that exists
 * but holds no new files (/proc, a read-only mount point), so which one it was is looked up.
 */
final class WriteFailure {
    private WriteFailure() {}

    static String reason(IOException e) {
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException n && n.getReason() == null && n.getFile() != null) {
            Path parent = Path.of(n.getFile()).toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                return "the folder " + parent + " does not exist";
            }
            return (parent == null ? "/" : parent) + " exists, but the system creates nothing in it: No such file or"
                    + " directory";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
