/**
 * Signing in, sessions, API tokens and known devices for the desk. Imports users, ratelimit and JDBI;
 * no Javalin (web reads requests and calls these). Start at SignIn and Sessions.
 */
package io.factline.auth;
