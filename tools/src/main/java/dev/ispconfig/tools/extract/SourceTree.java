package dev.ispconfig.tools.extract;

import java.io.IOException;
import java.util.List;

/** Read access to an ISPConfig source tree; paths are relative to its root and use {@code /}. */
interface SourceTree {

    /** The file's text, bytes mapped 1:1 to chars (ISO-8859-1): some files are not UTF-8, the code is ASCII. */
    String read(String path) throws IOException;

    /** The names of the entries directly in {@code directory}, or none if it does not exist. */
    List<String> list(String directory) throws IOException;

    /** The commit the tree was read from, or null for a plain folder. */
    String commit() throws IOException;
}
