/**
 * The validator: reads every figure of a text as a claim — subject, measure, period, direction, value with
 * its precision, and the fact it cites — and says whether the cited fact supports every part, failing
 * closed when the text does not say a part. One sealed type per kind of claim ({@link
 * io.factline.validation.Written}: figures, label words, ratios in words); one {@link
 * io.factline.validation.Text} read once and passed through the stages (scan, names and periods, claims,
 * binding, context, checks). Rules in docs/validation.md. Depends only on {@code facts}, {@code market}'s
 * instrument types, {@code vocabulary} and the JDK. Entry points for other packages: {@link
 * io.factline.validation.Validator} with a {@link io.factline.validation.PreparedSheet}, and {@link
 * io.factline.validation.Words}, the project's one tokenizer (the chat reads questions with it). Start
 * reading at {@code Validator}, then {@code Text.read} and {@code TextCheck}.
 */
package io.factline.validation;
