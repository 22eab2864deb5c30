import type * as vscode from 'vscode';
import { SOURCE_LANGUAGES, SOURCE_SCHEMES } from './documentAnalysisCache';

/** The documents lenses and hovers serve: detected languages in files, new files and notebook cells. */
export function sourceSelector(): vscode.DocumentFilter[] {
  return SOURCE_LANGUAGES.flatMap((language) => SOURCE_SCHEMES.map((scheme) => ({ language, scheme })));
}
