package be.psygate.console;

/** Where a paged list is: this page (from 0), whether there is one before and one after. */
record Pages(int page, boolean previous, boolean next, long total) {

    static Pages of(int page, int size, long total) {
        return new Pages(page, page > 0, (long) (page + 1) * size < total, total);
    }
}
