/** Every content rule, in the order the report lists them. Each rule is one file with its own fix-it text. */
import { unknownCitation } from './citations';
import { claimOpening } from './claim-opening';
import { codeFence } from './code-fence';
import { contentRoot } from './content-root';
import { duplicateId } from './duplicate-id';
import { figureCondition } from './figure-condition';
import { goCode } from './go-code';
import { goVersion } from './go-version';
import { brokenLink } from './links';
import { mermaidSyntax } from './mermaid';
import { unknownReference, unknownTag } from './references';
import { orphanTranslation } from './translations';
import type { Rule } from './types';
import { figureSource } from './figure-source';
import { reading } from './reading';
import { unknownFile } from './unknown-file';
import { rawHtml } from './raw-html';
import { controlCharacters } from './control-characters';
import { duplicateLedgerId } from './duplicate-ledger-id';
import { duplicateSource } from './duplicate-source';
import { unsafeUrl } from './unsafe-url';
import { linkText } from './link-text';
import { orphanEntry } from './orphan-entry';
import { placeholder } from './placeholder';
import { translationFields } from './translation-fields';
import { figureText } from './figure-text';
import { staleSource } from './stale-source';
import { summaryLength } from './summary-length';
import { uncitedNumber } from './uncited-number';

export const rules: Rule[] = [reading, figureSource, contentRoot, unknownFile, controlCharacters, duplicateId, duplicateLedgerId, duplicateSource, rawHtml, unsafeUrl, unknownReference, unknownTag, brokenLink, unknownCitation, orphanTranslation,
  codeFence, mermaidSyntax, goCode, goVersion, placeholder, translationFields, figureText, claimOpening,
  // Warnings: printed, never blocking.
  uncitedNumber, staleSource, summaryLength, linkText, orphanEntry, figureCondition];
export type { Rule };
