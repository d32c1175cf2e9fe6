package io.factline.web;

import io.javalin.Javalin;

/** A group of routes; each route declares its {@link Access}. */
public interface Routes {
    void addTo(Javalin app);
}
