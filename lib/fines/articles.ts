// Articles of the Code of Administrative Offences (КоАП) as the registry stores them: the article's
// number and, where the article has parts, the part: `12.9 ч.6`, `12.1 ч.1.1`, `12.24`.

/** The stored spelling: article 12.9 or 12.21.1, then optionally ` ч.` and a part such as 6 or 1.1. */
export const ARTICLE_PATTERN = /^(\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)(?: ч\.(\d{1,2}(?:\.\d{1,2})?))?$/;

/**
 * КоАП 32.2 part 1.3 gives no 50 % discount for these offences. An entry without parts covers the
 * whole article; with parts, only those parts (12.1 part 1 keeps the discount, 12.1 part 1.1 does not).
 */
export const ARTICLES_WITHOUT_DISCOUNT: readonly { article: string; parts?: readonly string[] }[] =
  [
    { article: '12.1', parts: ['1.1'] },
    { article: '12.8' },
    { article: '12.9', parts: ['6', '7'] },
    { article: '12.12', parts: ['3'] },
    { article: '12.15', parts: ['5'] },
    { article: '12.16', parts: ['3.1'] },
    { article: '12.24' },
    { article: '12.26' },
    { article: '12.27', parts: ['3'] },
  ];

/**
 * An article as an officer or the seed writes it ("ст. 12.9 ч. 6", "12.9ч6", "12.24") in the stored
 * spelling, or null.
 */
export function normaliseArticle(text: string): string | null {
  const match =
    /^(?:ст\.?\s*)?(\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)(?:\s*,?\s*ч\.?\s*(\d{1,2}(?:\.\d{1,2})?))?$/iu.exec(
      text.trim(),
    );
  if (!match) return null;
  return match[2] ? `${match[1]} ч.${match[2]}` : match[1]!;
}

/** Whether paying within 20 days of the decision halves the fine. RangeError for an unstored spelling. */
export function hasDiscount(article: string): boolean {
  const match = ARTICLE_PATTERN.exec(article);
  if (!match) throw new RangeError(`Not an article in the stored spelling: ${article}`);
  const [, number, part] = match;
  return !ARTICLES_WITHOUT_DISCOUNT.some(
    (rule) =>
      rule.article === number &&
      (rule.parts === undefined || (part !== undefined && rule.parts.includes(part))),
  );
}
