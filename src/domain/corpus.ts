/**
 * The corpus: articles with their manifest entries. Publication dates are intervals: the engine
 * never invents precision about when something was published.
 */
import type { DayInterval } from "./dates.js";

export interface ArticleMeta {
  readonly id: string;
  /** Path of the text relative to the corpus folder. */
  readonly file: string;
  readonly outlet: string | null;
  readonly url: string | null;
  /** BCP-47 language tag: ar, en, … */
  readonly language: string;
  readonly published: DayInterval;
  readonly publishedBasis: string | null;
}

export interface Article {
  readonly meta: ArticleMeta;
  readonly text: string;
}
