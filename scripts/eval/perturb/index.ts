// The perturbation rewrites, in the order the report lists them (issue 11, item 5).
import { boldLeadParagraph } from './bold-lead.ts';
import { bulletsToTable } from './bullets-table.ts';
import { headingLevelShift } from './heading-level.ts';
import { markdownToText, textToMarkdown } from './markdown-text.ts';
import { neutralHeading } from './neutral-heading.ts';
import type { Rewrite } from './page.ts';
import { profileBlocks } from './profile-blocks.ts';
import { nameLineTitleLine } from './title-name-lines.ts';

/** Every rewrite, in report order. */
export const REWRITES: readonly Rewrite[] = [
  neutralHeading,
  boldLeadParagraph,
  nameLineTitleLine,
  markdownToText,
  textToMarkdown,
  bulletsToTable,
  profileBlocks,
  headingLevelShift,
];
