import type { LanguageId } from '../model';

/** What a language detector knows about the text it looks at. */
export interface DetectContext {
  /** Path reported in each DetectedCall.file. */
  readonly file: string;
  readonly language: LanguageId;
  /** The source text that was parsed (a notebook cell's source for notebooks). */
  readonly text: string;
  /** 0-based notebook cell index, for notebooks only. */
  readonly cell?: number;
}

/** Thrown when a file's content cannot be read as what its name says (e.g. a broken notebook). */
export class UnreadableSourceError extends Error {}
