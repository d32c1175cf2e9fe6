/**
 * Waiting made injectable (Sleeper), so tests record waits instead of sleeping. Imports nothing.
 */
package io.factline.time;
