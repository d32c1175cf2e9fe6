/**
 * The Javalin app: handlers only do IO (read a typed request, call the feature, answer JSON or a page);
 * exceptions become HTTP once, in Errors. WebApp.create builds it; route classes are package-private.
 * Imports the features; start at WebApp.
 */
package io.factline.web;
