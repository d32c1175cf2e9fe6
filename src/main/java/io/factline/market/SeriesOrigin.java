package io.factline.market;

/**
 * Where a series came from, as a fact sheet cites it: a title ("daily bars of IWM") and a location (a
 * file path, or a provider and retrieval time).
 */
public record SeriesOrigin(String title, String location) {
}
