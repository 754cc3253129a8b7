package be.psygate.sftp;

/**
 * What the SFTP server knows of an upload that its content cannot tell: that it was cut off with its connection and
 * never resumed, replaced or removed by its practice. The embedded server knows (it keeps the upload hidden for a
 * while, then shows it for this answer); an external one does not, and its uploads are judged by their content.
 */
@FunctionalInterface
public interface IncompleteUploads {

    /** Nothing known: every upload is judged by its content. */
    IncompleteUploads NONE = relativePath -> false;

    /**
     * @param relativePath the upload's path relative to the practices' root: {@code <user>/<in|check>/<name>}
     */
    boolean isIncomplete(String relativePath);
}
