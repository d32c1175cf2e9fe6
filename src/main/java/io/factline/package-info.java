/**
 * Entry point and composition root: {@link io.factline.Main} reads the {@link io.factline.AppConfig} once,
 * builds the shared {@code Parts} and hands them to the commands; {@code Server} wires {@code serve}.
 * May import every package; nothing imports it. Start reading at Main.
 */
package io.factline;
