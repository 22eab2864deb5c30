/**
 * The tree-sitter runtime and grammars, initialised from bytes the caller supplies (src/core does no
 * I/O: src/node/assets.ts reads the .wasm files from disk, the extension does the same from its
 * install folder). One runtime per process; each grammar is loaded once, on first use.
 */
import { Language, Parser } from 'web-tree-sitter';
import type { Tree } from 'web-tree-sitter';

/** The grammars the detectors use. `tsx` parses .tsx/.jsx; `javascript` parses .js/.mjs/.cjs. */
export type GrammarId = 'python' | 'typescript' | 'tsx' | 'javascript';

/** Supplies the raw .wasm bytes of the tree-sitter runtime and of each grammar. */
export interface GrammarSource {
  runtimeWasm(): Promise<Uint8Array>;
  grammarWasm(id: GrammarId): Promise<Uint8Array>;
}

/** Parses source text with the right grammar; one instance serves a whole scan. */
export class TreeSitterParsers {
  private runtime: Promise<void> | undefined;
  private readonly languages = new Map<GrammarId, Promise<Language>>();
  private readonly parsers = new Map<GrammarId, Parser>();

  constructor(private readonly source: GrammarSource) {}

  /** Parses `text`; the caller must call `tree.delete()` when done with it. */
  async parse(grammar: GrammarId, text: string): Promise<Tree> {
    const parser = await this.parserFor(grammar);
    const tree = parser.parse(text);
    if (!tree) throw new Error(`tree-sitter could not parse the text as ${grammar}`);
    return tree;
  }

  /** Loads the runtime and a grammar ahead of time (e.g. during activation, off the hot path). */
  async warm(grammar: GrammarId): Promise<void> {
    await this.parserFor(grammar);
  }

  private async parserFor(grammar: GrammarId): Promise<Parser> {
    const existing = this.parsers.get(grammar);
    if (existing) return existing;
    const language = await this.language(grammar);
    const cached = this.parsers.get(grammar);
    if (cached) return cached;
    const parser = new Parser();
    parser.setLanguage(language);
    this.parsers.set(grammar, parser);
    return parser;
  }

  private language(grammar: GrammarId): Promise<Language> {
    let pending = this.languages.get(grammar);
    if (!pending) {
      pending = this.init().then(async () => Language.load(await this.source.grammarWasm(grammar)));
      this.languages.set(grammar, pending);
    }
    return pending;
  }

  private init(): Promise<void> {
    this.runtime ??= this.source.runtimeWasm().then((wasmBinary) => Parser.init({ wasmBinary }));
    return this.runtime;
  }
}
