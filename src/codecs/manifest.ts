/** Codec of a corpus manifest, `articles.json`: one entry per article. */
import * as t from "io-ts";
import { DayIntervalC, NonEmptyString, nullable } from "./primitives.js";

export const ArticleMetaC = t.type(
  {
    id: NonEmptyString,
    file: NonEmptyString,
    outlet: nullable(t.string),
    url: nullable(t.string),
    language: NonEmptyString,
    published: DayIntervalC,
    publishedBasis: t.union([t.string, t.null, t.undefined]),
  },
  "ArticleMeta",
);

export const ManifestC = t.array(ArticleMetaC, "Manifest");
