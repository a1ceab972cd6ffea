package io.farmroutes.spi.operation;

/** How an operation pages: the names of its page-number and page-size parameters and its default page size. */
public record Paging(String pageParameter, String sizeParameter, int defaultPageSize) {
}
