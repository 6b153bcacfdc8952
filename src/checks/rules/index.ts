/** Every content rule, in the order the report lists them. Each rule is one file with its own fix-it text. */
import { unknownCitation } from './citations';
import { codeFence } from './code-fence';
import { duplicateId } from './duplicate-id';
import { goCode } from './go-code';
import { brokenLink } from './links';
import { mermaidSyntax } from './mermaid';
import { unknownReference, unknownTag } from './references';
import { orphanTranslation } from './translations';
import type { Rule } from './types';
import { unknownFile } from './unknown-file';

export const rules: Rule[] = [unknownFile, duplicateId, unknownReference, unknownTag, brokenLink, unknownCitation, orphanTranslation,
  codeFence, mermaidSyntax, goCode];
export type { Rule };
